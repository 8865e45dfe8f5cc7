// Over HTTP: a customer back after the bot restarted (the mock's sessions gone) and a pause, at a shop-page step. Asking
// where we were keeps the step; a request the bot only guessed at does not replace the step through the new login.
import { SHOP_STEP_RECHECK_AFTER_MS } from '../../src/bot/dialogueTurn';
import { logIn, useE2e } from './harness';

const h = useE2e();

/** Persona 2 (PLUS, not verified) logged in and stopped at the real-name step; then the login lapsed and time passed. */
async function backAtRealNameAfterLapse(): Promise<void> {
  await h().click('开通先用后付');
  await logIn(h(), '13800000002');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  h().backend.expireSessions();
  await h().backdate(SHOP_STEP_RECHECK_AFTER_MS + 1000);
}

// "hi 我回来了 刚才说到哪了" read as the orders (a guess at 0.28), found the login lapsed, and after the new login said
// "你还没有开通先用后付，所以还没有这类订单": the real-name step was lost.
test('"hi 我回来了 刚才说到哪了" after a lapse and a pause: where we were, the real-name step kept', async () => {
  await backAtRealNameAfterLapse();
  await h().say('hi 我回来了 刚才说到哪了');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  expect(h().text).toContain('我们刚才说到这一步');
  expect(h().text).not.toContain('还没有这类订单');
  expect(h().buttons).toEqual(expect.arrayContaining(['去实名认证', '我已认证好了']));
});

test('a request only guessed at that finds the login lapsed: after the new login, back at the step, said so', async () => {
  await backAtRealNameAfterLapse();
  // Nothing the classifier is sure of (when the goods come): the orders, guessed from the words.
  await h().say('东西什么时候到');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  expect(h().text).toContain('登录已经过期');

  await logIn(h(), '13800000002');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  expect(h().text).toContain('我们刚才说到这一步');
  expect(h().text).not.toContain('还没有这类订单');
  expect(h().buttons).toEqual(expect.arrayContaining(['去实名认证', '我已认证好了']));
  // Nor are its words kept for an order list reached later.
  expect((await h().storedRecord())?.orderWords).toBeUndefined();
});

test('a request said plainly that finds the login lapsed still leads on after the new login', async () => {
  await backAtRealNameAfterLapse();
  await h().say('我的订单');
  expect(h().text).toContain('登录已经过期');
  await logIn(h(), '13800000002');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).not.toContain('我们刚才说到这一步');
});
