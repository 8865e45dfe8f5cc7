// Starts a bench server (server.ts) in a child process and talks to it: one process per server, so the load generator never shares an event loop with it.
import { fork } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command, CommandMessage, Commands, ReplyMessage, Role } from './server';

export interface ServerProcess {
  role: Role;
  url: string;
  pid: number;
  call<C extends Command>(command: C, args?: Commands[C]['args']): Promise<Commands[C]['value']>;
  /** Asks the server to close and waits for the process to exit. */
  stop(): Promise<void>;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  /** Where the server's stdout and stderr go (its logs), read back when it fails. */
  logFile: string;
}

const STARTUP_TIMEOUT_MS = 60_000;
/** The repository, where `--import tsx` is resolved from wherever the bench was started. */
const ROOT = resolve(__dirname, '../..');

export async function spawnServer(role: Role, options: SpawnOptions): Promise<ServerProcess> {
  const log = openSync(options.logFile, 'a');
  const child = fork(join(__dirname, 'server.ts'), [role], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...options.env },
    stdio: ['ignore', log, log, 'ipc'],
  });
  closeSync(log);
  const logTail = () => readFileSync(options.logFile, 'utf8').slice(-2000);

  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then((code) => {
    for (const { reject } of pending.values()) reject(new Error(`${role} server exited (${code}) mid-call:\n${logTail()}`));
    pending.clear();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${role} server did not start in ${STARTUP_TIMEOUT_MS} ms:\n${logTail()}`)), STARTUP_TIMEOUT_MS);
    child.on('message', (message: ReplyMessage) => {
      if ('ready' in message) {
        clearTimeout(timer);
        resolve(message.ready);
        return;
      }
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.ok) waiter?.resolve(message.value);
      else waiter?.reject(new Error(`${role} server: ${message.error}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${role} server exited (${code}) while starting:\n${logTail()}`));
    });
  });

  let nextId = 0;
  const call = <C extends Command>(command: C, args?: Commands[C]['args']) =>
    new Promise<Commands[C]['value']>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ id, command, args } satisfies CommandMessage);
    });

  return {
    role,
    url,
    pid: child.pid ?? -1,
    call,
    stop: async () => {
      if (child.exitCode === null) await call('stop').catch(() => undefined);
      await exited;
    },
  };
}
