// One turn while a handed-over conversation waits for an agent: told one is coming, may take it back, quiet once taken.
import { modelMachine } from '../machines/dialogueModel';
import { createNlu } from '../../src/nlu';
import { LONG_WAIT_MS, runDialogueTurn, WAITING_RETOLD_MS, type DialogueTurnDeps, type HandoffQueue, type QueuePlace } from '../../src/bot/dialogueTurn';
import type { ConversationRecord } from '../../src/bot/conversationRecord';
import { zhCN } from '../../dialogs/messages/zh-CN';

// Backend calls never answer: these turns make none.
const base: DialogueTurnDeps = { machine: modelMachine, nlu: createNlu(), shopUrl: 'http://shop', maxWaitMs: 1000 };
const queue = (waiting: boolean, withdraws: boolean, away = false): HandoffQueue & { withdrawals: number } => {
  const q = {
    withdrawals: 0,
    waiting: async () => waiting,
    withdraw: async () => {
      q.withdrawals += 1;
      return withdraws;
    },
    away: async () => away,
  };
  return q;
};

async function handedOver(): Promise<ConversationRecord> {
  const { record, after } = await runDialogueTurn(base, { record: undefined, text: '转人工', conversationId: 'c1' });
  expect(after.hasTag('agent')).toBe(true);
  return record;
}

const texts = (replies: Array<{ text?: string }>) => replies.map((r) => r.text);

test('while waiting, words get "one is coming" with a button that takes the request back', async () => {
  const { replies, after } = await runDialogueTurn(
    { ...base, handoffQueue: queue(true, true) },
    { record: await handedOver(), text: '在吗', conversationId: 'c1' },
  );
  expect(after.hasTag('agent')).toBe(true);
  expect(texts(replies)).toEqual([expect.stringContaining('正在为你转接人工客服')]);
  expect(replies[0].suggestedActions?.actions[0].value).toEqual({ event: { type: 'HANDOFF_WITHDRAWN' } });
});

test('while waiting, the customer hears their place in the queue and, after a long wait, an apology with the minutes', async () => {
  const record = await handedOver();
  const at = async (place: QueuePlace | undefined) => {
    const handoffQueue = { ...queue(true, true), place: async () => place };
    return texts((await runDialogueTurn({ ...base, handoffQueue }, { record, text: '还要多久', conversationId: 'c1' })).replies);
  };
  expect(await at({ ahead: 0, waitedMs: 60_000 })).toEqual([expect.stringContaining('下一位就是你')]);
  expect(await at({ ahead: 1, waitedMs: 60_000 })).toEqual([expect.stringContaining('你前面还有 1 位顾客在等')]);
  expect(await at({ ahead: 3, waitedMs: LONG_WAIT_MS - 1 })).toEqual([expect.not.stringContaining('久等')]);
  expect(await at({ ahead: 3, waitedMs: LONG_WAIT_MS + 2 * 60_000 })).toEqual([
    expect.stringMatching(/^让你久等了，真抱歉，你已经等了 12 分钟。\n\n正在为你转接人工客服，你前面还有 3 位顾客在等/),
  ]);
  // Not known (another queue, or the entry not there): the plain "one is coming".
  expect(await at(undefined)).toEqual(['正在为你转接人工客服，请稍等，你说的话客服都能看到。不想等了的话，说「取消」就回到我这里。']);
});

test('"取消" while waiting takes the request back, and the dialogue goes on', async () => {
  const q = queue(true, true);
  const { replies, after } = await runDialogueTurn({ ...base, handoffQueue: q }, { record: await handedOver(), text: '取消', conversationId: 'c1' });
  expect(q.withdrawals).toBe(1);
  expect(after.hasTag('agent')).toBe(false);
  expect(texts(replies)[0]).toContain('不转人工了');
});

test('"取消" that loses the race to an agent is the agent\'s: the dialogue stays handed over and the bot says nothing', async () => {
  const { replies, after } = await runDialogueTurn(
    { ...base, handoffQueue: queue(true, false) },
    { record: await handedOver(), text: '取消', conversationId: 'c1' },
  );
  expect(after.hasTag('agent')).toBe(true);
  expect(replies).toEqual([]);
});

test('once an agent has the conversation the bot says nothing, whatever is written', async () => {
  const q = queue(false, true);
  const { replies } = await runDialogueTurn({ ...base, handoffQueue: q }, { record: await handedOver(), text: '取消', conversationId: 'c1' });
  expect(replies).toEqual([]);
  expect(q.withdrawals).toBe(0);
});

// An agent who took the conversation and vanished left the customer with no way out: their words went to nobody.
test('once the agent who had the conversation is away, the customer\'s next words bring the bot back at their step', async () => {
  const { replies, after } = await runDialogueTurn(
    { ...base, handoffQueue: queue(false, false, true) },
    { record: await handedOver(), text: '还有人吗', conversationId: 'c1' },
  );
  expect(after.hasTag('agent')).toBe(false);
  expect(texts(replies)[0]).toContain('同事好像暂时离开了');
});

test('the waiting button tapped again, back with the bot, changes nothing (it is no general cancel)', async () => {
  const { record } = await runDialogueTurn(base, { record: undefined, text: '我要开通', conversationId: 'c1' });
  const { after } = await runDialogueTurn(base, { record, text: '不用人工了', value: { event: { type: 'HANDOFF_WITHDRAWN' } }, conversationId: 'c1' });
  expect(after.matches({ flow: { onboarding: { login: 'awaitingPhone' } } })).toBe(true);
});

