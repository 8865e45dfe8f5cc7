// The stand-in shop pages driven as a customer would, and the signed event each completed step sends to the bot.
import type { IncomingHttpHeaders } from 'node:http';
import { backendEventSchema } from '../../src/backend/schemas';
import { verifyWebhook } from '../../src/webhook/signature';
import { startMock, startStub, type RunningMock } from './harness';

const SECRET = 'test-webhook-secret';

interface Received {
  headers: IncomingHttpHeaders;
  rawBody: string;
}

/** A stand-in for the bot's webhook endpoint that records what it is sent. */
async function startReceiver(status = 200) {
  const received: Received[] = [];
  const stub = await startStub((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, rawBody: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = status;
      res.end();
    });
  });
  return { url: `${stub.url}/api/backend-events`, received, close: stub.close };
}

/** A well-known checksum-valid ID number (GB 11643-1999 example). */
const VALID_ID = '11010519491231002X';

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let m: RunningMock;
beforeAll(async () => {
  receiver = await startReceiver();
  m = await startMock({ webhookUrl: receiver.url, webhookSecret: SECRET });
});
afterAll(async () => {
  await m.close();
  await receiver.close();
});
beforeEach(() => {
  m.mock.state.reset();
  receiver.received.length = 0;
});

function expectSignedEvent(type: string, accountId: string) {
  expect(receiver.received).toHaveLength(1);
  const [{ headers, rawBody }] = receiver.received;
  expect(headers['content-type']).toBe('application/json');
  expect(verifyWebhook(SECRET, rawBody, headers, Date.now() / 1000)).toEqual({ ok: true });
  const event = backendEventSchema.parse(JSON.parse(rawBody));
  expect(event).toMatchObject({ type, accountId });
  expect(Math.abs(Date.parse(event.occurredAt) - Date.now())).toBeLessThan(10_000);
}

describe("the shop's home page", () => {
  // The chat's "去商城逛逛" button opens the shop's own address: it answered 404 {"code":"not_found"}.
  test('the root address is a Chinese stand-in page with an English line, telling where pay-later is chosen', async () => {
    const page = await m.request('GET', '/');
    expect(page.status).toBe(200);
    expect(page.contentType).toContain('text/html');
    expect(page.text).toContain('name="viewport"');
    expect(page.text).toContain('演示商城');
    expect(page.text).toContain('Demo shop');
    expect(page.text).toContain('结算页');
    expect(receiver.received).toHaveLength(0);
  });
});

describe('buying PLUS on the stand-in page', () => {
  test('a customer opens the page from the chat link and sees a Chinese form with an English line', async () => {
    const page = await m.request('GET', '/shop/plus?account=acct_001');
    expect(page.status).toBe(200);
    expect(page.contentType).toContain('text/html');
    expect(page.text).toContain('name="viewport"');
    expect(page.text).toContain('开通 PLUS 会员');
    expect(page.text).toContain('Join PLUS membership');
    expect(page.text).toContain('<form method="post">');
    expect(page.text).toContain('value="acct_001"');
  });

  test('submitting the form activates PLUS, says so, and tells the bot with a signed plus.activated event', async () => {
    const done = await m.submitForm('/shop/plus?account=acct_001', { accountId: 'acct_001' });
    expect(done.status).toBe(200);
    expect(done.text).toContain('PLUS 会员已开通');
    expect(m.mock.state.account('acct_001').plus.active).toBe(true);
    expectSignedEvent('plus.activated', 'acct_001');
  });

  test('a customer who is already PLUS sees that it is done instead of the form', async () => {
    const page = await m.request('GET', '/shop/plus?account=acct_002');
    expect(page.text).toContain('PLUS 会员已开通');
    expect(page.text).not.toContain('<form');
  });

  test.each(['/shop/plus', '/shop/plus?account=acct_999'])('%s without a known account says the account is not found (404)', async (path) => {
    const page = await m.request('GET', path);
    expect(page.status).toBe(404);
    expect(page.text).toContain('找不到这个账户');
  });

  test('a form post for an unknown account changes nothing and sends nothing', async () => {
    const page = await m.submitForm('/shop/plus', { accountId: 'acct_999' });
    expect(page.status).toBe(404);
    expect(receiver.received).toHaveLength(0);
  });

  test('a post that is not a form is refused as JSON 415', async () => {
    const answer = await m.request('POST', '/shop/plus', { json: { accountId: 'acct_001' } });
    expect(answer.status).toBe(415);
    expect(answer.body.code).toBe('unsupported_media_type');
  });

  test('a form without the account field is 400', async () => {
    const answer = await m.submitForm('/shop/plus', { somethingElse: 'x' });
    expect(answer.status).toBe(400);
    expect(m.mock.state.account('acct_001').plus.active).toBe(false);
  });
});

