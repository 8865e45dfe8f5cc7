// Nobody let in: without a valid Bot Framework token 401 (never 500), oversized bodies 413, malformed activities 400 with a reason.
import { messageActivity, post, say } from '../durability/support/botClient';
import { startInProcessBot, type InProcessBot } from '../durability/support/inProcessBot';
import { startStub } from '../mock/harness';
import pino from 'pino';
import { AuthenticationError, type BotFrameworkAuthentication } from 'botframework-connector';
import { failClosed } from '../../src/ops/authentication';
import { nestsDeeperThan } from '../../src/jsonDepth';
import { CHANNEL_ATTEMPT_TIMEOUT_MS } from '../../src/bot/channelSends';

describe('with MicrosoftAppId set', () => {
  const appId = '00000000-0000-4000-8000-000000000001';
  let bot: InProcessBot;
  let consoleError: jest.SpyInstance;

  beforeAll(async () => {
    // CloudAdapter.process console.errored every refused request; the bot's own request handling must not.
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    bot = await startInProcessBot({ env: { MicrosoftAppId: appId, MicrosoftAppPassword: 'not-a-real-secret' } });
  });
  afterAll(async () => {
    await bot?.close();
    consoleError.mockRestore();
  });

  test.each([
    ['no Authorization header', {}],
    ['a garbage bearer token', { authorization: 'Bearer garbage' }],
    ['a token that is not a bearer token', { authorization: 'Basic dXNlcjpwYXNz' }],
  ])('a request with %s is refused with 401 and runs no turn', async (_name, headers) => {
    const refusals = () => bot.logs.filter((l) => l.msg === 'unauthenticated activity refused').length;
    const before = refusals();
    const answer = await post(bot.url, messageActivity('auth-probe', 'hello'), headers);
    expect(answer.status).toBe(401);
    expect(answer.replies).toEqual([]);
    expect(await bot.storage.read(['conversation/auth-probe'])).toEqual({});
    // Said once in the structured log; the console (where CloudAdapter.process wrote a stack trace) is left alone.
    expect(refusals() - before).toBe(1);
    expect(consoleError).not.toHaveBeenCalled();
  });
});

// A token that names Bot Framework as issuer would make the adapter fetch signing keys from the internet,
// which tests must never do: failClosed is checked against an authenticator that fails the same way.
test('a token that cannot be verified (signing keys unreachable) is a 401, not a 500 with internals', async () => {
  const logger = pino({ level: 'silent' });
  const unreachable = { authenticateRequest: async () => Promise.reject(new Error('getaddrinfo ENOTFOUND login.botframework.com')) };
  const auth = failClosed(unreachable as unknown as BotFrameworkAuthentication, logger);
  const refusal = auth.authenticateRequest({} as never, 'Bearer x.y.z');
  await expect(refusal).rejects.toBeInstanceOf(AuthenticationError);
  await expect(refusal).rejects.toMatchObject({ statusCode: 401 });
});

