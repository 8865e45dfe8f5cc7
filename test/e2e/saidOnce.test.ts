// Over HTTP: what was said this turn is not said twice. An answer at the checkout guide or after the empty order list
// ends with a short line and the buttons, not the whole guide or list again; a phone number cut short is said to be one.
import { logIn, useE2e } from './harness';

const h = useE2e();

const STEPS = '在结算页的支付方式里选「先用后付」';

// Small talk and questions at the guide each re-posted the whole eight-line guide after their answer.
test('answers at the checkout guide end with a short line and its buttons, not the guide again', async () => {
  await h().say('结算时怎么用');
  expect(h().text).toContain(STEPS);
  const guideButtons = h().buttons;
  for (const text of ['美股怎么开户', '能分期吗', '谢谢', 'help']) {
    await h().say(text);
    expect(await h().state()).toBe('flow.purchase.checkoutGuide');
    expect(h().text).not.toContain(STEPS);
    expect(h().buttons).toContain('结算时怎么用');
    for (const b of guideButtons) expect(h().buttons).toContain(b);
  }
  // Asked again, the steps come again.
  await h().click('结算时怎么用');
  expect(h().text).toContain(STEPS);
  // The yes still takes the guide's offer (turning it on, for a customer not known to have it).
  await h().say('谢谢');
  await h().say('好的');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
});

test('logged in with pay-later on, the status or thanks at the guide end with the short line, "明白了" still there', async () => {
  await h().say('我的订单');
  await logIn(h(), '13800000005');
  await h().say('怎么在结算页使用');
  expect(h().text).toContain(STEPS);
  for (const text of ['status', '谢谢']) {
    await h().say(text);
    expect(await h().state()).toBe('flow.purchase.checkoutGuide');
    expect(h().text).not.toContain(STEPS);
    expect(h().buttons).toEqual(expect.arrayContaining(['明白了', '结算时怎么用']));
  }
  await h().click('明白了');
  expect(await h().state()).toBe('flow.purchase.menu');
});

test('in English the same', async () => {
  await h().say('how do I use it at checkout?');
  const guide = h().text;
  await h().say('thanks');
  expect(h().text).not.toContain(guide);
  expect(await h().state()).toBe('flow.purchase.checkoutGuide');
});

// "谢谢" after "you have no orders" said the empty list again.
test('thanks after the empty order list does not say the list again', async () => {
  await h().say('我的订单');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  const list = h().text;
  const listButtons = h().buttons;
  await h().say('谢谢');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).not.toContain(list);
  for (const b of listButtons) expect(h().buttons).toContain(b);
  // Asked for again, the list is said again.
  await h().say('我的订单');
  expect(h().text).toBe(list);
});

// "138000" at the phone step got "先发手机号给我，我再给这个号码发验证码".
test('a phone number cut short at the phone step is said to be incomplete', async () => {
  await h().say('开通先用后付');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  await h().say('138000');
  expect(h().text).toContain('11');
  expect(h().text).not.toContain('先发手机号');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
});
