// A fixed-window counter per key (client address), bounded in the number of keys it remembers.
export interface RateLimiter {
  /** Counts one hit for `key`; false when the key is over its budget for the current window. */
  take(key: string): boolean;
}

export function createRateLimiter(
  opts: { max: number; windowMs: number; maxKeys?: number },
  now: () => number = Date.now,
): RateLimiter {
  const maxKeys = opts.maxKeys ?? 10_000;
  const windows = new Map<string, { start: number; count: number }>();

  const forgetOld = () => {
    for (const [key, w] of windows) if (now() - w.start >= opts.windowMs) windows.delete(key);
    // Still full after dropping finished windows: many addresses at once; forget the oldest rather than grow.
    while (windows.size >= maxKeys) {
      const oldest = windows.keys().next();
      if (oldest.done) break;
      windows.delete(oldest.value);
    }
  };

  return {
    take(key) {
      let w = windows.get(key);
      if (!w || now() - w.start >= opts.windowMs) {
        if (!w && windows.size >= maxKeys) forgetOld();
        w = { start: now(), count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      return w.count <= opts.max;
    },
  };
}
