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
  // After the minute a code is given to arrive: sooner, none is sent (test/e2e/codeResends.test.ts).
  h().passTime(60_000);
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

// It was told what lateness does and then to "pay before the due date", the lamp's date three days past.
test.each([
  ['zh-CN', '逾期会怎样', /信用记录/, /「Desk lamp 台灯」.*已经逾期/, '记得在截止日期前付款', '确认收货并付款 · Desk lamp 台灯'],
  ['zh-CN', '逾期了会怎么样', /信用记录/, /「Desk lamp 台灯」.*已经逾期/, '记得在截止日期前付款', '确认收货并付款 · Desk lamp 台灯'],
  ['en-US', "what happens if I'm late", /credit record/, /"Desk lamp 台灯" is already overdue/, 'pay by the due date', 'Confirm receipt & pay · Desk lamp 台灯'],
])('in %s, %j from the customer with the overdue lamp: what lateness does, that the lamp is late already, pay it now', async (locale, text, lateness, theirs, beforeDate, payButton) => {
  await h().reset(locale);
  await atOrderList(h(), '13800000006');
  await h().say(text);
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toMatch(lateness);
  expect(h().text).toMatch(theirs);
  expect(h().text).not.toContain(beforeDate);
  expect(h().buttons).toContain(payButton);
});

test('"逾期会怎样" from a customer with nothing overdue (13800000005) is still told to pay before the due date', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('逾期会怎样');
  expect(h().text).toContain('记得在截止日期前付款');
  expect(h().text).not.toContain('已经逾期');
});

// At the list it was read as paying: the list again, asking which order to pay, the lamp's days late unsaid.
test.each([
  ['zh-CN', '收到短信说我逾期了', /「Desk lamp 台灯」¥129\.00，付款截止 \d{4}-\d{2}-\d{2}，已经逾期 3 天/, '确认收货并付款 · Desk lamp 台灯'],
  ['en-US', "I got a text saying I'm overdue", /"Desk lamp 台灯", ¥129\.00, due \d{4}-\d{2}-\d{2}: 3 days overdue/, 'Confirm receipt & pay · Desk lamp 台灯'],
])('in %s, %j at the list: which order is overdue, its amount, date and days late, and its payment offered, nothing paid', async (locale, text, line, payButton) => {
  await h().reset(locale);
  await atOrderList(h(), '13800000006');
  await h().say(text);
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toMatch(line);
  expect(h().buttons).toContain(payButton);
  expect((await h().orders('13800000006')).find((o) => o.orderId === 'JD6001')?.status).toBe('overdue');
});
