// Readings a QA round left over at the onboarding: real-name said done with PLUS said not done, the limit asked before
// pay-later is on, goods never got said away from the list, a sentence left unfinished.
import type { Account } from '../../machines/domain';
import { at, persona5, persona6 } from './personaOrders';

const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const TERMS = 'flow.onboarding.confirmingTerms';
const WELCOME = 'flow.welcome';
const ENABLED = 'flow.onboarding.enabled';

const account = (enabled: boolean): Account =>
  ({ accountId: 'acct', plus: { active: true }, realName: { verified: true }, credit: { eligible: true }, payLater: { enabled } }) as unknown as Account;

describe('real-name said done and PLUS said not done, at the PLUS step', () => {
  it.each(['我实名了，PLUS还没买', '我已经实名认证了，但是会员还没开', '实名做完了 plus没买', 'PLUS还没买，不过我实名了', "I've verified, but I haven't bought PLUS yet"])(
    '%j is told real-name comes after PLUS',
    (text) => {
      expect(at(PLUS, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'realNameAfterPlus' });
    },
  );

  it.each(['我没实名，PLUS也没买', '还没实名过，PLUS还没买', '我实名了吗？PLUS还没买', 'PLUS买了，也实名了', '实名了，PLUS还没买，转人工'])('%j is not', (text) => {
    expect(at(PLUS, text)).not.toEqual({ type: 'TOPIC_ASKED', topic: 'realNameAfterPlus' });
  });
});

describe('the limit asked before pay-later is on', () => {
  it.each([PLUS, REAL_NAME, TERMS])('at %s, "额度是多少" and "what is my credit limit?" get the limit answer', (path) => {
    for (const text of ['额度是多少', 'what is my credit limit?']) {
      expect(at(path, text, { account: account(false) })).toEqual({ type: 'TOPIC_ASKED', topic: 'creditLimit' });
    }
  });

  it('anywhere with pay-later known to be off, too; with it on, the status card (which shows the limit)', () => {
    expect(at(WELCOME, '额度是多少', { account: account(false) })).toEqual({ type: 'TOPIC_ASKED', topic: 'creditLimit' });
    expect(at(WELCOME, '额度是多少', { account: account(true) })).toEqual({ type: 'STATUS' });
    expect(at(ENABLED, '额度是多少', { account: account(true), orders: persona6 })).toEqual({ type: 'STATUS' });
  });
});

describe('goods never got, said of the customer\'s own listed goods away from the list', () => {
  const loggedIn = { account: account(true), orders: persona6 };

  it.each(['I never even got the lamp', 'I never got my package', '台灯我根本没收到', '我的快递一直没收到'])('%j is goods not received', (text) => {
    expect(at(ENABLED, text, loggedIn)).toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
    expect(at(WELCOME, text, loggedIn)).toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
  });

  it('not without orders at hand, nor a code, nor what names no goods of theirs', () => {
    expect(at(WELCOME, '我的东西没收到', {})).not.toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
    expect(at(WELCOME, 'I never got the lamp', {})).not.toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
    for (const text of ['验证码没收到', '我还没收到通知', '发票没收到']) {
      expect(at(ENABLED, text, loggedIn)).not.toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
    }
    expect(at('flow.purchase.awaitingReturnReason', '耳机没收到', { orders: persona5, orderId: 'JD5001' })).not.toEqual({
      type: 'TOPIC_ASKED',
      topic: 'notReceived',
    });
  });
});

describe('a sentence left unfinished ("嗯嗯那个")', () => {
  it.each([REAL_NAME, PLUS, WELCOME])('at %s is no yes: take your time', (path) => {
    for (const text of ['嗯嗯那个', '那个', '嗯…那个…', '呃 那个']) expect(at(path, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'wait' });
  });

  it('"那个" that names something is still read as before', () => {
    expect(at(REAL_NAME, '那个链接打不开')).not.toEqual({ type: 'TOPIC_ASKED', topic: 'wait' });
    expect(at(REAL_NAME, '嗯嗯')).toEqual({ type: 'RETRY' });
  });
});
