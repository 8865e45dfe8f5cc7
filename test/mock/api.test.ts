// The mock account API over real HTTP: every §5 route, its happy path and its refusals.
import { request as httpRequest } from 'node:http';
import { errorAnswer } from '../../src/mock/http';
import { startMock, type RunningMock } from './harness';

let m: RunningMock;
beforeAll(async () => {
  m = await startMock();
});
afterAll(() => m.close());
beforeEach(() => m.mock.state.reset());

const today = () => new Date().toISOString().slice(0, 10);

describe('logging in with phone and one-time code', () => {
  test('asking for a code for a valid phone answers 204', async () => {
    const answer = await m.request('POST', '/v1/otp', { json: { phone: '13800000001' } });
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
  });

  test('asking for a code for a malformed phone is 400 with the reason', async () => {
    const answer = await m.request('POST', '/v1/otp', { json: { phone: '12345' } });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ code: 'invalid_request', message: expect.stringContaining('phone') });
  });

  test('asking for a code without a body is 400', async () => {
    expect((await m.request('POST', '/v1/otp')).status).toBe(400);
  });

  test('the right code opens a session of about two hours', async () => {
    const answer = await m.request('POST', '/v1/sessions', { json: { phone: '13800000005', code: '654321' } });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ accountId: 'acct_005', token: expect.any(String), expiresAt: expect.any(String) });
    const hours = (Date.parse(answer.body.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(1.9);
    expect(hours).toBeLessThanOrEqual(2);
  });

  test('a wrong code is 401 wrong_code', async () => {
    const answer = await m.request('POST', '/v1/sessions', { json: { phone: '13800000005', code: '000000' } });
    expect(answer.status).toBe(401);
    expect(answer.body.code).toBe('wrong_code');
  });

  test('every login gets its own token', async () => {
    const [a, b] = await Promise.all([m.login('13800000001'), m.login('13800000001')]);
    expect(a.token).not.toBe(b.token);
  });

  test('an unknown phone becomes a new customer: not PLUS, not verified, good credit, the same account next time', async () => {
    const first = await m.login('13912345678');
    const again = await m.login('13912345678');
    expect(again.accountId).toBe(first.accountId);
    const account = await m.request('GET', `/v1/accounts/${first.accountId}`, { token: first.token });
    expect(account.body).toEqual({
      accountId: first.accountId,
      phoneMasked: '139****5678',
      plus: { active: false },
      realName: { verified: false },
      credit: { level: 'good', eligible: true },
      payLater: { enabled: false },
    });
  });

  test('an expired session is refused with 401', async () => {
    const shortLived = await startMock({ sessionTtlMs: 30 });
    try {
      const session = await shortLived.login('13800000001');
      await new Promise((resolve) => setTimeout(resolve, 60));
      const answer = await shortLived.request('GET', '/v1/accounts/acct_001', { token: session.token });
      expect(answer.status).toBe(401);
    } finally {
      await shortLived.close();
    }
  });
});

describe('reading an account', () => {
  test.each([
    ['13800000001', 'acct_001', false, false, 'good', true, { enabled: false }],
    ['13800000002', 'acct_002', true, false, 'good', true, { enabled: false }],
    ['13800000003', 'acct_003', true, true, 'poor', false, { enabled: false }],
    ['13800000004', 'acct_004', true, true, 'good', true, { enabled: false }],
    ['13800000005', 'acct_005', true, true, 'good', true, { enabled: true, limit: 5000 }],
    ['13800000006', 'acct_006', true, true, 'good', true, { enabled: true, limit: 5000 }],
  ])('persona %s (%s) is as the demo table says', async (phone, accountId, plus, verified, level, eligible, payLater) => {
    const session = await m.login(phone);
    const answer = await m.request('GET', `/v1/accounts/${accountId}`, { token: session.token });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      accountId,
      phoneMasked: `138****000${phone.slice(-1)}`,
      plus: { active: plus },
      realName: { verified },
      credit: { level, eligible },
      payLater,
    });
  });

  test('without a token the answer is 401', async () => {
    const answer = await m.request('GET', '/v1/accounts/acct_001');
    expect(answer.status).toBe(401);
    expect(answer.body.code).toBe('unauthorized');
  });

  test('with a made-up token the answer is 401', async () => {
    expect((await m.request('GET', '/v1/accounts/acct_001', { token: 'not-a-token' })).status).toBe(401);
  });

  test("a token cannot read another customer's account: 403", async () => {
    const session = await m.login('13800000005');
    const answer = await m.request('GET', '/v1/accounts/acct_001', { token: session.token });
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('forbidden');
  });

  test('a token cannot probe for accounts that do not exist: also 403', async () => {
    const session = await m.login('13800000005');
    expect((await m.request('GET', '/v1/accounts/acct_999', { token: session.token })).status).toBe(403);
  });
});

