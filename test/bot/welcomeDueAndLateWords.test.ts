// QA at the welcome, before the login (en-US): one's own due dates asked (the FAQ on paying, then "What else can I help you
// with?"), an overdue text told in other words ("msg", "late on a payment": the same FAQ), and the service's name mistyped
// ("wat is pay leter": a login "to confirm receipt and pay").
import { at, LIST, persona5, persona5Account, persona6, persona6Account } from './personaOrders';

const WELCOME = 'flow.welcome';
const ORDERS_ASKED = { type: 'ORDERS', question: true };

describe('their own due dates asked before the login: the orders, whose list answers with the dates', () => {
  it.each(['when r my payments due', 'when are my payments due?', '我什么时候要还款', '我的账单什么时候到期'])(
    '%j at the welcome logs in for the orders; at the list it is the due dates',
    (text) => {
      expect(at(WELCOME, text, {})).toEqual(ORDERS_ASKED);
      expect(at(LIST, text, { account: persona5Account, orders: persona5 })).toEqual({ type: 'TOPIC_ASKED', topic: 'dueDate' });
    },
  );

  it.each(['截止日期是哪天', 'when do i have to pay', '什么时候付款'])('%j, nobody\'s own, is still the FAQ on paying', (text) => {
    expect(at(WELCOME, text, {})).toEqual({ type: 'PAY', question: true });
  });

  it('what happens after the date is not the dates', () => {
    expect(at(WELCOME, 'what happens if my payments are due and I miss it', {})).not.toEqual(ORDERS_ASKED);
  });
});

describe('an overdue text told as "msg" and "late on a payment": like "I got an sms saying my order is overdue"', () => {
  it.each(["hi i got a msg saying i'm late on a payment??", 'got a txt saying im late on my payment'])(
    '%j at the welcome logs in for the orders; at the overdue lamp\'s list it is the overdue message answered',
    (text) => {
      expect(at(WELCOME, text, {})).toEqual({ type: 'ORDERS' });
      expect(at(LIST, text, { account: persona6Account, orders: persona6 })).toEqual({ type: 'TOPIC_ASKED', topic: 'overdueMessage' });
    },
  );
});

describe('the service\'s name mistyped is the name, not paying', () => {
  it.each(['wat is pay leter', 'wat is pay latter', 'wat is paylatr', 'what is pay leter?', 'wat is paylater'])('%j at the welcome is what it is', (text) => {
    expect(at(WELCOME, text, {})?.type).toBe('WHAT_IS');
  });

  it('"pay for the earbuds" still pays', () => {
    expect(at(WELCOME, 'pay for the earbuds', {})?.type).toBe('PAY');
  });
});
