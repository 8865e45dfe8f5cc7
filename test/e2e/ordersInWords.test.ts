// Orders named in the customer's own words over HTTP: before logging in, and while another order is being returned.
import { atOrderList, logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();

test('"耳机想退货" before logging in: after the login the bot asks why the earbuds go back, not which order', async () => {
  await h().say('耳机想退货');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  expect(h().text).toContain('Wireless earbuds 无线耳机');
});

test('a request that names no order shows the list after the login, and the words are not kept', async () => {
  await h().say('我要退货');
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('想处理哪一笔');
});

test('"不对，我要退的是电饭煲" at the earbuds\' reason step: the rice cooker\'s return is asked about and filed', async () => {
  await returningEarbuds(h());
  await h().say('不对，我要退的是电饭煲');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  expect(h().text).toContain('Rice cooker 电饭煲');
  await h().say('我的开通进度');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  expect(h().text).toContain('先用后付进度');
  await h().click('不想要了');
  expect(h().text).toContain('原因：不想要了');
  await h().click('提交退货申请');
  const orders = await h().orders('13800000005');
  expect(orders.find((o) => o.orderId === 'JD5002')?.status).toBe('return_requested');
  expect(orders.find((o) => o.orderId === 'JD5001')?.status).toBe('delivered');
});

test('the one overdue order: "我现在付" asks to confirm paying it (it listed the orders again)', async () => {
  await atOrderList(h(), '13800000006');
  await h().say('我现在付');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  expect(h().text).toContain('Desk lamp 台灯');
});

// "其他原因" filed the return with the reason "其他原因" at once.
test('"其他原因" asks what it is; the words that follow are the return\'s reason', async () => {
  await returningEarbuds(h());
  await h().click('其他原因');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  expect(h().text).toContain('请简单说说');
  expect(h().buttons).toEqual(['不退了']);
  await h().say('颜色和图片差太多');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('原因：颜色和图片差太多');
});

// "台灯我想退" got "现在不能这样操作" with no reason or next step.
test('an order that cannot be paid or returned is told why, by its status', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('电饭煲付款');
  expect(h().text).toContain('还在路上，收到货以后才能确认收货并付款');
  await h().say('退跑步鞋');
  expect(h().text).toContain('已经付款完成，在这里没法再申请退货');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
});

test('after the earbuds\' return, "我现在付" is told there is nothing to pay (it showed the status card), and the list drops the due date', async () => {
  await returningEarbuds(h());
  await h().click('不想要了');
  await h().click('提交退货申请');
  await h().say('我现在付');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('现在没有需要付款的订单');
  expect(h().text).not.toContain('先用后付进度');
  expect(h().text).not.toContain('付款截止');
});

// "退出登录" answered "已取消" and the orders still showed without a login.
test('"退出登录" logs out: the orders then need a login again', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('退出登录');
  expect(h().text).toContain('已退出登录');
  expect(await h().state()).toBe('flow.welcome');
  await h().say('我的订单');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  await h().say('退出登录');
  expect(h().text).toContain('没有登录');
});

// "退货", then "1" asked what to do with the earbuds.
// After "先不用了" the goal lingered: "earbuds" at the list went straight to the earbuds' return.
test('"退货", then "1", then "不退了": back at the list, "1" is asked about', async () => {
  await h().say('退货');
  await logIn(h(), '13800000005');
  await h().say('1');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  await h().say('不退了');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  await h().say('1');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('想怎么处理');
  await h().say('我一共欠多少钱');
  expect(h().text).toContain('¥299.00（1 笔）');
});

test('"退货" before the list, then "1": the earbuds\' reason is asked; once filed, "2" is asked about', async () => {
  await h().say('退货');
  await logIn(h(), '13800000005');
  await h().say('1');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  expect(h().text).toContain('Wireless earbuds 无线耳机');
  await h().click('不想要了');
  await h().click('提交退货申请');
  await h().say('2');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('想怎么处理');
});

// Under a clarifying question, "提交退货申请" only brought the confirmation back: it took saying twice.
// A plain yes typed there files it too (test/e2e/yesAfterMiss.test.ts); a hesitant one answers the question.
test('under a clarifying question at the return confirmation, a hesitant yes answers the question; the button\'s words file the return', async () => {
  await returningEarbuds(h());
  await h().click('不想要了');
  await h().say('呜啦啦啦 zzz');
  expect(await h().state()).toBe('clarifying');
  await h().say('嗯...');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  await h().say('呜啦啦啦 zzz');
  expect(await h().state()).toBe('clarifying');
  await h().say('提交退货申请');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  const orders = await h().orders('13800000005');
  expect(orders.find((o) => o.orderId === 'JD5001')?.status).toBe('return_requested');
});

// "😀" then "👍" started the enabling login: an emoji yes under a clarifying question answered the welcome. (An emoji
// alone now gets the help and no question: test/e2e/generalReadings.)
test('under a clarifying question at the welcome, "👍" answers the question and the menu comes back', async () => {
  await h().say('呜啦啦啦 zzz');
  expect(await h().state()).toBe('clarifying');
  await h().say('👍');
  expect(await h().state()).toBe('flow.welcome');
});

// "不用了" to "no orders: turn it on now?" asked the same question again.
test('with no orders and pay-later off, "不用了" to turning it on goes back to the menu', async () => {
  await atOrderList(h(), '13800000004');
  expect(h().text).toContain('要现在开通吗');
  await h().say('不用了');
  expect(await h().state()).toBe('flow.welcome');
});
