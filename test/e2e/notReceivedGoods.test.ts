// Goods the customer says never came: never offered to be paid for, the confirmation left, a person offered to look into
// the delivery or the overdue dispute, and the list to go back to.
import { atOrderList, logIn, useE2e } from './harness';

const h = useE2e();

const lampStatus = async () => (await h().orders('13800000006'))[0]?.status;

test('at the payment confirmation, "台灯我根本没收到 凭什么说我逾期" leaves it: a person and the list, no pay button', async () => {
  await atOrderList(h(), '13800000006');
  await h().click(/确认收货并付款 · Desk lamp/);
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  await h().say('台灯我根本没收到 凭什么说我逾期');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().buttons).toEqual(['转人工客服', '我的订单']);
  expect(h().text).not.toContain('确认已经收到');
  await h().click('转人工客服');
  expect(await h().state()).toBe('handoff');
  expect(await lampStatus()).toBe('overdue');
});

test.each(['I never even got the lamp! why am I overdue', 'I never got the lamp'])(
  'at the order list, %j is told not to confirm receipt, with a person and the list, no pay button',
  async (text) => {
    await h().reset('en-US');
    await h().say('my orders');
    await logIn(h(), '13800000006');
    await h().say(text);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(h().buttons).toEqual(['Talk to a person', 'My orders']);
    await h().click('My orders');
    expect(h().buttonEvents).toContain('ORDER_PAY_CHOSEN');
    expect(await lampStatus()).toBe('overdue');
  },
);
