// GET /metrics: turns by outcome and latency, backend calls and errors, handoffs, eTag collisions, journey steps reached.
import { createBotApp } from '../../src/bot/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { createNlu } from '../../src/nlu';
import { MemoryStorage } from '../../src/storage';
import { setTimeout as sleep } from 'node:timers/promises';
import { OTP, startMock } from '../mock/harness';
import { metricValue, say, tap } from '../durability/support/botClient';
import { startInProcessBot, type InProcessBot } from '../durability/support/inProcessBot';

describe('with METRICS_TOKEN set', () => {
  let bot: InProcessBot;
  const token = 'metrics-secret-0123456789';

  beforeAll(async () => {
    bot = await startInProcessBot({ env: { METRICS_TOKEN: token } });
  });
  afterAll(() => bot?.close());

  test.each([
    ['no Authorization header', undefined],
    ['a wrong token', 'Bearer not-the-token'],
    ['the token without the Bearer scheme', token],
  ])('%s: 401, and no figures', async (_case, authorization) => {
    const response = await fetch(`${bot.url}/metrics`, { headers: authorization ? { authorization } : {} });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.text()).not.toContain('paylater_');
  });

  test('the token: 200 and the figures', async () => {
    const response = await fetch(`${bot.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/# TYPE paylater_turns_total counter/);
  });
});

describe('a customer logging in', () => {
  let bot: InProcessBot;

  beforeAll(async () => {
    bot = await startInProcessBot();
    await say(bot.url, 'metrics-login', tap('ENABLE'));
    await say(bot.url, 'metrics-login', '13800000001');
    await say(bot.url, 'metrics-login', OTP);
    await say(bot.url, 'metrics-login', tap('HUMAN'));
  });
  afterAll(() => bot?.close());

  test('is served in the Prometheus text format', async () => {
    const response = await fetch(`${bot.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toMatch(/# TYPE paylater_turns_total counter/);
  });

  test('counts each turn by outcome and times it', async () => {
    expect(await metricValue(bot.url, 'paylater_turns_total', { outcome: 'ok' })).toBe(4);
    expect(await metricValue(bot.url, 'paylater_turn_duration_seconds_count')).toBe(4);
  });

  test('counts the journey steps the conversation entered, once each', async () => {
    expect(await metricValue(bot.url, 'paylater_journey_step_entered_total', { step: 'login' })).toBe(1);
    expect(await metricValue(bot.url, 'paylater_journey_step_entered_total', { step: 'plus' })).toBe(1);
    expect(await metricValue(bot.url, 'paylater_journey_step_entered_total', { step: 'handoff' })).toBe(1);
  });

  test('counts the handoff by its reason', async () => {
    expect(await metricValue(bot.url, 'paylater_handoffs_total', { reason: 'customer_request' })).toBe(1);
  });

  test('times every backend call by operation, with no errors', async () => {
    for (const operation of ['requestOtp', 'createSession', 'getAccount']) {
      expect(await metricValue(bot.url, 'paylater_backend_call_duration_seconds_count', { operation })).toBe(1);
    }
    expect(await metricValue(bot.url, 'paylater_backend_errors_total')).toBe(0);
  });
});

test('backend failures are counted by kind', async () => {
  const bot = await startInProcessBot({ env: { ACCOUNT_API_URL: 'http://127.0.0.1:1' } });
  try {
    await say(bot.url, 'metrics-down', tap('ENABLE'));
    await say(bot.url, 'metrics-down', '13800000001');
    expect(await metricValue(bot.url, 'paylater_backend_errors_total', { operation: 'requestOtp', kind: 'unavailable' })).toBe(1);
    // The customer hears only "try again"; the log says which call failed and why.
    expect(bot.logs).toContainEqual(
      expect.objectContaining({ level: 40, msg: 'backend call failed', operation: 'requestOtp', kind: 'unavailable', cause: 'ECONNREFUSED' }),
    );
    // The error itself, with its message and stack (masking used to copy only its enumerable fields).
    const failure = bot.logs.find((l) => l.msg === 'backend call failed') as { err?: { type?: string; message?: string; stack?: string } } | undefined;
    expect(failure?.err?.type).toBe('BackendError');
    expect(failure?.err?.message).toBe('POST /v1/otp: backend unreachable');
    expect(failure?.err?.stack).toContain('BackendError');
  } finally {
    await bot.close();
  }
});

test('two instances writing one conversation at once count the eTag collisions they retried, each in its own registry', async () => {
  const mock = await startMock();
  // A read that takes a few milliseconds, as over a network: both instances then read the same version.
  const storage = new (class extends MemoryStorage {
    override async read(keys: string[]) {
      const items = await super.read(keys);
      await sleep(5);
      return items;
    }
  })();
  const config = loadConfig({ ACCOUNT_API_URL: mock.url });
  const nlu = createNlu();
  const apps = [0, 1].map(() => createBotApp({ config, storage, nlu, logger: createLogger('silent') }));
  try {
    const [a, b] = await Promise.all(apps.map((app) => app.listen(0, '127.0.0.1')));
    await say(a, 'metrics-shared', tap('ENABLE'));
    for (let i = 0; i < 20; i++) await Promise.all([say(a, 'metrics-shared', tap('HELP')), say(b, 'metrics-shared', tap('HELP'))]);
    const collisions = (await metricValue(a, 'paylater_storage_etag_conflicts_total')) + (await metricValue(b, 'paylater_storage_etag_conflicts_total'));
    expect(collisions).toBeGreaterThan(0);
    // Nothing lost: every turn is in the record, and each instance counted only its own turns.
    expect((await storage.read(['conversation/metrics-shared']))['conversation/metrics-shared'].turns).toBe(41);
    expect((await metricValue(a, 'paylater_turns_total')) + (await metricValue(b, 'paylater_turns_total'))).toBe(41);
    expect(await metricValue(b, 'paylater_turns_total')).toBe(20);
  } finally {
    await Promise.all(apps.map((app) => app.close()));
    await mock.close();
  }
});
