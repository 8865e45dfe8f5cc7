// The local Direct Line channel over HTTP, against a real CloudAdapter echo bot: tokens, isolation, watermarks, proactive.
import { directLineClient, texts } from './client';
import { GREETING_EN, GREETING_ZH, SUGGESTIONS, startEchoBot, type EchoBotHarness } from './echoBot';

const decodeClaims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

describe('a customer talking to the bot through the local Direct Line channel', () => {
  let bot: EchoBotHarness;
  let dl: ReturnType<typeof directLineClient>;
  // The channel's clock, moved forward to expire tokens without waiting.
  let clockOffsetMs = 0;

  beforeAll(async () => {
    bot = await startEchoBot({ globalBodyParser: true, directLine: { now: () => Date.now() + clockOffsetMs } });
    dl = directLineClient(bot.baseUrl);
  });
  afterAll(() => bot.close());
  afterEach(() => {
    clockOffsetMs = 0;
  });

  test('a new conversation is greeted by the bot, which sees a channel conversationUpdate adding the customer', async () => {
    const generated = await dl.generate();
    expect(generated.status).toBe(200);
    const claims = decodeClaims(generated.body.token);
    // Web Chat takes the user id from the token's `user` claim; "dl_" marks it as sealed by the channel.
    expect(claims).toMatchObject({ conv: generated.body.conversationId, user: expect.stringMatching(/^dl_/) });
    expect(generated.body.expires_in).toBe(1800);

    const started = await dl.start(generated.body.token, { user: { id: 'ignored' }, locale: 'zh-CN' });
    expect(started.status).toBe(201);
    expect(started.body.conversationId).toBe(generated.body.conversationId);

    const { activities, watermark } = await dl.pollUntil(generated.body.token, generated.body.conversationId, (a) => texts(a).length > 0);
    expect(texts(activities)).toEqual([GREETING_ZH]);
    expect(activities[0].suggestedActions?.actions.map((a) => a.title)).toEqual(SUGGESTIONS);
    expect(activities[0]).not.toHaveProperty('serviceUrl');
    expect(Number(watermark)).toBeGreaterThan(0);

    const update = bot.received.find((a) => a.conversation?.id === generated.body.conversationId);
    expect(update).toMatchObject({
      type: 'conversationUpdate',
      channelId: 'webchat',
      serviceUrl: bot.channel.serviceUrl,
      locale: 'zh-CN',
      membersAdded: expect.arrayContaining([expect.objectContaining({ id: claims.user })]),
    });
  });

  test('the greeting follows the locale the page starts the conversation with', async () => {
    const { token, conversationId } = await dl.open('en-US');
    const { activities } = await dl.pollUntil(token, conversationId, (a) => texts(a).length > 0);
    expect(texts(activities)).toEqual([GREETING_EN]);
  });

  test('a message is echoed back with its clientActivityID, then answered; watermarks only return what is new', async () => {
    const { token, conversationId } = await dl.open();
    const greeted = await dl.pollUntil(token, conversationId, (a) => texts(a).length > 0);

    const posted = await dl.post(token, conversationId, {
      type: 'message',
      text: '如何开通',
      locale: 'zh-CN',
      from: { id: 'someone-else', name: '小王', role: 'bot' },
      channelData: { clientActivityID: 'client-1' },
    });
    expect(posted.status).toBe(200);

    const after = await dl.pollUntil(token, conversationId, (a) => a.length >= 2, greeted.watermark);
    const [echo, reply] = after.activities;
    expect(echo).toMatchObject({ id: posted.body.id, text: '如何开通', channelData: { clientActivityID: 'client-1' } });
    // The body cannot choose who is speaking: the token's user id wins, with the user role.
    expect(echo.from).toEqual({ id: decodeClaims(token).user, name: '小王', role: 'user' });
    expect(reply).toMatchObject({ type: 'message', text: 'echo[zh-CN]: 如何开通', replyToId: posted.body.id });

    const nothingNew = await dl.poll(token, conversationId, after.watermark);
    expect(nothingNew.body).toEqual({ activities: [], watermark: after.watermark });
    // From the start again (what a reloaded page does): the whole transcript, in order.
    const replay = await dl.poll(token, conversationId, '');
    expect(texts(replay.body.activities)).toEqual([GREETING_ZH, '如何开通', 'echo[zh-CN]: 如何开通']);
  });

  test("the bot's typing activity passes through to the page before its message", async () => {
    const { token, conversationId } = await dl.open();
    await dl.post(token, conversationId, { type: 'message', text: 'typing' });
    const { activities } = await dl.pollUntil(token, conversationId, (a) => texts(a).includes('done typing'));
    const types = activities.filter((a) => a.from?.role === 'bot').map((a) => a.type);
    expect(types.slice(-2)).toEqual(['typing', 'message']);
  });

  test('a proactive message the bot sends from its stored reference arrives like any other', async () => {
    const { token, conversationId } = await dl.open();
    const greeted = await dl.pollUntil(token, conversationId, (a) => texts(a).length > 0);
    expect(bot.references.get(conversationId)?.serviceUrl).toBe(bot.channel.serviceUrl);

    await bot.sendProactive(conversationId, '您的实名认证已完成，我们继续吧。');
    const { activities } = await dl.pollUntil(token, conversationId, (a) => a.length > 0, greeted.watermark);
    expect(texts(activities)).toEqual(['您的实名认证已完成，我们继续吧。']);
  });

  test('a reloaded page resumes: refresh gives a new token for the same conversation, which starts no second greeting', async () => {
    const { token, conversationId } = await dl.open();
    await dl.pollUntil(token, conversationId, (a) => texts(a).length > 0);

    const refreshed = await dl.refresh(token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(conversationId);
    expect(decodeClaims(refreshed.body.token)).toMatchObject({ conv: conversationId, user: decodeClaims(token).user });

    const resumed = await dl.resume(refreshed.body.token, conversationId, '1');
    expect(resumed.status).toBe(200);
    // DirectLineJS replaces its token with the one in this answer, so it must be there.
    expect(resumed.body).toMatchObject({ conversationId, token: refreshed.body.token });

    const again = await dl.start(refreshed.body.token);
    expect(again.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const updates = bot.received.filter((a) => a.conversation?.id === conversationId && a.type === 'conversationUpdate');
    expect(updates).toHaveLength(1);
  });

  test('an expired token is refused with 403 TokenExpired (what DirectLineJS reads as expiry) and cannot be refreshed', async () => {
    const { token, conversationId } = await dl.open();
    clockOffsetMs = 1801 * 1000;
    const poll = await dl.poll(token, conversationId);
    expect(poll.status).toBe(403);
    expect(poll.body).toEqual({ error: { code: 'TokenExpired', message: 'token expired' } });
    expect((await dl.refresh(token)).status).toBe(403);
  });

  test('missing, malformed and tampered tokens get 401', async () => {
    const { token, conversationId } = await dl.open();
    expect((await dl.poll('', conversationId)).status).toBe(401);
    expect((await dl.poll('not-a-token', conversationId)).status).toBe(401);
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...decodeClaims(token), exp: 4102444800 })).toString('base64url');
    expect((await dl.poll(`${header}.${forged}.${signature}`, conversationId)).status).toBe(401);
    expect((await dl.call('POST', '/conversations')).status).toBe(401);
  });

  test("one customer's token opens no other conversation: 403 on read, resume and post", async () => {
    const alice = await dl.open();
    const bob = await dl.open();
    await dl.post(alice.token, alice.conversationId, { type: 'message', text: 'alice secret' });

    expect((await dl.poll(bob.token, alice.conversationId)).status).toBe(403);
    expect((await dl.resume(bob.token, alice.conversationId)).status).toBe(403);
    expect((await dl.post(bob.token, alice.conversationId, { type: 'message', text: 'hi' })).status).toBe(403);

    const bobs = await dl.pollUntil(bob.token, bob.conversationId, (a) => texts(a).length > 0);
    expect(JSON.stringify(bobs.activities)).not.toContain('alice secret');
  });

  test.each([
    ['an unknown activity type', { type: 'invoke', name: 'x' }, /type/],
    ['a text over 16,000 characters', { type: 'message', text: 'x'.repeat(16_001) }, /text/],
    ['a non-object channelData', { type: 'message', text: 'hi', channelData: 'x' }, /channelData/],
    ['a bad locale', { type: 'message', text: 'hi', locale: '<script>' }, /locale/],
    // Under the size limit, but deep enough to overflow the stack of code that walks it.
    ['a value nested 12,000 levels deep', `{"type":"message","text":"hi","value":${'['.repeat(12_000)}${']'.repeat(12_000)}}`, /levels deep/],
  ])('posting %s is refused with 400 and the reason', async (_what, activity, reason) => {
    const { token, conversationId } = await dl.open();
    const res = await dl.post(token, conversationId, activity);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'BadArgument', message: expect.stringMatching(reason) } });
  });

  test('malformed JSON, a bad watermark and an oversized body are refused', async () => {
    const { token, conversationId } = await dl.open();
    expect((await dl.post(token, conversationId, '{"type":')).status).toBe(400);
    expect((await dl.poll(token, conversationId, 'abc')).status).toBe(400);
    const big = await dl.post(token, conversationId, { type: 'message', text: 'hi', value: 'x'.repeat(40_000) });
    expect(big.status).toBe(413);
  });

  test('the channel endpoint takes bot activities only with its key, and only for conversations it has', async () => {
    const { conversationId } = await dl.open();
    const send = (serviceUrl: string, id: string) =>
      fetch(`${serviceUrl}/v3/conversations/${id}/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'injected' }),
      });
    const wrongKey = bot.channel.serviceUrl.replace(/\/[^/]+$/, '/not-the-key');
    expect((await send(wrongKey, conversationId)).status).toBe(403);
    expect((await send(bot.channel.serviceUrl, 'no-such-conversation')).status).toBe(404);
    expect((await send(bot.channel.serviceUrl, conversationId)).status).toBe(200);
  });
});

describe('the channel bounds what strangers can make it keep', () => {
  test('token minting is rate-limited per client address', async () => {
    const bot = await startEchoBot({ directLine: { tokensPerMinutePerClient: 3 } });
    try {
      const dl = directLineClient(bot.baseUrl);
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await dl.generate()).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await bot.close();
    }
  });

  test('past maxConversations the least recently used conversation is dropped, and its token cannot be refreshed', async () => {
    const bot = await startEchoBot({ directLine: { maxConversations: 2 } });
    try {
      const dl = directLineClient(bot.baseUrl);
      const first = await dl.open();
      await dl.open();
      await dl.open();
      expect(bot.channel.conversationCount()).toBe(2);
      expect((await dl.refresh(first.token)).status).toBe(404);
      expect((await dl.poll(first.token, first.conversationId)).status).toBe(404);
    } finally {
      await bot.close();
    }
  });

  test('when the bot cannot be reached the post fails with 502, and the server keeps working', async () => {
    const bot = await startEchoBot({ directLine: { botEndpoint: 'http://127.0.0.1:9/api/messages', botTimeoutMs: 2000 } });
    try {
      const dl = directLineClient(bot.baseUrl);
      const { token, conversationId } = await dl.open();
      const res = await dl.post(token, conversationId, { type: 'message', text: 'hello?' });
      expect(res.status).toBe(502);
      expect(res.body).toMatchObject({ error: { code: 'BotError' } });
    } finally {
      await bot.close();
    }
  });
});

describe('a conversation this process does not hold', () => {
  test('answers 503 (ask again) rather than 404 (gone) while its transcript cannot be read, and 404 once it is known to be absent', async () => {
    let storeDown = true;
    const bot = await startEchoBot({
      directLine: {
        history: async () => {
          if (storeDown) throw new Error('store down');
          return [];
        },
      },
    });
    try {
      const dl = directLineClient(bot.baseUrl);
      const { token, conversationId } = (await dl.generate()).body;
      expect((await dl.refresh(token)).status).toBe(503);
      expect((await dl.poll(token, conversationId)).status).toBe(503);
      expect((await dl.post(token, conversationId, { type: 'message', text: 'hi' })).status).toBe(503);
      expect((await dl.start(token)).status).toBe(503);
      storeDown = false;
      expect((await dl.refresh(token)).status).toBe(404);
      expect((await dl.start(token)).status).toBe(201);
    } finally {
      await bot.close();
    }
  });
});
