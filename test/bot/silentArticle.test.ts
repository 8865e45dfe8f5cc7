// Readings of questions the article does not answer (PLUS's terms, other products, shipping, pick-up, documents) or answers
// its own way (an order already placed, where a payment's money comes from, whether credit has recovered): a QA round.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import type { Referents } from '../../src/bot/understanding';
import { at, CONFIRMING_RECEIPT, LIST, persona5, persona6, poorCredit, REASON, returningEarbuds } from './personaOrders';

const nlu = createNlu();
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });
const REFUSED = 'flow.onboarding.creditRefused';
const ENABLED = 'flow.onboarding.enabled';
const REAL_NAME = 'flow.onboarding.awaitingRealName';

const refused: Referents = { account: poorCredit };

describe('an order already placed or paid, asked to be switched to pay-later, is told it is chosen at checkout', () => {
  // It got the FAQ on paying ("pay on time, overdue hurts credit").
  it.each(['已经付款的订单能改成先用后付吗', '下了单还能改成先用后付吗', '已经下单了能用先用后付吗', '之前买的东西可以改先用后付吗', 'can I switch an order I already paid to pay later?'])(
    '%j, at the welcome and with the orders at hand',
    (text) => {
      expect(at('flow.welcome', text, {})).toEqual(topic('orderSwitch'));
      expect(at(ENABLED, text)).toEqual(topic('orderSwitch'));
      expect(at(LIST, text)).toEqual(topic('orderSwitch'));
    },
  );
  it.each(['我已经买了PLUS，能用先用后付吗', '耳机付款了吗', '用先用后付的订单怎么退货'])('not %j', (text) => {
    expect(at('flow.welcome', text, {})).not.toEqual(topic('orderSwitch'));
  });
});

describe('PLUS cancelled or refunded is the PLUS page\'s (the goods\' return answer came)', () => {
  it('"plus会员多少钱一年啊？开了能退吗" is one question about PLUS, not the PLUS explainer and the returns', () => {
    const { event, answersFirst } = understandRequests(nlu, 'plus会员多少钱一年啊？开了能退吗', undefined, 'flow.welcome', {});
    expect({ event, answersFirst }).toEqual({ event: topic('plusTerms'), answersFirst: undefined });
  });
  it.each(['PLUS开了能退吗', '会员能退款吗', 'plus可以取消吗', 'can I cancel PLUS', 'is PLUS refundable?'])('%j', (text) => {
    expect(at('flow.welcome', text, {})).toEqual(topic('plusTerms'));
    expect(at('flow.onboarding.awaitingPlus', text, {})).toEqual(topic('plusTerms'));
  });
  it.each(['plus会员多少钱一年', 'PLUS会员买的东西能退吗', '开通了PLUS能取消先用后付吗'])('not %j', (text) => {
    expect(at('flow.welcome', text, {})).not.toEqual(topic('plusTerms'));
  });
  it.each(['那我试用会员行不行', '试用会员可以开通吗', 'can I use a PLUS trial?'])('a trial membership: %j', (text) => {
    expect(at('flow.onboarding.awaitingPlus', text, {})).toEqual(topic('plusTrial'));
  });
});

describe('other credit products are not this bot\'s', () => {
  // "那我能先用白条吗" after the refusal was told to open "this order" in the app: there is none.
  it('"那我能先用白条吗" at the credit refusal', () => {
    expect(at(REFUSED, '那我能先用白条吗', refused)).toEqual(topic('otherProducts'));
    expect(at(REFUSED, '用花呗付行吗', refused)).toEqual(topic('otherProducts'));
  });
  it.each(['跟花呗有啥区别', '和白条有什么不同', '先用后付和花呗哪个好', '跟信用卡比有什么区别', "what's the difference from huabei"])('compared: %j', (text) => {
    expect(at('flow.welcome', text, {})).toEqual(topic('otherProducts'));
    expect(at(ENABLED, text)).toEqual(topic('otherProducts'));
  });
  it('with pay-later on, paying by one is still the means\' answer', () => {
    for (const statePath of [ENABLED, LIST]) {
      expect(understandRequests(nlu, '可以用花呗吗', undefined, statePath, { orders: persona5 }).event).toEqual(topic('paymentMeans'));
    }
  });
});

