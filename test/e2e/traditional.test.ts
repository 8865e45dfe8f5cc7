// Traditional characters over HTTP: the confirmations, naming an order, logging out and asking for a person were not understood.
import { OTP, useE2e } from './harness';
const h = useE2e();
const orders = async () => (await h().orders('13800000005')).map((o) => [o.orderId, o.status]);
async function atOrders(first: string) { await h().say(first); await h().say('13800000005'); await h().say(OTP); }
test('確認收貨 then 確認收貨並付款 pays', async () => {
  await atOrders('我的訂單'); await h().say('確認收貨');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  await h().say('確認收貨並付款');
  expect(await orders()).toContainEqual(['JD5001', 'paid']);
});
test('確定 at the pay confirmation pays', async () => {
  await atOrders('我要付款'); await h().say('無線耳機');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  await h().say('確定');
  expect(await orders()).toContainEqual(['JD5001', 'paid']);
});
test('耳機想退, 品質問題, 提交退貨申請 files the return', async () => {
  await atOrders('我的訂單'); await h().say('耳機想退');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  await h().say('品質問題');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  await h().say('提交退貨申請');
  expect(await orders()).toContainEqual(['JD5001', 'return_requested']);
});
test('電飯煲 names the order; 退出登錄 logs out; 轉人工 hands over', async () => {
  await atOrders('我的訂單'); await h().say('電飯煲');
  expect(h().text).toContain('Rice cooker 电饭煲');
  await h().say('退出登錄');
  expect(h().text).toContain('已退出登录');
  await h().say('轉人工');
  expect(await h().state()).toBe('handoff');
});
