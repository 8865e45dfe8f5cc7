// The figures `npm run bench` writes to --out: one zod schema, checked before writing and by the smoke test.
import { z } from 'zod';

const figure = z.number().finite();

export const serverFiguresSchema = z.object({
  turnsPerSec: figure.positive(),
  p50Ms: figure.positive(),
  p99Ms: figure.positive(),
  /** Resident memory of the server process after its last measured slice. */
  rssMb: figure.positive(),
  turns: z.number().int().positive(),
  /** Non-200 answers and turns that ended in the bot's error handler. */
  errors: z.number().int().min(0),
  conversations: z.number().int().positive(),
  /** The server's own CPU time per turn (user + system): steadier than turns/s on a shared machine. */
  cpuMsPerTurn: figure.positive(),
  /** Share of one core the server used while measured; near 100 means it, not the load generator, was the limit. */
  serverCpuPct: figure.min(0),
  loadGeneratorCpuPct: figure.min(0),
  /**
   * The paced phase (after the saturation slices above, which these do not change): the same customers, but
   * turns offered at a fixed total rate (`options.pacedRate`); latency counted from when each turn was due.
   * This is the latency a customer feels at that load; p50Ms/p99Ms above are at saturation, i.e. mostly queueing.
   */
  pacedTurnsPerSec: figure.min(0),
  pacedP50Ms: figure.positive(),
  pacedP99Ms: figure.positive(),
  pacedErrors: z.number().int().min(0),
  /** The server's CPU time per turn in the paced phase: a turn's cost when turns are not batched by a queue. */
  pacedCpuMsPerTurn: figure.positive(),
});

export const benchResultSchema = z.object({
  echo: serverFiguresSchema,
  bot: serverFiguresSchema.extend({
    /** Sum of all stored documents' JSON sizes (records, transcripts, indexes) / conversations stored. */
    bytesPerConversation: figure.positive(),
    /** The same, per kind of document (conversation, transcript, account, …). */
    bytesPerConversationByKind: z.record(figure.min(0)),
    /** The large store's database (pages in use, WAL applied) / its conversations: page and index overhead included. */
    fileBytesPerConversation: figure.positive(),
    /** CPU share of one core used by the mock account backend (its own process unless --mock inprocess). */
    mockCpuPct: figure.min(0),
  }),
  ratio: figure.positive(),
  /** Median time of one backend-free turn on a random stored conversation, store holding `stores.small` / `stores.large`. */
  turnMsAt1k: figure.positive(),
  turnMsAt100k: figure.positive(),
  turnP99MsAt1k: figure.positive(),
  turnP99MsAt100k: figure.positive(),
  stores: z.object({ small: z.number().int().positive(), large: z.number().int().positive(), prefillSec: figure.min(0) }),
  /** Wall time of `npm run --silent classify` over 10,000 utterances, start-up included. */
  classify10kSec: figure.positive(),
  targets: z.record(z.object({ value: figure, limit: z.string(), met: z.boolean() })),
  machine: z.object({
    nproc: z.number().int().positive(),
    cpuModel: z.string(),
    node: z.string(),
    platform: z.string(),
    loadAverage: z.array(figure),
  }),
  options: z.object({
    durationSec: figure,
    connections: z.number().int(),
    rounds: z.number().int(),
    quick: z.boolean(),
    mock: z.enum(['child', 'inprocess']),
    pacedRate: figure.positive(),
    pacedSec: figure.positive(),
  }),
  startedAt: z.string(),
  elapsedSec: figure.positive(),
});

export type BenchResult = z.infer<typeof benchResultSchema>;
export type ServerFigures = z.infer<typeof serverFiguresSchema>;
