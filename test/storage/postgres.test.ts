// The shared store: the contract, two bot instances colliding on one PostgreSQL, concurrent migrations, and unreachability.
//
// Whether PostgreSQL is there is decided before jest collects the tests: CommonJS has no top-level
// await, so a short synchronous probe runs in a child process (spawnSync), and the suites that need
// the server are registered only when it answered. Unreachable locally: a console.warn line says
// which tests did not run and why. Unreachable with REQUIRE_POSTGRES=1 (CI): a failing test says so.
// The tests that need no server always run, so the file is never empty.
import { randomBytes } from 'node:crypto';
import { Client, type Pool } from 'pg';
import { createStorage, ETAG_IF_ABSENT, isEtagConflictError, PostgresStorage, StorageStartError } from '../../src/storage';
import { describeStartFailure } from '../../src/storage/postgres';
import { CONTENTION_TIMEOUT_MS, contend, describeStorageContract } from './contract';
import { probePostgres } from '../durability/support/postgres';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Each run uses tables of its own, so parallel runs and other tests never meet. */
const RUN = `t${process.pid}_${randomBytes(3).toString('hex')}`;

async function tableExists(name: string): Promise<boolean> {
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ found: string | null }>('SELECT to_regclass($1) AS found', [name]);
    return rows[0].found !== null;
  } finally {
    await client.end();
  }
}

const probe = probePostgres(DATABASE_URL);

if (probe.reachable) {
  describeStorageContract('PostgresStorage', {
    open: async () => {
      const storage = new PostgresStorage({ connectionString: DATABASE_URL, tableName: `${RUN}_contract` });
      await storage.migrate();
      return storage;
    },
    dispose: async () => {
      const cleanup = new PostgresStorage({ connectionString: DATABASE_URL, tableName: `${RUN}_contract` });
      await cleanup.dropSchema();
      await cleanup.close();
    },
  });

  describe('PostgresStorage shared by two bot instances', () => {
    const tableName = `${RUN}_shared`;
    let a: PostgresStorage;
    let b: PostgresStorage;

    beforeAll(async () => {
      // Two Pools, as two processes would have; they start at once, so they migrate at once.
      a = new PostgresStorage({ connectionString: DATABASE_URL, tableName, poolSize: 5 });
      b = new PostgresStorage({ connectionString: DATABASE_URL, tableName, poolSize: 5 });
      await Promise.all([a.migrate(), b.migrate(), a.migrate()]);
    });
    afterAll(async () => {
      await a?.dropSchema();
      await Promise.all([a?.close(), b?.close()]);
    });

    test('migrating from both at once and again later leaves one schema at version 1', async () => {
      await Promise.all([a.migrate(), b.migrate()]);
      const client = new Client({ connectionString: DATABASE_URL });
      await client.connect();
      try {
        const { rows } = await client.query(`SELECT version FROM "${tableName}_migrations"`);
        expect(rows).toEqual([{ version: 1 }]);
      } finally {
        await client.end();
      }
    });

    test('turns of one conversation arriving at both instances at once never lose an update', async () => {
      const retries = await contend([a, b], 'conv/both', 40, 25);
      expect((await b.read(['conv/both']))['conv/both'].n).toBe(1000);
      expect(retries).toBeGreaterThan(0);
    }, CONTENTION_TIMEOUT_MS);

    test('when both instances create the same new conversation at once, exactly one wins each time', async () => {
      for (let i = 0; i < 20; i++) {
        const key = `conv/new-${i}`;
        const outcomes = await Promise.allSettled([
          a.write({ [key]: { by: 'a', eTag: ETAG_IF_ABSENT } }),
          b.write({ [key]: { by: 'b', eTag: ETAG_IF_ABSENT } }),
        ]);
        const won = outcomes.findIndex((o) => o.status === 'fulfilled');
        const lost = outcomes.find((o) => o.status === 'rejected');
        expect(won).toBeGreaterThanOrEqual(0);
        expect(lost && isEtagConflictError(lost.reason)).toBe(true);
        expect((await a.read([key]))[key].by).toBe(won === 0 ? 'a' : 'b');
      }
    });

    test('multi-item writes from both instances over the same keys neither deadlock nor half-apply', async () => {
      const keys = ['conv/m1', 'conv/m2', 'conv/m3'];
      await a.write(Object.fromEntries(keys.map((k) => [k, { n: 0 }])));
      const bump = async (storage: PostgresStorage, order: string[]) => {
        for (;;) {
          const items = await storage.read(order);
          try {
            return await storage.write(Object.fromEntries(order.map((k) => [k, { ...items[k], n: items[k].n + 1 }])));
          } catch (err) {
            if (!isEtagConflictError(err)) throw err;
          }
        }
      };
      await Promise.all(Array.from({ length: 20 }, (_, i) => bump(i % 2 ? a : b, i % 2 ? keys : [...keys].reverse())));
      const items = await b.read(keys);
      expect(keys.map((k) => items[k].n)).toEqual([20, 20, 20]);
    }, CONTENTION_TIMEOUT_MS);
  });

  test('a connection the server ends in the middle of a transaction does not take the process down', async () => {
    const storage = new PostgresStorage({ connectionString: DATABASE_URL, tableName: `${RUN}_dropped` });
    await storage.migrate();
    try {
      // What pg does when the server ends a lent-out connection between two queries (a restart): 'error' on the
      // client, which the pool no longer listens to. Unheard, that event would be thrown as an uncaught exception.
      const pool = (storage as unknown as { pool: Pool }).pool;
      const uncaught: unknown[] = [];
      pool.once('acquire', (client) => setImmediate(() => {
        try {
          client.emit('error', new Error('terminating connection due to administrator command'));
        } catch (err) {
          uncaught.push(err);
        }
      }));
      await storage.write({ a: { n: 1 }, b: { n: 2 } });
      expect(uncaught).toEqual([]);
      expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['a', 'b']);
    } finally {
      await storage.dropSchema();
      await storage.close();
    }
  });

  describe('createStorage with STORAGE=postgres', () => {
    test('creates the schema at start, so the first turn finds its table', async () => {
      const tableName = `${RUN}_factory`;
      const storage = await createStorage({ STORAGE: 'postgres', DATA_DIR: './unused', DATABASE_URL }, { tableName, poolSize: 2 });
      try {
        expect(storage).toBeInstanceOf(PostgresStorage);
        await storage.ping();
        expect(await tableExists(tableName)).toBe(true);
      } finally {
        await (storage as PostgresStorage).dropSchema();
        await storage.close();
      }
    });
  });
} else if (process.env.REQUIRE_POSTGRES === '1') {
  test('PostgreSQL is reachable (REQUIRE_POSTGRES=1)', () => {
    throw new Error(`postgres tests cannot run: ${probe.reason}`);
  });
} else {
  console.warn(`postgres tests skipped: ${probe.reason} (set DATABASE_URL; REQUIRE_POSTGRES=1 makes this a failure)`);
}

