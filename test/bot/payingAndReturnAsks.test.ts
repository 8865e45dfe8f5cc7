// A QA re-probe of persona 13800000005's questions about paying and returning: the due date by its own name, paying before
// trying the goods, trying them first, the money of a return filed, taking that return back, the sum at the payment, buying
// with pay-later, and the enabled step's 「看看怎么用」 typed with words around it.
import { at, CONFIRMING_RECEIPT, CONFIRMING_RETURN, earbuds, lamp, LIST, persona5, persona5Account, persona6, REASON } from './personaOrders';
import type { Referents } from '../../src/bot/understanding';

const ENABLED = 'flow.onboarding.enabled';
const WELCOME = 'flow.welcome';
const MENU = 'flow.purchase.menu';
/** Logged in, pay-later on, the orders fetched. */
const loggedIn: Referents = { account: persona5Account, orders: persona5 };
const payingEarbuds: Referents = { ...loggedIn, orderId: 'JD5001' };
/** The earbuds' return filed. */
const returnFiled: Referents = {
  account: persona5Account,
  orders: persona5.map((o) => (o === earbuds ? { ...o, status: 'return_requested' as const } : o)),
};

describe('the due date asked by its own name', () => {
  it.each([LIST, MENU, CONFIRMING_RECEIPT])('"截止日期是哪天" at %s is the due dates (it got the FAQ on paying)', (path) => {
    expect(at(path, '截止日期是哪天', payingEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'dueDate' });
    expect(at(path, '最后期限是几号', payingEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'dueDate' });
  });

  it.each([ENABLED, WELCOME])('at %s, logged in with pay-later on, it is their orders, where the words are read again', (path) => {
    expect(at(path, '截止日期是哪天', loggedIn)).toEqual({ type: 'ORDERS', question: true });
  });

  it('before the login it is still the FAQ on paying; what happens after the date is too', () => {
    expect(at(WELCOME, '截止日期是哪天', {})).toEqual({ type: 'PAY', question: true });
    expect(at(LIST, '截止日期过了会怎样', loggedIn)).not.toEqual({ type: 'TOPIC_ASKED', topic: 'dueDate' });
  });
});

describe('paying before trying the goods', () => {
  it.each([WELCOME, ENABLED, LIST, CONFIRMING_RECEIPT])('"耳机到了 但是还没试 要马上付吗" at %s: no rush, try them first', (path) => {
    expect(at(path, '耳机到了 但是还没试 要马上付吗', payingEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'tryBeforePaying' });
  });

  it.each(['要马上付吗', '现在就得付款吗', '是不是收到就要付钱', '能不能先试试再付', 'do I have to pay right away?', 'can I try them first?'])(
    '%j the same, before the login too',
    (words) => {
      expect(at(LIST, words, loggedIn)).toEqual({ type: 'TOPIC_ASKED', topic: 'tryBeforePaying' });
      expect(at(WELCOME, words, {})).toEqual({ type: 'TOPIC_ASKED', topic: 'tryBeforePaying' });
    },
  );

  it('of the rice cooker on its way, paid once it arrives; of an overdue lamp, never "no rush"', () => {
    expect(at(LIST, '电饭煲要马上付吗', loggedIn)).toEqual({ type: 'TOPIC_ASKED', topic: 'payOnArrival' });
    expect(at(LIST, '台灯要马上付吗', { orders: persona6 })).not.toEqual({ type: 'TOPIC_ASKED', topic: 'tryBeforePaying' });
    expect(at(LIST, '要马上付吗', { orders: [lamp] })).not.toEqual({ type: 'TOPIC_ASKED', topic: 'tryBeforePaying' });
  });

  it('paying asked for, or whether it can be paid now, is no such question', () => {
    expect(at(LIST, '我要马上付', loggedIn)).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' });
    expect(at(LIST, '可以马上付吗', loggedIn)).not.toEqual({ type: 'TOPIC_ASKED', topic: 'tryBeforePaying' });
  });

  it.each([LIST, ENABLED, CONFIRMING_RECEIPT, REASON])('"好的我试完再说" at %s is taking time (at the list it was a yes: the list again)', (path) => {
    expect(at(path, '好的我试完再说', payingEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'wait' });
    expect(at(path, '我先用几天再说', payingEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'wait' });
    expect(at(path, "ok I'll try them first", payingEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'wait' });
  });
});

