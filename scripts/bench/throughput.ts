// The throughput phase: echo and real bot under the same conversational load, in alternating slices.
import { join } from 'node:path';
import { LoadDriver } from './driver';
import { LatencyRecorder } from './latency';
import { nthConversation, WALKS } from './conversations';
import type { BenchOptions } from './options';
import type { ServerFigures } from './result';
import type { ServerProcess } from './serverProcess';

/** Conversation ids of the load on the real bot. */
const LOAD_PREFIX = 'load';

const cpuMsOf = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

/** One server's measured totals, summed over its slices. */
class Tally {
  readonly latencies = new LatencyRecorder();
  /** The paced phase: the same customers, turns offered at a fixed total rate. */
  readonly pacedLatencies = new LatencyRecorder();
  pacedTurnsPerSec = 0;
  pacedErrors = 0;
  pacedCpuMs = 0;
  pacedTurns = 0;
  turns = 0;
  errors = 0;
  elapsedMs = 0;
  serverCpuMs = 0;
  driverCpuMs = 0;
  mockCpuMs = 0;

  constructor(
    readonly server: ServerProcess,
    readonly driver: LoadDriver,
  ) {}

  /** Runs one slice, adding its turns and every process's CPU time to the totals. */
  async slice(durationMs: number, mock: ServerProcess | undefined, profileFile: string | undefined): Promise<void> {
    if (profileFile) await this.server.call('profile', { start: true });
    const [server0, mock0] = await Promise.all([this.server.call('usage'), mock?.call('usage')]);
    const driver0 = process.cpuUsage();
    const result = await this.driver.run(this.latencies, { durationMs });
    const driverCpu = cpuMsOf(process.cpuUsage(driver0));
    const [server1, mock1] = await Promise.all([this.server.call('usage'), mock?.call('usage')]);
    if (profileFile) await this.server.call('profile', { start: false, file: profileFile });
    this.turns += result.turns;
    this.errors += result.errors;
    this.elapsedMs += result.elapsedMs;
    this.serverCpuMs += server1.cpuMs - server0.cpuMs;
    this.driverCpuMs += driverCpu;
    this.mockCpuMs += mock0 && mock1 ? mock1.cpuMs - mock0.cpuMs : 0;
  }

  /** The paced phase, measured apart from the saturation slices (its turns and CPU are not in their totals). */
  async paced(durationMs: number, ratePerSec: number): Promise<void> {
    const server0 = await this.server.call('usage');
    const result = await this.driver.run(this.pacedLatencies, { durationMs, ratePerSec });
    const server1 = await this.server.call('usage');
    this.pacedTurnsPerSec = (result.turns / result.elapsedMs) * 1000;
    this.pacedErrors = result.errors;
    this.pacedCpuMs = server1.cpuMs - server0.cpuMs;
    this.pacedTurns = result.turns;
  }

  async figures(): Promise<ServerFigures> {
    const { rssMb } = await this.server.call('usage');
    return {
      turnsPerSec: (this.turns / this.elapsedMs) * 1000,
      p50Ms: this.latencies.quantile(0.5),
      p99Ms: this.latencies.quantile(0.99),
      rssMb,
      turns: this.turns,
      errors: this.errors,
      conversations: this.driver.conversations,
      cpuMsPerTurn: this.serverCpuMs / this.turns,
      serverCpuPct: (this.serverCpuMs / this.elapsedMs) * 100,
      loadGeneratorCpuPct: (this.driverCpuMs / this.elapsedMs) * 100,
      pacedTurnsPerSec: this.pacedTurnsPerSec,
      pacedP50Ms: this.pacedLatencies.quantile(0.5),
      pacedP99Ms: this.pacedLatencies.quantile(0.99),
      pacedErrors: this.pacedErrors,
      pacedCpuMsPerTurn: this.pacedCpuMs / this.pacedTurns,
    };
  }

  get mockCpuPct(): number {
    return (this.mockCpuMs / this.elapsedMs) * 100;
  }
}

export interface ThroughputResult {
  echo: ServerFigures;
  bot: ServerFigures & { mockCpuPct: number };
}

/**
 * Warms both servers up, then alternates echo and bot slices: on a shared 2-core machine the background
 * load drifts, and alternating makes the ratio compare like with like. The mock (when in its own process)
 * is only busy during bot slices.
 */
export async function measureThroughput(
  echo: ServerProcess,
  bot: ServerProcess,
  mock: ServerProcess | undefined,
  options: BenchOptions,
  progress: (line: string) => void,
): Promise<ThroughputResult> {
  const echoTally = new Tally(echo, new LoadDriver(echo.url, options.connections, (n) => nthConversation('echo', n)));
  const botTally = new Tally(bot, new LoadDriver(bot.url, options.connections, (n) => nthConversation(LOAD_PREFIX, n)));
  try {
    for (const tally of [echoTally, botTally]) {
      progress(`warming up ${tally.server.role} for ${options.warmupSec} s`);
      await tally.driver.run(new LatencyRecorder(), { durationMs: options.warmupSec * 1000 });
    }
    const sliceMs = (options.durationSec * 1000) / options.rounds;
    for (let round = 1; round <= options.rounds; round++) {
      for (const tally of [echoTally, botTally]) {
        progress(`round ${round}/${options.rounds}: ${tally.server.role} under ${options.connections} connections for ${(sliceMs / 1000).toFixed(1)} s`);
        const profile = options.profileDir && round === options.rounds ? join(options.profileDir, `${tally.server.role}.cpuprofile`) : undefined;
        await tally.slice(sliceMs, tally === botTally ? mock : undefined, profile);
      }
    }
    // Then the latency a customer feels at a given load, below saturation: same customers, fixed offered rate.
    for (const tally of [echoTally, botTally]) {
      progress(`${tally.server.role}: ${options.connections} connections paced at ${options.pacedRate} turns/s for ${options.pacedSec} s`);
      await tally.paced(options.pacedSec * 1000, options.pacedRate);
    }
    for (const tally of [echoTally, botTally]) {
      const failure = tally.driver.firstFailure;
      if (failure) progress(`${tally.errors} failed turns on ${tally.server.role}; first: ${failure.status} ${failure.body}`);
    }
    return {
      echo: await echoTally.figures(),
      bot: { ...(await botTally.figures()), mockCpuPct: botTally.mockCpuPct },
    };
  } finally {
    echoTally.driver.close();
    botTally.driver.close();
  }
}

/**
 * Walks every persona once, one turn at a time, and checks where each dialogue rests: the load must walk the
 * real onboarding, not bounce off a misunderstanding or a backend error on every turn.
 */
export async function preflight(bot: ServerProcess, resetMock: () => Promise<void>): Promise<void> {
  await resetMock();
  const driver = new LoadDriver(bot.url, 1, (n) => nthConversation('preflight', n));
  try {
    const { errors } = await driver.run(new LatencyRecorder(), { maxConversations: WALKS.length });
    if (errors > 0) throw new Error(`preflight: ${errors} turns failed; first: ${JSON.stringify(driver.firstFailure)}`);
  } finally {
    driver.close();
  }
  const states = await bot.call('restingStates', { prefix: 'preflight', count: WALKS.length });
  const wrong = WALKS.map((walk, i) => ({ walk: walk.name, expected: walk.endsIn, got: states[i] })).filter((w) => w.got !== w.expected);
  if (wrong.length > 0) throw new Error(`preflight: walks ended in unexpected states: ${JSON.stringify(wrong)}`);
  // Persona 4 is now enabled; the load starts from the fixture again.
  await resetMock();
}
