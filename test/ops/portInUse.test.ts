// A port that is already taken: the bot and the mock say so in one line and exit 1, instead of crashing on an unhandled 'error' event.
import { createServer, type Server } from 'node:net';
import { cleanEnv, npmScriptFile, runTsx } from '../support/tsxProcess';

let taken: Server;
let port: number;

beforeAll(async () => {
  taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, resolve));
  port = (taken.address() as { port: number }).port;
});

afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

/** What `npm run <script>` runs, with only `env` set. */
function run(script: string, env: Record<string, string>) {
  return runTsx(npmScriptFile(script), { env: cleanEnv({ STORAGE: 'memory', LOG_LEVEL: 'warn', ...env }), timeoutMs: 30_000 });
}

test.each([
  ['start:bot', 'PORT'],
  ['start:mock', 'MOCK_BACKEND_PORT'],
])('npm run %s on a port in use: exit 1, the port and %s named, no stack trace', async (script, setting) => {
  const started = await run(script, { [setting]: String(port) });
  expect(started.code).toBe(1);
  expect(started.stderr).toContain(`cannot listen on port ${port} (already in use); stop what uses it or set ${setting}`);
  expect(started.stderr).not.toMatch(/\n\s+at /);
  expect(started.stderr).not.toContain("Unhandled 'error' event");
}, 60_000);