describe('after the earbuds\' return is filed', () => {
  it.each([LIST, ENABLED])('"钱什么时候退给我" at %s is how the return goes: nothing paid, nothing to refund', (path) => {
    expect(at(path, '钱什么时候退给我', returnFiled)).toEqual({ type: 'TOPIC_ASKED', topic: 'returnStatus' });
    expect(at(path, '什么时候把钱还给我', returnFiled)).toEqual({ type: 'TOPIC_ASKED', topic: 'returnStatus' });
  });

  it('with no return filed, the refund answer (returned before paying); "钱什么时候还" is paying', () => {
    expect(at(LIST, '钱什么时候退给我', loggedIn)).toEqual({ type: 'TOPIC_ASKED', topic: 'refund' });
    expect(at(LIST, '钱什么时候还', loggedIn)).not.toEqual({ type: 'TOPIC_ASKED', topic: 'refund' });
  });

  it.each([LIST, ENABLED])('"我后悔了 不退了 能撤销吗" at %s: it cannot be taken back here (not understood)', (path) => {
    expect(at(path, '我后悔了 不退了 能撤销吗', returnFiled)).toEqual({ type: 'TOPIC_ASKED', topic: 'returnWithdrawal' });
    expect(at(path, '不退了 能撤回吗', returnFiled)).toEqual({ type: 'TOPIC_ASKED', topic: 'returnWithdrawal' });
  });

  it('at a return of its own, "不退了" still takes that return back', () => {
    expect(at(CONFIRMING_RETURN, '不退了', { ...returnFiled, orderId: 'JD5002' })).toEqual({ type: 'DENY' });
  });
});

describe('the sum at the payment\'s confirmation', () => {
  it.each(['付多少', '要付多少', '多少钱', 'how much is it?'])('%j is what the order comes to (it left for the list)', (words) => {
    expect(at(CONFIRMING_RECEIPT, words, payingEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'orderAmount' });
  });

  it('the sum of all orders, or other money, is not', () => {
    expect(at(CONFIRMING_RECEIPT, '我一共欠多少钱', payingEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'amountDue' });
    expect(at(CONFIRMING_RECEIPT, '额度还有多少', payingEarbuds)).not.toEqual({ type: 'TOPIC_ASKED', topic: 'orderAmount' });
  });
});

describe('buying with pay-later', () => {
  it.each(['我想用先用后付买个冰箱', '买电视可以用先用后付吗', 'I want to buy a TV with pay later'])('%j is how to choose it at checkout', (words) => {
    expect(at(WELCOME, words, {})).toEqual({ type: 'CHECKOUT' });
    expect(at(ENABLED, words, loggedIn)).toEqual({ type: 'CHECKOUT' });
  });

  it('goods already bought with it are an order of theirs', () => {
    expect(at(WELCOME, '用先用后付买的耳机坏了', loggedIn)?.type).not.toBe('CHECKOUT');
  });
});

describe('「看看怎么用」 typed with words around it', () => {
  it.each(['看看怎么用吧', '那看看怎么用吧', '那就看看怎么用吧'])('%j at the enabled step is its button', (words) => {
    expect(at(ENABLED, words, loggedIn)).toEqual({ type: 'CHECKOUT' });
  });

  it.each([WELCOME, MENU, LIST])('at %s, where it is remembered, how to use it, as "看看怎么用" is', (path) => {
    expect(at(path, '看看怎么用吧', loggedIn)).toEqual({ type: 'CHECKOUT', question: true });
    expect(at(path, '那看看怎么用吧', loggedIn)).toEqual({ type: 'CHECKOUT', question: true });
  });

  it('"那就看看吧" to "shall we look at your orders first?" is a yes; "看看怎么用吗" asks', () => {
    expect(at(ENABLED, '那就看看吧', loggedIn)).toEqual({ type: 'AFFIRM' });
    expect(at(ENABLED, '看看怎么用吗', loggedIn)).not.toEqual({ type: 'CHECKOUT' });
  });
});
