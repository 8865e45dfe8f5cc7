// Readings from a QA round: PLUS said done at the real-name step, goods not wanted before the login, goods received with praise.
import { at } from './personaOrders';

const REAL_NAME = 'flow.onboarding.awaitingRealName';

describe('at the real-name step, PLUS said done (开通好了, paid for) is told PLUS is active', () => {
  it.each(['我开通好了', '我已开通好了', 'PLUS开好了', '会员费付了', 'done, I paid for plus'])('%j', (text) => {
    expect(at(REAL_NAME, text, {})).toEqual({ type: 'TOPIC_ASKED', topic: 'plusDoneAlready' });
  });
  it.each(['好了', 'done', '我认证好了'])('%j may be real-name done: checked', (text) => {
    expect(at(REAL_NAME, text, {})).toEqual({ type: 'AFFIRM' });
  });
  it('"开通好了吗" asks', () => {
    expect(at(REAL_NAME, '开通好了吗', {})).not.toEqual({ type: 'TOPIC_ASKED', topic: 'plusDoneAlready' });
  });
});

describe('goods not wanted before the login (orders not known) are a return', () => {
  it.each(['电饭煲不想要了', '电饭煲我不想要了', '衣服不想要了'])('%j', (text) => {
    expect(at('flow.welcome', text, {})).toEqual({ type: 'RETURN' });
  });
  it.each(['包装盒不要了', '赠品不要了', '算了不要了', '那就先不要了', '先用后付不想要了'])('not %j', (text) => {
    expect(at('flow.welcome', text, {})?.type).not.toBe('RETURN');
  });
});

describe('goods received with a word of praise are received', () => {
  it.each(['耳机收到了 挺好的', '耳机收到了，很满意', '耳机收到了 不错'])('%j pays, as "耳机收到了" does', (text) => {
    expect(at('flow.onboarding.enabled', text, {})).toEqual(at('flow.onboarding.enabled', '耳机收到了', {}));
    expect(at('flow.onboarding.enabled', text, {})?.type).toBe('PAY');
  });
  it('"耳机收到了 质量不好" is no payment', () => {
    expect(at('flow.onboarding.enabled', '耳机收到了 质量不好', {})?.type).not.toBe('PAY');
  });
});
