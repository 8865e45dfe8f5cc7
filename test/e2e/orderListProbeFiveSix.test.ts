// QA probe of the order list and its confirmations over HTTP (personas 5 and 6): a fault said at a payment leaves it, an
// order corrected at a return's confirmation, a filed return asked to be withdrawn, goods said to have come that are shown on
// their way, and when to pay with nothing due yet.
import { zhCN } from '../../dialogs/messages/zh-CN';
import { atOrderList, logIn, useE2e } from './harness';

const h = useE2e();
const LIST = 'flow.purchase.showingOrders';
const statusOf = async (phone: string, orderId: string) => (await h().orders(phone)).find((o) => o.orderId === orderId)?.status;

describe('the overdue lamp said to be broken at its payment (13800000006): the payment is left, a person offered', () => {
  test('"等等，台灯坏了，我要退货": why not here, the list, nothing paid; "付吧" after it opens the payment again', async () => {
    await atOrderList(h(), '13800000006');
    await h().say('付吧');
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    await h().say('等等，台灯坏了，我要退货');
    expect(await h().state()).toBe(LIST);
    expect(h().text).toContain('没法申请退货');
    expect(h().text).not.toContain('确认已经收到');
    expect(h().buttons).toContain('转人工客服');
    await h().say('付吧');
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    expect(await statusOf('13800000006', 'JD6001')).toBe('overdue');
  });

  test('"灯不亮" at its payment: what can be done, a person, the list; nothing paid by the yes after it', async () => {
    await atOrderList(h(), '13800000006');
    await h().click('确认收货并付款 · Desk lamp 台灯');
    await h().say('灯不亮');
    expect(await h().state()).toBe(LIST);
    expect(h().text).toContain(zhCN['topic.orderProblem']);
    expect(h().buttons).toContain('转人工客服');
    await h().say('是的');
    expect(await statusOf('13800000006', 'JD6001')).toBe('overdue');
  });
});

test('the earbuds (13800000005, not overdue) said broken at their payment: their return, nothing paid', async () => {
  await atOrderList(h(), '13800000005');
  await h().click('确认收货并付款 · Wireless earbuds 无线耳机');
  await h().say('耳机坏了，我要退货');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(await statusOf('13800000005', 'JD5001')).toBe('delivered');
});

test('"不对，我说的是第一个" at the rice cooker\'s return: the earbuds\' confirmation with the same reason, then filed', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('第2个退掉');
  await h().say('家里已经有一个了');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('Rice cooker 电饭煲');
  await h().say('不对，我说的是第一个');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('Wireless earbuds 无线耳机');
  expect(h().text).toContain('原因：家里已经有一个了');
  await h().click('提交退货申请');
  expect(await statusOf('13800000005', 'JD5001')).toBe('return_requested');
  expect(await statusOf('13800000005', 'JD5002')).toBe('in_transit');
});

test('"我想撤销耳机的退货申请" once it is filed: not in this chat, the order in the shop app, or a person', async () => {
  await atOrderList(h(), '13800000005');
  await h().click('申请退货 · Wireless earbuds 无线耳机');
  await h().say('不想要了');
  await h().click('提交退货申请');
  await h().say('我想撤销耳机的退货申请');
  expect(await h().state()).toBe(LIST);
  expect(h().text).toContain(zhCN['topic.returnWithdrawal']);
  expect(h().text).toContain('商城App');
  expect(h().buttons).toContain('转人工客服');
});

test('"电饭煲收到了，确认收货" while it shows on its way: the tracking may lag, try later, a person', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('电饭煲收到了，确认收货');
  expect(await h().state()).toBe(LIST);
  expect(h().text).toContain('物流信息还没更新');
  expect(h().text).toContain('Rice cooker 电饭煲');
  expect(h().buttons).toContain('转人工客服');
  expect(await statusOf('13800000005', 'JD5002')).toBe('in_transit');
});

test('"我什么时候要还钱？" with nothing due: the rice cooker on its way is paid once it arrives', async () => {
  await atOrderList(h(), '13800000005');
  await h().click('确认收货并付款 · Wireless earbuds 无线耳机');
  await h().click('确认收货并付款');
  await h().say('我什么时候要还钱？');
  expect(h().text).toContain('现在没有需要付款的订单');
  expect(h().text).toContain('「Rice cooker 电饭煲」还在路上');
});

test('in English, nothing due names the order on its way too', async () => {
  await h().reset('en-US');
  await h().say('show my orders');
  await logIn(h(), '13800000005');
  await h().say('pay for the earbuds');
  await h().say('yes');
  await h().say('when do I have to pay?');
  expect(h().text).toContain('"Rice cooker 电饭煲" is still on its way');
});