describe('input checks at the edge', () => {
  let bot: InProcessBot;

  beforeAll(async () => {
    bot = await startInProcessBot();
  });
  afterAll(() => bot?.close());

  test('without MicrosoftAppId (local development) an unauthenticated activity is served', async () => {
    const answer = await say(bot.url, 'edge-anonymous', 'hello');
    expect(answer.status).toBe(200);
    expect(answer.replies.length).toBeGreaterThan(0);
  });

  test('a body over 64 KB is refused with 413 before it is parsed', async () => {
    const answer = await post(bot.url, { ...messageActivity('edge-big', 'hi'), padding: 'x'.repeat(70 * 1024) });
    expect(answer.status).toBe(413);
  });

  // One wrong field each; bodies that are no activity at all (broken JSON, an array, empty, a form) are in test/e2e/httpEdge.test.ts.
  test.each([
    ['no conversation', { conversation: undefined }, /conversation/],
    ['an empty channel id', { channelId: '' }, /channelId/],
    ['a service URL that is not a URL', { serviceUrl: 'not a url' }, /serviceUrl/],
    ['a sender without id', { from: {} }, /from\.id/],
    ['an unknown delivery mode', { deliveryMode: 'carrierPigeon' }, /deliveryMode/],
  ])('an activity with %s is refused with 400 naming the field', async (_name, change, field) => {
    const answer = await post(bot.url, { ...messageActivity('edge-invalid', 'hi'), ...change });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ code: 'BadRequest', message: expect.stringMatching(field) });
  });

  // A long paste was a 400 and the customer heard nothing; its first 4,000 characters are read.
  test('a message over 4,000 characters is answered, and the conversation goes on', async () => {
    const answer = await post(bot.url, { ...messageActivity('edge-long', '我要开通先用后付。' + '这个很长。'.repeat(2000)), deliveryMode: 'expectReplies' });
    expect(answer.status).toBe(200);
    expect(answer.replies.length).toBeGreaterThan(0);
    expect((await say(bot.url, 'edge-long', '13800000004')).status).toBe(200);
  });

  // "<at>PaylaterBot</at> 13800000001" was answered in English (the tag's Latin letters).
  test('a mention of the bot in the text (Teams) is not read as part of the message', async () => {
    const answer = await say(bot.url, 'edge-mention', '<at>PaylaterBot</at> 13800000004', { locale: 'zh-CN' });
    expect(answer.replies.map((r) => r.locale)).toEqual(answer.replies.map(() => 'zh-CN'));
    expect(answer.replies.map((r) => r.text).join('\n')).toContain('138****0004');
    const alone = await say(bot.url, 'edge-mention', '<at>PaylaterBot</at>', { locale: 'zh-CN' });
    expect(alone.status).toBe(200);
  });

  test("a message from the bot's own account (a channel echoing it back) gets no answer", async () => {
    const echoed = { ...messageActivity('edge-echo', '你好'), deliveryMode: 'expectReplies', from: { id: 'bot', role: 'bot' } };
    const answer = await post(bot.url, echoed);
    expect(answer.status).toBe(200);
    expect(answer.replies).toEqual([]);
  });

  test('a repeated conversationUpdate before the first message greets once', async () => {
    const joined = {
      ...messageActivity('edge-join', ''),
      type: 'conversationUpdate',
      text: undefined,
      deliveryMode: 'expectReplies',
      membersAdded: [{ id: 'customer-1' }],
    };
    expect((await post(bot.url, joined)).replies.length).toBeGreaterThan(0);
    expect((await post(bot.url, joined)).replies).toEqual([]);
  });

  // It was a 400 NotSupported, which the Emulator and Teams show as the channel's error: an invoke nobody handles is
  // 501, as botbuilder's ActivityHandler answers it, with a reason; the conversation goes on.
  test.each(['adaptiveCard/action', undefined])('an invoke activity (%s) is answered 501 NotImplemented with a reason', async (name) => {
    // As channels send it: answered in the HTTP response, not as replies (deliveryMode normal).
    const invoke = { ...messageActivity('edge-invoke', ''), type: 'invoke', deliveryMode: undefined, text: undefined, name, value: { action: { verb: 'x' } } };
    const answer = await post(bot.url, invoke);
    expect(answer.status).toBe(501);
    expect(answer.body).toEqual({ code: 'NotImplemented', message: expect.stringMatching(/no invoke activities/) });
    if (name) expect(answer.body).toMatchObject({ message: expect.stringContaining(name) });
    expect((await say(bot.url, 'edge-invoke', '开通')).replies.length).toBeGreaterThan(0);
  });

  test('a compressed body is refused with 415 (a corrupt one would crash restify)', async () => {
    const answer = await post(bot.url, 'not really gzip', { 'content-encoding': 'gzip' });
    expect(answer.status).toBe(415);
  });
});

