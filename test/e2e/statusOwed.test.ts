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

// The card counted the rice cooker still on its way as unpaid ("2 笔") where "还有什么要付的吗" said 1.
test('asked once logged in, the status card says what is owed now as the amount-due answer does, the order on its way apart', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe('flow.onboarding.enabled');
  await h().say('我开通了吗');
  expect(h().text).toContain('现在要付的订单：1 笔，共 ¥299.00');
  expect(h().text).toContain('还在路上的订单：1 笔，到货以后再付');
  expect(await h().state()).toBe('flow.onboarding.enabled');
  await h().say('我的订单');
  await h().say('还有什么要付的吗');
  expect(h().text).toContain('现在要付的一共 ¥299.00（1 笔）');
});

test('in English the status card says the same', async () => {
  await h().say('turn it on');
  await logIn(h(), '13800000005');
  await h().say('have I turned it on?');
  expect(h().text).toContain('Orders to pay now: 1, ¥299.00 in all.');
  expect(h().text).toContain("Orders on their way: 1, nothing to pay until they arrive and you're happy with them.");
});

// "开通" from the customer with an overdue order heard "it is on 🎉 … want to see how to use it?" and nothing of the lamp.
test('asking to turn it on when it is on already: what is owed is said, and the orders are offered first', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000006');
  expect(h().text).toContain('先用后付已开通');
  expect(h().text).toContain('其中有已经逾期的，请尽快付款');
  expect(h().text).toContain('要先看看你的订单吗？');
  expect(h().buttons).toEqual(['我的订单', '看看怎么用']);
  await h().say('好的');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('逾期');
});

test('with nothing to pay now, the same question is how to use it, and a yes shows how', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000004');
  await h().click('同意并开通');
  await h().say('开通先用后付');
  expect(await h().state()).toBe('flow.onboarding.enabled');
  expect(h().buttons).toEqual(['看看怎么用', '我的订单']);
  await h().say('好的');
  expect(await h().state()).toBe('flow.purchase.checkoutGuide');
});

// With pay-later on, "在结算页找不到先用后付选项怎么办" got the status card's "all set 🎉", which does not help.
test('with pay-later on, the option not seen at checkout gets what to check and a person; before the login, the status', async () => {
  await h().say('我的订单');
  await logIn(h(), '13800000005');
  await h().say('在结算页找不到先用后付选项怎么办');
  expect(h().text).toContain('结算页还是看不到这个选项的话');
  expect(h().text).toContain('我的京东 > 账户设置 > 支付管理');
  expect(h().buttons).toContain('转人工客服');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  await h().say("I can't see pay later at checkout");
  expect(h().text).toContain("If the checkout page still doesn't show it");
});

test('asked before the login, the option not seen at checkout checks how things stand', async () => {
  await h().say('在结算页找不到先用后付选项怎么办');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
});
