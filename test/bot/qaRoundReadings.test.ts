// Readings a QA round found wrong: yeses with a particle on each word, a checkout question at the terms, goods never
// got in English.
import { at, CONFIRMING_RECEIPT, LIST, persona6 } from './personaOrders';

const TERMS = 'flow.onboarding.confirmingTerms';

it.each([
  [TERMS, '行吧 开吧'],
  [TERMS, '好吧'],
  [TERMS, '开通吧'],
  [CONFIRMING_RECEIPT, '付吧付吧'],
  [CONFIRMING_RECEIPT, '好吧，付吧'],
])('at %s, %j is a plain yes (it was told to tap the button)', (path, text) => {
  expect(at(path, text, { orders: persona6, orderId: 'JD6001' })).toEqual({ type: 'AFFIRM' });
});

it.each([
  [TERMS, '好吧我再想想'],
  [TERMS, '行吧不开了'],
])('at %s, %j is still no plain yes', (path, text) => {
  expect(at(path, text)).not.toEqual({ type: 'AFFIRM' });
});

it('"那我下单的时候怎么选它" at the terms is a question about checkout, answered there', () => {
  expect(at(TERMS, '那我下单的时候怎么选它')).toEqual({ type: 'CHECKOUT', question: true });
});

it.each(['I never even got the lamp! why am I overdue', 'I never got the lamp', "I didn't even get it"])(
  'at the list and the payment, %j is goods not received',
  (text) => {
    expect(at(LIST, text, { orders: persona6 })).toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
    expect(at(CONFIRMING_RECEIPT, text, { orders: persona6, orderId: 'JD6001' })).toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
  },
);
