// Runs the real bot (`src/bot/main.ts`) as a child process, one process (node + tsx's loader) so that a signal reaches the bot itself.
import type { ChildProcess } from 'node:child_process';
import { freePort } from './freePort';
import { cleanEnv, spawnTsx } from '../../support/tsxProcess';
import { waitUntil } from '../../support/waitUntil';

export interface LogLine {
  msg?: string;
  level?: number;
  [field: string]: unknown;
}

export interface BotProcess {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  child: ChildProcess;
  /** Every pino line the bot wrote so far, parsed. */
  logs: LogLine[];
  /** Everything it wrote that was not a log line (stderr, stack traces). */
  stderr: string[];
  /** Resolves with the exit code (or the signal) once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
  /** SIGKILLs the bot unless it is gone already, and resolves once it is. */
  stop(): Promise<void>;
}

/** Spawns a script of the repository with tsx's loader, in a clean environment, and collects its output. */
function spawnCollectingOutput(script: string, env: Record<string, string>) {
  const child = spawnTsx(script, { env: cleanEnv({ NODE_ENV: 'test', LOG_LEVEL: 'info', ...env }) });
  const logs: LogLine[] = [];
  const stderr: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        stderr.push(line);
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  return { child, logs, stderr, exited };
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`)).ok;
  } catch {
    return false;
  }
}

/**
 * Starts the bot (`npm run start:bot`, or `src/index.ts` for `npm start`) on a free port and resolves
 * once /healthz answers, whatever LOG_LEVEL says.
 */
export async function startBotProcess(env: Record<string, string>, script = 'src/bot/main.ts', timeoutMs = 30_000): Promise<BotProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { child, logs, stderr, exited } = spawnCollectingOutput(script, { ...env, PORT: String(port) });
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const output = () => `exit ${child.exitCode}\n${stderr.join('')}\n${JSON.stringify(logs)}`;
  try {
    await waitUntil(
      async () => {
        if (gone()) throw new Error(`the bot did not start: ${output()}`);
        return answers(url);
      },
      { what: () => `the bot at ${url} to answer /healthz: ${output()}`, timeoutMs, intervalMs: 50 },
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    child,
    logs,
    stderr,
    exited,
    kill: (signal) => child.kill(signal),
    async stop() {
      if (!gone()) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** The request log lines of one conversation, in order. */
export const turnLines = (logs: LogLine[], conversationId: string): LogLine[] =>
  logs.filter((l) => l.msg === 'turn' && l.conversationId === conversationId);

/**
 * The request log lines of one conversation once there are `count` of them: the HTTP answer can
 * arrive before the child's stdout is read, so a line written before the answer may still be in the pipe.
 */
export function turnLinesSoon(logs: LogLine[], conversationId: string, count: number, timeoutMs = 5000): Promise<LogLine[]> {
  return waitUntil(
    () => {
      const lines = turnLines(logs, conversationId);
      return lines.length >= count && lines;
    },
    { what: () => `${count} turn log lines of ${conversationId} (${turnLines(logs, conversationId).length} so far)`, timeoutMs, intervalMs: 10 },
  );
}
