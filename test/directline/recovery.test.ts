// Recovering a conversation from the bot's transcript: which stored activities make up the page's log, who may
// recover one, and what the routes are told when there is nothing to recover or the store does not answer.
import { createConversations, RECOVERY_GAP, type ConversationHistory } from '../../src/directline/recovery';
import { createConversationStore } from '../../src/directline/store';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const limits = { maxConversations: 10, idleTtlMs: 60_000, maxActivitiesPerConversation: 100 };
const NOW = Date.parse('2026-11-25T12:00:00Z');
const RECENT_MS = 30 * 60_000;

function setup(history: ConversationHistory | undefined) {
  const store = createConversationStore(limits, () => NOW);
  return { store, conversations: createConversations({ store, history, maxActivities: 100, recentMs: RECENT_MS, now: () => NOW, logger: quiet }) };
}

const customer = { id: 'dl_abc', role: 'user' };
const bot = { id: 'paylater-bot', role: 'bot' };
const at = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString();
const said = (id: string, minutesAgo = 1) => [{ type: 'message', id, text: 'hi', from: customer, timestamp: at(minutesAgo) }];

test('the log is rebuilt from the activities that carry the channel ids of this conversation, in watermark order', async () => {
  const transcript = [
    { type: 'conversationUpdate', id: 'a-uuid', from: customer },
    { type: 'message', id: 'c1|0000002', text: '你好', from: bot, serviceUrl: 'http://x/directline-channel/key' },
    { type: 'message', id: 'c1|0000001', text: '开通', from: customer, locale: 'zh-CN' },
    { type: 'message', id: 'c2|0000003', text: 'another conversation', from: customer },
    { type: 'message', id: 'c1|3', text: 'not a channel id', from: bot },
    { type: 'event', name: 'no id', from: bot },
    'not an activity',
  ];
  const { store, conversations } = setup(async () => transcript);
  const found = await conversations.find('c1', 'dl_abc');
  expect(found).toMatchObject({ kind: 'found', conversation: { id: 'c1', userId: 'dl_abc', locale: 'zh-CN' } });
  const page = store.since('c1', undefined);
  expect(page?.activities.map((a) => [a.id, a.text])).toEqual([
    ['c1|0000001', '开通'],
    ['c1|0000002', '你好'],
  ]);
  // New activities come after a gap, so none reuses an id a page saw before the transcript's last flush was lost.
  expect(store.append('c1', { type: 'message', text: 'next' })?.id).toBe(`c1|${String(3 + RECOVERY_GAP).padStart(7, '0')}`);
});

test("no URL of the channel's endpoint survives recovery, at any depth, whoever wrote it", async () => {
  const reference = { serviceUrl: 'http://127.0.0.1:41000/directline-channel/old-key', conversation: { id: 'c1' } };
  const handoff = {
    type: 'event',
    name: 'handoff.initiate',
    id: 'c1|0000002',
    from: bot,
    relatesTo: reference,
    value: { transcript: [{ type: 'message', text: '转人工', serviceUrl: reference.serviceUrl }], note: `see ${reference.serviceUrl}/v3` },
  };
  const { store, conversations } = setup(async () => [...said('c1|0000001'), handoff]);
  await conversations.find('c1', 'dl_abc');
  const page = JSON.stringify(store.since('c1', undefined));
  expect(page).toContain('handoff.initiate');
  expect(page).not.toContain('directline-channel');
  expect(page).not.toContain('serviceUrl');
});

test("the page's token names the customer; the transcript does so only for the bot's side", async () => {
  const { store, conversations } = setup(async () => said('c1|0000001'));
  await conversations.find('c1', 'dl_from_token');
  expect(store.get('c1')?.userId).toBe('dl_from_token');
  const other = setup(async () => said('c1|0000001'));
  await other.conversations.find('c1');
  expect(other.store.get('c1')?.userId).toBe('dl_abc');
});

test('the bot side recovers only a conversation active within a token lifetime; a page recovers its own at any age', async () => {
  const old = async () => said('c1|0000001', 45);
  expect(await setup(old).conversations.find('c1')).toEqual({ kind: 'absent' });
  expect((await setup(old).conversations.find('c1', 'dl_abc')).kind).toBe('found');
  expect((await setup(async () => said('c1|0000001', 5)).conversations.find('c1')).kind).toBe('found');
});

test('nothing to recover (absent) is told apart from a store that does not answer (unavailable)', async () => {
  expect(await setup(async () => []).conversations.find('c1', 'dl_abc')).toEqual({ kind: 'absent' });
  expect(await setup(async () => [{ type: 'message', id: 'c1|0000001', from: bot }]).conversations.find('c1', 'dl_abc')).toEqual({ kind: 'absent' });
  expect(await setup(undefined).conversations.find('c1', 'dl_abc')).toEqual({ kind: 'absent' });
  expect(await setup(async () => Promise.reject(new Error('store down'))).conversations.find('c1', 'dl_abc')).toEqual({ kind: 'unavailable' });
});

test('concurrent requests for a lost conversation read its transcript once', async () => {
  let reads = 0;
  const { conversations } = setup(async () => {
    reads += 1;
    return said('c1|0000001');
  });
  const [a, b] = await Promise.all([conversations.find('c1', 'dl_abc'), conversations.find('c1', 'dl_abc')]);
  expect(a).toEqual(b);
  expect(a.kind).toBe('found');
  expect(reads).toBe(1);
  expect(await conversations.find('c1', 'dl_abc')).toEqual(a);
  expect(reads).toBe(1);
});

test("a page's lookup is not answered with the bot side's refusal of an old conversation, even at the same moment", async () => {
  const { conversations } = setup(async () => said('c1|0000001', 45));
  const [fromBot, fromPage] = await Promise.all([conversations.find('c1'), conversations.find('c1', 'dl_abc')]);
  expect(fromBot).toEqual({ kind: 'absent' });
  expect(fromPage.kind).toBe('found');
});
