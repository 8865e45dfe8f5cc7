// A QA round as Chinese customers at the onboarding: "done" said short at a shop-page step was heard as cancel ("开了",
// "弄了"); PLUS's cost weighed got the plans pointed at; monthly money asked was not understood; "我还是开吧" after a decline
// was not understood; "你觉得我该开吗？" and "开了有什么好处" at the terms were not understood. How each is read.
import { at, persona4 } from './personaOrders';

const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const TERMS = 'flow.onboarding.confirmingTerms';
const WELCOME = 'flow.welcome';
const DONE = { type: 'AFFIRM' };

describe('"done" said short at a shop-page step is checked as done, as the step\'s done button is', () => {
  it.each(['开了', '弄了', '办了', '好了', '搞定了', '买了', '开好了', '弄好了', '搞好了', '开完了', '我也开了', '会员开了', 'plus开了', '开了会员', 'I did', 'done'])(
    '%j at the PLUS step',
    (text) => {
      expect(at(PLUS, text, {})).toEqual(DONE);
    },
  );

  it.each(['开了', '弄了', '办了', '好了', '搞定了', '认证了', '弄好了', '实名弄了', '认证弄好了', 'I did'])('%j at the real-name step', (text) => {
    expect(at(REAL_NAME, text, {})).toEqual(DONE);
  });

  it('"会员开了" at the real-name step is PLUS said done, as "会员开通了" is', () => {
    expect(at(REAL_NAME, '会员开了', {})).toEqual({ type: 'TOPIC_ASKED', topic: 'plusDoneAlready' });
  });

  it.each(['取消', '不弄了'])('%j still cancels', (text) => {
    expect(at(PLUS, text, {})).toEqual({ type: 'CANCEL' });
    expect(at(REAL_NAME, text, {})).toEqual({ type: 'CANCEL' });
  });

  it('"算了" is still the step\'s 暂不开通', () => {
    expect(at(PLUS, '算了', {})).toEqual({ type: 'DENY' });
    expect(at(REAL_NAME, '算了', {})).toEqual({ type: 'DENY' });
  });

  // Asked, or going to: no claim of done.
  it.each(['开了吗', '开了有什么好处', '开了吧', '还没开', 'I did not'])('%j is no "done"', (text) => {
    expect(at(PLUS, text, {})).not.toEqual(DONE);
  });
});

describe("what it gives, asked at the PLUS step: PLUS's explainer, which says pay-later is one of its benefits", () => {
  // Not understood (a clarifying question), "开了" in it no recheck.
  it.each(['开了有什么好处', '开了有什么好处？', '有什么好处', '开了有啥好处', 'what\'s the benefit?'])('%j', (text) => {
    expect(at(PLUS, text, {})).toEqual({ type: 'PLUS', question: true });
  });
});

describe("PLUS's cost weighed at its step", () => {
  const WEIGHED = { type: 'TOPIC_ASKED', topic: 'plusCostReluctance' };

  it.each(['PLUS会员要花钱吗？我不想花钱', '我不想花钱', '不想花这个钱', '要钱的话就算了', "does PLUS cost money? I don't want to pay", "I can't afford it"])(
    '%j: it is paid, needed, and not now is fine',
    (text) => {
      expect(at(PLUS, text, {})).toEqual(WEIGHED);
    },
  );

  it('its price alone is still the PLUS explainer', () => {
    expect(at(PLUS, 'PLUS会员要花钱吗', {})).toEqual({ type: 'PLUS', question: true });
  });

  it('declining PLUS in so many words is still 暂不开通', () => {
    expect(at(PLUS, "I don't want to pay for plus", {})).toEqual({ type: 'DENY' });
    expect(at(PLUS, '不买会员了', {})).toEqual({ type: 'DENY' });
  });

  it('away from the PLUS step it is not read so', () => {
    expect(at(REAL_NAME, '我不想花钱', {})).not.toEqual(WEIGHED);
  });
});

describe('money by the month or for having it at all is the fees answer', () => {
  const FEES = { type: 'TOPIC_ASKED', topic: 'fees' };

  it.each(['每个月要交钱吗', '开通后要交钱吗', '开通后每个月要交钱吗', '要不要交钱', 'do I have to pay every month?', 'is there a monthly charge?'])(
    '%j',
    (text) => {
      expect(at(WELCOME, text, {})).toEqual(FEES);
      expect(at(TERMS, text, { account: persona4 })).toEqual(FEES);
    },
  );

  it('when an order is paid is no fee question', () => {
    expect(at(WELCOME, '什么时候交钱', {})).not.toEqual(FEES);
  });
});

describe('pay-later wanted again in a few more words', () => {
  const declined = { account: persona4, welcomeAsked: false };

  it.each(['还是开吧', '我还是开吧', '哎还是开吧', '算了还是开通吧', '唉 我还是开通吧'])('%j after a decline starts enabling again', (text) => {
    expect(at(WELCOME, text, declined)).toEqual({ type: 'ENABLE' });
  });

  it.each(['还是开吧', '我还是开吧', '哎还是开吧'])('%j at the terms accepts them', (text) => {
    expect(at(TERMS, text, { account: persona4 })).toEqual({ type: 'AFFIRM' });
  });

  it.each(['还是不开了', '哎还是算了'])('%j wants nothing', (text) => {
    expect(at(WELCOME, text, declined)?.type).not.toBe('ENABLE');
    expect(at(TERMS, text, { account: persona4 })?.type).not.toBe('AFFIRM');
  });
});

describe('whether to turn it on, or what it gives, asked at the terms', () => {
  const WEIGHED = { type: 'TOPIC_ASKED', topic: 'enableAdvice' };
  const BENEFITS = { type: 'TOPIC_ASKED', topic: 'enableBenefits' };

  it.each(['你觉得我该开吗？', '值得开吗', '有必要开吗', 'should I?', 'should I turn it on?', 'is it worth it?'])(
    '%j: up to the customer, and what it gives',
    (text) => {
      expect(at(TERMS, text, { account: persona4 })).toEqual(WEIGHED);
    },
  );

  // "开了有什么好处" opened with "I won't decide for you", which it had not asked.
  it.each(['开了有什么好处', '有啥用', "what's the benefit?", 'what do I get out of it?'])('%j: what it gives, first', (text) => {
    expect(at(TERMS, text, { account: persona4 })).toEqual(BENEFITS);
  });

  it.each(['同意并开通', '开通', '好的'])('%j still accepts them', (text) => {
    expect(at(TERMS, text, { account: persona4 })).toEqual({ type: 'AFFIRM' });
  });

  it("PLUS's benefits are PLUS's", () => {
    expect(at(TERMS, 'PLUS有什么好处', { account: persona4 })).not.toEqual(WEIGHED);
    expect(at(TERMS, 'PLUS有什么好处', { account: persona4 })).not.toEqual(BENEFITS);
  });
});
