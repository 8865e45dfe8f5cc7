// QA: English (and mixed) words about orders that were misread: another order's return with its reason at a payment (the
// return asked was the earbuds'), a yes before "pay it", goods said broken before the login, a question before an order
// chosen, "where was i".
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import type { Referents } from '../../src/bot/understanding';
import type { Account } from '../../machines/domain';
import { at, CONFIRMING_RECEIPT, CONFIRMING_RETURN, LIST, persona5, persona6, REASON, returningEarbuds } from './personaOrders';

const nlu = createNlu();
const ENABLED = 'flow.onboarding.enabled';
const WELCOME = 'flow.welcome';

const payLaterOn = (accountId: string): Account => ({
  accountId,
  phoneMasked: '138****0006',
  plus: { active: true },
  realName: { verified: true },
  credit: { level: 'good', eligible: true },
  payLater: { enabled: true },
});
/** 13800000006 at the status card, which says an order is to pay now and asks "shall we look at your orders first?". */
const lampOwed: Referents = { orders: persona6, account: payLaterOn('acct_006') };

describe("another order's return said with its reason is that order's, wherever an order is under way", () => {
  const riceCookerNeverCame = { type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002', reason: 'it never came' };

  test.each(['return the rice cooker, it never came', 'now return the rice cooker, it never came'])(
    '%j at the earbuds\' payment: the rice cooker\'s return with that reason, never the earbuds\'',
    (words) => {
      expect(at(CONFIRMING_RECEIPT, words, returningEarbuds)).toEqual(riceCookerNeverCame);
    },
  );

  test.each([CONFIRMING_RETURN, REASON])('at the earbuds\' %s, the same', (step) => {
    expect(at(step, 'return the rice cooker, it never came', returningEarbuds)).toEqual(riceCookerNeverCame);
  });

  test.each(['return the rice cooker, it never came', 'now return the rice cooker, it never came'])('%j at the list, the same', (words) => {
    expect(at(LIST, words)).toEqual(riceCookerNeverCame);
  });

  test('with a reason that names nothing wrong ("my wife bought one already"), the rice cooker\'s still', () => {
    expect(at(CONFIRMING_RECEIPT, 'return the rice cooker, my wife bought one already', returningEarbuds)).toEqual({
      type: 'ORDER_RETURN_CHOSEN',
      orderId: 'JD5002',
      reason: 'my wife bought one already',
    });
  });

  test('with words that are no reason ("never mind"), one after the other: never the earbuds\' return', () => {
    expect(at(CONFIRMING_RECEIPT, 'return the rice cooker, never mind', returningEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'anotherOrderNext' });
  });

  test('the order being paid for, returned with its reason, is still that one ("return it, it never came")', () => {
    expect(at(CONFIRMING_RECEIPT, 'return it, it never came', returningEarbuds)).toEqual({
      type: 'ORDER_RETURN_CHOSEN',
      orderId: 'JD5001',
      reason: 'it never came',
    });
  });
});

describe('a yes before paying, where the one order due is at hand', () => {
  test.each(['yes pay it', 'yes, pay it', 'yeah pay for it', 'ok pay it'])('%j to the status card\'s "look at your orders?": paying', (words) => {
    expect(at(ENABLED, words, lampOwed)).toEqual({ type: 'PAY' });
  });

  test('a plain yes there still opens the orders', () => {
    expect(at(ENABLED, 'yes', lampOwed)).toEqual({ type: 'AFFIRM' });
  });

  test.each(['yes pay it', 'yes, pay it', 'yeah pay for it'])('%j at the list of one overdue lamp: its payment', (words) => {
    expect(at(LIST, words, lampOwed)).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD6001' });
  });

  test('a plain yes at a list that offers one thing only: that (the list came again without a word)', () => {
    expect(at(LIST, 'yes', lampOwed)).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD6001' });
  });

  test('a plain yes at a list that offers several things chooses none', () => {
    expect(at(LIST, 'yes')).toEqual({ type: 'AFFIRM' });
  });
});

describe('goods said to be broken before the login are their return, the words its reason', () => {
  test.each(['the earbuds are broken', 'my earbuds stopped working', '耳机坏了'])('%j', (words) => {
    expect(at(WELCOME, words, {})).toEqual({ type: 'RETURN', reason: words });
  });

  test.each(['are the earbuds broken?', 'the earbuds are not broken', 'my phone is broken', '耳机没坏'])('not %j', (words) => {
    expect(at(WELCOME, words, {})).not.toEqual(expect.objectContaining({ type: 'RETURN', reason: expect.anything() }));
  });
});

describe('a question or an aside before an order chosen in the last clause', () => {
  const requests = (words: string) => understandRequests(nlu, words, undefined, LIST, { orders: persona5 });

  test('"who r u? the agent said u would help. pay for earbuds": who the bot is, then the earbuds\' payment', () => {
    const read = requests('who r u? the agent said u would help. pay for earbuds');
    expect(read.event).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' });
    expect(read.answersFirst).toEqual([{ type: 'TOPIC_ASKED', topic: 'botIdentity' }]);
  });

  test('"the agent said u would help. pay for earbuds": the earbuds\' payment', () => {
    expect(requests('the agent said u would help. pay for earbuds').event).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' });
  });

  test.each(['who r u', 'who are you?', 'r u a bot', '你是谁'])('%j asks who the bot is', (words) => {
    expect(at(LIST, words)).toEqual({ type: 'TOPIC_ASKED', topic: 'botIdentity' });
  });
});

describe('"where was i" in everyday English', () => {
  test.each(['ok where was i', 'actually wait what was i doing, continue', 'sorry, where were we?'])('%j at the list: where we were', (words) => {
    expect(at(LIST, words)).toEqual({ type: 'TOPIC_ASKED', topic: 'whereWeWere' });
  });

  test('at the welcome, with nothing under way: what the bot can do', () => {
    expect(at(WELCOME, 'actually wait what was i doing, continue', {})).toEqual({ type: 'HELP' });
  });
});
