// English customers' everyday words a QA round found misread: a mobile number after "order" taken for an order number,
// the service's name run together ("paylater"), "is it on now?", a yes after second thoughts, two orders in one message.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import type { Referents } from '../../src/bot/understanding';
import { LIST, persona5 } from './personaOrders';

const nlu = createNlu();
const WELCOME = 'flow.welcome';
const PHONE_STEP = 'flow.onboarding.login.awaitingPhone';
const TERMS = 'flow.onboarding.confirmingTerms';
const read = (statePath: string, text: string, referents: Referents = {}) => understandRequests(nlu, text, undefined, statePath, referents);

describe('an 11-digit mobile number after "order" is the phone number, as the transcript masking reads it', () => {
  // "That looks like an order number, not a phone number 😊 I've noted it…", then asked for the phone number.
  test.each(['my order 13800000005', 'order 13800000005', 'check my 订单 13800000005', '我的订单 13800000005'])(
    '%j logs in with it, the orders its goal',
    (words) => {
      for (const step of [WELCOME, PHONE_STEP]) {
        expect(read(step, words).event).toEqual({ type: 'PHONE_RECEIVED', phone: '13800000005', goal: 'orders' });
      }
    },
  );

  test.each(['订单号 202612040001 还没到', 'order no. 202612040001', 'my order JD13800000005', '订单号 12800000005'])(
    '%j is still an order number',
    (words) => {
      expect(read(WELCOME, words)).toMatchObject({ event: { type: 'ORDERS' }, answersFirst: [{ type: 'TOPIC_ASKED', topic: 'orderNumberBeforeLogin' }] });
    },
  );
});

describe('casual English', () => {
  // Read as a goodbye, then not understood (each a step towards a person).
  test.each(['wat is paylater lol', 'paylater?', 'pay later?', 'what is PayLater'])('%j asks what pay later is', (words) => {
    expect(read(WELCOME, words).event?.type).toBe('WHAT_IS');
  });

  test.each(['is it on now?', 'is it on?', 'is pay later on yet?'])('%j asks for the status', (words) => {
    expect(read(WELCOME, words).event).toEqual({ type: 'STATUS', question: true });
  });

  // Right after "nah not now" cancelled the login ("hmm actually let's do it" went on).
  test.each(['wait actually yes', 'actually yes', 'oh wait, yes please'])('%j at the welcome is a yes', (words) => {
    expect(read(WELCOME, words, { welcomeAsked: false }).event).toEqual({ type: 'AFFIRM' });
  });

  test('at the terms, where a yes turns it on, it is told how to go ahead as "ok cool" is', () => {
    expect(read(TERMS, 'wait actually yes').event).toEqual({ type: 'TOPIC_ASKED', topic: 'hesitantYes' });
  });
});

describe('two orders in one message before the login', () => {
  // "I'm not sure what you mean. Is it one of these?", then after the login the status card: neither started.
  test.each([
    ['hi i want to pay for my earbuds and also return the rice cooker', 'hi i want to pay for my earbuds', 'return the rice cooker'],
    ['耳机付款，电饭煲退货', '耳机付款', '电饭煲退货'],
    // Joined by a plain "and" (no comma, no "also"): read whole, it was not understood ("is it one of these?").
    ['pay for my earbuds and return the rice cooker', 'pay for my earbuds', 'return the rice cooker'],
    ['hi i want to pay for my earbuds and return the rice cooker', 'hi i want to pay for my earbuds', 'return the rice cooker'],
  ])('%j: the payment goes ahead, the return kept for after it', (words, first, second) => {
    expect(read(WELCOME, words)).toMatchObject({
      event: { type: 'PAY' },
      requestWords: first,
      nextRequestWords: second,
      answersFirst: [{ type: 'TOPIC_ASKED', topic: 'ordersInTurn' }],
    });
  });

  // One request said in two clauses ("现在付 还来得及吗" of the overdue lamp, test/bot/overdueFollowUps) was told "one at a
  // time", the question beside it dropped.
  test.each(['pay now, pay it', 'pay for the earbuds and also pay them', 'the earbuds are broken, can I return the earbuds?'])(
    '%j names one order at most: one request, not two in turn',
    (words) => {
      const understood = read(WELCOME, words);
      expect(understood).not.toHaveProperty('nextRequestWords');
      expect(understood.answersFirst ?? []).not.toContainEqual({ type: 'TOPIC_ASKED', topic: 'ordersInTurn' });
    },
  );

  test.each(['i want to pay for my earbuds and also return the rice cooker', 'pay for my earbuds and return the rice cooker'])(
    'at the list, where each names its order, %j still asks which to do first',
    (words) => {
      expect(read(LIST, words, { orders: persona5 }).event).toEqual({ type: 'TOPIC_ASKED', topic: 'oneOrderAtATime' });
    },
  );

  // An "and" inside one request joins no second order action: the message keeps its one reading.
  test.each(['pay for the earbuds and the rice cooker', 'pay for my earbuds and return them'])('%j is no two requests in turn', (words) => {
    const understood = read(WELCOME, words, { orders: persona5 });
    expect(understood).not.toHaveProperty('nextRequestWords');
    expect(understood.answersFirst ?? []).not.toContainEqual({ type: 'TOPIC_ASKED', topic: 'ordersInTurn' });
  });

  test('"pay for the earbuds and the rice cooker" reads as it did: a payment, guessed', () => {
    expect(read(WELCOME, 'pay for the earbuds and the rice cooker').event).toEqual({ type: 'PAY', guessed: true });
  });
});
