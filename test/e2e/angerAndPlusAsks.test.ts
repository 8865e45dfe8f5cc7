// Over HTTP, a Chinese customer prober's round: a request said in anger at the system is met with a line of regret and then
// done; PLUS lapsed, PLUS's other benefits and a minimum amount each get their own answer, not the general PLUS explainer or
// the checkout how-to.
import { useE2e } from './harness';

const h = useE2e();
const PHONE_STEP = 'flow.onboarding.login.awaitingPhone';

// It went straight to the login, the anger unanswered.
test('"你们这破系统 垃圾 快点给我开通！！": a short apology first, then the login that enabling starts', async () => {
  await h().say('你们这破系统 垃圾 快点给我开通！！');
  expect(await h().state()).toBe(PHONE_STEP);
  expect(h().text.startsWith('抱歉让你烦心了')).toBe(true);
  expect(h().text).toContain('手机号');
});

test('"this stupid app, just turn it on!!": the same in English', async () => {
  await h().say('this stupid app, just turn it on!!');
  expect(await h().state()).toBe(PHONE_STEP);
  expect(h().text.startsWith('Sorry this has been so frustrating')).toBe(true);
});

// Each got the general PLUS explainer.
test('"plus会员过期了还能用先用后付吗": PLUS is needed, what a lapse does the terms and the shop say, renewing', async () => {
  await h().say('plus会员过期了还能用先用后付吗');
  expect(await h().state()).toBe('flow.welcome');
  expect(h().text).toContain('以开通协议和商城的说明为准');
  expect(h().text).toContain('续费');
});

test('"plus开了有啥用 除了先用后付": only pay-later\'s part is known here, the rest is on the PLUS page', async () => {
  await h().say('plus开了有啥用 除了先用后付');
  expect(await h().state()).toBe('flow.welcome');
  expect(h().text).toContain('我能讲的只有先用后付这一项');
  expect(h().text).toContain('会员中心');
});

// It got the checkout how-to.
test('"买多少钱以上的东西才能用": no minimum the chat can state; the checkout page shows whether the order can use it', async () => {
  await h().say('买多少钱以上的东西才能用');
  expect(await h().state()).toBe('flow.welcome');
  expect(h().text).toContain('我这里没有可以告诉你的标准');
  expect(h().text).toContain('结算页');
});
