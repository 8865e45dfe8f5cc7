// Readings of a QA round: going to do a shop-page step now, "what now?", English questions the classifier misread, the
// other language said not understood, emoji alone, and a shop-page step said done after "not now".
import type { Account } from '../../machines/domain';
import { understandActivity } from '../../src/bot/understanding';
import { namesInEnglish } from '../../src/bot/understanding/everydayQuestions';
import { createNlu } from '../../src/nlu';
import { at } from './personaOrders';

const nlu = createNlu();
/** The whole reading at the welcome: the event, what is answered first, the language. */
const read = (text: string) => understandActivity(nlu, text, undefined, 'flow.welcome', {});

const WELCOME = 'flow.welcome';
const PHONE = 'flow.onboarding.login.awaitingPhone';
const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const TERMS = 'flow.onboarding.confirmingTerms';
const REASON = 'flow.purchase.awaitingReturnReason';
const RECEIPT = 'flow.purchase.confirmingReceipt';
const WAIT = { type: 'TOPIC_ASKED', topic: 'wait' };
const GOING_NOW = { type: 'TOPIC_ASKED', topic: 'goingNow' };
const WHAT_NOW = { type: 'TOPIC_ASKED', topic: 'whatNow' };

const account = (plus: boolean, realName: boolean): Account => ({
  accountId: 'acct_002',
  phoneMasked: '138****0002',
  plus: { active: plus },
  realName: { verified: realName },
  credit: { level: 'good', eligible: true },
  payLater: { enabled: false },
});

describe('going to do the shop-page step now is "go ahead" (not "take your time"), the step kept', () => {
  // The first two handed the customer over at the real-name step; "好的我去买" and the English one were checked as "done".
  it.each(['好的，我现在去认证', '我这就去弄', '好的我马上去买会员', '等我一下，我去买', '好的我去买', "ok I'll go buy it now", "I'll do it now", "Sure, I'm going to verify now", 'let me buy PLUS', "I'm on it"])(
    '%j at both steps',
    (text) => {
      expect(at(PLUS, text, {})).toEqual(GOING_NOW);
      expect(at(REAL_NAME, text, {})).toEqual(GOING_NOW);
    },
  );
  it.each(['我已经认证好了', '我去不了', '我现在去认证吗', "I'll buy it now?", "I've bought it", "can you do it for me", '我现在去认证好了吗'])('not %j', (text) => {
    for (const step of [PLUS, REAL_NAME]) {
      expect(at(step, text, {})).not.toEqual(GOING_NOW);
      expect(at(step, text, {})).not.toEqual(WAIT);
    }
  });
  it('said done, it is still checked', () => {
    expect(at(PLUS, '我买好了', {})).toEqual({ type: 'AFFIRM' });
    expect(at(REAL_NAME, "I've done the verification", {})).toEqual({ type: 'AFFIRM' });
  });
});

describe('"what now?" shows the step again, with a line before it', () => {
  // Each got a clarifying question (two in a row a person); "下一步做什么" only asked the step again.
  it.each(['what should I do now?', 'next step?', 'ok what now?', "what's next?", '然后呢', '下一步做什么', '我现在该干嘛', 'what now', 'hi, what do I do now?', '那接下来呢', '现在怎么办'])(
    '%j at the steps',
    (text) => {
      for (const step of [PHONE, PLUS, REAL_NAME, TERMS, RECEIPT, REASON]) expect([step, at(step, text)]).toEqual([step, WHAT_NOW]);
    },
  );
  it('at the welcome, what the bot can do, unless the classifier knows better', () => {
    expect(at(WELCOME, 'what now?', {})).toEqual({ type: 'HELP' });
    expect(at(WELCOME, 'what do I need to do?', {})).toEqual({ type: 'REQUIREMENTS', question: true });
  });
  it.each(['逾期了怎么办', 'what should I do if the goods are broken?', '然后呢我还想退货'])('not %j', (text) => {
    expect(at(REAL_NAME, text, {})).not.toEqual(WHAT_NOW);
  });
});

