// The customer with an overdue lamp (13800000006) over HTTP, as the QA probe talked to the bot in Chinese: a worry about
// their credit before the login, whether paying now is still in time, and a phone number said with the orders and a question.
import { atOrderList, logIn, OTP, useE2e } from './harness';

const h = useE2e();

test('"我好像逾期了怎么办 会不会上征信啊" before the login: what lateness does, pay it now, and a login offered that finds it', async () => {
  await h().say('我好像逾期了怎么办 会不会上征信啊');
  expect(await h().state()).toBe('flow.welcome');
  expect(h().text).toContain('信用记录');
  expect(h().text).toContain('没有相关说明');
  expect(h().text).toContain('尽快把逾期的那笔付掉');
  // Not the pay FAQ's "pay before the due date", nor the credit check's eligibility text.
  expect(h().text).not.toContain('记得在截止日期前付款');
  expect(h().text).not.toContain('可以再来试试');
  expect(h().buttons).toEqual(['登录查看并付款']);
  await h().click('登录查看并付款');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  await logIn(h(), '13800000006');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().buttons).toContain('确认收货并付款 · Desk lamp 台灯');
});

test('in English, the same worry before the login is answered and offered the login', async () => {
  await h().reset('en-US');
  await h().say("I think I'm overdue, will it hurt my credit?");
  expect(h().text).toContain('credit record');
  expect(h().text).not.toContain('by the due date');
  expect(h().buttons).toEqual(['Log in to see and pay']);
});

test('"我好像逾期了怎么办 会不会上征信啊" at the list: the lamp named as the overdue one, its payment below', async () => {
  await atOrderList(h(), '13800000006');
  await h().say('我好像逾期了怎么办 会不会上征信啊');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('你逾期的是「Desk lamp 台灯」');
  expect(h().text).not.toContain('可以再来试试');
  expect(h().buttons).toContain('确认收货并付款 · Desk lamp 台灯');
});

test('"现在付 还来得及吗" at the list: yes, it is late already and paying now stops that; the lamp\'s payment opens, nothing paid yet', async () => {
  await atOrderList(h(), '13800000006');
  await h().say('现在付 还来得及吗');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  expect(h().text).toContain('来得及');
  expect(h().text).toContain('不会再继续逾期');
  expect(h().text).not.toContain('记得在截止日期前付款');
  expect(h().buttons).toContain('确认收货并付款');
  expect((await h().orders('13800000006')).find((o) => o.orderId === 'JD6001')?.status).toBe('overdue');
  await h().click('确认收货并付款');
  expect((await h().orders('13800000006')).find((o) => o.orderId === 'JD6001')?.status).toBe('paid');
});

test('phone number, orders and a question in one message: after the code, the list and the overdue answer naming the lamp', async () => {
  await h().say('我手机号是13800000006，帮我看看订单，顺便问下逾期了怎么办');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  await h().say(OTP);
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('Desk lamp 台灯 · ¥129.00');
  expect(h().text).toContain('「Desk lamp 台灯」付款截止日期已经过了');
  expect(h().text).not.toContain('要先看看你的订单吗');
  expect(h().buttons).toContain('确认收货并付款 · Desk lamp 台灯');
  // Answered once: the words are not kept for another list.
  expect((await h().storedRecord())?.orderWords).toBeUndefined();
  expect((await h().storedRecord())?.orderQuestionsOpen).toBeUndefined();
});

test('the phone number with the orders alone still lists them after the code, with no answer before the list', async () => {
  await h().say('我手机号是13800000006，帮我看看订单');
  await h().say(OTP);
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toMatch(/^你的先用后付订单/);
});
