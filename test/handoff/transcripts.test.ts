// Transcripts: every activity kept over the shared storage in small chunks, masked, and downloadable as a `.transcript` file
// the Bot Framework Emulator opens.
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import pino from 'pino';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, SqliteStorage } from '../../src/storage';
import { CasTranscriptStore } from '../../src/transcripts';
import { startLocalChannel } from '../../src/channel/localChannel';
import { OTP, UNMASKED_ID_NUMBER, UNMASKED_PHONE, settle, useHarness, waitForActivity } from './harness';

/** What the Emulator needs of each activity to draw a transcript. */
const emulatorActivitySchema = z
  .object({
    type: z.string().min(1),
    id: z.string().min(1),
    timestamp: z.string().datetime(),
    channelId: z.string().min(1),
    conversation: z.object({ id: z.string().min(1) }).passthrough(),
    from: z.object({ id: z.string().min(1), role: z.enum(['user', 'bot']) }).passthrough(),
    recipient: z.object({ id: z.string().min(1) }).passthrough(),
  })
  .passthrough();

describe('a conversation’s transcript, downloaded by an agent', () => {
  const h = useHarness();

  test('is a .transcript file of valid activities, in order, with phone numbers, codes and ID numbers masked', async () => {
    const customer = h.customer();
    await h.login(customer, '13800000002');
    await customer.say('我的身份证号是 11010519491231002X，可以直接帮我认证吗');
    await customer.say('转人工');
    await h.agent('POST', `/api/agent/conversations/${customer.id}/messages`, { json: { text: '请在认证页面填写，不要在聊天里发身份证号。' } });
    await waitForActivity(customer, (a) => a.channelData?.sender === 'agent');
    await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: { note: '客户 13800000002 已知晓认证方式' } });
    await settle(300);

    const answer = await h.agent('GET', `/api/agent/conversations/${customer.id}/transcript`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="${customer.id}.transcript"`);
    expect(answer.text).not.toMatch(UNMASKED_PHONE);
    expect(answer.text).not.toMatch(UNMASKED_ID_NUMBER);
    expect(answer.text).not.toContain('654321');

    const activities = z.array(emulatorActivitySchema).parse(JSON.parse(answer.text)) as unknown as Activity[];
    expect(activities.every((a) => a.conversation.id === customer.id)).toBe(true);
    const said = activities.filter((a) => a.type === 'message' && a.from.role === 'user').map((a) => a.text);
    expect(said).toEqual(['我想开通先用后付', '138****0002', '******', '我的身份证号是 110*************2X，可以直接帮我认证吗', '转人工']);
    // Both voices and the hand-over are there: the bot's replies, the handoff event (without a second copy of the transcript), the agent.
    expect(activities.filter((a) => a.type === 'message' && a.from.role === 'bot').length).toBeGreaterThan(3);
    const handoff = activities.find((a) => a.name === 'handoff.initiate');
    expect(handoff?.attachments?.[0].content).toEqual({ activities: [], omittedActivities: expect.any(Number) });
    expect(activities.find((a) => a.channelData?.sender === 'agent')?.text).toBe('请在认证页面填写，不要在聊天里发身份证号。');
    expect(activities.find((a) => a.type === 'trace')).toMatchObject({ name: 'Agent note', value: '客户 138****0002 已知晓认证方式' });
    const times = activities.map((a) => Date.parse(String(a.timestamp)));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  // src/bot/mask.ts: the bot reads full-width digits (a Chinese IME in full-width mode) as a phone number, and the
  // masking, which only knew ASCII digits, kept them in full.
  test('a phone number typed in full-width digits logs the customer in and is masked like any other', async () => {
    const customer = h.customer();
    const fullWidth = '１３８０００００００２';
    await customer.say('我想开通先用后付');
    await customer.say(fullWidth);
    const fullWidthCode = OTP.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const replies = (await customer.say(fullWidthCode)).activities;
    expect(replies.map((a) => a.text).join('\n')).toContain('实名认证');
    await settle(300);
    const answer = await h.agent('GET', `/api/agent/conversations/${customer.id}/transcript`);
    const said = (JSON.parse(answer.text) as Activity[]).filter((a) => a.from.role === 'user' && a.type === 'message').map((a) => a.text);
    expect(said).toEqual(['我想开通先用后付', '138****0002', '******']);
    expect(answer.text).not.toContain('１３８');
  });

  // A channel resends a post whose answer it lost, with the same id: the bot runs no second turn, and an agent reading
  // the transcript sees the message and its answer once.
  test('a message the channel resent is in the transcript once, with its answer once', async () => {
    const customer = h.customer();
    await customer.send({ type: 'message', id: 'resent-1', text: '需要什么条件' });
    const again = await customer.send({ type: 'message', id: 'resent-1', text: '需要什么条件' });
    expect(again.activities).toEqual([]);
    await settle(300);
    const answer = await h.agent('GET', `/api/agent/conversations/${customer.id}/transcript`);
    const activities = JSON.parse(answer.text) as Activity[];
    expect(activities.filter((a) => a.from.role === 'user' && a.type === 'message').map((a) => a.id)).toEqual(['resent-1']);
    const answers = activities.filter((a) => a.from.role === 'bot' && a.type === 'message' && a.replyToId === 'resent-1');
    expect(answers.length).toBeGreaterThan(0);
    expect(new Set(answers.map((a) => a.text)).size).toBe(answers.length);
  });

  // "password hunter2" got the bot's no-password warning, yet the transcript and the agent's view kept it whole, as they
  // did "pwd hunter2" and "my pw is Hunter2!": what the bot answers as a typed password is masked wherever it is kept.
  test('a password the bot answers as one is masked in the transcript and in what the agent reads', async () => {
    const customer = h.customer({ locale: 'en-US' });
    await customer.say('password hunter2');
    await customer.say('agent please');
    await customer.say('pwd hunter2');
    await customer.say('my pw is Hunter2!');
    const read = await h.agent('GET', `/api/agent/conversations/${customer.id}/messages`);
    expect(read.status).toBe(200);
    expect([...read.body.earlier, ...read.body.messages].map((m: { text: string }) => m.text)).toEqual([
      'password ******',
      'agent please',
      'pwd ******',
      'my pw is ******',
    ]);
    await settle(300);
    const transcript = await h.agent('GET', `/api/agent/conversations/${customer.id}/transcript`);
    expect(transcript.text).not.toMatch(/hunter2/i);
    const said = (JSON.parse(transcript.text) as Activity[]).filter((a) => a.type === 'message' && a.from.role === 'user').map((a) => a.text);
    expect(said).toEqual(['password ******', 'agent please', 'pwd ******', 'my pw is ******']);
  });

  // The note of a release reached the channel (the Emulator, where botbuilder sends traces) with the customer's phone
  // and ID numbers in full; only the stored transcript masked them.
  test("an agent's note reaches the channel masked", async () => {
    const emulator = await startLocalChannel({ botUrl: `${h.bot.url}/api/messages`, channelId: 'emulator', timing: { quietMs: 300 } });
    try {
      const customer = emulator.open({ locale: 'en-US' });
      await customer.say('agent please');
      const note = 'customer 13800000005 wants to return earbuds, ID 110101199003077777, card 6222 0212 3456 7890 123';
      expect(await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: { intent: 'orders', note } })).toMatchObject({ status: 200 });
      const trace = await waitForActivity(customer, (a) => a.type === 'trace' && a.name === 'Agent note');
      expect(trace.value).toBe('customer 138****0005 wants to return earbuds, ID 110*************77, card **** **** **** 0123');
    } finally {
      await emulator.close();
    }
  });

  test('nothing logged or kept in a transcript holds an unmasked phone or ID number', () => h.expectNothingUnmasked());
});

describe('the transcript store over CasStorage', () => {
  const quiet = pino({ level: 'silent' });
  let sqliteDir: string;

  beforeAll(async () => {
    sqliteDir = await mkdtemp(join(tmpdir(), 'transcripts-'));
  });
  afterAll(() => rm(sqliteDir, { recursive: true, force: true }));
  const activity = (conversationId: string, n: number): Partial<Activity> => ({
    type: 'message',
    id: `a-${n}`,
    channelId: 'test',
    conversation: { id: conversationId } as Activity['conversation'],
    from: { id: 'u', role: 'user' } as Activity['from'],
    text: `message ${n}`,
    timestamp: new Date(Date.UTC(2025, 0, 1, 0, 0, n)),
  });

  test('keeps activities logged without awaiting (as the middleware does) in order, in chunks of at most 25', async () => {
    const storage = new MemoryStorage();
    const store = new CasTranscriptStore(storage, quiet);
    await Promise.all(Array.from({ length: 130 }, (_, n) => store.logActivity(activity('c1', n) as Activity)));

    const first = await store.getTranscriptActivities('test', 'c1');
    expect(first.items.map((a) => a.id)).toEqual(Array.from({ length: 100 }, (_, n) => `a-${n}`));
    const second = await store.getTranscriptActivities('test', 'c1', first.continuationToken);
    expect(second.items.map((a) => a.id)).toEqual(Array.from({ length: 30 }, (_, n) => `a-${n + 100}`));
    expect(second.continuationToken).toBeFalsy();
    expect(second.items[0].timestamp).toBe('2025-01-01T00:01:40.000Z');

    expect((await store.latest('test', 'c1', 30)).map((a) => a.id)).toEqual(Array.from({ length: 30 }, (_, n) => `a-${n + 100}`));

    const chunk = (await storage.read(['transcript/test/c1/chunk/0']))['transcript/test/c1/chunk/0'] as { count: number };
    expect(chunk.count).toBe(25);
  });

  test('keeps each activity exactly as logged (masked), its envelope stored once per chunk', async () => {
    const storage = new MemoryStorage();
    const store = new CasTranscriptStore(storage, quiet);
    const envelope = { channelId: 'test', serviceUrl: 'http://channel/', locale: 'zh-CN', conversation: { id: 'c3', isGroup: false } };
    const user = { id: 'u', name: 'Customer', role: 'user' };
    const bot = { id: 'b', name: 'Bot', role: 'bot' };
    const logged = [
      { ...envelope, type: 'message', id: 'm1', from: user, recipient: bot, text: '13800000002', timestamp: '2025-01-01T00:00:00.000Z' },
      { ...envelope, type: 'typing', id: 't1', from: bot, recipient: user, replyToId: 'm1', timestamp: '2025-01-01T00:00:01.000Z' },
      { ...envelope, locale: 'en-US', type: 'message', id: 'm2', from: bot, recipient: user, text: 'hi', callerId: null, timestamp: '2025-01-01T00:00:02.000Z' },
      { type: 'event', id: 'e1', channelId: 'test', conversation: { id: 'c3' }, name: 'x', value: { n: 1 }, timestamp: '2025-01-01T00:00:03.000Z' },
    ];
    await Promise.all(logged.map((a) => store.logActivity(a as unknown as Activity)));
    expect(await store.all('test', 'c3')).toEqual([{ ...logged[0], text: '138****0002' }, ...logged.slice(1)]);
  });

  test('writes what it buffers only on flush or after the flush interval, and reads see buffered activities', async () => {
    const storage = new MemoryStorage();
    const store = new CasTranscriptStore(storage, quiet, { flushMs: 60_000 });
    void store.logActivity(activity('c4', 0) as Activity);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await storage.read(['transcript/test/c4/head'])).toEqual({});
    expect((await store.latest('test', 'c4', 10)).map((a) => a.id)).toEqual(['a-0']);
    void store.logActivity(activity('c4', 1) as Activity);
    await store.flush();
    expect(await storage.read(['transcript/test/c4/head'])).toMatchObject({ 'transcript/test/c4/head': { count: 2 } });
  });

  test('reads chunks written by the earlier, uncompressed format and appends after them', async () => {
    const storage = new MemoryStorage();
    await storage.write({
      'transcript/test/c5/head': { count: 2, created: '2025-01-01T00:00:00.000Z' },
      'transcript/test/c5/chunk/0': { entries: [{ seq: 1, item: { id: 'a-1' } }, { seq: 0, item: { id: 'a-0' } }] },
    });
    const store = new CasTranscriptStore(storage, quiet);
    await store.logActivity(activity('c5', 2) as Activity);
    expect((await store.all('test', 'c5')).map((a) => a.id)).toEqual(['a-0', 'a-1', 'a-2']);
  });

  test.each([
    { store: 'memory', open: async () => new MemoryStorage() },
    { store: 'SQLite', open: async () => new SqliteStorage({ dataDir: sqliteDir }) },
  ])('two bot instances appending to one conversation ($store) lose nothing', async ({ open }) => {
    const storage = await open();
    try {
      const a = new CasTranscriptStore(storage, quiet);
      const b = new CasTranscriptStore(storage, quiet);
      await Promise.all(Array.from({ length: 40 }, (_, n) => (n % 2 ? a : b).logActivity(activity('c2', n) as Activity)));
      const ids = (await a.all('test', 'c2')).map((x) => x.id).sort();
      expect(ids).toEqual(Array.from({ length: 40 }, (_, n) => `a-${n}`).sort());
    } finally {
      await storage.close();
    }
  });

  test('lists a channel’s conversations, filters by start date and deletes a transcript', async () => {
    const store = new CasTranscriptStore(new MemoryStorage(), quiet);
    for (const id of ['x', 'y']) for (let n = 0; n < 3; n++) await store.logActivity(activity(id, n) as Activity);
    expect((await store.listTranscripts('test')).items.map((t) => t.id)).toEqual(['x', 'y']);
    const since = await store.getTranscriptActivities('test', 'x', undefined, new Date(Date.UTC(2025, 0, 1, 0, 0, 1)));
    expect(since.items.map((a) => a.id)).toEqual(['a-1', 'a-2']);
    await store.deleteTranscript('test', 'x');
    expect((await store.getTranscriptActivities('test', 'x')).items).toEqual([]);
    // Erased means erased: the channel's index no longer names it either.
    expect((await store.listTranscripts('test')).items.map((t) => t.id)).toEqual(['y']);
  });

  test('an erase drops what is still buffered instead of writing it, and the lines of turns that began before it', async () => {
    const storage = new MemoryStorage();
    const store = new CasTranscriptStore(storage, quiet, { flushMs: 60_000 });
    void store.logActivity(activity('x', 0) as Activity);
    await store.flush();
    const before = store.generation();
    const buffered = store.logActivity(activity('x', 1) as Activity);
    await store.deleteTranscript('test', 'x');
    await buffered;
    // A turn that began before the erase ends after it: its lines go nowhere. One that begins after it is a new conversation.
    void store.logActivity(activity('x', 2) as Activity, before);
    void store.logActivity(activity('x', 3) as Activity, store.generation());
    void store.logActivity(activity('y', 4) as Activity, before);
    await store.flush();
    expect((await store.all('test', 'x')).map((a) => a.id)).toEqual(['a-3']);
    expect((await store.all('test', 'y')).map((a) => a.id)).toEqual(['a-4']);
    expect((await store.listTranscripts('test')).items.map((t) => t.id)).toEqual(['x', 'y']);
  });

  test('an erase removes the conversation from a long index, every time it is there, and leaves the rest in order', async () => {
    const storage = new MemoryStorage();
    const store = new CasTranscriptStore(storage, quiet);
    const ids = Array.from({ length: 260 }, (_, n) => `c${n}`);
    for (const id of ids) void store.logActivity(activity(id, 0) as Activity);
    await store.flush();
    await store.deleteTranscript('test', 'c3');
    await store.deleteTranscript('test', 'c258');
    const listed: string[] = [];
    for (let token: string | undefined = ''; token !== undefined; ) {
      const page = await store.listTranscripts('test', token);
      listed.push(...page.items.map((t) => t.id));
      token = page.continuationToken || undefined;
    }
    expect(listed).toEqual(ids.filter((id) => id !== 'c3' && id !== 'c258'));
  });
});
