// Over HTTP: a customer who names how to pay ("用微信付款") hears that the chat cannot choose it, and the payment goes on.
import { atOrderList, logIn, useE2e } from './harness';

const h = useE2e();

const CANNOT_CHOOSE = '没法替你选付款方式';

// "用微信付款" at the list went straight to the payment's confirmation, naming the order and amount, without a word on WeChat.
test('"用微信付款" at the list: the chat cannot choose the means, then the earbuds\' confirmation, nothing paid yet', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('用微信付款');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  expect(h().text).toContain(CANNOT_CHOOSE);
  expect(h().text).toContain('到商城App里打开这笔订单去付款');
  expect(h().text).toContain('确认已经收到「Wireless earbuds 无线耳机」并付款 ¥299.00');
  expect(h().buttons).toEqual(['确认收货并付款', '先不用了']);
  expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('delivered');
});

test('"用信用卡付" (it was out of scope) and "能用支付宝付吗" at the list of the overdue lamp', async () => {
  await atOrderList(h(), '13800000006');
  await h().say('能用支付宝付吗');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain(CANNOT_CHOOSE);
  expect(h().text).not.toContain('这个我帮不上忙');
  await h().say('用信用卡付');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  expect(h().text).toContain(CANNOT_CHOOSE);
  expect(h().text).toContain('Desk lamp 台灯');
});

test('at the payment\'s confirmation "用微信付款" pays nothing: it is said, and the confirmation asked again', async () => {
  await atOrderList(h(), '13800000005');
  await h().click('确认收货并付款 · Wireless earbuds 无线耳机');
  await h().say('用微信付款');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  expect(h().text).toContain(CANNOT_CHOOSE);
  expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('delivered');
  await h().click('确认收货并付款');
  expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('paid');
});

// The status card told of one order to pay now: "pay with WeChat" there pays that one, as at the list.
test('"pay with WeChat" in English, away from the list: said, then the one order to pay now', async () => {
  await h().say('I want to turn it on');
  await logIn(h(), '13800000005');
  await h().say('pay with WeChat');
  expect(h().text).toContain("I can't choose how you pay from this chat");
  expect(h().text).not.toContain('At checkout');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  expect(h().text).toContain('Wireless earbuds 无线耳机');
});
