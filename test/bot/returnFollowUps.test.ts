// QA (returns and payments): a yes in the return's own words, English returns with their reason, how a return requested
// is going, when goods on their way are paid, a debt disputed, and credit asked about outside returns.
import type { Account, Order } from '../../machines/domain';
import { RETURN_CONSENT } from '../../src/bot/understanding/consent';
import { at, CONFIRMING_RETURN, earbuds, LIST, persona5, persona6, REASON, returningEarbuds, riceCooker } from './personaOrders';

const ENABLED = 'flow.onboarding.enabled';
const account: Account = {
  accountId: 'a6',
  phoneMasked: '138****0006',
  plus: { active: true },
  realName: { verified: true },
  credit: { level: 'good', eligible: true },
  payLater: { enabled: true, limit: 5000 },
};
const returned: Order[] = [{ ...earbuds, status: 'return_requested' }, riceCooker];

describe('a yes in the return\'s own words at its confirmation files it (the returns FAQ, or "tap the button")', () => {
  it.each(['帮我退吧', '好的 那帮我退吧', '退吧', '那就退了吧', 'yes return it', '好的，退货吧'])('%j', (text) => {
    expect(at(CONFIRMING_RETURN, text, returningEarbuds)).toEqual({ type: 'AFFIRM' });
  });

  it.each(['不退了', '算了 不退了', '那就不退了'])('%j still takes it back', (text) => {
    expect(at(CONFIRMING_RETURN, text, returningEarbuds)).not.toEqual({ type: 'AFFIRM' });
  });

  it('at the reason step, "帮我退吧" is still no reason', () => {
    expect(RETURN_CONSENT.test('帮我退吧')).toBe(true);
    expect(at(REASON, '帮我退吧', returningEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'reasonNeeded' });
  });
});

describe('an English return with its reason keeps the reason (it was asked again)', () => {
  it.each([
    ['I want to return the earbuds because the sound is bad', 'the sound is bad'],
    ['return earbuds - left side dead', 'left side dead'],
    ['return the earbuds, they are defective', 'they are defective'],
    ["return the earbuds, it doesn't work", "it doesn't work"],
    ['return the earbuds, wrong size', 'wrong size'],
  ])('%j at the list: the earbuds\' confirmation with %j', (text, reason) => {
    expect(at(LIST, text)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001', reason });
  });

  it('"return the earbuds, thanks" keeps no reason', () => {
    expect(at(LIST, 'return the earbuds, thanks')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' });
  });
});

describe('how a return requested is going', () => {
  it.each(['上次那个退货怎么样了', '退款什么时候到', '退货进度怎么样', 'how is my return going?', 'when will my refund come?'])(
    '%j with a return requested: its status, at the list and after the status card',
    (text) => {
      expect(at(LIST, text, { orders: returned })).toEqual({ type: 'TOPIC_ASKED', topic: 'returnStatus' });
      expect(at(ENABLED, text, { orders: returned, account })).toEqual({ type: 'TOPIC_ASKED', topic: 'returnStatus' });
    },
  );

  it('with none requested, read as before', () => {
    expect(at(LIST, '退款什么时候到')).not.toEqual({ type: 'TOPIC_ASKED', topic: 'returnStatus' });
  });
});

describe('when goods on their way are paid', () => {
  it.each(['那电饭煲什么时候要付钱', '电饭煲哪天要付款', 'when is the rice cooker due?'])('%j: once it arrives (at the list and after the status card)', (text) => {
    expect(at(LIST, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'payOnArrival' });
    expect(at(ENABLED, text, { orders: persona5, account })).toEqual({ type: 'TOPIC_ASKED', topic: 'payOnArrival' });
  });

  it('of the delivered earbuds, their due date as before', () => {
    expect(at(LIST, '耳机什么时候要付钱')).toEqual({ type: 'TOPIC_ASKED', topic: 'dueDate' });
  });
});

describe('a debt disputed', () => {
  it.each(['你们是不是骗子 我根本没用过先用后付 怎么就欠钱了', '我从来没用过这个，为什么说我逾期', "I never used pay later, why do I owe money?"])(
    '%j: a colleague checks',
    (text) => {
      expect(at(ENABLED, text, { orders: persona6, account })).toEqual({ type: 'TOPIC_ASKED', topic: 'debtDisputed' });
    },
  );

  it('goods not received stay the not-received answer', () => {
    expect(at(ENABLED, '台灯我根本没收到 凭什么说我逾期', { orders: persona6, account })).toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
  });
});

describe('credit asked about outside returns', () => {
  it.each([ENABLED, LIST])('"会影响征信吗" for the overdue lamp at %s: late payment, no returns', (statePath) => {
    expect(at(statePath, '会影响征信吗', { orders: persona6, account })).toEqual({ type: 'TOPIC_ASKED', topic: 'creditRecord' });
  });

  it('returns named, or an order that can go back at hand: the returns\' answer as before', () => {
    expect(at(ENABLED, '退货会影响征信吗', { orders: persona6, account })).toEqual({ type: 'TOPIC_ASKED', topic: 'creditImpact' });
    expect(at(LIST, '会影响征信吗', { orders: persona5, account })).toEqual({ type: 'TOPIC_ASKED', topic: 'creditImpact' });
  });
});