test('a channel that refuses the replies gets 200, not 500: the turn is stored and a resend would run it twice', async () => {
  const channel = await startStub((_req, res) => {
    res.statusCode = 400;
    res.end();
  });
  const bot = await startInProcessBot();
  try {
    const answer = await post(bot.url, { ...messageActivity('edge-channel-down', 'hello'), deliveryMode: 'normal', serviceUrl: channel.url });
    expect(answer.status).toBe(200);
    expect((await bot.storage.read(['conversation/edge-channel-down']))['conversation/edge-channel-down'].turns).toBe(1);
    expect(bot.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['turn failed', 'apology could not be sent']));
  } finally {
    await bot.close();
    await channel.close();
  }
});

// The edges refuse bodies nested deeper than MAX_JSON_DEPTH (test/e2e/httpEdge.test.ts); the check itself must not recurse.
describe('how deep a body nests', () => {
  const nested = (levels: number): unknown => JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);

  test.each([
    [{}, 1, false],
    [{}, 0, true],
    [{ a: [] }, 1, true],
    [{ a: [], b: 'x', c: [1, { d: null }] }, 3, false],
    [{ a: [], b: 'x', c: [1, { d: {} }] }, 3, true],
    ['text', 0, false],
    [null, 0, false],
  ])('%j more than %i levels: %s', (value, max, expected) => {
    expect(nestsDeeperThan(value, max)).toBe(expected);
  });

  test('a million levels are measured without overflowing the stack', () => {
    expect(nestsDeeperThan(nested(1_000_000), 64)).toBe(true);
    expect(nestsDeeperThan(nested(64), 64)).toBe(false);
    expect(nestsDeeperThan(nested(65), 64)).toBe(true);
  });
});

// With the Emulator closed, every turn took ~10.7 s: botframework-connector retried each reply (and then the apology)
// for seconds before giving up. The sends are bounded now (src/bot/channelSends.ts) and the log says why nothing arrived.
describe('a channel that cannot be reached', () => {
  let bot: InProcessBot;
  beforeAll(async () => {
    bot = await startInProcessBot();
  });
  afterAll(() => bot?.close());

  test('refusing connections: the POST is answered 200 within a few seconds, the turn kept, a warning names the channel', async () => {
    // A port that was free a moment ago and is closed now: connections to it are refused at once.
    const closed = await startStub(() => undefined);
    await closed.close();
    const started = Date.now();
    const answer = await post(bot.url, { ...messageActivity('edge-emulator-closed', '开通'), deliveryMode: 'normal', serviceUrl: closed.url });
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((await bot.storage.read(['conversation/edge-emulator-closed']))['conversation/edge-emulator-closed'].turns).toBe(1);
    const warning = bot.logs.find((l) => l.msg?.startsWith('channel unreachable'));
    expect(warning).toMatchObject({ level: 40, code: 'ECONNREFUSED', attempts: 2, channel: closed.url });
    expect(bot.logs.map((l) => l.msg)).not.toContain('apology could not be sent');
  }, 20_000);

  test('never answering: each send gives up after CHANNEL_ATTEMPT_TIMEOUT_MS instead of waiting for good', async () => {
    const silent = await startStub(() => undefined);
    try {
      const started = Date.now();
      const answer = await post(bot.url, { ...messageActivity('edge-channel-silent', '开通'), deliveryMode: 'normal', serviceUrl: silent.url });
      expect(answer.status).toBe(200);
      // One attempt (it may have arrived, so it is not sent again), and no apology sent after it into the same silence.
      expect(Date.now() - started).toBeLessThan(CHANNEL_ATTEMPT_TIMEOUT_MS + 2_000);
      expect(bot.logs.some((l) => l.msg?.startsWith('channel unreachable') && l.attempts === 1)).toBe(true);
    } finally {
      await silent.close();
    }
  }, 30_000);
});