describe('PostgresStorage without a server', () => {
  // Port 1 refuses connections at once: what a bot instance sees while PostgreSQL is down.
  const unreachable = 'postgres://postgres@127.0.0.1:1/test';

  test('ping rejects, so /readyz reports the instance not ready', async () => {
    const storage = new PostgresStorage({ connectionString: unreachable, connectTimeoutMs: 1000 });
    try {
      await expect(storage.ping()).rejects.toThrow();
    } finally {
      await storage.close();
    }
  });

  test('createStorage fails at start instead of serving turns without a schema', async () => {
    await expect(createStorage({ STORAGE: 'postgres', DATA_DIR: './unused', DATABASE_URL: unreachable })).rejects.toThrow();
  });

  // pg's own errors named neither the variable nor what to fix, and came with a stack trace at start.
  test('a start that cannot connect says so in one line naming DATABASE_URL (StorageStartError)', async () => {
    const failed = createStorage({ STORAGE: 'postgres', DATA_DIR: './unused', DATABASE_URL: unreachable });
    await expect(failed).rejects.toBeInstanceOf(StorageStartError);
    await expect(failed).rejects.toThrow(/^DATABASE_URL: cannot connect \(ECONNREFUSED 127\.0\.0\.1:1\)$/);
  });

  test.each([
    ['an unknown host', Object.assign(new Error('getaddrinfo ENOTFOUND base'), { code: 'ENOTFOUND' }), 'DATABASE_URL: cannot connect (ENOTFOUND base)'],
    ['every address refusing', Object.assign(new AggregateError([new Error('connect ECONNREFUSED ::1:5999'), new Error('connect ECONNREFUSED 127.0.0.1:5999')], ''), { code: 'ECONNREFUSED' }), 'DATABASE_URL: cannot connect (ECONNREFUSED ::1:5999, connect ECONNREFUSED 127.0.0.1:5999)'],
    ['a pool timeout', new Error('timeout exceeded when trying to connect'), 'DATABASE_URL: cannot connect (timeout exceeded when trying to connect)'],
    ['an unknown role', Object.assign(new Error('role "nouser" does not exist'), { code: '28000', severity: 'FATAL' }), 'DATABASE_URL: the server refused the connection (role "nouser" does not exist)'],
    ['no right to create the table', Object.assign(new Error('permission denied for schema public'), { code: '42501', severity: 'ERROR' }), 'DATABASE_URL: cannot create the storage tables (permission denied for schema public)'],
    ['a reason repeating the password', new Error('bad secret s3cr3t!'), 'DATABASE_URL: cannot open the storage (bad secret ***)'],
  ])('%s is told as "%s"', (_case, error, line) => {
    expect(describeStartFailure(error, 'postgres://bot:s3cr3t%21@db/bot')).toBe(line);
  });

  test('createStorage refuses STORAGE=postgres without DATABASE_URL', async () => {
    await expect(createStorage({ STORAGE: 'postgres', DATA_DIR: './unused', DATABASE_URL: undefined })).rejects.toThrow(/DATABASE_URL/);
  });
});