describe('enabling pay-later', () => {
  const enable = async (phone: string, json: unknown = { acceptTerms: true }) => {
    const session = await m.login(phone);
    return m.request('POST', `/v1/accounts/${session.accountId}/pay-later`, { token: session.token, json });
  };

  test('a customer without PLUS cannot enable pay-later: 409 names plus', async () => {
    const answer = await enable('13800000001');
    expect(answer.status).toBe(409);
    expect(answer.body).toEqual({ code: 'not_eligible', message: expect.any(String), reason: 'plus' });
  });

  test('a PLUS member without real-name verification cannot enable pay-later: 409 names real_name', async () => {
    const answer = await enable('13800000002');
    expect(answer.status).toBe(409);
    expect(answer.body.reason).toBe('real_name');
  });

  test('a verified PLUS member with poor credit cannot enable pay-later: 409 names credit', async () => {
    const answer = await enable('13800000003');
    expect(answer.status).toBe(409);
    expect(answer.body.reason).toBe('credit');
  });

  test('an eligible customer who accepts the terms gets pay-later with a limit, and it stays enabled', async () => {
    const answer = await enable('13800000004');
    expect(answer.status).toBe(200);
    expect(answer.body.payLater).toEqual({ enabled: true, limit: 5000 });
    const session = await m.login('13800000004');
    const reread = await m.request('GET', '/v1/accounts/acct_004', { token: session.token });
    expect(reread.body.payLater.enabled).toBe(true);
  });

  test('enabling it again changes nothing and answers the account', async () => {
    const answer = await enable('13800000005');
    expect(answer.status).toBe(200);
    expect(answer.body.payLater).toEqual({ enabled: true, limit: 5000 });
  });

  test.each([[{ acceptTerms: false }], [{}], [{ acceptTerms: 'yes' }], [{ acceptTerms: true, extra: 1 }]])(
    'terms not accepted as {acceptTerms: true} (%j) is 400 and enables nothing',
    async (json) => {
      const answer = await enable('13800000004', json);
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('invalid_request');
      expect(m.mock.state.account('acct_004').payLater.enabled).toBe(false);
    },
  );

  test('without a token it is 401, with another customer’s token 403', async () => {
    const json = { acceptTerms: true };
    expect((await m.request('POST', '/v1/accounts/acct_004/pay-later', { json })).status).toBe(401);
    const other = await m.login('13800000001');
    expect((await m.request('POST', '/v1/accounts/acct_004/pay-later', { json, token: other.token })).status).toBe(403);
  });
});

describe('pay-later orders', () => {
  const ordersOf = async (phone: string) => {
    const session = await m.login(phone);
    const answer = await m.request('GET', `/v1/accounts/${session.accountId}/orders`, { token: session.token });
    return { session, answer };
  };
  const act = (session: { accountId: string; token: string }, orderId: string, action: string, json?: unknown) =>
    m.request('POST', `/v1/accounts/${session.accountId}/orders/${orderId}/${action}`, { token: session.token, json });

  test('persona 5 has one delivered order awaiting confirmation (due later), one in transit and one paid', async () => {
    const { answer } = await ordersOf('13800000005');
    expect(answer.status).toBe(200);
    const byStatus = Object.fromEntries(answer.body.orders.map((o: { status: string }) => [o.status, o]));
    expect(Object.keys(byStatus).sort()).toEqual(['delivered', 'in_transit', 'paid']);
    expect(byStatus.delivered.dueDate > today()).toBe(true);
  });

  test('persona 6 has one overdue order whose due date has passed', async () => {
    const { answer } = await ordersOf('13800000006');
    expect(answer.body.orders).toEqual([expect.objectContaining({ orderId: 'JD6001', status: 'overdue' })]);
    expect(answer.body.orders[0].dueDate < today()).toBe(true);
  });

  test('a customer without orders gets an empty list', async () => {
    expect((await ordersOf('13800000001')).answer.body).toEqual({ orders: [] });
  });

  test('listing orders needs the owner’s token', async () => {
    expect((await m.request('GET', '/v1/accounts/acct_005/orders')).status).toBe(401);
    const other = await m.login('13800000006');
    expect((await m.request('GET', '/v1/accounts/acct_005/orders', { token: other.token })).status).toBe(403);
  });

  test('confirming receipt of a delivered order pays it', async () => {
    const session = await m.login('13800000005');
    const answer = await act(session, 'JD5001', 'confirm-receipt');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ orderId: 'JD5001', status: 'paid' });
    expect((await ordersOf('13800000005')).answer.body.orders[0].status).toBe('paid');
  });

  test('confirming receipt of an overdue order pays it', async () => {
    const session = await m.login('13800000006');
    expect((await act(session, 'JD6001', 'confirm-receipt')).body.status).toBe('paid');
  });

  test.each([['JD5002', 'in_transit'], ['JD5003', 'paid']])(
    'receipt of order %s (%s) cannot be confirmed: 409 invalid_order_state',
    async (orderId) => {
      const answer = await act(await m.login('13800000005'), orderId, 'confirm-receipt');
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('invalid_order_state');
    },
  );

  test.each([['JD5001', 'delivered'], ['JD5002', 'in_transit']])(
    'a return can be requested for order %s (%s)',
    async (orderId) => {
      const answer = await act(await m.login('13800000005'), orderId, 'return', { reason: '不合适 / does not fit' });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ orderId, status: 'return_requested' });
    },
  );

  test('a paid order cannot be returned: 409 invalid_order_state', async () => {
    const answer = await act(await m.login('13800000005'), 'JD5003', 'return', { reason: 'changed my mind' });
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('invalid_order_state');
  });

  test.each([[undefined], [{}], [{ reason: '   ' }], [{ reason: 42 }]])(
    'a return without a reason (%j) is 400 and leaves the order as it was',
    async (json) => {
      const answer = await act(await m.login('13800000005'), 'JD5001', 'return', json);
      expect(answer.status).toBe(400);
      expect(m.mock.state.orders('acct_005')[0].status).toBe('delivered');
    },
  );

  test.each(['confirm-receipt', 'return'])('%s on an order that is not the customer’s is 404 order_not_found', async (action) => {
    const answer = await act(await m.login('13800000005'), 'JD6001', action, { reason: 'x' });
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('order_not_found');
  });

  test('acting on another customer’s order path is 403 and changes nothing', async () => {
    const other = await m.login('13800000006');
    const answer = await m.request('POST', '/v1/accounts/acct_005/orders/JD5001/confirm-receipt', { token: other.token });
    expect(answer.status).toBe(403);
    expect(m.mock.state.orders('acct_005')[0].status).toBe('delivered');
  });
});

