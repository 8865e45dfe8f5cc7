// Over HTTP, a QA round: pay-later wanted after a "暂不开通" in everyday words, going to buy PLUS, the onboarding taken up
// again once PLUS is bought, and the option not seen at checkout.
import { logIn, useE2e } from './harness';

const h = useE2e();
const TERMS = 'flow.onboarding.confirmingTerms';
const PLUS = 'flow.onboarding.awaitingPlus';

/** 13800000004 declined at the terms: back at the menu. */
async function declinedTerms(): Promise<void> {
  await h().say('开通先用后付');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe(TERMS);
  await h().click('暂不开通');
  expect(await h().state()).toBe('flow.welcome');
}

// "其实我还是想开" got a clarifying question, and "就是开通啊" under it handed the customer to a person.
test('"其实我还是想开" after declining the terms brings them back, and "就是开通啊" there turns pay-later on', async () => {
  await declinedTerms();
  await h().say('其实我还是想开');
  expect(await h().state()).toBe(TERMS);
  expect(h().buttonEvents).toEqual(['AFFIRM', 'DENY']);
  await h().say('就是开通啊');
  expect(await h().state()).toBe('flow.onboarding.enabled');
  expect((await h().account('13800000004')).payLater.enabled).toBe(true);
});

// It got a clarifying question whose buttons offered no way to turn it on.
test('"额 还是开吧 刚才手滑" right after declining brings the terms back', async () => {
  await declinedTerms();
  await h().say('额 还是开吧 刚才手滑');
  expect(await h().state()).toBe(TERMS);
  expect((await h().account('13800000004')).payLater.enabled).toBe(false);
});

// In English, "actually I do want it" right after "no" at the terms was not understood.
test.each(['actually I do want it'])('%j right after "no" at the terms brings them back', async (text) => {
  await h().say('turn it on');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe(TERMS);
  await h().say('no');
  expect(await h().state()).toBe('flow.welcome');
  await h().say(text);
  expect(await h().state()).toBe(TERMS);
  expect(h().buttonEvents).toEqual(['AFFIRM', 'DENY']);
  expect((await h().account('13800000004')).payLater.enabled).toBe(false);
});

test.each(['继续开通', '开吧'])('%j at the welcome starts the onboarding with the login', async (text) => {
  await h().say(text);
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
});

// It got a clarifying question offering only 取消 and a person.
test('"好吧 那我去买一下" at the PLUS step: take your time, the step and its buttons stay', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000001');
  expect(await h().state()).toBe(PLUS);
  await h().say('好吧 那我去买一下');
  expect(await h().state()).toBe(PLUS);
  expect(h().buttonEvents).toEqual(['link', 'AFFIRM', 'DENY']);
  // The words that were understood already say the same.
  const taken = h().text;
  await h().say('我去买plus了 等我一下');
  expect(h().text).toBe(taken);
});

// It got the PLUS explainer and stayed at the menu, while "继续" went on.
test('PLUS declined, then bought on the shop page: "我刚买了plus 接着弄吧" checks again and goes on to real-name verification', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000001');
  const shop = h().link('去开通PLUS会员');
  await h().click('暂不开通');
  expect(await h().state()).toBe('flow.welcome');
  await h().submitShopPage(shop, { accountId: 'acct_001' });
  await h().say('我刚买了plus 接着弄吧');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  expect(h().buttonEvents).toEqual(['link', 'AFFIRM', 'DENY']);
});

// It got the checkout steps or a clarifying question.
test('"结算的时候没看到" is answered as "为什么结算页看不到先用后付选项" is: the customer\'s status', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000001');
  await h().say('为什么结算页看不到先用后付选项');
  const full = { text: h().text, buttons: h().buttons, state: await h().state() };
  await h().say('结算的时候没看到');
  expect({ text: h().text, buttons: h().buttons, state: await h().state() }).toEqual(full);
  expect(full.state).toBe(PLUS);
});