test('an agent\'s release that finds the dialogue back with the bot says nothing', async () => {
  const { record } = await runDialogueTurn(base, { record: undefined, text: '我要开通', conversationId: 'c1' });
  const { replies } = await runDialogueTurn(base, { record, event: { type: 'AGENT_RELEASED' }, conversationId: 'c1' });
  expect(replies).toEqual([]);
});

// Four messages while waiting got the same 60-character line four times.
describe('while waiting, the whole "one is coming" is said once, then a short "received"', () => {
  const WITHDRAW = { event: { type: 'HANDOFF_WITHDRAWN' } };
  const turn = async (record: ConversationRecord, place: QueuePlace, text = '在吗') => {
    const handoffQueue = { ...queue(true, true), place: async () => place };
    return runDialogueTurn({ ...base, handoffQueue }, { record, text, conversationId: 'c1' });
  };
  const minutesAgo = (record: ConversationRecord, minutes: number): ConversationRecord => {
    const told = record.handoff?.told;
    expect(told).toBeDefined();
    return { ...record, handoff: { ...record.handoff!, told: { ...told!, at: new Date(Date.now() - minutes * 60_000).toISOString() } } };
  };

  test('the first message hears it all; the next ones only that the words were passed on, still with the button', async () => {
    const first = await turn(await handedOver(), { ahead: 2, waitedMs: 60_000 });
    expect(texts(first.replies)).toEqual([expect.stringContaining('你前面还有 2 位顾客在等')]);
    let record = first.record;
    for (const text of ['还要多久', '快点']) {
      const next = await turn(record, { ahead: 2, waitedMs: 90_000 }, text);
      expect(texts(next.replies)).toEqual([zhCN['notice.alreadyWithAgent.again']]);
      expect(next.replies[0].suggestedActions?.actions.map((a) => a.value)).toEqual([WITHDRAW]);
      expect(next.after.hasTag('agent')).toBe(true);
      record = next.record;
    }
  });

  test('said in full again when the place in the queue changed, after a few minutes, or when the long wait is newly due', async () => {
    const { record } = await turn(await handedOver(), { ahead: 2, waitedMs: 60_000 });
    expect(texts((await turn(record, { ahead: 1, waitedMs: 90_000 })).replies)).toEqual([expect.stringContaining('你前面还有 1 位顾客在等')]);
    const later = minutesAgo(record, WAITING_RETOLD_MS / 60_000 + 1);
    expect(texts((await turn(later, { ahead: 2, waitedMs: 5 * 60_000 })).replies)).toEqual([expect.stringContaining('你前面还有 2 位顾客在等')]);
    const long = await turn(record, { ahead: 2, waitedMs: LONG_WAIT_MS + 60_000 });
    expect(texts(long.replies)).toEqual([expect.stringContaining('让你久等了')]);
    // The apology said, the next message a moment later is short again.
    expect(texts((await turn(long.record, { ahead: 2, waitedMs: LONG_WAIT_MS + 90_000 })).replies)).toEqual([zhCN['notice.alreadyWithAgent.again']]);
  });

  test('a complaint is always answered in full: it is noted', async () => {
    const { record } = await turn(await handedOver(), { ahead: 2, waitedMs: 60_000 });
    expect(texts((await turn(record, { ahead: 2, waitedMs: 60_000 }, '我要投诉')).replies)).toEqual([
      expect.stringContaining(zhCN['notice.alreadyWithAgent.complaint']),
    ]);
  });

  test('back with the bot, nothing of the wait is kept', async () => {
    const { record } = await turn(await handedOver(), { ahead: 0, waitedMs: 1000 });
    expect(record.handoff).toMatchObject({ locale: 'zh-CN', told: { ahead: 0 } });
    const back = await runDialogueTurn({ ...base, handoffQueue: queue(true, true) }, { record, text: '取消', conversationId: 'c1' });
    expect(back.after.hasTag('agent')).toBe(false);
    expect(back.record.handoff).toBeUndefined();
  });
});

// "cancel" after one "我还在等" in an English conversation came back in Chinese: the one Chinese line made it a habit.
describe('the language of a withdrawal', () => {
  const say = (record: ConversationRecord | undefined, text: string) =>
    runDialogueTurn({ ...base, handoffQueue: queue(true, true) }, { record, text, conversationId: 'c1', activityLocale: 'zh-CN' });

  test('an English customer who wrote one Chinese line while waiting is answered "cancel" in English', async () => {
    const handed = await say(undefined, 'I want to talk to a person');
    expect(handed.record).toMatchObject({ locale: 'en-US', handoff: { locale: 'en-US' } });
    const waiting = await say(handed.record, '我还在等');
    // Answered in the words' language: the waiting line counts.
    expect(waiting.record.locale).toBe('zh-CN');
    const back = await say(waiting.record, 'cancel');
    expect(back.after.hasTag('agent')).toBe(false);
    expect(back.record.locale).toBe('en-US');
    expect(back.replies[0].locale).toBe('en-US');
  });

  test('a Chinese customer\'s "cancel" stays Chinese (a word of English is a habit, as anywhere)', async () => {
    const handed = await say(undefined, '转人工');
    const back = await say(handed.record, 'cancel');
    expect(back.after.hasTag('agent')).toBe(false);
    expect(back.replies[0].locale).toBe('zh-CN');
  });
});