describe('resetting the mock', () => {
  test('restores the personas and forgets new customers, while existing sessions keep working', async () => {
    const session = await m.login('13800000005');
    const stranger = await m.login('13700000000');
    await m.request('POST', '/v1/accounts/acct_005/orders/JD5001/confirm-receipt', { token: session.token });

    expect((await m.request('POST', '/v1/_reset')).status).toBe(204);

    const orders = await m.request('GET', '/v1/accounts/acct_005/orders', { token: session.token });
    expect(orders.body.orders[0].status).toBe('delivered');
    expect((await m.request('GET', `/v1/accounts/${stranger.accountId}`, { token: stranger.token })).status).toBe(401);
  });
});

describe('requests the mock refuses without falling over', () => {
  test('malformed JSON is 400 invalid_json', async () => {
    const answer = await m.request('POST', '/v1/sessions', { raw: '{"phone": "138', headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(400);
    expect(answer.contentType).toContain('application/json');
    expect(answer.body.code).toBe('invalid_json');
  });

  test('a JSON body that is not an object is 400', async () => {
    const answer = await m.request('POST', '/v1/otp', { raw: 'null', headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('invalid_request');
  });

  test.each(['text/plain', 'application/x-www-form-urlencoded'])('a body sent as %s instead of JSON is 415', async (type) => {
    const answer = await m.request('POST', '/v1/otp', { raw: 'phone=13800000001', headers: { 'content-type': type } });
    expect(answer.status).toBe(415);
    expect(answer.body.code).toBe('unsupported_media_type');
  });

  test('a body over 16 KB is 413', async () => {
    const answer = await m.request('POST', '/v1/otp', { json: { phone: '13800000001', padding: 'x'.repeat(17 * 1024) } });
    expect(answer.status).toBe(413);
    expect(answer.body.code).toBe('payload_too_large');
  });

  test('a body declared over 16 KB is refused at once, without waiting for it', async () => {
    // node:http, because fetch will not send a length it does not deliver.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = httpRequest(`${m.url}/v1/otp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': '100000' },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode);
        req.destroy();
      });
      req.on('error', reject);
      req.write('{"phone":');
    });
    expect(status).toBe(413);
  });

  test('a body over 16 KB sent in chunks, without a declared length, is 413 too', async () => {
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        controller.close();
      },
    });
    const response = await fetch(`${m.url}/v1/otp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'payload_too_large' });
  });

  test.each(['gzip', 'br'])('a %s-compressed body is refused with 415 (a corrupt one cannot crash the mock)', async (encoding) => {
    const answer = await m.request('POST', '/v1/otp', { raw: 'not really compressed', headers: { 'content-type': 'application/json', 'content-encoding': encoding } });
    expect(answer.status).toBe(415);
  });

  test('a body just under 16 KB is read (and refused only for its content)', async () => {
    const answer = await m.request('POST', '/v1/otp', { json: { phone: '13800000001', padding: 'x'.repeat(15 * 1024) } });
    expect(answer.status).toBe(400);
  });

  test('an unknown route is 404 as JSON', async () => {
    const answer = await m.request('GET', '/v2/nothing');
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ code: 'not_found', message: expect.any(String) });
  });

  test('a known route with the wrong method is 405 as JSON', async () => {
    const answer = await m.request('DELETE', '/v1/sessions');
    expect(answer.status).toBe(405);
    expect(answer.body.code).toBe('method_not_allowed');
  });

  test('after all of that it still serves customers', async () => {
    expect((await m.request('POST', '/v1/otp', { json: { phone: '13800000001' } })).status).toBe(204);
  });

  test('an unexpected failure is answered 500 without its internals', () => {
    expect(errorAnswer(new Error('secret stack detail'))).toEqual({ status: 500, body: { code: 'internal', message: 'internal error' } });
  });
});
