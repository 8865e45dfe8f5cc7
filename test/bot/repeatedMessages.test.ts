// A channel's retried post: remembered by id with the conversation's record (bounded, old records still load), answered from memory or not at all.
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { modelMachine } from '../machines/dialogueModel';
import { createNlu } from '../../src/nlu';
import { createLogger } from '../../src/log';
import { MemoryStorage } from '../../src/storage';
import { PaylaterBot } from '../../src/bot/paylaterBot';
import { conversationKey, conversationRecordSchema } from '../../src/bot/conversationRecord';
import { LastReplies, messageDigest, rememberMessage, REMEMBERED_MESSAGES } from '../../src/bot/repeatedMessages';

describe('what the record remembers of the messages', () => {
  test('a digest of one short size per id, the same for the same id', () => {
    const digests = ['1', 'a'.repeat(500), 'conv|0000001', 'conv|0000002'].map(messageDigest);
    expect(digests.every((d) => d.length === 10)).toBe(true);
    expect(new Set(digests).size).toBe(4);
    expect(messageDigest('conv|0000001')).toBe(digests[2]);
  });

  test(`only the latest ${REMEMBERED_MESSAGES}, oldest first`, () => {
    let recent: string[] | undefined;
    for (let n = 1; n <= REMEMBERED_MESSAGES + 3; n++) recent = rememberMessage(recent, `d${n}`);
    expect(recent).toHaveLength(REMEMBERED_MESSAGES);
    expect(recent?.[0]).toBe('d4');
    expect(recent?.at(-1)).toBe(`d${REMEMBERED_MESSAGES + 3}`);
  });

  const record = { dialogue: undefined, locale: 'zh-CN', turns: 3, updatedAt: '2025-01-01T00:00:00.000Z' };

  test('a record stored before the ids were kept loads as it was', () => {
    const parsed = conversationRecordSchema.safeParse(record);
    expect(parsed.success && parsed.data).toMatchObject({ turns: 3 });
    expect(parsed.success && parsed.data.recentMessages).toBeUndefined();
  });

  test('a record whose list does not fit still loads, without the list (the customer keeps their step)', () => {
    for (const recentMessages of [Array(REMEMBERED_MESSAGES + 1).fill('abc'), 'abc', [42], ['x'.repeat(100)]]) {
      const parsed = conversationRecordSchema.safeParse({ ...record, recentMessages });
      expect(parsed.success && parsed.data).toMatchObject({ turns: 3 });
      expect(parsed.success && parsed.data.recentMessages).toBeUndefined();
    }
    const kept = conversationRecordSchema.parse({ ...record, recentMessages: ['abc'] });
    expect(kept.recentMessages).toEqual(['abc']);
  });
});

describe('the replies held to answer a retry', () => {
  const reply = (text: string): Partial<Activity>[] => [{ type: 'message', text }];

  test('only the latest post of each conversation, for a limited number of conversations and a limited time', () => {
    let now = 0;
    const held = new LastReplies({ limit: 2, maxAgeMs: 1000, now: () => now });
    held.keep('c1', 'd1', reply('one'));
    held.keep('c1', 'd2', reply('two'));
    expect(held.find('c1', 'd1')).toBeUndefined();
    expect(held.find('c1', 'd2')).toEqual(reply('two'));
    held.keep('c2', 'd3', reply('three'));
    held.keep('c3', 'd4', reply('four'));
    expect(held.size).toBe(2);
    expect(held.find('c1', 'd2')).toBeUndefined();
    expect(held.find('c3', 'd4')).toEqual(reply('four'));
    now = 1001;
    expect(held.find('c3', 'd4')).toBeUndefined();
    // Keeping another drops those past their time.
    held.keep('c4', 'd5', reply('five'));
    expect(held.size).toBe(1);
  });
});

describe('two bot instances on one store', () => {
  const storage = new MemoryStorage();
  const deps = {
    // Backend calls never answer: these turns make none.
    machine: modelMachine,
    nlu: createNlu(),
    shopUrl: 'http://shop',
    maxWaitMs: 1000,
    storage,
    logger: createLogger('silent'),
  };
  const one = new PaylaterBot(deps);
  const other = new PaylaterBot(deps);
  const adapter = new TestAdapter(async () => undefined);

  /** A message posted to one instance with the replies asked for in the HTTP answer: what that answer holds. */
  async function post(bot: PaylaterBot, id: string, text: string): Promise<string[]> {
    let answer: Partial<Activity>[] = [];
    const activity = { type: 'message', id, text, deliveryMode: 'expectReplies' } as Partial<Activity>;
    await adapter.processActivity(activity, async (context: TurnContext) => {
      await bot.onTurn(context);
      answer = context.bufferedReplyActivities;
    });
    return answer.map((a) => a.text ?? '');
  }
  const turns = async () => {
    const key = conversationKey(adapter.conversation.conversation.id);
    return ((await storage.read([key]))[key] as { turns: number }).turns;
  };

  test('a retry at the instance that did not run the post runs no turn and is answered with nothing', async () => {
    const first = await post(one, 'm1', '需要什么条件');
    expect(first.length).toBeGreaterThan(0);
    expect(await turns()).toBe(1);
    expect(await post(other, 'm1', '需要什么条件')).toEqual([]);
    expect(await post(one, 'm1', '需要什么条件')).toEqual(first);
    expect(await turns()).toBe(1);
  });

  test('an event that is no message (a webhook, an agent) keeps the ids', async () => {
    await adapter.processActivity({ type: 'event', name: 'test' }, (context) => one.dispatch(context, { type: 'HANDOFF_WITHDRAWN' }).then(() => undefined));
    expect(await turns()).toBe(2);
    expect(await post(other, 'm1', '需要什么条件')).toEqual([]);
    expect(await turns()).toBe(2);
  });

  test(`a post older than the latest ${REMEMBERED_MESSAGES} is taken for a new one`, async () => {
    for (let n = 2; n <= REMEMBERED_MESSAGES + 1; n++) await post(one, `m${n}`, '先用后付是什么');
    const before = await turns();
    await post(other, 'm2', '先用后付是什么');
    expect(await turns()).toBe(before);
    await post(other, 'm1', '需要什么条件');
    expect(await turns()).toBe(before + 1);
  });
});
