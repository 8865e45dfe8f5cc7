// One turn while a handed-over conversation waits for an agent: told one is coming, may take it back, quiet once taken.
import { modelMachine } from '../machines/dialogueModel';
import { createNlu } from '../../src/nlu';
import { LONG_WAIT_MS, runDialogueTurn, type DialogueTurnDeps, type HandoffQueue, type QueuePlace } from '../../src/bot/dialogueTurn';
import type { ConversationRecord } from '../../src/bot/conversationRecord';

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
