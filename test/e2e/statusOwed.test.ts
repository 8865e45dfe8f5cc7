// Over HTTP: a customer with pay-later on who asks how things stand hears what is still owed, overdue included.
import { logIn, useE2e } from './harness';

const h = useE2e();

// "我开通了吗" from a customer with an overdue order said only "all set 🎉": the orders had not been listed yet.
test('asked before logging in, the status card says an order is overdue', async () => {
  await h().say('我开通了吗');
  await logIn(h(), '13800000006');
  expect(h().text).toContain('先用后付已开通');
  expect(h().text).toContain('逾期');
  expect(await h().state()).toBe('flow.onboarding.enabled');
});

test('asked once logged in, the status card says what is owed', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe('flow.onboarding.enabled');
  await h().say('我开通了吗');
  expect(h().text).toContain('还没付款的订单：2 笔');
  expect(await h().state()).toBe('flow.onboarding.enabled');
});
