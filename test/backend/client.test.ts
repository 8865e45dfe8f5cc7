// The bot's account client against the real mock over HTTP: typed domain results, and BackendError for technical failures.
import type { RequestListener } from 'node:http';
import { BackendError, createAccountClient, type AccountClient } from '../../src/backend/client';
import { OTP, startMock, startStub, type RunningMock } from '../mock/harness';
import { mayHaveBeenDone } from '../../machines/ports';

let m: RunningMock;
let client: AccountClient;
beforeAll(async () => {
  m = await startMock();
  client = createAccountClient({ baseUrl: `${m.url}/`, timeoutMs: 2000 });
});
afterAll(() => m.close());
beforeEach(() => client.reset());

async function loginAs(phone: string) {
  const result = await client.createSession(phone, OTP);
  if (!result.ok) throw new Error(`login failed: ${result.error}`);
  return result.value;
}

/** A broken backend answering every request with this status and body. */
const answerWith = (status: number, body: string, type = 'application/json'): RequestListener => (_req, res) => {
  res.statusCode = status;
  res.setHeader('content-type', type);
  res.end(body);
};

async function backendErrorOf(promise: Promise<unknown>): Promise<BackendError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackendError);
  return error as BackendError;
}

describe('logging in through the client', () => {
  test('asking for a code for a valid phone succeeds', async () => {
    expect(await client.requestOtp('13800000001')).toEqual({ ok: true, value: undefined });
  });

  test('a phone the shop would not accept is reported as invalid_phone', async () => {
    expect(await client.requestOtp('12345')).toEqual({ ok: false, error: 'invalid_phone' });
  });

  test('the right code gives a session for the persona’s account', async () => {
    const result = await client.createSession('13800000004', OTP);
    expect(result).toEqual({ ok: true, value: { accountId: 'acct_004', token: expect.any(String), expiresAt: expect.any(String) } });
  });

  test('a wrong code is the wrong_code result, not an error', async () => {
    expect(await client.createSession('13800000004', '000000')).toEqual({ ok: false, error: 'wrong_code' });
  });

  // A real SMS backend spaces the texts to one number: its 429 is a refusal the customer is told kindly, not a failure.
  test('a code refused as asked for too soon (429) is the too_soon result, not an error', async () => {
    const stub = await startStub(answerWith(429, '{"code":"too_many_requests","message":"a code was sent to this number lately"}'));
    try {
      const stubClient = createAccountClient({ baseUrl: stub.url, timeoutMs: 1000 });
      expect(await stubClient.requestOtp('13800000001')).toEqual({ ok: false, error: 'too_soon' });
    } finally {
      await stub.close();
    }
  });
});

describe('onboarding through the client', () => {
  test('reads the account as the domain type', async () => {
    const account = await client.getAccount(await loginAs('13800000002'));
    expect(account).toMatchObject({ accountId: 'acct_002', plus: { active: true }, realName: { verified: false } });
  });

  test.each([
    ['13800000001', 'plus'],
    ['13800000002', 'real_name'],
    ['13800000003', 'credit'],
  ])('persona %s cannot enable pay-later yet: not_eligible with reason %s', async (phone, reason) => {
    expect(await client.enablePayLater(await loginAs(phone))).toEqual({ ok: false, error: 'not_eligible', reason });
  });

  test('an eligible customer enables pay-later and gets the updated account', async () => {
    const result = await client.enablePayLater(await loginAs('13800000004'));
    expect(result.ok && result.value.payLater).toEqual({ enabled: true, limit: 5000 });
  });
});

describe('orders through the client', () => {
  test('lists the customer’s pay-later orders', async () => {
    const orders = await client.listOrders(await loginAs('13800000005'));
    expect(orders.map((o) => o.status)).toEqual(['delivered', 'in_transit', 'paid']);
  });

  test('confirming receipt of a delivered order returns it paid', async () => {
    const result = await client.confirmReceipt(await loginAs('13800000005'), 'JD5001');
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ orderId: 'JD5001', status: 'paid' }) });
  });

  test('confirming receipt of an order still in transit is invalid_order_state', async () => {
    expect(await client.confirmReceipt(await loginAs('13800000005'), 'JD5002')).toEqual({ ok: false, error: 'invalid_order_state' });
  });

  test('requesting a return of a delivered order returns it as return_requested', async () => {
    const result = await client.requestReturn(await loginAs('13800000005'), 'JD5001', '尺码不合适');
    expect(result.ok && result.value.status).toBe('return_requested');
  });

  test('a return of a paid order is invalid_order_state', async () => {
    expect(await client.requestReturn(await loginAs('13800000005'), 'JD5003', 'x')).toEqual({ ok: false, error: 'invalid_order_state' });
  });

  test('an order the customer does not have is order_not_found', async () => {
    const session = await loginAs('13800000005');
    expect(await client.confirmReceipt(session, 'JD6001')).toEqual({ ok: false, error: 'order_not_found' });
    expect(await client.requestReturn(session, 'no/such order', 'x')).toEqual({ ok: false, error: 'order_not_found' });
  });

  test('reset restores the orders', async () => {
    const session = await loginAs('13800000005');
    await client.confirmReceipt(session, 'JD5001');
    await client.reset();
    expect((await client.listOrders(session))[0].status).toBe('delivered');
  });
});

