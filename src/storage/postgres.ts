// Shared store (STORAGE=postgres): several bot instances on one PostgreSQL, compare-and-set in single statements.
//
// The document is kept as text, not jsonb: nothing queries inside it, text skips jsonb's parse and
// re-encode on every write, and jsonb rejects a "\u0000" that a customer's message can contain.
// Concurrency comes from PostgreSQL's row locks under READ COMMITTED: an `UPDATE ... WHERE key AND
// etag` that waited on a concurrent writer re-checks the etag on the committed row and matches 0
// rows; an `INSERT ... ON CONFLICT DO NOTHING` that raced a concurrent insert inserts 0 rows. Either
// way the loser sees a conflict, never a silent overwrite.
import { Pool, type PoolClient, type QueryConfig } from 'pg';
import { assertTableName, CasStorage, type Row, type RowWrite } from './casStorage';
import { EtagConflictError } from './errors';

export interface PostgresStorageOptions {
  connectionString: string;
  /** Connections per bot instance. */
  poolSize?: number;
  tableName?: string;
  /** How long a turn waits for a connection before failing, rather than hanging while the database is away. */
  connectTimeoutMs?: number;
  /** Told about errors of idle connections (e.g. the server restarted), which the pool replaces. Default: a process warning. */
  onWarning?: (message: string) => void;
}

/** Schema versions, applied in order by migrate(); append, never edit a released one. */
const MIGRATIONS: ReadonlyArray<{ version: number; sql: (table: string) => string }> = [
  {
    version: 1,
    sql: (t) => `CREATE TABLE IF NOT EXISTS ${t} (
      key text PRIMARY KEY,
      etag text NOT NULL,
      doc text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
  },
];

type Statement = (values: unknown[]) => QueryConfig;

export class PostgresStorage extends CasStorage {
  readonly tableName: string;
  private readonly pool: Pool;
  private closed = false;
  private readonly sql: Record<'select' | 'update' | 'insertIfAbsent' | 'upsert' | 'remove' | 'ping', Statement>;

  constructor(options: PostgresStorageOptions) {
    super();
    this.tableName = assertTableName(options.tableName ?? 'bot_storage');
    this.pool = new Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    });
    // Without a listener an idle connection's error would crash the process.
    const warn = options.onWarning ?? ((message) => process.emitWarning(message));
    this.pool.on('error', (err) => warn(`PostgresStorage: idle connection failed and was dropped: ${err.message}`));
    const t = `"${this.tableName}"`;
    // Named statements are parsed and planned once per connection, then only bound and executed.
    const named = (name: string, text: string): Statement => (values) => ({ name: `${this.tableName}_${name}`, text, values });
    this.sql = {
      select: named('select', `SELECT key, etag, doc FROM ${t} WHERE key = ANY($1::text[])`),
      update: named('update', `UPDATE ${t} SET etag = $3, doc = $4, updated_at = now() WHERE key = $1 AND etag = $2`),
      insertIfAbsent: named('insert', `INSERT INTO ${t} (key, etag, doc) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING`),
      upsert: named(
        'upsert',
        `INSERT INTO ${t} (key, etag, doc) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, doc = excluded.doc, updated_at = now()`,
      ),
      remove: named('delete', `DELETE FROM ${t} WHERE key = ANY($1::text[])`),
      ping: named('ping', `SELECT 1 FROM ${t} LIMIT 1`),
    };
  }

  /**
   * Creates or upgrades the schema; idempotent. Instances starting together serialize on an
   * advisory lock held for the transaction, so concurrent CREATE TABLEs cannot collide.
   */
  async migrate(): Promise<void> {
    const versions = `"${this.tableName}_migrations"`;
    await this.inTransaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`bot-storage-migrate:${this.tableName}`]);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${versions} (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${versions}`);
      const applied = new Set(rows.map((r) => r.version));
      for (const m of MIGRATIONS) {
        if (applied.has(m.version)) continue;
        await client.query(m.sql(`"${this.tableName}"`));
        await client.query(`INSERT INTO ${versions} (version) VALUES ($1)`, [m.version]);
      }
    });
  }

  /** Drops the table and its migrations record; for tests that use a table of their own. */
  async dropSchema(): Promise<void> {
    await this.pool.query(`DROP TABLE IF EXISTS "${this.tableName}", "${this.tableName}_migrations"`);
  }

  protected async readRows(keys: readonly string[]): Promise<Map<string, Row>> {
    const { rows } = await this.pool.query<Row & { key: string }>(this.sql.select([keys]));
    return new Map(rows.map((r) => [r.key, { etag: r.etag, doc: r.doc }]));
  }

  protected async writeRows(writes: readonly RowWrite[]): Promise<void> {
    // One statement is atomic by itself; the turn path (one item) never holds a transaction open.
    if (writes.length === 1) return this.apply(this.pool, writes[0]);
    // Lock rows in key order so two multi-item writes cannot deadlock each other; the
    // EtagConflictError thrown by apply() rolls the transaction back.
    const ordered = [...writes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    await this.inTransaction(async (client) => {
      for (const w of ordered) await this.apply(client, w);
    });
  }

  protected async deleteRows(keys: readonly string[]): Promise<void> {
    await this.pool.query(this.sql.remove([keys]));
  }

  async ping(): Promise<void> {
    await this.pool.query(this.sql.ping([]));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /** Runs one compare-and-set; throws EtagConflictError when its expectation did not hold. */
  private async apply(db: Pool | PoolClient, w: RowWrite): Promise<void> {
    const statement =
      w.expect.kind === 'any'
        ? this.sql.upsert([w.key, w.etag, w.doc])
        : w.expect.kind === 'absent'
          ? this.sql.insertIfAbsent([w.key, w.etag, w.doc])
          : this.sql.update([w.key, w.expect.etag, w.etag, w.doc]);
    const { rowCount } = await db.query(statement);
    if (rowCount !== 1) throw new EtagConflictError(w.key);
  }

  /** Runs `work` in a transaction on one connection: commits if it resolves, rolls back if it throws. */
  private async inTransaction<R>(work: (client: PoolClient) => Promise<R>): Promise<R> {
    const client = await this.pool.connect();
    // A connection whose BEGIN, COMMIT or ROLLBACK failed is in an unknown state: discard it.
    let reusable = false;
    // The pool stops listening to a connection it lends out. If the server ends it between two of our queries (a
    // restart: "terminating connection due to administrator command"), pg emits 'error' on it, and with nobody
    // listening that would kill the process; the next query fails instead and the write is retried or refused.
    const dropped = () => (reusable = false);
    client.on('error', dropped);
    try {
      await client.query('BEGIN');
      try {
        const result = await work(client);
        await client.query('COMMIT');
        reusable = true;
        return result;
      } catch (err) {
        await client.query('ROLLBACK').then(() => (reusable = true), () => undefined);
        throw err;
      }
    } finally {
      client.off('error', dropped);
      client.release(!reusable);
    }
  }
}

/** Reasons pg gives when it reached no server at all (nothing was said by PostgreSQL itself). */
const UNREACHABLE = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ECONNRESET|EPIPE)$/;

