// Returns as QA's customers put them (persona 5: earbuds delivered, a rice cooker on its way, shoes paid): an exchange
// asked for, the reason said with the return, why a paid order cannot go back, which goods pay-later buys, the goods
// found fine after all, and English return wishes and reasons at the list.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import type { Referents } from '../../src/bot/understanding';
import { CONFIRMING_RECEIPT, CONFIRMING_RETURN, LIST, persona5, persona5Account, REASON, returningEarbuds } from './personaOrders';

const nlu = createNlu();
const read = (text: string, statePath: string, referents: Referents = { orders: persona5 }) =>
  understandRequests(nlu, text, undefined, statePath, referents);
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });
const ENABLED = 'flow.onboarding.enabled';
const afterStatusCard: Referents = { account: persona5Account, orders: persona5 };

describe('an exchange asked for: where exchanges are done, then the return as before', () => {
  it('"能换货吗？我想换个颜色" at the reason step: the exchange answered, the wish the reason', () => {
    const understood = read('能换货吗？我想换个颜色', REASON, returningEarbuds);
    expect(understood.event).toEqual({ type: 'RETURN_REASON_GIVEN', reason: '我想换个颜色' });
    expect(understood.answersFirst).toEqual([topic('exchange')]);
  });

  it('a reason that wishes for an exchange is said where exchanges are done', () => {
    expect(read('我想换个颜色', REASON, returningEarbuds).answersFirst).toEqual([topic('exchange')]);
    expect(read('质量不好', REASON, returningEarbuds).answersFirst).toBeUndefined();
  });

  it.each([
    ['能换货吗', REASON, returningEarbuds],
    ['耳机能换个尺码吗', LIST, { orders: persona5 }],
    ['can I exchange them for a different size?', 'flow.welcome', {}],
  ] as const)('%j at %s: the exchange answered', (text, step, referents) => {
    expect(read(text, step, referents).event).toEqual(topic('exchange'));
  });

  it.each(['我要换个手机号', '换个账号登录'])('%j is no exchange of goods', (text) => {
    expect(read(text, 'flow.welcome', {}).event).not.toEqual(topic('exchange'));
  });
});

describe('the reason said with the return at the list is taken, not asked again', () => {
  it.each([
    ['电饭煲不想要了', 'JD5002', 'not_wanted'],
    ['i dont want the earbuds anymore', 'JD5001', 'not_wanted'],
    ['耳机有点问题 想退', 'JD5001', '有点问题'],
  ])('%j: the return of %s with the reason %j', (text, orderId, reason) => {
    expect(read(text, LIST).event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId, reason });
  });

  it('"我有个问题 想退货" has a question, no reason', () => {
    expect(read('我有个问题 想退货', LIST).event).toEqual({ type: 'RETURN' });
  });
});

describe('why an order cannot go back here', () => {
  it.each(['为什么不能退', '为啥退不了', "why can't I return the shoes?"])('%j at the list: returns are of orders not paid yet', (text) => {
    expect(read(text, LIST).event).toEqual(topic('returnWhyNot'));
  });

  it('"为什么不能退出登录" is about logging out', () => {
    expect(read('为什么不能退出登录', LIST).event).not.toEqual(topic('returnWhyNot'));
  });
});

describe('which goods pay-later can buy', () => {
  it.each(['所有商品都能用先用后付吗', 'can I use pay later for everything?'])('%j at a payment: the checkout page shows it', (text) => {
    expect(read(text, CONFIRMING_RECEIPT, returningEarbuds).event).toEqual(topic('eligibleGoods'));
  });

  it('"什么东西都能退吗" is about returns', () => {
    expect(read('什么东西都能退吗', 'flow.welcome', {}).event).not.toEqual(topic('eligibleGoods'));
  });
});

describe('the goods found fine at their return, and paying asked for: their payment', () => {
  it.each(["they're ok actually. pay for them", '其实挺好的，付款吧', "they're fine, I'll pay for them"])('%j at the reason step and the confirmation', (text) => {
    for (const [step, referents] of [[REASON, returningEarbuds], [CONFIRMING_RETURN, { ...returningEarbuds, returnReason: 'quality' }]] as const) {
      expect(read(text, step, referents).event).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' });
    }
  });

  it('"质量不错，就是不想要了" is still the reason', () => {
    expect(read('质量不错，就是不想要了', REASON, returningEarbuds).event).toEqual({ type: 'RETURN_REASON_GIVEN', reason: '质量不错，就是不想要了' });
  });
});

describe('English return wishes and reasons', () => {
  it('"confirm the earbuds" after the status card: paying them (the list chooses them), no plain yes', () => {
    expect(read('confirm the earbuds', ENABLED, afterStatusCard).event).toEqual({ type: 'PAY' });
  });

  it('"i dont want the earbuds anymore" after the status card: a return (it was cancel)', () => {
    expect(read('i dont want the earbuds anymore', ENABLED, afterStatusCard).event).toEqual({ type: 'RETURN' });
  });

  it.each([
    ["it's too big for my kitchen", 'JD5002'],
    ['太大了 厨房放不下', 'JD5002'],
    ['they broke after one day', 'JD5001'],
  ])('%j with %s in question at the list: its return, the words the reason', (text, orderId) => {
    expect(read(text, LIST, { orders: persona5, orderId }).event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId, reason: text });
  });

  it('"they broke after one day" once a return was asked for, no order chosen: the return keeps it as the reason', () => {
    expect(read('they broke after one day', LIST, { orders: persona5, goal: 'return' }).event).toEqual({ type: 'RETURN', reason: 'they broke after one day' });
  });

  it('of another order than the one in question, or asked, a fault is no return', () => {
    expect(read('电饭煲太大了', LIST, returningEarbuds).event).not.toEqual(expect.objectContaining({ type: 'ORDER_RETURN_CHOSEN' }));
    expect(read('is it too big?', LIST, { orders: persona5, orderId: 'JD5002' }).event).not.toEqual(
      expect.objectContaining({ type: 'ORDER_RETURN_CHOSEN' }),
    );
  });
});