describe('technical failures throw BackendError, which the dialogue answers with an apology and a retry', () => {
  test('a token the backend does not know is unauthorized', async () => {
    const error = await backendErrorOf(client.getAccount({ accountId: 'acct_001', token: 'forged', expiresAt: new Date().toISOString() }));
    expect(error.kind).toBe('unauthorized');
  });

  test('a session used for another account is unauthorized', async () => {
    const session = await loginAs('13800000005');
    expect((await backendErrorOf(client.listOrders({ ...session, accountId: 'acct_001' }))).kind).toBe('unauthorized');
  });

  test('a backend that never answers is a timeout', async () => {
    const silent = await startStub(() => undefined);
    try {
      const slowClient = createAccountClient({ baseUrl: silent.url, timeoutMs: 100 });
      const started = Date.now();
      expect((await backendErrorOf(slowClient.requestOtp('13800000001'))).kind).toBe('timeout');
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await silent.close();
    }
  });

  test('a backend that starts answering but never finishes is a timeout too', async () => {
    const stalling = await startStub((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.write('{"orders": [');
    });
    try {
      const slowClient = createAccountClient({ baseUrl: stalling.url, timeoutMs: 100 });
      const session = { accountId: 'a', token: 't', expiresAt: new Date().toISOString() };
      expect((await backendErrorOf(slowClient.listOrders(session))).kind).toBe('timeout');
    } finally {
      await stalling.close();
    }
  });

  test('a backend that is not running is unavailable', async () => {
    const gone = await startStub(() => undefined);
    await gone.close();
    const error = await backendErrorOf(createAccountClient({ baseUrl: gone.url, timeoutMs: 1000 }).requestOtp('13800000001'));
    expect(error.kind).toBe('unavailable');
  });

  test.each([
    ['a 500', 'server_error', answerWith(500, '{"code":"internal","message":"boom"}')],
    ['a 503 page', 'server_error', answerWith(503, '<h1>down</h1>', 'text/html')],
    ['an answer that is not JSON', 'bad_response', answerWith(200, '<html>')],
    ['an account with fields missing', 'bad_response', answerWith(200, '{"accountId":"acct_001"}')],
    ['an unexpected status', 'bad_response', answerWith(418, '{"code":"teapot","message":"no"}')],
    ['a 409 that is not a not_eligible refusal', 'bad_response', answerWith(409, '{"code":"other","message":"no"}')],
  ])('%s is %s', async (_what, kind, handler) => {
    const stub = await startStub(handler);
    try {
      const stubClient = createAccountClient({ baseUrl: stub.url, timeoutMs: 1000 });
      const session = { accountId: 'acct_001', token: 't', expiresAt: new Date().toISOString() };
      expect((await backendErrorOf(stubClient.enablePayLater(session))).kind).toBe(kind);
    } finally {
      await stub.close();
    }
  });

  // A payment or return that failed so is "not sure" rather than "failed" (machines/dialogue.ts noteOrderFailure).
  test.each([
    ['a connection dropped once the request was sent', true, ((req) => req.socket.destroy()) as RequestListener],
    ['a 502 from a proxy', true, answerWith(502, '<h1>Bad Gateway</h1>', 'text/html')],
    ['a success that cannot be read', true, answerWith(200, '{"orderId":"JD5001"}')],
    ['a refusal (a 4xx)', false, answerWith(422, '{"code":"rejected","message":"no"}')],
    ['a lapsed login', false, answerWith(401, '{"code":"unauthorized","message":"no"}')],
  ])('%s: may have been done is %s', async (_what, done, handler) => {
    const stub = await startStub(handler);
    try {
      const stubClient = createAccountClient({ baseUrl: stub.url, timeoutMs: 1000 });
      const session = { accountId: 'acct_005', token: 't', expiresAt: new Date().toISOString() };
      expect(mayHaveBeenDone(await backendErrorOf(stubClient.confirmReceipt(session, 'JD5001')))).toBe(done);
    } finally {
      await stub.close();
    }
  });

  test('a backend never reached did nothing', async () => {
    const gone = await startStub(() => undefined);
    await gone.close();
    const session = { accountId: 'acct_005', token: 't', expiresAt: new Date().toISOString() };
    const error = await backendErrorOf(createAccountClient({ baseUrl: gone.url, timeoutMs: 1000 }).requestReturn(session, 'JD5001', '坏了'));
    expect(mayHaveBeenDone(error)).toBe(false);
  });

  test('the error says which call failed, for the logs', async () => {
    const stub = await startStub(answerWith(500, '{"code":"internal","message":"boom"}'));
    try {
      const error = await backendErrorOf(createAccountClient({ baseUrl: stub.url, timeoutMs: 1000 }).reset());
      expect(error.message).toContain('POST /v1/_reset');
      expect(error.name).toBe('BackendError');
    } finally {
      await stub.close();
    }
  });
});
