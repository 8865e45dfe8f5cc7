// Turns the measured figures into the targets verdict, the printed table and the machine description.
import { availableParallelism, cpus, loadavg } from 'node:os';
import type { BenchResult, ServerFigures } from './result';

export function machineInfo(): BenchResult['machine'] {
  return {
    nproc: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** The issue's targets on a 2-core machine; the store-size one says "must not grow", read as within noise. */
export function targetsOf(r: Omit<BenchResult, 'targets'>): BenchResult['targets'] {
  const growth = r.turnMsAt100k / r.turnMsAt1k;
  return {
    ratio: { value: r.ratio, limit: '>= 0.5', met: r.ratio >= 0.5 },
    botP99Ms: { value: r.bot.p99Ms, limit: `< 50 at ${r.options.connections} connections`, met: r.bot.p99Ms < 50 },
    bytesPerConversation: { value: r.bot.bytesPerConversation, limit: '< 4096', met: r.bot.bytesPerConversation < 4096 },
    classify10kSec: { value: r.classify10kSec, limit: '< 2', met: r.classify10kSec < 2 },
    turnGrowth100kOver1k: { value: growth, limit: '< 1.5 (flat within noise)', met: growth < 1.5 },
  };
}

const fixed = (value: number, digits: number, width: number) => value.toFixed(digits).padStart(width);
const mark = (met: boolean) => (met ? 'ok' : 'MISSED');

function row(name: string, f: ServerFigures, extra = ''): string {
  return [
    name.padEnd(16),
    fixed(f.turnsPerSec, 0, 8),
    fixed(f.p50Ms, 1, 8),
    fixed(f.p99Ms, 1, 8),
    fixed(f.rssMb, 0, 7),
    fixed(f.cpuMsPerTurn, 2, 8),
    `${fixed(f.serverCpuPct, 0, 7)}%`,
    `${fixed(f.loadGeneratorCpuPct, 0, 7)}%`,
    extra,
  ].join(' ');
}

export function formatTable(r: BenchResult): string {
  const t = r.targets;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
  return [
    `${''.padEnd(16)}  turns/s   p50 ms   p99 ms  RSS MB  CPU ms/turn server  loadgen`,
    row('echo', r.echo),
    row('bot (embedded)', r.bot, `  mock ${r.bot.mockCpuPct.toFixed(0)}% CPU (${r.options.mock})`),
    '',
    `ratio bot/echo turns/s        ${r.ratio.toFixed(2)}   (target ${t.ratio.limit}: ${mark(t.ratio.met)})`,
    `bot p99                       ${r.bot.p99Ms.toFixed(1)} ms   (target ${t.botP99Ms.limit}: ${mark(t.botP99Ms.met)}; at saturation: queueing)`,
    `paced ${r.options.pacedRate} turns/s          ` +
      `echo p50 ${r.echo.pacedP50Ms.toFixed(1)} / p99 ${r.echo.pacedP99Ms.toFixed(1)} ms (${r.echo.pacedTurnsPerSec.toFixed(0)} turns/s); ` +
      `bot p50 ${r.bot.pacedP50Ms.toFixed(1)} / p99 ${r.bot.pacedP99Ms.toFixed(1)} ms (${r.bot.pacedTurnsPerSec.toFixed(0)} turns/s; p99 < 50: ${mark(r.bot.pacedP99Ms < 50)})`,
    `  CPU a turn there            echo ${r.echo.pacedCpuMsPerTurn.toFixed(2)} ms, bot ${r.bot.pacedCpuMsPerTurn.toFixed(2)} ms (echo/bot ${(r.echo.pacedCpuMsPerTurn / r.bot.pacedCpuMsPerTurn).toFixed(2)})`,
    `stored per conversation       ${kb(r.bot.bytesPerConversation)} of documents (target < 4 KB: ${mark(t.bytesPerConversation.met)}): ` +
      `${Object.entries(r.bot.bytesPerConversationByKind).map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ')}; ` +
      `${kb(r.bot.fileBytesPerConversation)} of database file`,
    `one turn, ${r.stores.small.toLocaleString('en')} stored       ${r.turnMsAt1k.toFixed(2)} ms   (p99 ${r.turnP99MsAt1k.toFixed(2)} ms)`,
    `one turn, ${r.stores.large.toLocaleString('en')} stored     ${r.turnMsAt100k.toFixed(2)} ms   (p99 ${r.turnP99MsAt100k.toFixed(2)} ms; ×${t.turnGrowth100kOver1k.value.toFixed(2)}: ${mark(t.turnGrowth100kOver1k.met)}; pre-filled in ${r.stores.prefillSec.toFixed(1)} s)`,
    `npm run classify, 10k lines   ${r.classify10kSec.toFixed(2)} s   (target ${t.classify10kSec.limit}: ${mark(t.classify10kSec.met)})`,
    `machine: ${r.machine.nproc} × ${r.machine.cpuModel}, node ${r.machine.node}, load average ${r.machine.loadAverage.join(' ')} at start; ` +
      `${r.options.connections} connections, ${r.options.durationSec} s per server in ${r.options.rounds} alternating slices`,
  ].join('\n');
}
