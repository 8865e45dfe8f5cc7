// Runs a TypeScript file of the repository in a child process, the one way the tests do it: node with tsx's loader.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';

const REPO_ROOT = resolve(__dirname, '../..');

/** An environment with nothing from the developer's shell (a DATABASE_URL, a MicrosoftAppId) but PATH and HOME. */
export function cleanEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...vars };
}

export interface TsxOptions {
  args?: string[];
  /** The child's whole environment; this process's when left out. */
  env?: NodeJS.ProcessEnv;
  /** What the script reads on stdin; then end of input, at once (as with `< /dev/null` when there is none). */
  input?: string;
}

/** The child, its stdin already ended (see TsxOptions.input). */
export type TsxChild = ChildProcessByStdio<Writable, Readable, Readable>;

/**
 * Starts `node --import tsx <script>` in the repository root (where `--import tsx` is resolved; `script` may be
 * relative to it). One process, not the tsx CLI, which runs the script in a second node: a signal the test sends
 * reaches the script itself, and the exit code and signal the test sees are the script's own.
 */
export function spawnTsx(script: string, { args = [], env = process.env, input = '' }: TsxOptions = {}): TsxChild {
  const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // A script that exits before reading all its input closes the pipe (EPIPE); its exit is what the test looks at.
  child.stdin.on('error', () => undefined);
  child.stdin.end(input);
  return child;
}

export interface TsxRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a script to its end and collects its output. Past `timeoutMs` the script is killed and the run fails,
 * naming it and what it wrote to stderr. The default is inside jest's 20 s per test: a hung script fails the
 * test with that message instead of jest's timeout, and is not left running.
 */
export function runTsx(script: string, options: TsxOptions & { timeoutMs?: number } = {}): Promise<TsxRun> {
  const { timeoutMs = 15_000 } = options;
  const child = spawnTsx(script, options);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${script} did not finish within ${timeoutMs} ms; stderr so far:\n${stderr}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr });
    });
  });
}

/**
 * The file `npm run <name>` runs (package.json says `tsx [node flags] <file>`), so a test of an npm script runs what it
 * runs, started the same one way as every other script. The flags only silence a warning (`--disable-warning=DEP0111`),
 * which spawnTsx's `--no-deprecation` covers.
 */
export function npmScriptFile(name: string): string {
  const { scripts } = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const file = /^tsx (?:--[\w-]+(?:=\S+)? )*(\S+)$/.exec(scripts[name] ?? '')?.[1];
  if (!file) throw new Error(`npm script ${name} is not "tsx [flags] <file>" (package.json has ${JSON.stringify(scripts[name])})`);
  return file;
}
