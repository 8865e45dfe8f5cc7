// Over HTTP: how to pick pay-later at checkout. The option shows only once it is on, so a customer not known to have
// it is told so and offered to turn it on; one who has it just gets the steps.
import { logIn, useE2e } from './harness';

const h = useE2e();

const STEPS = '在结算页的支付方式里选「先用后付」';

// "我想先用后付买个手机" before logging in got the steps only: a customer without pay-later then finds no such option.
test('asked before logging in, the steps come with a word on turning it on; a yes starts with the login', async () => {
  await h().say('结算时怎么用');
  expect(h().text).toContain(STEPS);
  expect(h().text).toContain('结算页要开通了先用后付才会出现这个选项');
  expect(h().buttons).toEqual(['开通先用后付', '我的订单', '去商城逛逛']);
  await h().say('好的');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
});

test('a customer known not to have it is told the option will not show yet; the button turns it on', async () => {
  await h().say('我开通了吗');
  await logIn(h(), '13800000004');
  await h().click('暂不开通');
  await h().say('结算时怎么用');
  expect(h().text).toContain(STEPS);
  expect(h().text).toContain('你还没开通先用后付，结算页暂时不会出现这个选项');
  await h().click('开通先用后付');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
});

test('"不用了" after the guide asks what next instead of saying the steps again', async () => {
  await h().say('结算时怎么用');
  await h().say('不用了');
  expect(h().text).not.toContain(STEPS);
  expect(await h().state()).toBe('flow.purchase.menu');
});

test('a customer with pay-later on gets the steps only, and "明白了" asks what next', async () => {
  await h().say('我的订单');
  await logIn(h(), '13800000005');
  await h().say('怎么在结算页使用');
  expect(h().text).toContain(STEPS);
  expect(h().text).not.toContain('才会出现这个选项');
  expect(h().buttons).toContain('明白了');
  await h().click('明白了');
  expect(await h().state()).toBe('flow.purchase.menu');
});

test('in English the same', async () => {
  await h().say('how do I use it at checkout?');
  expect(h().text).toContain('The option only shows at checkout once pay later is turned on.');
  expect(h().buttons[0]).toBe('Turn it on');
  await h().say('yes');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
});

// The guide's shop button opened the mock's root, which answered 404 {"code":"not_found"}.
test('the "去商城逛逛" button opens a page of the shop', async () => {
  await h().say('结算时怎么用');
  const page = await fetch(h().link('去商城逛逛'));
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toContain('text/html');
  expect(await page.text()).toContain('演示商城');
});
