// Readings at the onboarding's shop-page steps and the terms from a QA round: "why isn't it done yet" is a claim of done,
// PLUS declined or claimed in words, going to buy it now ("go ahead", not "take your time"), turning pay-later off asked
// before it is on.
import type { Account } from '../../machines/domain';
import { consentsInOwnWords } from '../../src/bot/understanding';
import { at } from './personaOrders';

const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const TERMS = 'flow.onboarding.confirmingTerms';
const WELCOME = 'flow.welcome';
const WAIT = { type: 'TOPIC_ASKED', topic: 'wait' };
const GOING_NOW = { type: 'TOPIC_ASKED', topic: 'goingNow' };

const notOn = { account: { plus: { active: true }, realName: { verified: true }, credit: { eligible: true }, payLater: { enabled: false } } as unknown as Account };

describe('"why isn\'t it done yet" at a shop-page step is checked again (it got a clarifying question)', () => {
  it.each([PLUS, REAL_NAME])('at %s', (path) => {
    for (const text of ['怎么还没好', '怎麼還沒好', '为什么还没通过啊', '咋还没生效', '还没好吗', "why isn't it done yet?", 'still not showing']) {
      expect([text, at(path, text, {})]).toEqual([text, { type: 'AFFIRM' }]);
    }
  });

  it.each(['怎么还没好，转人工', '怎么认证啊', 'how do I verify?'])('not %j', (text) => {
    expect(at(REAL_NAME, text, {})).not.toEqual({ type: 'AFFIRM' });
  });
});

describe('under a clarifying question, a shop-page step said done answers the step, a bare yes the question', () => {
  it.each([PLUS, REAL_NAME])('at %s', (step) => {
    for (const text of ['done', '我明明认证过了', '怎么还没好', '我已开通好了']) expect([text, consentsInOwnWords(step, text)]).toEqual([text, true]);
    for (const text of ['好的', 'ok', '是的', '👍']) expect([text, consentsInOwnWords(step, text)]).toEqual([text, false]);
  });
});

describe('PLUS declined at its step is 暂不开通 (a clarifying question offered 取消, or the PLUS explainer came)', () => {
  it.each(['太贵了 不买', '太貴了 不買', 'plus就算了吧', '会员就算了', '不买会员了', '不买了', "I don't want plus", 'skip plus'])('%j', (text) => {
    expect(at(PLUS, text, {})).toEqual({ type: 'DENY' });
  });

  it.each(['不买plus能开吗', 'plus不要钱吧', 'PLUS还没买', '不买plus会怎样', '为什么不买就不能开'])('not %j', (text) => {
    expect(at(PLUS, text, {})).not.toEqual({ type: 'DENY' });
  });
});

describe('PLUS claimed in words is checked again (it got the how-to-buy explainer)', () => {
  it('"我是plus了" at the PLUS step is a claim of done', () => {
    expect(at(PLUS, '我是plus了', {})).toEqual({ type: 'AFFIRM' });
  });
  it('at the real-name step, it is told PLUS is done already (no "real-name not done yet")', () => {
    expect(at(REAL_NAME, '我是plus了', {})).toEqual({ type: 'TOPIC_ASKED', topic: 'plusDoneAlready' });
  });
  it('"我是不是plus" is no claim', () => {
    expect(at(PLUS, '我是不是plus', {})).not.toEqual({ type: 'AFFIRM' });
  });
});

describe('going to buy it now is "go ahead" (it got the PLUS explainer, then "take your time")', () => {
  it.each(['我去买plus了 等我一下', '我这就去买会员了', '我去开会员，等我一下', '好的我马上去买会员', "ok I'll go buy it now"])('%j', (text) => {
    expect(at(PLUS, text, {})).toEqual(GOING_NOW);
  });
  it.each(['我这就去认证', '好的，我现在去实名', "ok I'll go verify now"])('%j at the real-name step', (text) => {
    expect(at(REAL_NAME, text, {})).toEqual(GOING_NOW);
  });
  it.each(['等一下', '我再想想', '我等会再弄'])('%j, putting it off, is still "take your time"', (text) => {
    expect(at(PLUS, text, {})).toEqual(WAIT);
  });
  it.each(['去开通先用后付', '我去开通'])('%j at the welcome is no wait', (text) => {
    expect(at(WELCOME, text, {})).not.toEqual(WAIT);
    expect(at(WELCOME, text, {})).not.toEqual(GOING_NOW);
  });
});

describe('turning it off asked at the terms is the disable answer (it got the status card)', () => {
  it.each(['开通了以后能关吗', '开了以后能不能关', '开通以后还能关掉吗', 'can I turn it off later?'])('%j', (text) => {
    expect(at(TERMS, text, notOn)).toEqual({ type: 'TOPIC_ASKED', topic: 'disable' });
  });
});