describe('where a payment takes the money from', () => {
  // At the payment's confirmation it was a hesitant yes ("要继续的话，请点下面的确认按钮").
  it.each(['等下 付款是从哪扣钱？银行卡还是余额', '付款是从哪扣钱？', '银行卡还是余额', '扣的是哪张卡', 'which card will be charged?'])(
    '%j at the payment\'s confirmation and at the list',
    (text) => {
      expect(at(CONFIRMING_RECEIPT, text, returningEarbuds)).toEqual(topic('paymentSource'));
      expect(at(LIST, text)).toEqual(topic('paymentSource'));
    },
  );
  it('a refund\'s way back is no payment\'s', () => {
    expect(at(LIST, '退款退到银行卡还是余额')).not.toEqual(topic('paymentSource'));
  });
  it('a means to pay with is still the means\' answer', () => {
    expect(at(CONFIRMING_RECEIPT, '用微信付款', returningEarbuds)).toEqual(topic('paymentMeans'));
  });
});

describe('whether the customer\'s credit is good now is the status check', () => {
  it.each(['我的信用现在恢复了吗', '我信用好了吗', 'is my credit ok now?'])('%j, at the welcome and at the refusal', (text) => {
    expect(at('flow.welcome', text, {})).toEqual({ type: 'STATUS' });
    expect(at(REFUSED, text, refused)).toEqual({ type: 'STATUS' });
  });
  it('at the refusal, when it can be tried again is still asked: no period known', () => {
    expect(at(REFUSED, '过多久能恢复', refused)).toEqual(topic('creditRetry'));
  });
  it('"信用不好能开吗" asks about the conditions', () => {
    expect(at('flow.welcome', '信用不好能开吗', {})).not.toEqual({ type: 'STATUS' });
  });
  // "实名认证要多久" at the refusal got "no period known before you can try again".
  it('how long real-name verification takes, asked at the refusal, is its own answer', () => {
    expect(at(REFUSED, '实名认证要多久', refused)).toEqual(topic('realNameTime'));
  });
});

describe('clarifying questions no more for', () => {
  it.each([
    ['快递员什么时候来取件', 'returnPickup'],
    ['不想给手机号 你直接查不行吗', 'loginNeeded'],
    ['能不能不给手机号', 'loginNeeded'],
  ])('%j (%s)', (text, name) => {
    expect(at('flow.welcome', text, {})).toEqual(topic(name));
    expect(at(ENABLED, text)).toEqual(topic(name));
  });
  it('a parcel\'s pick-up code is no return\'s pick-up', () => {
    expect(at(ENABLED, '取件码在哪')).not.toEqual(topic('returnPickup'));
  });
  it('"快递员什么时候来取件？" at the return\'s reason is answered, not taken as the reason', () => {
    expect(at(REASON, '快递员什么时候来取件？', returningEarbuds)).toEqual(topic('returnPickup'));
  });
});

describe('real-name documents and a return\'s shipping fee', () => {
  it.each(['护照可以吗 我是港澳居民', '港澳通行证能认证吗', '外国人能实名吗', 'can I verify with a passport?'])('%j', (text) => {
    expect(at(REAL_NAME, text, {})).toEqual(topic('realNameDocuments'));
    expect(at('flow.welcome', text, {})).toEqual(topic('realNameDocuments'));
  });
  it.each(['退货要运费吗', '运费谁出', '有没有运费险？', 'who pays return shipping?'])('%j', (text) => {
    expect(at('flow.welcome', text, {})).toEqual(topic('returnShipping'));
    expect(at(CONFIRMING_RECEIPT, text, returningEarbuds)).toEqual(topic('returnShipping'));
    expect(at(REASON, text, returningEarbuds)).toEqual(topic('returnShipping'));
  });
});

describe('a due date asked to be put off', () => {
  it.each([ENABLED, LIST])('"能晚几天再还吗 这个月手头紧" at %s', (statePath) => {
    // "晚几天" goes with it as three days from now (inDays), for the answer to set against the due date.
    expect(at(statePath, '能晚几天再还吗 这个月手头紧', { orders: persona6 })).toEqual({ ...topic('dueExtension'), inDays: 3 });
    expect(at(statePath, '能晚几天再还吗 这个月手头紧', { orders: persona5 })).toEqual({ ...topic('dueExtension'), inDays: 3 });
  });
});
