// `npm run bench` command-line options, with the defaults of a full run and of a `--quick` smoke run.
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Seconds of measured load per server (split into `rounds` alternating slices). */
  durationSec: number;
  connections: number;
  /** Echo and bot take turns this many times, so a change in the machine's background load hits both alike. */
  rounds: number;
  warmupSec: number;
  /** Conversations walked over HTTP for the small store; the rest of it up to 1,000 is pre-filled. */
  scaleWalks: number;
  /** Conversations in the large store. */
  prefill: number;
  /** Sequential turns timed at each store size. */
  timedTurns: number;
  mockInProcess: boolean;
  /** Total turns/s offered in the paced phase (below saturation: the latency a customer feels at that load). */
  pacedRate: number;
  /** Seconds of the paced phase per server. */
  pacedSec: number;
  quick: boolean;
  out?: string;
  /** Directory for CPU profiles of the measured slices (open them in Chrome DevTools). */
  profileDir?: string;
}

export const USAGE = `npm run bench -- [--out bench.json] [--duration 15] [--connections 50] [--rounds 3]
                    [--prefill 100000] [--paced-rate 400] [--paced-duration 5] [--quick]
                    [--mock child|inprocess] [--profile DIR]`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      rounds: { type: 'string' },
      prefill: { type: 'string' },
      'paced-rate': { type: 'string' },
      'paced-duration': { type: 'string' },
      quick: { type: 'boolean', default: false },
      mock: { type: 'string', default: 'child' },
      profile: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.mock !== 'child' && values.mock !== 'inprocess') throw new Error(`--mock must be child or inprocess\n${USAGE}`);
  const quick = values.quick;
  const number = (name: string, raw: string | undefined, fallback: number, min: number) => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number >= ${min}\n${USAGE}`);
    return value;
  };
  return {
    durationSec: number('duration', values.duration, quick ? 3 : 15, 0.2),
    connections: Math.round(number('connections', values.connections, 50, 1)),
    rounds: Math.round(number('rounds', values.rounds, quick ? 1 : 3, 1)),
    warmupSec: quick ? 0.5 : 2,
    scaleWalks: quick ? 100 : 1000,
    prefill: Math.round(number('prefill', values.prefill, quick ? 10_000 : 100_000, 1000)),
    timedTurns: quick ? 50 : 400,
    mockInProcess: values.mock === 'inprocess',
    pacedRate: number('paced-rate', values['paced-rate'], 400, 1),
    pacedSec: number('paced-duration', values['paced-duration'], quick ? 1 : 5, 0.2),
    quick,
    out: values.out,
    profileDir: values.profile,
  };
}
