// Taking a request for a person back in ordinary words while waiting, perhaps with something asked of the bot after it:
// "还是算了吧" and "算了 不等了 你帮我查下开通了没" were answered "正在为你转接人工客服…".
import { modelMachine } from '../machines/dialogueModel';
import { createNlu } from '../../src/nlu';
import { runDialogueTurn, type DialogueTurnDeps } from '../../src/bot/dialogueTurn';
import { waitingQueue } from './waitingQueue';
import type { ConversationRecord } from '../../src/bot/conversationRecord';
import { handoffWithdrawal, requestAfterWithdrawal } from '../../src/bot/understanding';
import { zhCN } from '../../dialogs/messages/zh-CN';

// Backend calls never answer: these turns make none.
const base: DialogueTurnDeps = { machine: modelMachine, nlu: createNlu(), shopUrl: 'http://shop', maxWaitMs: 1000 };
const WAITING = '正在为你转接人工客服';

async function handedOver(): Promise<ConversationRecord> {
  const { record, after } = await runDialogueTurn(base, { record: undefined, text: '转人工', conversationId: 'c1' });
  expect(after.hasTag('agent')).toBe(true);
  return record;
}

async function whileWaiting(text: string) {
  const queue = waitingQueue();
  const turn = await runDialogueTurn({ ...base, handoffQueue: queue }, { record: await handedOver(), text, conversationId: 'c1' });
  return { ...turn, queue, text: turn.replies.map((r) => r.text ?? '').join('\n') };
}

describe('the words', () => {
  it.each(['还是算了吧', '还是算了', '算了 还是不等了', '还是不用了'])('%j takes the request back', (text) => {
    expect(handoffWithdrawal(text, undefined)).toBe('CANCEL');
  });

  it.each([
    ['算了 不等了 你帮我查下开通了没', '你帮我查下开通了没'],
    ['不用了 我还是问你吧 怎么开通', '怎么开通'],
    ['算了不等了，先用后付是什么？', '先用后付是什么？'],
    ['不用人工了 我要看我的订单', '我要看我的订单'],
  ])('%j: the words after it are %j', (text, rest) => {
    expect(requestAfterWithdrawal(text)).toBe(rest);
  });

  it.each(['取消自动续费', '先别取消', '我自己搞不定', '算了', '你帮我查下开通了没'])('%j has no request after a withdrawal', (text) => {
    expect(requestAfterWithdrawal(text)).toBeUndefined();
  });
});

describe('while no agent has taken the conversation', () => {
  test('"还是算了吧" takes the request back', async () => {
    const { after, queue, text } = await whileWaiting('还是算了吧');
    expect(queue.withdrawals).toBe(1);
    expect(after.hasTag('agent')).toBe(false);
    expect(text).toContain(zhCN['notice.handoffWithdrawn']);
    expect(text).not.toContain(WAITING);
  });

  test('"算了 不等了 你帮我查下开通了没" takes it back and checks the status (a login first)', async () => {
    const { after, queue, text } = await whileWaiting('算了 不等了 你帮我查下开通了没');
    expect(queue.withdrawals).toBe(1);
    expect(after.hasTag('agent')).toBe(false);
    expect(text).toContain(zhCN['notice.handoffWithdrawn']);
    expect(text).toContain(zhCN['notice.statusNeedsLogin']);
    expect(text).not.toContain(WAITING);
    expect(after.matches({ flow: { onboarding: { login: 'awaitingPhone' } } })).toBe(true);
  });

  test('"不用了 我还是问你吧 怎么开通" takes it back, then goes on to turning it on', async () => {
    const { after, queue, text } = await whileWaiting('不用了 我还是问你吧 怎么开通');
    expect(queue.withdrawals).toBe(1);
    expect(after.hasTag('agent')).toBe(false);
    expect(text).toContain(zhCN['notice.handoffWithdrawn']);
    expect(after.matches({ flow: { onboarding: { login: 'awaitingPhone' } } })).toBe(true);
  });

  test('"算了 不等了 先用后付是什么" takes it back and answers the question', async () => {
    const { after, text } = await whileWaiting('算了 不等了 先用后付是什么');
    expect(after.hasTag('agent')).toBe(false);
    expect(text).toContain(zhCN['faq.what_is']);
  });

  // Words for the person awaited: no request the bot takes up follows the 算了.
  it.each(['算了 我再等等', '算了 我自己搞不定', '取消自动续费', '不用了 转人工吧'])('%j stays with the person awaited', async (typed) => {
    const { after, queue, text } = await whileWaiting(typed);
    expect(queue.withdrawals).toBe(0);
    expect(after.hasTag('agent')).toBe(true);
    expect(text).toContain(WAITING);
  });
});