describe('real-name verification on the stand-in page', () => {
  test('a customer opens the page and sees the name and ID number form', async () => {
    const page = await m.request('GET', '/shop/real-name?account=acct_002');
    expect(page.status).toBe(200);
    expect(page.text).toContain('实名认证');
    expect(page.text).toContain('Real-name verification');
    expect(page.text).toContain('name="name"');
    expect(page.text).toContain('name="idNumber"');
  });

  test('a checksum-valid ID number verifies the customer and tells the bot with a signed realName.verified event', async () => {
    const done = await m.submitForm('/shop/real-name?account=acct_002', { accountId: 'acct_002', name: '张三', idNumber: VALID_ID });
    expect(done.status).toBe(200);
    expect(done.text).toContain('实名认证已完成');
    expect(m.mock.state.account('acct_002').realName.verified).toBe(true);
    expectSignedEvent('realName.verified', 'acct_002');
  });

  test('a lower-case x at the end is accepted as people type it', async () => {
    const done = await m.submitForm('/shop/real-name', { accountId: 'acct_002', name: '张三', idNumber: VALID_ID.toLowerCase() });
    expect(done.status).toBe(200);
  });

  test('an ID number with a wrong check character gets the form back with an error (400), keeping what was typed', async () => {
    const page = await m.submitForm('/shop/real-name', { accountId: 'acct_002', name: '张三', idNumber: '110105194912310021' });
    expect(page.status).toBe(400);
    expect(page.contentType).toContain('text/html');
    expect(page.text).toContain('身份证号不正确');
    expect(page.text).toContain('value="张三"');
    expect(page.text).toContain('value="110105194912310021"');
    expect(m.mock.state.account('acct_002').realName.verified).toBe(false);
    expect(receiver.received).toHaveLength(0);
  });

  test('an empty name gets the form back with an error (400)', async () => {
    const page = await m.submitForm('/shop/real-name', { accountId: 'acct_002', name: '  ', idNumber: VALID_ID });
    expect(page.status).toBe(400);
    expect(page.text).toContain('请填写姓名');
  });

  test('what the customer typed is shown back escaped, never as markup', async () => {
    const page = await m.submitForm('/shop/real-name', { accountId: 'acct_002', name: '<script>alert(1)</script>', idNumber: 'x' });
    expect(page.text).not.toContain('<script>alert(1)</script>');
    expect(page.text).toContain('&lt;script&gt;');
  });

  test('a verified customer sees that it is done instead of the form', async () => {
    const page = await m.request('GET', '/shop/real-name?account=acct_004');
    expect(page.text).toContain('实名认证已完成');
  });

  test('after both pages, the customer can enable pay-later through the API', async () => {
    await m.submitForm('/shop/plus', { accountId: 'acct_001' });
    await m.submitForm('/shop/real-name', { accountId: 'acct_001', name: '李四', idNumber: VALID_ID });
    const session = await m.login('13800000001');
    const answer = await m.request('POST', '/v1/accounts/acct_001/pay-later', { token: session.token, json: { acceptTerms: true } });
    expect(answer.status).toBe(200);
    expect(answer.body.payLater.enabled).toBe(true);
  });
});

describe('when the bot cannot be notified', () => {
  test('a bot that answers 500 does not spoil the page: the step is still done', async () => {
    const failing = await startReceiver(500);
    const mock = await startMock({ webhookUrl: failing.url, webhookSecret: SECRET });
    try {
      const done = await mock.submitForm('/shop/plus', { accountId: 'acct_001' });
      expect(done.status).toBe(200);
      expect(done.text).toContain('PLUS 会员已开通');
      expect(failing.received).toHaveLength(1);
    } finally {
      await mock.close();
      await failing.close();
    }
  });

  test('an unreachable bot does not spoil the page either', async () => {
    const gone = await startReceiver();
    await gone.close();
    const mock = await startMock({ webhookUrl: gone.url, webhookSecret: SECRET });
    try {
      const done = await mock.submitForm('/shop/real-name', { accountId: 'acct_002', name: '张三', idNumber: VALID_ID });
      expect(done.status).toBe(200);
      expect(mock.mock.state.account('acct_002').realName.verified).toBe(true);
    } finally {
      await mock.close();
    }
  });

  test('without a webhook secret nothing is sent, because the bot would refuse an unsigned event', async () => {
    const mock = await startMock({ webhookUrl: receiver.url });
    try {
      expect((await mock.submitForm('/shop/plus', { accountId: 'acct_001' })).status).toBe(200);
      expect(receiver.received).toHaveLength(0);
    } finally {
      await mock.close();
    }
  });
});

// "助手会接着帮您开通先用后付" was said to persona 3 too, whose credit check then refuses pay-later.
describe('the pages that say a step is done promise only what is true for everyone', () => {
  test.each(['/shop/plus?account=acct_003', '/shop/real-name?account=acct_003'])('%s, for a customer credit will refuse, sends them back to the chat without promising pay-later', async (path) => {
    const page = await m.request('GET', path);
    expect(page.status).toBe(200);
    expect(page.text).toContain('回到聊天窗口');
    expect(page.text).not.toContain('开通先用后付');
    expect(page.text).not.toMatch(/turn(?:s)? on pay-later|enable/i);
  });
});
