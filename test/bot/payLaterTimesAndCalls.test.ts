// Readings of a later time to pay (days from now, for the answer to set against the due date), of how an order at its
// payment is paid, and of a call asked for (which the bot cannot make, and which is no login).
import { at, CONFIRMING_RECEIPT, LIST, returningEarbuds } from './personaOrders';

const later = (inDays: number, orderId?: string) => ({ type: 'TOPIC_ASKED', topic: 'dueExtension', inDays, ...(orderId ? { orderId } : {}) });

describe('a later time to pay, in days from now', () => {
  it.each([
    ['can i pay next week instead?', 7],
    ['能下周再付吗', 7],
    ['晚几天付行吗', 3],
    ['过两天再付可以吗', 2],
    ['明天再付', 1],
    ['can I pay in 10 days?', 10],
    ['can i pay next month instead?', 30],
    ['能下个月再还吗', 30],
  ] as const)('%j at the earbuds\' payment: %d days', (text, days) => {
    expect(at(CONFIRMING_RECEIPT, text, returningEarbuds)).toEqual(later(days));
  });

  it('the order named at the list goes with it ("耳机下周付款")', () => {
    expect(at(LIST, '耳机下周付款')).toEqual(later(7, 'JD5001'));
  });

  it.each(['下周能到货吗', '还有几天要付款', '能提前到明天付吗', 'when will the refund arrive next week', 'I paid it yesterday'])('not %j', (text) => {
    expect(at(LIST, text)).not.toMatchObject({ topic: 'dueExtension', inDays: expect.any(Number) });
  });
});

describe('how the order at its payment is paid', () => {
  it.each(['how do i pay, with which card?', 'how do I pay?', '用什么付款', '怎么付款'])('%j', (text) => {
    expect(at(CONFIRMING_RECEIPT, text, returningEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'howToPayOrder' });
  });
  it('which card is charged stays the payment source\'s answer', () => {
    expect(at(CONFIRMING_RECEIPT, 'which card will be charged?', returningEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'paymentSource' });
  });
});

describe('a call asked for', () => {
  it.each([
    'hi my phone is 13912345678 and email john.smith@example.com, call me please',
    'can you call me back at 13912345679?',
    '给我回个电话 13912345678',
    '能打我电话吗',
  ])('%j is no login: the bot cannot call', (text) => {
    expect(at('flow.welcome', text, {})).toEqual({ type: 'TOPIC_ASKED', topic: 'callBack' });
  });
  it.each(['别给我打电话', '快递员给我打电话了', '会不会打电话催收', 'why did you call me', '我要开通 手机号13800000005 有事给我回个电话'])('not %j', (text) => {
    expect(at('flow.welcome', text, {})).not.toEqual({ type: 'TOPIC_ASKED', topic: 'callBack' });
  });
});
