// Readings of a QA round: wanting pay-later after all or in a few plain words, going to buy PLUS, the onboarding taken up
// again with a step done, and the option not seen at checkout.
import type { Account } from '../../machines/domain';
import { ENABLE_AFTER_ALL } from '../../src/bot/understanding/changeOfMind';
import { at } from './personaOrders';

const WELCOME = 'flow.welcome';
const TERMS = 'flow.onboarding.confirmingTerms';
const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const REASON = 'flow.purchase.awaitingReturnReason';
const RECEIPT = 'flow.purchase.confirmingReceipt';

const account = (over: { plus?: boolean; realName?: boolean; payLater?: boolean }): Account => ({
  accountId: 'acct_001',
  phoneMasked: '138****0001',
  plus: { active: over.plus ?? false },
  realName: { verified: over.realName ?? false },
  credit: { level: 'good', eligible: true },
  payLater: { enabled: over.payLater ?? false },
});
/** 13800000001 as last seen: PLUS and real-name verification still to do. */
const withoutPlus = { account: account({}) };

describe('wanting it after all, or in a few plain words', () => {
  // Each got a clarifying question at the welcome ("就是开通啊" under it handed the customer over).
  it.each(['其实我还是想开', '就是开通啊', '继续开通', '开吧', '额 还是开吧 刚才手滑', '刚才手滑了，其实我还是想开', '我要继续开通', '那开吧', '开啊', '我是说开通'])(
    '%j enables at the welcome and accepts the terms at the terms',
    (text) => {
      expect(at(WELCOME, text, {})).toEqual({ type: 'ENABLE' });
      expect(at(TERMS, text, {})).toEqual({ type: 'AFFIRM' });
    },
  );
  it.each(['先不开了', '还是算了吧', '算了', '开吧？', '不开吧', '开发票吧', '额 刚才手滑'])('%j is not turning it on', (text) => {
    expect(at(WELCOME, text, {})?.type).not.toBe('ENABLE');
    expect(at(TERMS, text, {})?.type).not.toBe('AFFIRM');
  });
  it('long runs of openers are read at once', () => {
    const started = Date.now();
    for (const text of ['额 '.repeat(3000) + '不', '刚才手滑了'.repeat(800) + 'x', '那'.repeat(4000) + '开']) ENABLE_AFTER_ALL.test(text);
    expect(Date.now() - started).toBeLessThan(200);
  });
});

describe('in English, wanting it after a decline', () => {
  // Right after "no" at the terms (the short menu to a logged-in customer without pay-later): "actually I do want it" was
  // not understood, "go ahead then" got the menu again.
  const declined = { account: account({}), welcomeAsked: false };
  const english = ['actually I do want it', 'actually I want it', 'I changed my mind, turn it on', 'go ahead then', "ok let's do it", 'on second thought, yes'];
  it.each(english)('%j right after a decline enables', (text) => {
    expect(at(WELCOME, text, declined)).toEqual({ type: 'ENABLE' });
  });
  it.each(['actually I do want it', 'actually I want it', 'I changed my mind, turn it on'])('%j at the terms accepts them', (text) => {
    expect(at(TERMS, text, {})).toEqual({ type: 'AFFIRM' });
  });
  it.each(['go ahead then', "ok let's do it", 'actually I do want it'])('%j answering another question is no enabling', (text) => {
    expect(at(RECEIPT, text, { orders: [], orderId: 'JD5001' })?.type).not.toBe('ENABLE');
    expect(at(PLUS, text, withoutPlus)?.type).not.toBe('ENABLE');
    // To the greeting's "shall we turn it on?" a yes is its yes.
    expect(at(WELCOME, text, { ...declined, welcomeAsked: true })?.type).not.toBe('ENABLE');
    // Pay-later on: nothing was declined.
    expect(at(WELCOME, text, { account: account({ payLater: true }), welcomeAsked: false })?.type).not.toBe('ENABLE');
  });
  it.each(['yes', 'ok', "actually I don't want it", 'go ahead then?', 'I want it returned'])('%j right after a decline is no enabling', (text) => {
    expect(at(WELCOME, text, declined)?.type).not.toBe('ENABLE');
  });
});

