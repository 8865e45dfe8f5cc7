// Embedded store (STORAGE=embedded): one SQLite file under DATA_DIR, written through better-sqlite3 on the event loop.
//
// Event loop or worker_thread? Measured with `npx tsx test/storage/bench.ts loop`: 10,000 turns of
// read + compare-and-set write of a 2 KB doc through withEtagRetry, one at a time, Node 20 on the
// 2-vCPU dev VM (shared and loaded while measuring: medians are the stable figure, means swung 2-3x):
//   memory store (JSON + eTag bookkeeping only)   p50 20 µs
//   sqlite on the event loop                      p50 44 µs, p99 ~100-200 µs
//   sqlite in a worker_thread                     p50 92 µs, p99 ~300 µs, and the main thread was still
//                                                 busy ~60 % of the time: ~80 µs of it per turn for
//                                                 postMessage, structured clone and wake-ups
// SQLite itself costs ~24 µs per read+write (raw statements: 23 µs), because a commit with
// synchronous=NORMAL is a write(2) into the OS page cache, never an fsync. A worker would make each
// turn slower *and* cost the main thread more than the SQL it moves away. So: the event loop. At
// 2,000 turns/s that is ~ 9 % of one core; 1,000 or 100,000 stored conversations cost the same
// (p50 45 vs 49 µs: a primary-key b-tree lookup, log n).
//
// The one fsync left on the event loop is SQLite's automatic WAL checkpoint, inside one write in
// ~850: mostly under 1 ms, measured up to ~5-7 ms. Moving checkpoints to a worker was tried and
// dropped: the WAL can only restart when a checkpoint finishes with no write in between, which
// never happens under sustained load (the WAL grew to 1.2 GB in 14 s), so the event loop would have
// to checkpoint anyway, and the stalls it saved did not stand out from scheduling noise.
//
// Durability: WAL + synchronous=NORMAL. A commit returns once its frames are written to the WAL
// file, i.e. they are in the kernel's page cache, which outlives our process: a kill -9 between two
// turns loses nothing (test/storage/sqlite.test.ts SIGKILLs a writer and checks every acknowledged
// write). NORMAL only gives up the last commits to an OS crash or power loss, never consistency.
// FULL would fsync every commit: measured 2.6 ms per write here, capping the bot near 400 turns/s.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { assertTableName, CasStorage, type Row, type RowWrite } from './casStorage';
import { EtagConflictError } from './errors';

export interface SqliteStorageOptions {
  /** Directory of the database file (DATA_DIR); created if missing. */
  dataDir: string;
  fileName?: string;
  tableName?: string;
}

export class SqliteStorage extends CasStorage {
  readonly file: string;
  private readonly db: Database.Database;
  private readonly selectOne: Database.Statement<[string], Row>;
  private readonly update: Database.Statement<[string, string, number, string, string]>;
  private readonly insertIfAbsent: Database.Statement<[string, string, string, number]>;
  private readonly upsert: Database.Statement<[string, string, string, number]>;
  private readonly remove: Database.Statement<[string]>;
  private readonly writeMany: (writes: readonly RowWrite[]) => void;

  constructor(options: SqliteStorageOptions) {
    super();
    const table = assertTableName(options.tableName ?? 'bot_storage');
    mkdirSync(options.dataDir, { recursive: true });
    this.file = join(options.dataDir, options.fileName ?? 'bot.sqlite');
    this.db = new Database(this.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // Only another process on the same file can hold the lock; wait briefly rather than fail a turn.
    this.db.pragma('busy_timeout = 2000');
    // SQLite's own checkpoint every 1,000 WAL pages (the default, stated because it is a decision:
    // see the top of the file); it keeps the WAL at ~4 MB.
    this.db.pragma('wal_autocheckpoint = 1000');
    // A rowid table rather than WITHOUT ROWID: documents are 1-3 KB, too big for the latter to pay off.
    this.db.exec(`CREATE TABLE IF NOT EXISTS "${table}" (
      key TEXT PRIMARY KEY,
      etag TEXT NOT NULL,
      doc TEXT NOT NULL,
      updated_at INTEGER NOT NULL
    )`);
    this.selectOne = this.db.prepare(`SELECT etag, doc FROM "${table}" WHERE key = ?`);
    this.update = this.db.prepare(`UPDATE "${table}" SET etag = ?, doc = ?, updated_at = ? WHERE key = ? AND etag = ?`);
    this.insertIfAbsent = this.db.prepare(
      `INSERT INTO "${table}" (key, etag, doc, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
    );
    this.upsert = this.db.prepare(
      `INSERT INTO "${table}" (key, etag, doc, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, doc = excluded.doc, updated_at = excluded.updated_at`,
    );
    this.remove = this.db.prepare(`DELETE FROM "${table}" WHERE key = ?`);
    this.writeMany = this.db.transaction((writes: readonly RowWrite[]) => {
      for (const w of writes) this.apply(w);
    });
  }

  protected async readRows(keys: readonly string[]): Promise<Map<string, Row>> {
    const found = new Map<string, Row>();
    for (const key of keys) {
      const row = this.selectOne.get(key);
      if (row) found.set(key, row);
    }
    return found;
  }

  protected async writeRows(writes: readonly RowWrite[]): Promise<void> {
    // One statement is atomic by itself; only a multi-item write pays for an explicit transaction
    // (which the EtagConflictError thrown by apply() rolls back).
    if (writes.length === 1) this.apply(writes[0]);
    else this.writeMany(writes);
  }

  protected async deleteRows(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.remove.run(key);
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** Runs one compare-and-set; throws EtagConflictError when its expectation did not hold. */
  private apply(w: RowWrite): void {
    const now = Date.now();
    const changed =
      w.expect.kind === 'any'
        ? this.upsert.run(w.key, w.etag, w.doc, now).changes
        : w.expect.kind === 'absent'
          ? this.insertIfAbsent.run(w.key, w.etag, w.doc, now).changes
          : this.update.run(w.etag, w.doc, now, w.key, w.expect.etag).changes;
    if (changed !== 1) throw new EtagConflictError(w.key);
  }
}
