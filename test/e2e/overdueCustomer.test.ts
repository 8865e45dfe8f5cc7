// The customer with an overdue lamp (13800000006) over HTTP, as the QA probe talked to the bot: whether they are overdue and
// how long (the mock sets the lamp due three days before today), a due date they cannot meet, and words not placed.
import { atOrderList, logIn, OTP, useE2e } from './harness';

const h = useE2e();

test('"我是不是逾期了？？急" at the list: the lamp, ¥129, its date, 3 days overdue, and its payment button', async () => {
  await atOrderList(h(), '13800000006');
  await h().say('我是不是逾期了？？急');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toMatch(/「Desk lamp 台灯」¥129\.00，付款截止 \d{4}-\d{2}-\d{2}，已经逾期 3 天/);
  expect(h().buttons).toContain('确认收货并付款 · Desk lamp 台灯');
});

test('"逾期多久了 有罚息吗" right after turning it on: no figures, then the list with 3 days overdue (not "pay before the due date")', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000006');
  await h().say('逾期多久了 有罚息吗');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('查不到具体数字');
  expect(h().text).toContain('已经逾期 3 天');
  expect(h().text).not.toContain('记得在截止日期前付款');
});

test('"有没有逾期" before the login asks for it, and answers once the orders are there', async () => {
  await h().say('有没有逾期');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  await logIn(h(), '13800000006');
  expect(h().text).toContain('已经逾期 3 天');
});

test('"额 我手头紧 能晚几天吗" at the lamp\'s payment: its date is past, pay now or a person; no clarifying question', async () => {
  await atOrderList(h(), '13800000006');
  await h().click('确认收货并付款 · Desk lamp 台灯');
  await h().say('额 我手头紧 能晚几天吗');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  expect(h().text).toContain('已经逾期');
  expect(h().text).not.toContain('我不太确定你的意思');
});

test('"还是没有啊 你们是不是有问题" at the code step sends a new code', async () => {
  await h().say('我要开通');
  await h().say('13800000002');
  await h().say('还是没有啊 你们是不是有问题');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  expect(h().text).toContain('已重新发送验证码');
  await h().say(OTP);
  expect(await h().state()).not.toMatch(/login/);
});

test('"刚才那个号也能开吗" after the credit refusal: each account by itself, log in with it; the refusal kept', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000003');
  expect(await h().state()).toBe('flow.onboarding.creditRefused');
  await h().say('刚才那个号也能开吗');
  expect(await h().state()).toBe('flow.onboarding.creditRefused');
  expect(h().text).toContain('每个账号分开看');
  expect(h().text).toContain('重新开始');
});
