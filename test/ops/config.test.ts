// A wrongly configured bot refuses to start: `npm run start:bot` exits 1 and names every wrong variable, not just the first.
import { cleanEnv, npmScriptFile, runTsx } from '../support/tsxProcess';
import { ConfigError, loadConfig } from '../../src/config';

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
