// A means of payment named ("用微信付款", "能用支付宝付吗", "pay with WeChat"): the chat cannot choose one, and says so.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import type { Referents } from '../../src/bot/understanding';
import { CONFIRMING_RECEIPT, CONFIRMING_RETURN, LIST, lamp, persona5, persona6, REASON, returningEarbuds } from './personaOrders';

const nlu = createNlu();
const read = (statePath: string, text: string, referents: Referents = { orders: persona5 }) => {
  const { event, answersFirst } = understandRequests(nlu, text, undefined, statePath, referents);
  return { event, answersFirst };
};
const MEANS = { type: 'TOPIC_ASKED', topic: 'paymentMeans' };

describe('a payment asked for with a means named', () => {
  // "用微信付款" went straight to the payment's confirmation, naming the order and the amount, without a word on WeChat.
  it.each(['用微信付款', '用信用卡付', 'pay with WeChat', '微信支付', '我想用微信付', '花呗来付', 'use my credit card'])(
    '%j at the list: the chat cannot choose the means, then the one order due is paid as asked',
    (text) => {
      expect(read(LIST, text)).toEqual({ event: { type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' }, answersFirst: [MEANS] });
      expect(read(LIST, text, { orders: persona6 })).toEqual({ event: { type: 'ORDER_PAY_CHOSEN', orderId: lamp.orderId }, answersFirst: [MEANS] });
    },
  );

  it('names the goods as any payment does: "用支付宝付耳机" is the earbuds, and no order of the lamp\'s customer', () => {
    expect(read(LIST, '用支付宝付耳机')).toEqual({ event: { type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' }, answersFirst: [MEANS] });
    expect(read(LIST, '用支付宝付耳机', { orders: persona6 }).event).toEqual({ type: 'TOPIC_ASKED', topic: 'orderNotListed' });
  });

  // "用信用卡付" was out of scope, "pay with WeChat" a question about checkout.
  it.each(['用微信付款', '用信用卡付', 'pay with WeChat'])('%j away from the orders: said, then the payment as asked', (text) => {
    expect(read('flow.onboarding.enabled', text)).toEqual({ event: { type: 'PAY' }, answersFirst: [MEANS] });
    expect(read('flow.welcome', text, {})).toEqual({ event: { type: 'PAY' }, answersFirst: [MEANS] });
  });

  it('beside another question, both are answered before the payment', () => {
    expect(read(LIST, '用微信付款，另外要手续费吗')).toEqual({
      event: { type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' },
      answersFirst: [MEANS, { type: 'TOPIC_ASKED', topic: 'fees' }],
    });
  });
});

describe('a means asked about, or named where a yes pays', () => {
  it.each(['能用支付宝付吗', '可以用花呗吗', 'can I pay by credit card?', 'Can I use Alipay?', '先用后付能用信用卡还吗'])(
    '%j is answered where the customer is',
    (text) => {
      for (const statePath of [LIST, 'flow.onboarding.enabled', 'flow.purchase.menu']) expect(read(statePath, text)).toEqual({ event: MEANS, answersFirst: undefined });
    },
  );

  // Read as a plain "付款" it would pay: the payment would not be made by WeChat.
  it.each(['用微信付款', '微信支付', '好的，用信用卡付', 'pay with WeChat'])('%j at the payment\'s confirmation or the terms pays nothing: said, the step kept', (text) => {
    expect(read(CONFIRMING_RECEIPT, text, returningEarbuds).event).toEqual(MEANS);
    expect(read('flow.onboarding.confirmingTerms', text, {}).event).toEqual(MEANS);
  });

  it('at a return\'s confirmation, paying instead is still taken, the means said first', () => {
    expect(read(CONFIRMING_RETURN, '算了，还是用微信付吧', returningEarbuds)).toEqual({
      event: { type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' },
      answersFirst: [MEANS],
    });
  });
});

describe('words that name no means of paying', () => {
  it.each([
    ['我已经用微信付过了', { type: 'TOPIC_ASKED', topic: 'alreadyPaid' }],
    ['用我的银行卡6222021234567890123付', { type: 'TOPIC_ASKED', topic: 'cardNumber' }],
    ['转人工，我想用微信付', { type: 'HUMAN' }],
  ])('%j keeps its own reading, with nothing about the means', (text, event) => {
    expect(read(LIST, text)).toEqual({ event, answersFirst: undefined });
  });

  it.each(['用微信登录可以吗', '退款能退到支付宝吗', '我的微信号是abc123'])('%j is no payment: read as before', (text) => {
    expect(read(LIST, text).answersFirst ?? []).not.toContainEqual(MEANS);
    expect(read(LIST, text).event).not.toEqual(MEANS);
  });

  it('a return\'s reason is kept as typed', () => {
    expect(read(REASON, '本来想用微信付的，买错了', returningEarbuds).event).toEqual({ type: 'RETURN_REASON_GIVEN', reason: '本来想用微信付的，买错了' });
  });
});
