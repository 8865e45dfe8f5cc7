// PostgreSQL for the durability tests: whether one is there (decided before tests register), and a fresh schema per run.
//
// As in test/storage/postgres.test.ts: CommonJS has no top-level await, so a short synchronous probe runs
// in a child process, and suites that need the server register only when it answered. Unreachable
// locally: one console.warn line says which tests did not run and why. Unreachable with
// REQUIRE_POSTGRES=1 (.ci/run): a failing test says so.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type Probe = { reachable: true } | { reachable: false; reason: string };

export function probePostgres(url: string): Probe {
  const script = `
    const { Client } = require(${JSON.stringify(require.resolve('pg'))});
    const client = new Client({ connectionString: process.env.PROBE_URL, connectionTimeoutMillis: 3000 });
    client.connect().then(() => client.query('SELECT 1')).then(() => client.end())
      .then(() => process.exit(0), (err) => { process.stderr.write(String(err.message || err)); process.exit(1); });`;
  const probe = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, PROBE_URL: url }, encoding: 'utf8', timeout: 10_000 });
  if (probe.status === 0) return { reachable: true };
  return { reachable: false, reason: `${redact(url)} unreachable: ${probe.stderr.trim() || probe.error?.message || `probe exited ${probe.status}`}` };
}

const redact = (url: string): string => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

/**
 * Registers `suite` when `available` holds; otherwise a failing test under REQUIRE_POSTGRES=1, or a
 * warning naming what was skipped. Never an empty file: jest fails a test file with no tests.
 */
export function whenAvailable(what: string, available: Probe, suite: () => void): void {
  if (available.reachable) return suite();
  if (process.env.REQUIRE_POSTGRES === '1') {
    test(`${what}: PostgreSQL is available (REQUIRE_POSTGRES=1)`, () => {
      throw new Error(`${what} cannot run: ${available.reason}`);
    });
    return;
  }
  console.warn(`${what} skipped: ${available.reason} (REQUIRE_POSTGRES=1 makes this a failure)`);
  test(`${what}: not run, PostgreSQL is not available here (REQUIRE_POSTGRES=1 makes this a failure)`, () => {
    expect(available.reachable).toBe(false);
  });
}

export interface Schema {
  /**
   * DATABASE_URL whose connections use the schema (search_path), for the bot processes. Commits do not
   * wait for the disk (synchronous_commit=off): the test is about concurrent writers, the server does
   * not crash, and on a shared CI disk the fsync wait otherwise dominates its run time.
   */
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A schema of this run's own, so parallel runs and other tests never meet; dropped with everything in it. */
export async function freshSchema(baseUrl: string, prefix: string): Promise<Schema> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await withClient(baseUrl, (c) => c.query(`CREATE SCHEMA "${name}"`));
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${name} -c synchronous_commit=off`);
  return {
    url: url.toString(),
    name,
    drop: () => withClient(baseUrl, (c) => c.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`)).then(() => undefined),
  };
}

export async function withClient<R>(url: string, work: (client: Client) => Promise<R>): Promise<R> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
