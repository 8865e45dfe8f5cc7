// A turn is understood as an intent to act on, a question to ask with buttons, or values for the current step.
import { createNlu, type Understanding } from '../../src/nlu';

const nlu = createNlu();

function intentOf(understanding: Understanding): string {
  return understanding.kind === 'intent' ? understanding.intent : understanding.kind;
}

describe('understand', () => {
  it.each([
    ['先用后付是什么', 'what_is'],
    ['咋开通', 'enable'],
    ['怎么enable先用后付', 'enable'],
    ['PLUS会员 how much', 'plus'],
    ['我开通了吗', 'status'],
    ['why can\'t I see the option', 'status'],
    ['转人工', 'human'],
    ['取消', 'cancel'],
    ['重新开始', 'restart'],
    ['好的', 'affirm'],
    ['不用了', 'deny'],
  ])('acts on a clear message: %j → %s', (text, intent) => {
    expect(intentOf(nlu.understand(text))).toBe(intent);
  });

  it.each([
    '美股怎么开户',
    '香港保险划算吗',
    'HK brokerage account opening',
    'T+0交易怎么做',
    '推荐几只股票',
    'is US stock trading open today',
  ])('says out_of_scope to unrelated finance questions: %j', (text) => {
    expect(intentOf(nlu.understand(text))).toBe('out_of_scope');
  });

  it.each(['asdkjh qwpeoi zmxn', 'qqqqqq', '阿斯顿发', '??', '', '信用订单', '实名还是信用'])('asks instead of guessing on %j', (text) => {
    const understanding = nlu.understand(text);
    expect(understanding.kind).toBe('unclear');
    if (understanding.kind !== 'unclear') return;
    expect(understanding.candidates.length).toBeGreaterThanOrEqual(2);
    expect(understanding.candidates.length).toBeLessThanOrEqual(3);
    expect(understanding.candidates).not.toContain('out_of_scope');
    expect(new Set(understanding.candidates).size).toBe(understanding.candidates.length);
  });

  it.each([
    ['13800000001', { phone: '13800000001' }],
    ['我的手机号是 138 0000 0001', { phone: '13800000001' }],
    ['123456', { otp: '123456' }],
    ['验证码：123456', { otp: '123456' }],
    ['my code is 654321', { otp: '654321' }],
    ['订单号 PL20240601001', { orderId: 'PL20240601001' }],
  ])('reports a message that only carries a value as an entity: %j', (text, entities) => {
    expect(nlu.understand(text)).toMatchObject({ kind: 'entity', entities });
  });

  it('keeps the intent when a value comes with a request', () => {
    expect(nlu.understand('PL20240601001 我要退货')).toMatchObject({
      kind: 'intent', intent: 'return', entities: { orderId: 'PL20240601001' },
    });
    expect(nlu.understand('13800000001 转人工')).toMatchObject({
      kind: 'intent', intent: 'human', entities: { phone: '13800000001' },
    });
  });

  it('carries the reply language', () => {
    expect(nlu.understand('你好')).toMatchObject({ language: 'zh-CN' });
    expect(nlu.understand('hello')).toMatchObject({ language: 'en-US' });
    expect(nlu.understand('123456')).toMatchObject({ language: undefined });
  });
});
