// A wrongly configured bot refuses to start: `npm run start:bot` exits 1 and names every wrong variable, not just the first.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { cleanEnv, npmScriptFile, runTsx } from '../support/tsxProcess';
import { ConfigError, loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { startBot as startBotInProcess } from '../../src/bot/startBot';

/** What `npm run start:bot` runs, with only `env` set. */
function startBot(env: Record<string, string>) {
  return runTsx(npmScriptFile('start:bot'), { env: cleanEnv(env), timeoutMs: 30_000 });
}

test('PORT=abc with STORAGE=postgres and no DATABASE_URL: exit 1, both variables named, nothing started', async () => {
  const run = await startBot({ PORT: 'abc', STORAGE: 'postgres' });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('Invalid configuration:');
  expect(run.stderr).toMatch(/^ {2}PORT: must be a port number \(1-65535\)$/m);
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

const APP_ID = '00000000-0000-4000-8000-000000000001';

// A password without an App ID ran with no authentication at all; SingleTenant without a tenant crashed at start with
// botbuilder's AssertionError stack.
test.each([
  ['a password without an App ID', { MicrosoftAppPassword: 'secret' }, /^ {2}MicrosoftAppId: is required when MicrosoftAppPassword is set/m],
  ['SingleTenant without a tenant', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant' }, /^ {2}MicrosoftAppTenantId: is required when MicrosoftAppType=SingleTenant$/m],
  ['SingleTenant without an App ID', { MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'contoso.onmicrosoft.com' }, /^ {2}MicrosoftAppId: is required when MicrosoftAppType=SingleTenant$/m],
  ['UserAssignedMSI without a tenant', { MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI' }, /^ {2}MicrosoftAppTenantId: is required when MicrosoftAppType=UserAssignedMSI$/m],
  ['UserAssignedMSI with a password', { MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 'contoso.onmicrosoft.com', MicrosoftAppPassword: 'secret' }, /^ {2}MicrosoftAppPassword: must be unset when MicrosoftAppType=UserAssignedMSI/m],
])('Bot Framework credentials: %s is a configuration error naming the variable', (_case, env, line) => {
  expect(() => loadConfig(env)).toThrow(ConfigError);
  expect(() => loadConfig(env)).toThrow(line);
});

test('complete Bot Framework credentials load, as do none (local development)', () => {
  expect(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'contoso.onmicrosoft.com' }))
    .toMatchObject({ MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'contoso.onmicrosoft.com' });
  expect(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 'contoso.onmicrosoft.com' }).MicrosoftAppType).toBe('UserAssignedMSI');
  expect(loadConfig({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: '' }).MicrosoftAppId).toBeUndefined();
});

test('`npm run start:bot` with SingleTenant and no tenant: exit 1 naming MicrosoftAppTenantId, no stack trace', async () => {
  const run = await startBot({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant' });
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/^ {2}MicrosoftAppTenantId: is required when MicrosoftAppType=SingleTenant$/m);
  expect(run.stderr).not.toMatch(/\n\s+at /);
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

// PORT= became port 0 (any port, and BOT_WEBHOOK_URL http://localhost:0/…) while STORAGE= was an error: now an empty
// value is unset, whatever the variable, as dotenv files leave them.
test('an empty value is the default, for every variable', () => {
  const names = ['PORT', 'MOCK_BACKEND_PORT', 'STORAGE', 'LOG_LEVEL', 'DATA_DIR', 'BACKEND_TIMEOUT_MS', 'MOCK_OTP_CODE', 'MicrosoftAppType', 'ACCOUNT_API_URL', 'SHOP_URL', 'BOT_WEBHOOK_URL', 'DATABASE_URL', 'DIRECTLINE_TOKEN_SECRET'];
  const defaults = loadConfig({});
  expect(loadConfig(Object.fromEntries(names.map((name) => [name, ''])))).toEqual(defaults);
  expect(loadConfig(Object.fromEntries(names.map((name) => [name, '  '])))).toEqual(defaults);
  expect(defaults).toMatchObject({
    PORT: 3978,
    MOCK_BACKEND_PORT: 3979,
    STORAGE: 'embedded',
    LOG_LEVEL: 'info',
    DATA_DIR: './data',
    BACKEND_TIMEOUT_MS: 3000,
    MOCK_OTP_CODE: '123456',
    ACCOUNT_API_URL: 'http://localhost:3979',
    BOT_WEBHOOK_URL: 'http://localhost:3978/api/backend-events',
  });
});

test('.env.example, copied as it is, loads the defaults (it says every variable is optional)', () => {
  const example = parseEnv(readFileSync(resolve(__dirname, '../../.env.example'), 'utf8'));
  expect(loadConfig(example)).toEqual(loadConfig({}));
});

// Each was accepted: a random port, a webhook URL without a scheme, a backend on ftp, a customer-facing javascript: link.
test.each([
  ['PORT', '0', 'must be a port number (1-65535)'],
  ['PORT', '65536', 'must be a port number (1-65535)'],
  ['MOCK_BACKEND_PORT', '3.5', 'must be a port number (1-65535)'],
  ['PORT', '0x50', 'must be a port number (1-65535)'],
  ['BOT_WEBHOOK_URL', 'localhost:6300', 'must be an http:// or https:// URL'],
  ['ACCOUNT_API_URL', 'ftp://x', 'must be an http:// or https:// URL'],
  ['SHOP_URL', 'javascript:alert(1)', 'must be an http:// or https:// URL'],
  ['BACKEND_TIMEOUT_MS', '0', 'must be a whole number of milliseconds (1 or more)'],
  ['BACKEND_TIMEOUT_MS', '2.5s', 'must be a whole number of milliseconds (1 or more)'],
  ['STORAGE', 'cloud', 'must be one of embedded, postgres, memory'],
  ['LOG_LEVEL', 'loud', 'must be one of fatal, error, warn, info, debug, trace, silent'],
  ['MicrosoftAppType', 'Foo', 'must be one of MultiTenant, SingleTenant, UserAssignedMSI'],
  ['DATABASE_URL', 'base', 'must be a postgres:// or postgresql:// URL'],
])('%s=%s is refused: "%s"', (variable, value, message) => {
  expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
  expect(() => loadConfig({ [variable]: value })).toThrow(`\n  ${variable}: ${message}`);
});

test('http and https URLs, and ports 1 and 65535, are accepted', () => {
  expect(loadConfig({ PORT: '1', MOCK_BACKEND_PORT: '65535', SHOP_URL: 'https://shop.example/pay', BOT_WEBHOOK_URL: 'http://10.0.0.5:6300/api/backend-events' }))
    .toMatchObject({ PORT: 1, MOCK_BACKEND_PORT: 65535, SHOP_URL: 'https://shop.example/pay', ACCOUNT_API_URL: 'http://localhost:65535' });
  expect(loadConfig({ STORAGE: 'postgres', DATABASE_URL: 'postgresql://bot@db.internal/bot?options=-c%20search_path%3Dbot' }).DATABASE_URL).toContain('search_path');
});

// An unreachable database printed pg's stack trace ("connect ECONNREFUSED", "getaddrinfo ENOTFOUND base") without
// naming DATABASE_URL.
test('`npm run start:bot` with STORAGE=postgres and nothing at DATABASE_URL: exit 1, one line naming it, no password', async () => {
  const closed = createServer();
  await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
  const { port } = closed.address() as { port: number };
  await new Promise<void>((done) => closed.close(() => done()));
  const run = await startBot({ STORAGE: 'postgres', DATABASE_URL: `postgres://bot:not-this-password@127.0.0.1:${port}/bot`, LOG_LEVEL: 'warn' });
  expect(run.code).toBe(1);
  expect(run.stderr.trim()).toBe(`DATABASE_URL: cannot connect (ECONNREFUSED 127.0.0.1:${port})`);
  expect(run.stdout).not.toContain('listening');
}, 60_000);

test('STORAGE=memory warns at start that nothing survives a restart; embedded does not', async () => {
  const warnings = async (env: Record<string, string>) => {
    const lines: Array<{ level: number; msg: string }> = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
    const bot = await startBotInProcess({ ...loadConfig({ ACCOUNT_API_URL: 'http://127.0.0.1:1', ...env }), PORT: 0 }, logger);
    await bot.stop();
    return lines.filter((l) => l.level === 40).map((l) => l.msg);
  };
  expect(await warnings({ STORAGE: 'memory' })).toContainEqual(expect.stringContaining('nothing survives a restart'));
  const dataDir = mkdtempSync(join(tmpdir(), 'memory-warning-'));
  try {
    expect(await warnings({ STORAGE: 'embedded', DATA_DIR: dataDir })).not.toContainEqual(expect.stringContaining('nothing survives a restart'));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 30_000);
