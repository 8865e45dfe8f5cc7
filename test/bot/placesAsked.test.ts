// The shop's places the bot sends customers to, asked where or what they are; other questions naming them keep their readings.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';

const nlu = createNlu();
const read = (text: string, step = 'flow.welcome') => understandRequests(nlu, text, undefined, step, {});
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });

it.each([
  ['支付管理在哪', 'placePaymentManagement'],
  ['怎么进支付管理', 'placePaymentManagement'],
  ['where is payment management?', 'placePaymentManagement'],
  ['我看不懂 什么叫结算页 在哪里', 'placeCheckoutPage'],
  ['结算页是什么意思 在哪找', 'placeCheckoutPage'],
  ["what's the checkout page?", 'placeCheckoutPage'],
  ['订单详情在哪看', 'placeOrderDetails'],
  ['where can i find order details', 'placeOrderDetails'],
  ['账户设置怎么进', 'placeAccountSettings'],
  ['我的京东在哪', 'placeAccountSettings'],
])('%j: the place, what it is and the way there', (text, place) => {
  expect(read(text).event).toEqual(topic(place));
  expect(read(text, 'flow.onboarding.login.awaitingPhone').event).toEqual(topic(place));
});

it.each(['在结算页怎么用先用后付', '结算页找不到先用后付', '先用后付在哪里', '我的订单在哪', '订单号在哪'])('%j keeps its own reading', (text) => {
  expect(JSON.stringify(read(text).event)).not.toMatch(/"topic":"place/);
});

it('beside a request, the place first, then the request', () => {
  const both = read('结算页在哪？我要开通');
  expect(both.answersFirst).toEqual([topic('placeCheckoutPage')]);
  expect(both.event).toEqual({ type: 'ENABLE' });
});
