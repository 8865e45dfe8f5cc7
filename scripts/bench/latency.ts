// Collects per-turn latencies exactly (no bucketing: a 2 ms echo and a 20 ms bot turn must both read true).

export class LatencyRecorder {
  private samples = new Float64Array(1 << 16);
  private count = 0;

  record(ms: number): void {
    if (this.count === this.samples.length) {
      const grown = new Float64Array(this.samples.length * 2);
      grown.set(this.samples);
      this.samples = grown;
    }
    this.samples[this.count++] = ms;
  }

  get size(): number {
    return this.count;
  }

  /** The q-quantile (0..1) by the nearest-rank method; NaN when nothing was recorded. */
  quantile(q: number): number {
    if (this.count === 0) return Number.NaN;
    const sorted = this.samples.slice(0, this.count).sort();
    return sorted[Math.min(this.count - 1, Math.max(0, Math.ceil(q * this.count) - 1))];
  }
}
