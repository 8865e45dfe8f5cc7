// Words that take back a request for a person while no agent has taken it: going on with the bot, in natural wording.
import { handoffWithdrawal } from '../../src/bot/understanding';

describe('taking a request for a person back to ask the bot instead', () => {
  // With an automatic handoff waiting, "不用了 我还是问你吧" was answered "正在为你转接人工客服…".
  it.each([
    '不用了 我还是问你吧',
    '不用了，我还是问你吧。',
    '算了，问你就行',
    '不用转了 我就问你吧',
    '取消吧，我直接问你',
    '不用了 你回答我就行',
    '我还是问你吧',
    '还是问机器人吧',
    "never mind, I'll just ask you",
    'no thanks, let me ask you instead',
    "I'll just ask you instead",
  ])('%j takes it back', (text) => {
    expect(handoffWithdrawal(text, undefined)).toBe('CANCEL');
  });

  // Words to the person awaited.
  it.each(['我问你个问题', '问你一下', '你帮我看看', '我问你', 'let me ask you something'])(
    '%j is for the agent',
    (text) => {
      expect(handoffWithdrawal(text, undefined)).toBeUndefined();
    },
  );
});
