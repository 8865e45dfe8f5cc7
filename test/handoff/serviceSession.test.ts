// The backend's service sessions, which let an agent's verified customer skip the login: the mock's route and the bot's client.
import { BackendError, createAccountClient } from '../../src/backend/client';
import { startMock, type RunningMock } from '../mock/harness';
import { sessionFor } from '../../src/agent/serviceSession';
import { createLogger } from '../../src/log';

const SERVICE_TOKEN = 'service-token-for-tests';

describe('POST /v1/service-sessions', () => {
  let m: RunningMock;

  beforeAll(async () => {
    m = await startMock({ serviceToken: SERVICE_TOKEN });
  });
  afterAll(() => m.close());

  test('opens a session for an existing account to the holder of the service token', async () => {
    const client = createAccountClient({ baseUrl: m.url, timeoutMs: 2000, serviceToken: SERVICE_TOKEN });
    const session = await client.createServiceSession('acct_004');
    expect(session).toEqual({ ok: true, value: { accountId: 'acct_004', token: expect.any(String), expiresAt: expect.any(String) } });
    if (!session.ok) return;
    expect((await client.getAccount(session.value)).accountId).toBe('acct_004');
  });

  test('an unknown account is a typed refusal, not an error', async () => {
    const client = createAccountClient({ baseUrl: m.url, timeoutMs: 2000, serviceToken: SERVICE_TOKEN });
    expect(await client.createServiceSession('acct_nobody')).toEqual({ ok: false, error: 'unknown_account' });
  });

  test.each([
    { what: 'no token', token: undefined },
    { what: 'a customer session token', token: 'customer' },
    { what: 'a wrong service token', token: 'service-token-for-test' },
  ])('is 401 with $what', async ({ token }) => {
    const bearer = token === 'customer' ? (await m.login('13800000001')).token : token;
    const answer = await m.request('POST', '/v1/service-sessions', { json: { accountId: 'acct_001' }, token: bearer });
    expect(answer).toMatchObject({ status: 401, body: { code: 'unauthorized' } });
  });

  test('is refused by a mock started without a service token, whatever is presented', async () => {
    const bare = await startMock();
    try {
      const answer = await bare.request('POST', '/v1/service-sessions', { json: { accountId: 'acct_001' }, token: SERVICE_TOKEN });
      expect(answer.status).toBe(401);
    } finally {
      await bare.close();
    }
  });

  test('a malformed body is 400 with the reason', async () => {
    const answer = await m.request('POST', '/v1/service-sessions', { json: { account: 'acct_001' }, token: SERVICE_TOKEN });
    expect(answer).toMatchObject({ status: 400, body: { code: 'invalid_request' } });
  });
});

// A wrong ACCOUNT_API_SERVICE_TOKEN answered 502 backend_unavailable, which an integrator retries for ever.
test('a service token the backend refuses is a 500 naming the setting, an outage a 502', async () => {
  const failing = (kind: 'unauthorized' | 'unavailable') =>
    ({ createServiceSession: async () => Promise.reject(new BackendError(kind, kind)) }) as never;
  const logger = createLogger('silent');
  await expect(sessionFor({ client: failing('unauthorized'), logger }, 'acct_001')).rejects.toMatchObject({
    status: 500,
    code: 'service_token_rejected',
    message: expect.stringContaining('ACCOUNT_API_SERVICE_TOKEN'),
  });
  await expect(sessionFor({ client: failing('unavailable'), logger }, 'acct_001')).rejects.toMatchObject({ status: 502, code: 'backend_unavailable' });
});
