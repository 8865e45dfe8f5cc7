// Over HTTP: the shop's places the bot itself sends customers to (支付管理, 结算页, 订单详情, 账户设置), asked where or what
// they are: what each is and how to get there, where the customer is.
import { logIn, useE2e } from './harness';

const h = useE2e();

const PAYMENT_MANAGEMENT_PATH = '进「我的京东」，点「账户设置」，再点「支付管理」';

// "支付管理在哪" was read as checkout: "要帮你确认收货付款，需要先登录一下…", and a login began.
test('"支付管理在哪" at the welcome: what it is and the way there, no login', async () => {
  await h().say('支付管理在哪');
  expect(h().text).toContain(PAYMENT_MANAGEMENT_PATH);
  expect(h().text).not.toContain('登录');
  expect(await h().state()).toBe('flow.welcome');
});

// Logged in, "我看不懂 什么叫结算页 在哪里" got the whole progress report ("这是你现在的进度 👇 …").
test('logged in at the PLUS step, "我看不懂 什么叫结算页 在哪里": the checkout page said, the step kept', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000001');
  const step = await h().state();
  expect(step).toBe('flow.onboarding.awaitingPlus');
  await h().say('我看不懂 什么叫结算页 在哪里');
  expect(h().text).toContain('结算页就是选好商品、去结算时打开的那一页');
  expect(h().text).not.toContain('这是你现在的进度');
  expect(await h().state()).toBe(step);
});

// In a new chat, "结算页是什么意思 在哪找" got "我不太确定你的意思，是想问下面这些吗？".
test('"结算页是什么意思 在哪找" in a new chat: the checkout page said, no clarifying question', async () => {
  await h().say('结算页是什么意思 在哪找');
  expect(h().text).toContain('结算页就是选好商品、去结算时打开的那一页');
  expect(h().text).not.toContain('我不太确定你的意思');
});

test('order details and the account settings: each its own answer, at the phone step the login kept', async () => {
  await h().say('我要开通');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  await h().say('订单详情在哪看');
  expect(h().text).toContain('订单详情是商城App里每笔订单自己的页面');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  await h().say('账户设置怎么进');
  expect(h().text).toContain('「账户设置」就在里面');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
});

test('asked beside a request, the place is answered first and the request goes ahead', async () => {
  await h().say('支付管理在哪里 帮我开通');
  expect(h().text).toContain(PAYMENT_MANAGEMENT_PATH);
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
});

test('in English: where payment management is, and what the checkout page is', async () => {
  await h().open('en-US');
  await h().say('where is payment management?');
  expect(h().text).toContain('go to 我的京东 > 账户设置 > 支付管理 (My JD > Account settings > Payment management)');
  expect(await h().state()).toBe('flow.welcome');
  await h().say("what's the checkout page?");
  expect(h().text).toContain("The checkout page (结算页) is the page that opens when you've picked your goods and go to checkout");
  expect(await h().state()).toBe('flow.welcome');
});

// Pay-later named with the place is its own question: where pay-later shows.
test('"先用后付在结算页哪里" stays the question of where pay-later is', async () => {
  await h().say('先用后付在结算页哪里');
  expect(h().text).not.toContain('结算页就是选好商品');
});
