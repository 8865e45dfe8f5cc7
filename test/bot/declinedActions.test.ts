// Paying or returning refused (persona 5: earbuds delivered to pay, a rice cooker on its way, shoes paid): "i don't want to
// pay" and its kin were read as paying (the earbuds' payment after the login), "我不想退" at a payment as the return. Also the
// goods found fine said alone at the return's reason, "有点问题" there, and "电饭煲不想要了，可以退吗" with the orders known.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import type { Referents } from '../../src/bot/understanding';
import { plainAction } from '../../src/bot/orderMention';
import { CONFIRMING_RECEIPT, CONFIRMING_RETURN, LIST, persona5, persona5Account, REASON, returningEarbuds } from './personaOrders';

const nlu = createNlu();
const read = (text: string, statePath: string, referents: Referents) => understandRequests(nlu, text, undefined, statePath, referents);
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });
const WELCOME = 'flow.welcome';
const ENABLED = 'flow.onboarding.enabled';
const loggedIn: Referents = { account: persona5Account, orders: persona5 };
const atList: Referents = { account: persona5Account, orders: persona5 };
const payingEarbuds: Referents = { ...loggedIn, orderId: 'JD5001' };

const NOT_PAYING = ["i don't want to pay", 'I do not want to pay for the earbuds', "don't pay it", 'not paying', 'i dont wanna pay', '我不想付', '我不要付款', '先别付'];
const NOT_RETURNING = ["don't return it", '我不想退', "i don't want to return the earbuds"];

describe('paying refused is never a payment', () => {
  it.each(NOT_PAYING)('%j at the payment is its no: the order stays unpaid', (text) => {
    expect(read(text, CONFIRMING_RECEIPT, payingEarbuds).event).toEqual({ type: 'DENY' });
  });

  it.each(NOT_PAYING.filter((text) => !text.includes('earbuds')))('%j at the list, after the status card, at the welcome: the order stays as it is', (text) => {
    for (const [step, referents] of [[LIST, atList], [ENABLED, loggedIn], [WELCOME, loggedIn], [WELCOME, {}]] as const) {
      expect(read(text, step, referents).event).toEqual(topic('orderStaysAsIs'));
    }
  });

  it('"I do not want to pay for the earbuds" after the status card, at the welcome and at the list: the same', () => {
    const text = 'I do not want to pay for the earbuds';
    for (const step of [ENABLED, WELCOME]) expect(read(text, step, loggedIn).event).toEqual(topic('orderStaysAsIs'));
    expect(read(text, LIST, atList).event).toEqual(topic('orderStaysAsIs'));
  });

  it.each(['我不想付', "i don't want to pay"])('%j to the earbuds named at the list leaves them as they are', (text) => {
    expect(read(text, LIST, { ...atList, orderId: 'JD5001' }).event).toEqual({ type: 'DENY' });
  });

  it.each(NOT_PAYING)('%j at the return\'s confirmation is no payment', (text) => {
    const event = read(text, CONFIRMING_RETURN, { ...returningEarbuds, returnReason: 'quality' }).event;
    expect(event?.type).not.toMatch(/PAY/);
  });

  it('without an apostrophe the list chooses no payment either', () => {
    expect(plainAction('i dont wanna pay')).toBeUndefined();
    expect(read('i dont wanna pay for the earbuds', LIST, atList).event).toEqual(topic('orderStaysAsIs'));
  });

  it('paying refused and a return asked about is that question ("我不想付款，能退吗")', () => {
    expect(read('我不想付款，能退吗', ENABLED, loggedIn).event).toEqual({ type: 'RETURN', question: true });
  });

  it.each([
    ['不想付会怎样', { type: 'PAY', question: true }],
    ['不付了，我要退货', { type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' }],
  ])('%j at the payment is read as before', (text, event) => {
    expect(read(text, CONFIRMING_RECEIPT, payingEarbuds).event).toEqual(event);
  });

  it.each(['要不先付了吧', '我还没付款', '付不了', '不想付利息', "I don't want to pay for PLUS"])('%j refuses no order\'s payment', (text) => {
    expect(read(text, ENABLED, loggedIn).event).not.toEqual(topic('orderStaysAsIs'));
  });

  it('"I don\'t want to pay for PLUS" starts no payment either', () => {
    expect(read("I don't want to pay for PLUS", WELCOME, {}).event?.type).not.toBe('PAY');
  });
});

describe('returning refused is never a return', () => {
  it.each(NOT_RETURNING)('%j at the payment: no return, the order stays as it is', (text) => {
    expect(read(text, CONFIRMING_RECEIPT, payingEarbuds).event).toEqual(topic('orderStaysAsIs'));
  });

  it.each(NOT_RETURNING.filter((text) => !text.includes('earbuds')))('%j at the list and after the status card: the order stays as it is', (text) => {
    for (const [step, referents] of [[LIST, atList], [ENABLED, loggedIn], [WELCOME, {}]] as const) {
      expect(read(text, step, referents).event).toEqual(topic('orderStaysAsIs'));
    }
  });

  it.each(NOT_RETURNING)('%j at the reason step takes the return back', (text) => {
    expect(read(text, REASON, returningEarbuds).event).toEqual({ type: 'DENY' });
  });
});

describe('the goods found fine, said alone at the return\'s reason: whether to keep the order', () => {
  it.each(['其实挺好的', "actually they're fine", '耳机挺好的'])('%j is no reason', (text) => {
    expect(read(text, REASON, returningEarbuds).event).toEqual(topic('goodsFineAfterAll'));
  });

  it.each(['其实挺好的，付款吧', "they're ok actually. pay for them"])('%j still pays for them', (text) => {
    expect(read(text, REASON, returningEarbuds).event).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' });
  });

  it('a bare "好的" there asks nothing of the kind', () => {
    expect(read('好的', REASON, returningEarbuds).event).not.toEqual(topic('goodsFineAfterAll'));
  });
});

describe('"有点问题"', () => {
  it('at the reason step is the reason', () => {
    expect(read('有点问题', REASON, returningEarbuds).event).toEqual({ type: 'RETURN_REASON_GIVEN', reason: '有点问题' });
  });

  it('elsewhere, a question still coming', () => {
    for (const [step, referents] of [[LIST, { ...atList, orderId: 'JD5001' }], [WELCOME, {}]] as const) {
      expect(read('有点问题', step, referents).event).toEqual(topic('questionComing'));
    }
  });
});

describe('"电饭煲不想要了，可以退吗" with the orders known: yes in a line, not the general returns\' answer', () => {
  const text = '电饭煲不想要了，可以退吗';

  it('at the list: the rice cooker\'s return, not wanted', () => {
    const understood = read(text, LIST, atList);
    expect(understood.event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002', reason: 'not_wanted' });
    expect(understood.answersFirst).toEqual([topic('returnPossible')]);
  });

  it('after the status card: a return, the list choosing the order', () => {
    const understood = read(text, ENABLED, loggedIn);
    expect(understood.event).toEqual({ type: 'RETURN' });
    expect(understood.answersFirst).toEqual([topic('returnPossible')]);
  });

  it('of the paid shoes, or before the login: no yes', () => {
    expect(read('跑步鞋不想要了，可以退吗', ENABLED, loggedIn).answersFirst).not.toContainEqual(topic('returnPossible'));
    expect(read(text, WELCOME, {}).answersFirst).not.toContainEqual(topic('returnPossible'));
  });
});
