// A wrongly configured bot refuses to start: `npm run start:bot` exits 1 and names every wrong variable, not just the first.
import { cleanEnv, npmScriptFile, runTsx } from '../support/tsxProcess';
import { loadConfig } from '../../src/config';

/** What `npm run start:bot` runs, with only `env` set. */
function startBot(env: Record<string, string>) {
  return runTsx(npmScriptFile('start:bot'), { env: cleanEnv(env), timeoutMs: 30_000 });
}

test('PORT=abc with STORAGE=postgres and no DATABASE_URL: exit 1, both variables named, nothing started', async () => {
  const run = await startBot({ PORT: 'abc', STORAGE: 'postgres' });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('Invalid configuration:');
  expect(run.stderr).toMatch(/^ {2}PORT: must be a port number \(0-65535\)$/m);
  expect(run.stderr).toMatch(/^ {2}DATABASE_URL: is required when STORAGE=postgres$/m);
  // A clear message, not a stack trace, and no "listening" line.
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stdout).not.toContain('listening');
}, 60_000);

test('every other kind of mistake is named too, each on its own line', async () => {
  const run = await startBot({
    STORAGE: 'cloud',
    ACCOUNT_API_URL: 'not-a-url',
    LOG_LEVEL: 'loud',
    MicrosoftAppId: '00000000-0000-4000-8000-000000000001',
  });
  expect(run.code).toBe(1);
  for (const variable of ['STORAGE', 'ACCOUNT_API_URL', 'LOG_LEVEL', 'MicrosoftAppPassword']) {
    expect(run.stderr).toMatch(new RegExp(`^ {2}${variable}: `, 'm'));
  }
}, 60_000);

// `PORT=5978 MOCK_BACKEND_PORT=5979 npm start` called the backend on 3979: the addresses did not follow the ports.
test('unset, the backend, shop and webhook addresses follow the ports; an empty value counts as unset', () => {
  const config = loadConfig({ PORT: '5978', MOCK_BACKEND_PORT: '5979', SHOP_URL: '' });
  expect(config).toMatchObject({
    ACCOUNT_API_URL: 'http://localhost:5979',
    SHOP_URL: 'http://localhost:5979',
    BOT_WEBHOOK_URL: 'http://localhost:5978/api/backend-events',
  });
  expect(loadConfig({ ACCOUNT_API_URL: 'https://accounts.example' }).ACCOUNT_API_URL).toBe('https://accounts.example');
});
