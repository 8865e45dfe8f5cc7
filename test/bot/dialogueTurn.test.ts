// One turn while a handed-over conversation waits for an agent: told one is coming, may take it back, quiet once taken.
import { modelMachine } from '../machines/dialogueModel';
import { createNlu } from '../../src/nlu';
import { runDialogueTurn, type DialogueTurnDeps, type HandoffQueue } from '../../src/bot/dialogueTurn';
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
