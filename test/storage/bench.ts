// Storage micro-benchmarks behind the design choices in src/storage: `npx tsx test/storage/bench.ts [loop|scale [memory|sqlite|postgres]|all]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { CasStorage, type Row, type RowWrite } from '../../src/storage/casStorage';
import { EtagConflictError } from '../../src/storage/errors';
import { MemoryStorage, PostgresStorage, SqliteStorage, withEtagRetry } from '../../src/storage';
import { sampleConversation, type SampleConversation } from './sampleDoc';

const PAIRS = 10_000;
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * The alternative that was measured and not chosen: the same SQL in a worker_thread, one message
 * round trip per statement, behind the same CasStorage base so the comparison is like for like.
 */
class WorkerSqliteStorage extends CasStorage {
  private readonly worker: Worker;
  private readonly pending = new Map<number, (reply: { row?: Row; changes?: number; error?: string }) => void>();
  private nextId = 0;

  constructor(file: string) {
    super();
    this.worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const Database = require(workerData.driver);
       const db = new Database(workerData.file);
       db.pragma('journal_mode = WAL'); db.pragma('synchronous = NORMAL');
       db.exec('CREATE TABLE IF NOT EXISTS bot_storage (key TEXT PRIMARY KEY, etag TEXT NOT NULL, doc TEXT NOT NULL, updated_at INTEGER NOT NULL)');
       const select = db.prepare('SELECT etag, doc FROM bot_storage WHERE key = ?');
       const update = db.prepare('UPDATE bot_storage SET etag = ?, doc = ?, updated_at = ? WHERE key = ? AND etag = ?');
       const insert = db.prepare('INSERT INTO bot_storage (key, etag, doc, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING');
       parentPort.on('message', (m) => {
         if (m.op === 'read') return parentPort.postMessage({ id: m.id, row: select.get(m.key) });
         const changes = m.expect ? update.run(m.etag, m.doc, Date.now(), m.key, m.expect).changes : insert.run(m.key, m.etag, m.doc, Date.now()).changes;
         parentPort.postMessage({ id: m.id, changes });
       });`,
      { eval: true, workerData: { driver: require.resolve('better-sqlite3'), file } },
    );
    this.worker.on('message', (m: { id: number }) => {
      this.pending.get(m.id)?.(m as never);
      this.pending.delete(m.id);
    });
  }

  private call(msg: object): Promise<{ row?: Row; changes?: number }> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ ...msg, id });
    });
  }

  protected async readRows(keys: readonly string[]): Promise<Map<string, Row>> {
    const found = new Map<string, Row>();
    for (const key of keys) {
      const { row } = await this.call({ op: 'read', key });
      if (row) found.set(key, row);
    }
    return found;
  }

  protected async writeRows(writes: readonly RowWrite[]): Promise<void> {
    for (const w of writes) {
      const expect = w.expect.kind === 'etag' ? w.expect.etag : undefined;
      const { changes } = await this.call({ op: 'write', key: w.key, etag: w.etag, doc: w.doc, expect });
      if (changes !== 1) throw new EtagConflictError(w.key);
    }
  }

  protected async deleteRows(): Promise<void> {}
  async ping(): Promise<void> {}
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** One turn's storage work: read, change the document a little, write it back with its eTag. */
async function turn(storage: CasStorage, key: string): Promise<void> {
  await withEtagRetry<SampleConversation>(storage, key, (current) => {
    const doc = current ?? sampleConversation(0);
    doc.turns += 1;
    return doc;
  });
}

async function populate(storage: CasStorage, count: number): Promise<void> {
  for (let start = 0; start < count; start += 1000) {
    const batch: Record<string, SampleConversation> = {};
    for (let i = start; i < Math.min(count, start + 1000); i++) batch[`conv/${i}`] = sampleConversation(i);
    await storage.write(batch);
  }
}

interface Stats {
  perPairUs: number;
  pairsPerSec: number;
  p50Us: number;
  p99Us: number;
  maxUs: number;
  over1ms: number;
  eventLoopBusy: string;
}

/** Turns per second with `inFlight` turns at once on random keys: what a busy bot instance gets. */
async function throughput(storage: CasStorage, stored: number, inFlight = 64, pairs = PAIRS): Promise<number> {
  let started = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (started++ < pairs) await turn(storage, `conv/${Math.floor(Math.random() * stored)}`);
    }),
  );
  return Math.round((pairs / (performance.now() - t0)) * 1000);
}

/** Runs PAIRS sequential read+write pairs on random keys among `stored` and reports latency and event-loop busy time. */
async function measure(storage: CasStorage, stored: number, pairs = PAIRS): Promise<Stats> {
  for (let i = 0; i < 500; i++) await turn(storage, `conv/${i % stored}`); // warm-up: JIT, statement caches
  const latencies = new Float64Array(pairs);
  const elu0 = performance.eventLoopUtilization();
  const t0 = performance.now();
  for (let i = 0; i < pairs; i++) {
    const s = performance.now();
    await turn(storage, `conv/${Math.floor(Math.random() * stored)}`);
    latencies[i] = performance.now() - s;
  }
  const total = performance.now() - t0;
  const elu = performance.eventLoopUtilization(elu0);
  latencies.sort();
  const us = (ms: number) => Math.round(ms * 1000);
  return {
    perPairUs: us(total / pairs),
    pairsPerSec: Math.round((pairs / total) * 1000),
    p50Us: us(latencies[Math.floor(pairs * 0.5)]),
    p99Us: us(latencies[Math.floor(pairs * 0.99)]),
    maxUs: us(latencies[pairs - 1]),
    over1ms: latencies.filter((l) => l > 1).length,
    // Share of wall time the main thread was busy: what the store costs the rest of the bot.
    eventLoopBusy: `${Math.round(elu.utilization * 100)}%`,
  };
}

async function withTempDir<R>(work: (dir: string) => Promise<R>): Promise<R> {
  const dir = mkdtempSync(join(tmpdir(), 'storage-bench-'));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function loopVsWorker(): Promise<void> {
  for (const [name, open] of [
    ['memory (the cost of JSON and withEtagRetry alone)', () => new MemoryStorage()],
    ['sqlite on the event loop', (dir: string) => new SqliteStorage({ dataDir: dir })],
    ['sqlite in a worker_thread', (dir: string) => new WorkerSqliteStorage(join(dir, 'bot.sqlite'))],
  ] as const) {
    await withTempDir(async (dir) => {
      const storage = open(dir);
      await populate(storage, 1000);
      console.log(name, await measure(storage, 1000));
      await storage.close();
    });
  }
}

/** Lets background work of a fresh bulk load (WAL checkpoint, autovacuum) finish, as in a steady state. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 3000));

async function scale(only?: string): Promise<void> {
  const stores: Array<[string, () => Promise<CasStorage & { dropSchema?: () => Promise<void> }>]> = [
    ['memory', async () => new MemoryStorage()],
    ['sqlite', async () => new SqliteStorage({ dataDir: mkdtempSync(join(tmpdir(), 'storage-bench-')) })],
    [
      'postgres',
      async () => {
        const pg = new PostgresStorage({ connectionString: DATABASE_URL, tableName: `bench_${process.pid}` });
        await pg.migrate();
        return pg;
      },
    ],
  ];
  for (const [name, open] of stores) {
    if (only && only !== name) continue;
    let storage: Awaited<ReturnType<typeof open>>;
    try {
      storage = await open();
    } catch (err) {
      console.log(`${name}: skipped (${(err as Error).message})`);
      continue;
    }
    try {
      for (const stored of [1000, 100_000]) {
        await populate(storage, stored);
        await settle();
        const latency = await measure(storage, stored);
        console.log(`${name}, ${stored.toLocaleString('en')} stored`, latency, 'turns/s, 64 in flight:', await throughput(storage, stored));
      }
    } finally {
      await storage.dropSchema?.();
      await storage.close();
      if (storage instanceof SqliteStorage) rmSync(join(storage.file, '..'), { recursive: true, force: true });
    }
  }
}

async function main(): Promise<void> {
  const mode = process.argv[2] ?? 'all';
  if (mode === 'loop' || mode === 'all') await loopVsWorker();
  if (mode === 'scale' || mode === 'all') await scale(process.argv[3]);
}

void main();
