// Orders misread for personas 5 and 6: an overdue text told in English before the login read as paying, "don't pay,
// return it" as a question about the earbuds, "耳机不需要退" as nothing declined, "凭什么说我逾期了" as paying, and two
// order actions joined by 和/并且/然后 not split as "…and return the rice cooker" is.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import type { Referents } from '../../src/bot/understanding';
import { at, earbuds, LIST, persona5, persona6, persona6Account } from './personaOrders';

const nlu = createNlu();
const WELCOME = 'flow.welcome';
const read = (statePath: string, text: string, referents: Referents = {}) => understandRequests(nlu, text, undefined, statePath, referents);
const lampCustomer: Referents = { account: persona6Account, orders: persona6 };

describe('told by a text that they are overdue, before the login: their orders, not a payment', () => {
  // "To confirm receipt and pay, I need you to log in first": they asked nothing of paying.
  it.each([
    'hi, I got an sms saying my order is overdue??',
    'I got a text saying my order is overdue',
    'I got a message saying overdue',
    "got a message that I'm overdue",
    '收到短信说我逾期了',
  ])('%j at the welcome logs in to look at the orders, whose list reads the words again', (text) => {
    expect(at(WELCOME, text, {})).toEqual({ type: 'ORDERS' });
    expect(at(LIST, text, lampCustomer)).toEqual({ type: 'TOPIC_ASKED', topic: 'overdueMessage' });
  });
});

describe('at the list, not paying said with a return: the return', () => {
  it.each(['不想付款，把耳机退了', '耳机不付了，退了吧'])('%j starts the earbuds\' return', (text) => {
    expect(at(LIST, text)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: earbuds.orderId });
  });

  it('"耳机不需要退" declines the return as "耳机不退了" does: the order left as it is', () => {
    expect(at(LIST, '耳机不需要退')).toEqual({ type: 'TOPIC_ASKED', topic: 'orderStaysAsIs' });
    expect(at(LIST, '耳机不需要退')).toEqual(at(LIST, '耳机不退了'));
  });
});

describe('the overdue status disputed at the list of an overdue order', () => {
  // Read as paying: the list again, as if to pay the lamp.
  it('"凭什么说我逾期了" gets the answer "I never received the lamp, why should I pay" gets: don\'t pay yet, a person checks', () => {
    expect(at(LIST, '凭什么说我逾期了', lampCustomer)).toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
    expect(at(LIST, 'but I never received the lamp, why should I pay', lampCustomer)).toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
  });
});

describe('two order actions joined by 和, 并且 or 然后 without a comma', () => {
  it.each([
    ['把耳机付了和把电饭煲退了', '把耳机付了', '把电饭煲退了'],
    ['耳机付款然后电饭煲退货', '耳机付款', '电饭煲退货'],
    ['耳机付款并且电饭煲退货', '耳机付款', '电饭煲退货'],
  ])('%j at the welcome: the payment goes ahead, the return kept for after it, as with a comma', (words, first, second) => {
    expect(read(WELCOME, words)).toMatchObject({
      event: { type: 'PAY' },
      requestWords: first,
      nextRequestWords: second,
      answersFirst: [{ type: 'TOPIC_ASKED', topic: 'ordersInTurn' }],
    });
  });

  it.each(['把耳机付了和把电饭煲退了', '耳机付款然后电饭煲退货', '耳机付款并且电饭煲退货'])('%j at the list still asks which to do first', (words) => {
    expect(read(LIST, words, { orders: persona5 }).event).toEqual({ type: 'TOPIC_ASKED', topic: 'oneOrderAtATime' });
  });

  it('"耳机和电饭煲都付了" (one action, two orders) reads as it did', () => {
    const atWelcome = read(WELCOME, '耳机和电饭煲都付了');
    expect(atWelcome.event).toEqual({ type: 'PAY', guessed: true });
    expect(atWelcome).not.toHaveProperty('nextRequestWords');
    expect(read(LIST, '耳机和电饭煲都付了', { orders: persona5 }).event).toEqual({ type: 'TOPIC_ASKED', topic: 'oneOrderAtATime' });
  });
});

describe('a plain why about the overdue status is not a dispute', () => {
  // "why is it saying overdue" got "don't pay goods you never received": it asks how it came about, which the overdue answer says.
  it.each(['why is it saying overdue', '为什么逾期了'])('%j is not read as goods not received', (words) => {
    expect(at(LIST, words, lampCustomer)).not.toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
  });
  it.each(['how come I am overdue', '怎么就逾期了'])('%j objects, as "凭什么说我逾期了" does', (words) => {
    expect(at(LIST, words, lampCustomer)).toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
  });
});
