// A PostgreSQL cluster of a test's own (initdb into a temp dir, a free port), so stopping it disturbs no other test.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './freePort';
import type { Probe } from './postgres';

const run = promisify(execFile);
const PG_ROOT = '/usr/lib/postgresql';

/** The newest installed server binaries, if any. */
function binDir(): string | undefined {
  if (!existsSync(PG_ROOT)) return undefined;
  const versions = readdirSync(PG_ROOT).filter((v) => existsSync(join(PG_ROOT, v, 'bin', 'initdb')));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest && join(PG_ROOT, newest, 'bin');
}

/** PostgreSQL refuses to run as root; as root the cluster belongs to the `postgres` user. */
const asRoot = () => process.getuid?.() === 0;

export function probeThrowawayPostgres(): Probe {
  if (!binDir()) return { reachable: false, reason: `no PostgreSQL server binaries under ${PG_ROOT}/*/bin` };
  if (asRoot() && !existsSync('/usr/sbin/runuser')) return { reachable: false, reason: 'running as root without runuser to drop to postgres' };
  return { reachable: true };
}

export interface ThrowawayPostgres {
  url: string;
  start(): Promise<void>;
  /** `fast`: connections are cut and transactions rolled back, as when the server is restarted. */
  stop(): Promise<void>;
  destroy(): Promise<void>;
}

export async function createThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = binDir()!;
  const dir = mkdtempSync(join(tmpdir(), 'pg-throwaway-'));
  const data = join(dir, 'data');
  const port = await freePort();
  const owner = asRoot() ? Number((await run('id', ['-u', 'postgres'])).stdout.trim()) : undefined;
  if (owner !== undefined) chownSync(dir, owner, owner);
  const pg = (tool: string, args: string[]) =>
    asRoot() ? run('/usr/sbin/runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]) : run(join(bin, tool), args);

  // No fsync: the test is about the bot surviving a restart, not about the disk.
  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  let running = false;
  const cluster: ThrowawayPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async start() {
      await pg('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
      running = true;
    },
    async stop() {
      await pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      running = false;
    },
    async destroy() {
      if (running) await cluster.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
