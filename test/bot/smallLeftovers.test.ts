// Small leftovers of the QA rounds, as readings: a return taken back with 那就, when a shop-page step is done asked (no
// claim of done), PLUS bought and not shown, trying again asked after the credit refusal was left, an overdue text
// reported with puzzled question marks.
import type { Account } from '../../machines/domain';
import { at, CONFIRMING_RETURN, poorCredit, returningEarbuds } from './personaOrders';

const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const refused = poorCredit;

describe('the return taken back with 那就 at its confirmation (it was not understood)', () => {
  it.each(['那就不退了吧', '那就不退了', '那不退了吧'])('%j takes it back, as "不退了" does', (text) => {
    expect(at(CONFIRMING_RETURN, text, returningEarbuds)).toEqual({ type: 'DENY' });
  });
});

describe('when a shop-page step is done, asked: its time, no recheck (完成 read as "done")', () => {
  it.each([
    [REAL_NAME, '认证什么时候能完成', 'realNameTime'],
    [REAL_NAME, '实名什么时候完成', 'realNameTime'],
    [REAL_NAME, 'when will the verification be done', 'realNameTime'],
    [PLUS, 'PLUS什么时候生效', 'plusTime'],
    [PLUS, 'plus什么时候能好', 'plusTime'],
    [PLUS, 'when will plus be active', 'plusTime'],
  ])('at %s, %j: %s', (step, text, topic) => {
    expect(at(step, text, {})).toEqual({ type: 'TOPIC_ASKED', topic });
  });

  it.each([[REAL_NAME, '认证完成了'], [PLUS, 'plus买好了']])('at %s, %j is still a claim of done', (step, text) => {
    expect(at(step, text, {})).toEqual({ type: 'AFFIRM' });
  });
});

describe('the step named done, then "怎么还没…": checked again, as "怎么还没好" is', () => {
  it.each([[PLUS, '我买了plus怎么还没显示'], [PLUS, '我已经开通了会员 怎么还没生效'], [REAL_NAME, '认证了怎么还没显示']])('at %s, %j', (step, text) => {
    expect(at(step, text, {})).toEqual({ type: 'AFFIRM' });
  });

  it('"我买了plus 怎么弄下一步" is no recheck', () => {
    expect(at(PLUS, '我买了plus 怎么弄下一步', {})).not.toEqual({ type: 'AFFIRM' });
  });
});

describe('trying again asked after the credit refusal was left (a clarifying question offering 结算时怎么用)', () => {
  it.each(['下个月能再试吗', 'can I try again next month', '以后还能重新申请吗'])('%j at the menu of a refused account: creditRetry', (text) => {
    expect(at('flow.welcome', text, { account: refused })).toEqual({ type: 'TOPIC_ASKED', topic: 'creditRetry' });
  });

  it('of an account the check did not refuse, read as before', () => {
    const eligible: Account = { ...refused, credit: { level: 'good', eligible: true } };
    expect(at('flow.welcome', '下个月能再试吗', { account: eligible })).not.toEqual({ type: 'TOPIC_ASKED', topic: 'creditRetry' });
  });

  it('"重新开始" of a refused account is no retry question', () => {
    expect(at('flow.welcome', '重新开始', { account: refused })).not.toEqual({ type: 'TOPIC_ASKED', topic: 'creditRetry' });
  });
});

describe('an overdue text reported with puzzled question marks is a report, not a question about paying', () => {
  // Not paying either ("To confirm receipt and pay, I need you to log in first"): the orders (test/bot/orderMisreadingsFiveSix).
  it.each(['hi i got a text saying im overdue??', '短信说我逾期了??', 'got an sms saying im overdue?'])('%j: the orders, not asked', (text) => {
    expect(at('flow.welcome', text, {})).toEqual({ type: 'ORDERS' });
  });

  it('"…what happens now?" still asks', () => {
    expect(at('flow.welcome', 'i got a text saying im overdue, what happens now?', {})).toEqual({ type: 'PAY', question: true });
  });
});