describe('English questions as the Chinese ones are read', () => {
  it.each(["what if I don't like the goods?", "what if I don't like the product", "what if I'm not happy with what I get?", '如果我不喜欢这个商品怎么办'])(
    '%j is the returns answer (the goods go back, not paid)',
    (text) => {
      expect(at(WELCOME, text, {})).toEqual({ type: 'RETURN', question: true });
    },
  );
  it('"I want my money back" asks for a return', () => {
    expect(at(WELCOME, 'I want my money back', {})).toEqual({ type: 'RETURN' });
  });
  it('at a return\'s reason the words are the reason', () => {
    expect(at(REASON, "I don't like the product", { orders: [], orderId: 'JD5001' })?.type).toBe('RETURN_REASON_GIVEN');
  });
  it.each([
    "I bought a rice cooker with pay later last week and it still hasn't arrived. I'm worried: will my credit be hurt if I don't pay before it comes?",
    '我上周用先用后付买了个电饭煲还没到，我担心：货到之前不付款会影响我的信用吗？',
  ])('credit and paying before the goods arrive: only paying late hurts it (%#)', (text) => {
    expect(at(WELCOME, text, {})).toEqual({ type: 'TOPIC_ASKED', topic: 'creditRecord' });
  });
  it.each(['will it cost me anything?', 'is there any fee?'])('%j is the fees answer', (text) => {
    expect(at(WELCOME, text, {})).toEqual({ type: 'TOPIC_ASKED', topic: 'fees' });
  });
  it.each(['I need help turning on 先用后付', 'I need some help enabling pay later'])('%j enables', (text) => {
    expect(at(WELCOME, text, {})).toEqual({ type: 'ENABLE' });
  });
  it('"I need help turning it off" does not', () => {
    expect(at(WELCOME, 'I need help turning it off', {})?.type).not.toBe('ENABLE');
  });
  it.each(['How do I get PLUS会员 and 实名认证 done?', '怎么开通PLUS会员和实名认证'])('%j answers both, PLUS first', (text) => {
    expect(read(text)).toMatchObject({ event: { type: 'REAL_NAME', question: true }, answersFirst: [{ type: 'PLUS', question: true }] });
  });
  it('the service\'s Chinese names in an English sentence read in English; Chinese sentences keep them', () => {
    expect(namesInEnglish('I need help turning on 先用后付')).toBe('I need help turning on pay later');
    expect(namesInEnglish('我要开通先用后付')).toBe('我要开通先用后付');
    expect(namesInEnglish('Return 电饭煲 JD5002')).toBe('Return 电饭煲 JD5002');
  });
});

describe('the other language said not understood', () => {
  it.each(["I don't understand Chinese", "sorry, I can't read Chinese", 'no Chinese please'])('%j switches to English', (text) => {
    expect(read(text)).toMatchObject({ event: { type: 'TOPIC_ASKED', topic: 'languageSwitched' }, language: 'en-US', languageAsked: true });
  });
  it('"我看不懂英文" switches to Chinese', () => {
    expect(read('我看不懂英文')).toMatchObject({ language: 'zh-CN', languageAsked: true });
  });
});

describe('emoji alone', () => {
  it.each(['😡😡😡', '😠', '🤬!!'])('%j is anger, wherever it is said', (text) => {
    for (const step of [WELCOME, PLUS, TERMS, RECEIPT]) expect(at(step, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'complaint' });
  });
  it('"👍" at the welcome is a yes to its "shall we turn it on?", thanks after "what else can I help you with?"', () => {
    expect(at(WELCOME, '👍', { welcomeAsked: true })).toEqual({ type: 'AFFIRM' });
    expect(at(WELCOME, '👍', { welcomeAsked: false })).toEqual({ type: 'THANKS' });
    expect(at(WELCOME, '👍👍', { welcomeAsked: false })).toEqual({ type: 'THANKS' });
  });
  // "k" after "what else can I help you with?" started the login.
  it.each(['k', 'ok', 'kk', 'okay!', 'ok ok', '好的', '嗯'])('%j at the welcome: a yes to "shall we turn it on?", an ok back to "what else?"', (text) => {
    expect(at(WELCOME, text, { welcomeAsked: true })).toEqual({ type: 'AFFIRM' });
    expect(at(WELCOME, text, { welcomeAsked: false })).toEqual({ type: 'TOPIC_ASKED', topic: 'acknowledged' });
  });
  it('elsewhere a "👍" keeps its reading', () => {
    expect(at(RECEIPT, '👍', { orderId: 'JD5001', welcomeAsked: false })).toEqual({ type: 'TOPIC_ASKED', topic: 'hesitantYes' });
  });
});

describe('a shop-page step said done after "not now" is rechecked as that step\'s "done"', () => {
  const verifying = { account: account(true, false) };
  it.each(["ok I'm verified now", '我已经实名认证好了', "I've been verified", 'verification is done now'])('%j claims real-name verification', (text) => {
    expect(at(WELCOME, text, verifying)).toEqual({ type: 'ENABLE', claimed: 'realName' });
  });
  it.each(['I bought PLUS, continue', '我刚买了plus 接着弄吧'])('%j claims PLUS', (text) => {
    expect(at(WELCOME, text, { account: account(false, false) })).toEqual({ type: 'ENABLE', claimed: 'plus' });
  });
  it('with nothing left to do and no "go on", nothing is claimed', () => {
    expect(at(WELCOME, "I'm verified now", { account: account(true, true) })?.type).not.toBe('ENABLE');
  });
});
