// A Chinese customer prober's round: a request said in anger at the system (it went ahead without a word on the anger), and
// PLUS lapsed, PLUS's other benefits and a minimum amount, which each got the general PLUS explainer or the checkout how-to.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';

const nlu = createNlu();
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });
const WELCOME = 'flow.welcome';
const PLUS_STEP = 'flow.onboarding.awaitingPlus';
const read = (text: string, statePath = WELCOME) => {
  const { event, answersFirst } = understandRequests(nlu, text, undefined, statePath, {});
  return { event, answersFirst };
};

describe('a request said in anger at the system gets a line of regret, then is done', () => {
  it.each(['你们这破系统 垃圾 快点给我开通！！', 'this stupid app, just turn it on!!'])('%j: the regret, then enabling', (text) => {
    expect(read(text)).toEqual({ event: { type: 'ENABLE' }, answersFirst: [topic('requestUpset')] });
  });
  it('before a means of payment named, the regret comes first and the payment goes on', () => {
    expect(read('破系统 用微信付款')).toEqual({ event: { type: 'PAY' }, answersFirst: [topic('requestUpset'), topic('paymentMeans')] });
  });
  it.each(['开通先用后付', 'turn on pay later'])('a calm %j gets no regret', (text) => {
    expect(read(text).answersFirst).toBeUndefined();
  });
  it('anger alone is still the complaint (its apology and a person)', () => {
    expect(read('垃圾系统')).toEqual({ event: topic('complaint'), answersFirst: undefined });
  });
  it('a worry beside a request is no anger', () => {
    expect(read('不会是骗人的吧 帮我开通').answersFirst ?? []).not.toContainEqual(topic('requestUpset'));
  });
});

describe('PLUS asked specifically gets its own answer, not the general PLUS explainer', () => {
  it.each(['plus会员过期了还能用先用后付吗', '会员到期了没续费 还能用吗', 'my PLUS expired, can I still use pay later?', 'what if my plus lapses?'])(
    'PLUS lapsed: %j, at the welcome and at the PLUS step',
    (text) => {
      expect(read(text)).toEqual({ event: topic('plusLapsed'), answersFirst: undefined });
      expect(read(text, PLUS_STEP)).toEqual({ event: topic('plusLapsed'), answersFirst: undefined });
    },
  );
  it.each(['plus开了有啥用 除了先用后付', 'PLUS会员还有什么权益', 'what else does PLUS give me besides pay later?', 'what are the PLUS benefits?'])(
    'its other benefits: %j',
    (text) => {
      expect(read(text)).toEqual({ event: topic('plusOtherBenefits'), answersFirst: undefined });
      expect(read(text, PLUS_STEP)).toEqual({ event: topic('plusOtherBenefits'), answersFirst: undefined });
    },
  );
  it.each(['为什么要PLUS会员', 'why do I need PLUS?', 'plus会员要花钱吗', 'PLUS开了能退吗', '那我试用会员行不行'])('not %j', (text) => {
    expect(read(text, PLUS_STEP).event).not.toEqual(topic('plusLapsed'));
    expect(read(text, PLUS_STEP).event).not.toEqual(topic('plusOtherBenefits'));
  });
});

describe('a minimum amount asked is said to be none the chat can state, the checkout page shows it', () => {
  it.each(['买多少钱以上的东西才能用', '最低消费多少', '有最低金额吗', 'is there a minimum order amount?', "what's the minimum spend?"])('%j', (text) => {
    expect(read(text)).toEqual({ event: topic('minimumAmount'), answersFirst: undefined });
  });
  it.each(['额度是多少', '所有商品都能用先用后付吗'])('not %j (the limit, the goods)', (text) => {
    expect(read(text, PLUS_STEP).event).not.toEqual(topic('minimumAmount'));
  });
});
