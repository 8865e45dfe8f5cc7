// A port that is already taken: the bot and the mock say so in one line and exit 1, instead of crashing on an unhandled
// 'error' event, and before starting anything else.
import { createServer, type Server } from 'node:net';
import { cleanEnv, npmScriptFile, spawnTsx, type TsxRun } from '../support/tsxProcess';
import { loadConfig } from '../../src/config';
import { ListenError } from '../../src/listen';
import { createLogger } from '../../src/log';
import { MemoryStorage } from '../../src/storage';
import { startBot } from '../../src/bot/startBot';

let taken: Server;
let port: number;
/** A port free when the test starts: the other server's, so that only the taken one clashes. */
let free: number;

async function listening(): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return server;
}

beforeAll(async () => {
  taken = await listening();
  port = (taken.address() as { port: number }).port;
  const probe = await listening();
  free = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});

afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

/**
 * What `npm run <script>` runs, with only `env` set; with how long it took to end once it said it cannot listen (the
 * time before, loading a TypeScript process, depends on the machine's load, not on the bot).
 */
function run(script: string, env: Record<string, string>): Promise<TsxRun & { lingeredMs: number }> {
  const child = spawnTsx(npmScriptFile(script), { env: cleanEnv({ STORAGE: 'memory', LOG_LEVEL: 'warn', ...env }) });
  let stdout = '';
  let stderr = '';
  let saidAt: number | undefined;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    if (saidAt === undefined && stderr.includes('cannot listen on port')) saidAt = Date.now();
  });
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${script} did not exit within 30 s; stderr so far:\n${stderr}`));
    }, 30_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, lingeredMs: Date.now() - (saidAt ?? Date.now()) });
    });
  });
}

const cannotListen = (setting: string) => `cannot listen on port ${port} (already in use); stop what uses it or set ${setting}`;

test.each([
  ['start:bot', 'PORT'],
  ['start:mock', 'MOCK_BACKEND_PORT'],
])('npm run %s on a port in use: exit 1, the port and %s named, no stack trace', async (script, setting) => {
  const started = await run(script, { [setting]: String(port) });
  expect(started.code).toBe(1);
  expect(started.stderr).toContain(cannotListen(setting));
  expect(started.stderr).not.toMatch(/\n\s+at /);
  expect(started.stderr).not.toContain("Unhandled 'error' event");
  // Nothing was started first (the bot's storage, its agent API logging that it is disabled); the mock warns only of
  // its configuration.
  expect(started.stdout).not.toMatch(script === 'start:bot' ? /./ : /listening/);
  expect(started.lingeredMs).toBeLessThan(1000);
}, 60_000);

// `npm start` with PORT taken started the mock backend first and said so only once the bot's modules had loaded, its
// storage opened and its NLU was built, seconds later, with the bot's log lines after the fatal one.
test.each([
  { taken: 'PORT', other: 'MOCK_BACKEND_PORT' },
  { taken: 'MOCK_BACKEND_PORT', other: 'PORT' },
])('npm start with $taken in use: exit 1 at once, $taken named, nothing started', async ({ taken: setting, other }) => {
  const started = await run('start', { [setting]: String(port), [other]: String(free) });
  expect(started.code).toBe(1);
  expect(started.stderr.trim()).toMatch(new RegExp(`^paylater-[\\w-]+: ${cannotListen(setting).replace(/[()]/g, '\\$&')}$`));
  expect(started.stdout).toBe('');
  expect(started.lingeredMs).toBeLessThan(1000);
}, 60_000);

test('npm start with both ports in use names both', async () => {
  const other = await listening();
  try {
    const otherPort = (other.address() as { port: number }).port;
    const started = await run('start', { PORT: String(port), MOCK_BACKEND_PORT: String(otherPort) });
    expect(started.code).toBe(1);
    expect(started.stderr).toContain(cannotListen('PORT'));
    expect(started.stderr).toContain(`cannot listen on port ${otherPort} (already in use); stop what uses it or set MOCK_BACKEND_PORT`);
  } finally {
    await new Promise<void>((resolve) => other.close(() => resolve()));
  }
}, 60_000);

// A start that failed at its bind (the port taken after the check) left the storage it had opened open: a process that
// goes on (a test starting the bot itself) kept a PostgreSQL pool.
test('a bot started in process on a port in use closes the storage it opened', async () => {
  const close = jest.spyOn(MemoryStorage.prototype, 'close');
  try {
    const config = loadConfig({ PORT: String(port), STORAGE: 'memory', LOG_LEVEL: 'silent' });
    await expect(startBot(config, createLogger('silent'))).rejects.toThrow(ListenError);
    expect(close).toHaveBeenCalledTimes(1);
  } finally {
    close.mockRestore();
  }
});
