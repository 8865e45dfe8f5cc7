// Recovering a conversation from the bot's transcript: which stored activities make up the page's log, and when there is nothing to recover.
import { createConversations, type ConversationHistory } from '../../src/directline/recovery';
import { createConversationStore } from '../../src/directline/store';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const limits = { maxConversations: 10, idleTtlMs: 60_000, maxActivitiesPerConversation: 100 };

function setup(history: ConversationHistory | undefined) {
  const store = createConversationStore(limits);
  return { store, conversations: createConversations({ store, history, maxActivities: 100, logger: quiet }) };
}

const customer = { id: 'dl_abc', role: 'user' };
const bot = { id: 'paylater-bot', role: 'bot' };

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
  const recovered = await conversations.find('c1');
  expect(recovered).toMatchObject({ id: 'c1', userId: 'dl_abc', locale: 'zh-CN' });
  const page = store.since('c1', undefined);
  expect(page?.watermark).toBe('2');
  expect(page?.activities.map((a) => [a.id, a.text])).toEqual([
    ['c1|0000001', '开通'],
    ['c1|0000002', '你好'],
  ]);
  expect(JSON.stringify(page)).not.toContain('serviceUrl');
});

test('nothing to recover: no transcript, one without the customer, an unreadable one, or no history at all', async () => {
  expect(await setup(async () => []).conversations.find('c1')).toBeUndefined();
  expect(await setup(async () => [{ type: 'message', id: 'c1|0000001', from: bot }]).conversations.find('c1')).toBeUndefined();
  expect(await setup(async () => Promise.reject(new Error('store down'))).conversations.find('c1')).toBeUndefined();
  expect(await setup(undefined).conversations.find('c1')).toBeUndefined();
});

test('concurrent requests for a lost conversation read its transcript once', async () => {
  let reads = 0;
  const { conversations } = setup(async () => {
    reads += 1;
    return [{ type: 'message', id: 'c1|0000001', text: 'hi', from: customer }];
  });
  const [a, b] = await Promise.all([conversations.find('c1'), conversations.find('c1')]);
  expect(a).toBe(b);
  expect(reads).toBe(1);
  expect(await conversations.find('c1')).toBe(a);
  expect(reads).toBe(1);
});