/**
 * One line saying why the schema could not be created at start, e.g. "DATABASE_URL: cannot connect (ECONNREFUSED
 * 127.0.0.1:5999)" or "DATABASE_URL: the server refused (role "nouser" does not exist)". The password of the
 * connection string is blanked should any reason repeat it.
 */
export function describeStartFailure(err: unknown, connectionString: string): string {
  const error = err as (Error & { code?: string; errors?: Error[]; severity?: string }) | undefined;
  // Node reports a host with several addresses that all refused as an AggregateError with an empty message.
  const message = error?.message || error?.errors?.map((e) => e.message).join(', ') || String(err);
  const reason = message.replace(/^(connect|getaddrinfo) /, '');
  let line: string;
  if ((error?.code && UNREACHABLE.test(error.code)) || /timeout|terminated/i.test(message)) {
    line = `DATABASE_URL: cannot connect (${reason})`;
  } else if (error?.severity !== undefined && /^(28|3D)/.test(error.code ?? '')) {
    // Class 28 (login refused) and 3D (no such database): reached, but the URL's user or database is wrong.
    line = `DATABASE_URL: the server refused the connection (${reason})`;
  } else if (error?.severity !== undefined) {
    line = `DATABASE_URL: cannot create the storage tables (${reason})`;
  } else {
    line = `DATABASE_URL: cannot open the storage (${reason})`;
  }
  const password = passwordOf(connectionString);
  return password ? line.split(password).join('***') : line;
}

function passwordOf(connectionString: string): string | undefined {
  try {
    return decodeURIComponent(new URL(connectionString).password) || undefined;
  } catch {
    return undefined;
  }
}
