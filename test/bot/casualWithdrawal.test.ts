// Taking a request for a person back in everyday words while no agent has taken it: "nvm", "cancel that", "actually cancel",
// "no need anymore", "forget it, I'll do it myself" were told a colleague was on the way, the conversation kept queued.
import { modelMachine } from '../machines/dialogueModel';
import { createNlu } from '../../src/nlu';
import { runDialogueTurn, type DialogueTurnDeps } from '../../src/bot/dialogueTurn';
import { waitingQueue } from './waitingQueue';
import type { ConversationRecord } from '../../src/bot/conversationRecord';
import { handoffWithdrawal } from '../../src/bot/understanding';
import { enUS } from '../../dialogs/messages/en-US';

// Backend calls never answer: these turns make none.
const base: DialogueTurnDeps = { machine: modelMachine, nlu: createNlu(), shopUrl: 'http://shop', maxWaitMs: 1000 };

async function handedOver(): Promise<ConversationRecord> {
  const { record, after } = await runDialogueTurn(base, { record: undefined, text: 'talk to a human', activityLocale: 'en-US', conversationId: 'c1' });
  expect(after.hasTag('agent')).toBe(true);
  return record;
}

async function whileWaiting(text: string) {
  const queue = waitingQueue();
  const turn = await runDialogueTurn(
    { ...base, handoffQueue: queue },
    { record: await handedOver(), text, activityLocale: 'en-US', conversationId: 'c1' },
  );
  return { ...turn, queue, text: turn.replies.map((r) => r.text ?? '').join('\n') };
}

const ENGLISH = ['nvm', 'cancel that', 'actually cancel', 'no need anymore', "forget it, I'll do it myself", 'actually never mind', "I'll do it myself"];

describe('the words', () => {
  it.each([...ENGLISH, '算了', '不用了', '不需要了', '我自己弄', '我自己来吧', '我自己弄好了'])('%j takes the request back', (text) => {
    expect(handoffWithdrawal(text, undefined)).toBe('CANCEL');
  });

  // Words for the person awaited.
  it.each(['我自己搞不定', 'cancel my order', "I can't do it myself", 'forget my password'])('%j is for the agent', (text) => {
    expect(handoffWithdrawal(text, undefined)).toBeUndefined();
  });
});

describe('said while waiting for a person', () => {
  test.each(ENGLISH)('%j takes the request back: out of the queue, and the bot carries on', async (typed) => {
    const { after, queue, text } = await whileWaiting(typed);
    expect(queue.withdrawals).toBe(1);
    expect(after.hasTag('agent')).toBe(false);
    expect(text).toContain(enUS['notice.handoffWithdrawn']);
    expect(text).not.toContain('say "cancel"');
  });
});