describe('going to buy PLUS after an ok is going now ("go ahead")', () => {
  // "好吧 那我去买一下" got a clarifying question; "我去买plus了 等我一下" was already understood.
  it.each(['好吧 那我去买一下', '那我去买一下', '好的 我去买plus一下', '好吧 我去买plus了'])('%j at the PLUS step', (text) => {
    expect(at(PLUS, text, {})).toEqual({ type: 'TOPIC_ASKED', topic: 'goingNow' });
  });
  it('"行 我去实名认证一下" at the real-name step', () => {
    expect(at(REAL_NAME, '行 我去实名认证一下', {})).toEqual({ type: 'TOPIC_ASKED', topic: 'goingNow' });
  });
  it.each(['好吧 那我不去买了', '我去买一下吗'])('not %j', (text) => {
    expect(at(PLUS, text, {})).not.toEqual({ type: 'TOPIC_ASKED', topic: 'wait' });
    expect(at(PLUS, text, {})).not.toEqual({ type: 'TOPIC_ASKED', topic: 'goingNow' });
  });
});

describe('away from the onboarding, a shop-page step said done takes it up again', () => {
  // "我刚买了plus 接着弄吧" after "暂不开通" at the PLUS step got the PLUS explainer and the menu.
  it.each(['我刚买了plus 接着弄吧', '我刚买了plus', 'plus买好了，继续吧', '我实名认证好了 下一步', "I just bought PLUS, let's continue"])(
    '%j from a customer still without PLUS goes on',
    (text) => {
      // With the step said done (test/bot/everydayAsks.test.ts): the recheck tells a step not done yet.
      expect(at(WELCOME, text, withoutPlus)).toMatchObject({ type: 'ENABLE' });
      expect(at('flow.purchase.checkoutGuide', text, withoutPlus)).toMatchObject({ type: 'ENABLE' });
    },
  );
  it('asked to go on, it goes on whatever is known of the account', () => {
    expect(at(WELCOME, '我刚买了plus 接着弄吧', {})).toEqual({ type: 'ENABLE', claimed: 'plus' });
  });
  it('said alone, only where the account as last seen lacks a step', () => {
    expect(at(WELCOME, '我刚买了plus', {})?.type).not.toBe('ENABLE');
    expect(at(WELCOME, '我刚买了plus', { account: account({ plus: true, realName: true, payLater: true }) })?.type).not.toBe('ENABLE');
  });
  it.each(['我刚买了plus怎么还不能用', '我买了plus吗', '我没买plus'])('not %j', (text) => {
    expect(at(WELCOME, text, withoutPlus)?.type).not.toBe('ENABLE');
  });
  it('at the onboarding\'s own steps and at a payment the step reads it', () => {
    expect(at(PLUS, '我刚买了plus 接着弄吧', withoutPlus)).toEqual({ type: 'AFFIRM' });
    expect(at(RECEIPT, '我刚买了plus 接着弄吧', withoutPlus)?.type).not.toBe('ENABLE');
  });
});

describe('the option not seen at checkout, left unsaid, is asked as in full', () => {
  const full = '为什么结算页看不到先用后付选项';
  // "结算的时候没看到" got the checkout steps or a clarifying question.
  it.each(['结算的时候没看到', '结算页找不到啊', '下单时怎么没看到', "I can't see it at checkout"])('%j', (text) => {
    for (const step of [WELCOME, PLUS, 'flow.purchase.checkoutGuide']) {
      expect(at(step, text, withoutPlus)).toEqual({ type: 'STATUS' });
      expect(at(step, full, withoutPlus)?.type).toBe('STATUS');
    }
    const on = { account: account({ plus: true, realName: true, payLater: true }) };
    expect(at('flow.onboarding.enabled', text, on)).toEqual({ type: 'TOPIC_ASKED', topic: 'optionNotShown' });
    expect(at('flow.onboarding.enabled', full, on)).toEqual({ type: 'TOPIC_ASKED', topic: 'optionNotShown' });
  });
  it('where words are a return\'s reason, they are the reason', () => {
    expect(at(REASON, '结算的时候没看到', { orders: [], orderId: 'JD5001' })?.type).toBe('RETURN_REASON_GIVEN');
  });
  it('"付款没看到" is no such question', () => {
    expect(at(WELCOME, '付款没看到', withoutPlus)?.type).not.toBe('STATUS');
  });
});
