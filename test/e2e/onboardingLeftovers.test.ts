// Leftovers of a QA round at the onboarding: the limit asked before pay-later is on, real-name said done with PLUS not,
// an unfinished "嗯嗯那个", goods never got said after the status card.
import { logIn, useE2e } from './harness';

const h = useE2e();

async function atStep(phone: string): Promise<void> {
  await h().say('开通先用后付');
  await logIn(h(), phone);
}

test.each([
  ['13800000001', 'flow.onboarding.awaitingPlus'],
  ['13800000002', 'flow.onboarding.awaitingRealName'],
])('"额度是多少" at the step of %s gets the limit answer (not the status card, which has none), the step kept', async (phone, step) => {
  await atStep(phone);
  expect(await h().state()).toBe(step);
  await h().say('额度是多少');
  expect(await h().state()).toBe(step);
  expect(h().text).toContain('开通前我这边还看不到你的额度');
  expect(h().text).not.toContain('你的先用后付进度');
});

test('with pay-later on, "额度是多少" shows the status card with the limit', async () => {
  await h().say('查看状态');
  await logIn(h(), '13800000004');
  await h().say('额度是多少');
  expect(h().text).toContain('当前额度');
});

test('"我实名了，PLUS还没买" at the PLUS step is told real-name comes after PLUS, the step kept with no recheck', async () => {
  await atStep('13800000001');
  await h().say('我实名了，PLUS还没买');
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
  expect(h().text).toContain('现在还差的是开通PLUS会员');
  expect(h().buttonEvents).toEqual(['link', 'AFFIRM', 'DENY']);
});

test('"嗯嗯那个" at the real-name step is no "done": no recheck, no "not done yet", the step kept', async () => {
  await atStep('13800000002');
  await h().say('嗯嗯那个');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  expect(h().text).toContain('不着急');
  expect(h().text).not.toContain('还没看到实名认证完成');
  expect(h().buttonEvents).toEqual(['link', 'AFFIRM', 'DENY']);
});

// After the status card it was read as paying, or asked back with "Confirm receipt & pay" among the choices.
test.each(['I never even got the lamp', 'I never got my package'])(
  '%j after the status card is told not to confirm receipt: a person and the orders, nothing to pay',
  async (text) => {
    await h().reset('en-US');
    await h().say('status');
    await logIn(h(), '13800000006');
    expect(await h().state()).toBe('flow.onboarding.enabled');
    await h().say(text);
    expect(await h().state()).toBe('flow.onboarding.enabled');
    expect(h().text).toContain("please don't confirm receipt");
    expect(h().buttonEvents).not.toContain('PAY');
    expect(h().buttonEvents).not.toContain('ORDER_PAY_CHOSEN');
    expect(h().buttons).toEqual(['Talk to a person', 'My orders']);
  },
);
