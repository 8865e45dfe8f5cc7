// Runs the real bot (`src/bot/main.ts`) as a child process, one process (node + tsx's loader) so that a signal reaches the bot itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from './freePort';

export const REPO_ROOT = resolve(__dirname, '../../..');

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
}

/** A clean environment: nothing from the developer's shell (a DATABASE_URL, a MicrosoftAppId) leaks into the bot. */
function botEnvironment(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test', LOG_LEVEL: 'info', ...env };
}

/** Spawns a script of the repository with tsx's loader and collects its output. */
export function spawnTs(script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', script], {
    cwd: REPO_ROOT,
    env: botEnvironment(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  const stderr: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  let pending = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
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
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
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
  const { child, logs, stderr, exited } = spawnTs(script, { ...env, PORT: String(port) });
  const started = Date.now();
  while (!(await answers(url))) {
    if (child.exitCode !== null || Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`the bot did not start: exit ${child.exitCode}\n${stderr.join('')}\n${JSON.stringify(logs)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, child, logs, stderr, exited, kill: (signal) => child.kill(signal) };
}

/** The request log lines of one conversation, in order. */
export const turnLines = (logs: LogLine[], conversationId: string): LogLine[] =>
  logs.filter((l) => l.msg === 'turn' && l.conversationId === conversationId);

/**
 * The request log lines of one conversation once there are `count` of them: the HTTP answer can
 * arrive before the child's stdout is read, so a line written before the answer may still be in the pipe.
 */
export async function turnLinesSoon(logs: LogLine[], conversationId: string, count: number, timeoutMs = 5000): Promise<LogLine[]> {
  const deadline = Date.now() + timeoutMs;
  while (turnLines(logs, conversationId).length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  return turnLines(logs, conversationId);
}
