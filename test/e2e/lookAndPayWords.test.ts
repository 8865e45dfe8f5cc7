// Over HTTP, two misses found trying the bot as a customer (persona 13800000005): "看看" to "有订单现在就该付了，要先看看你的订单
// 吗？" was not understood (the next unclear words handed the customer over), and "没错 付吧" to "想怎么处理？" about the earbuds
// showed the list again instead of their payment.
import { zhCN } from '../../dialogs/messages/zh-CN';
import { atOrderList, logIn, useE2e } from './harness';

const h = useE2e();
const ENABLED = 'flow.onboarding.enabled';
const LIST = 'flow.purchase.showingOrders';
const CONFIRMING_RECEIPT = 'flow.purchase.confirmingReceipt';

/** Logged in as persona 5 after asking to turn pay-later on: it is on, and the orders are offered, one to pay now. */
async function offeredTheOrders(): Promise<void> {
  await h().say('开通');
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe(ENABLED);
  expect(h().text).toContain(zhCN['prompt.enabled.owed']);
}

test.each(['看看', '看看吧', '看一下', '好 看看', '瞧瞧', '我先看看'])('%j to the offer of the orders shows them', async (words) => {
  await offeredTheOrders();
  await h().say(words);
  expect(await h().state()).toBe(LIST);
  expect(h().text).toContain('Wireless earbuds 无线耳机');
  expect(h().buttons).toContain('确认收货并付款 · Wireless earbuds 无线耳机');
});

test('"看看" after a clarifying question at the offer still shows the orders', async () => {
  await offeredTheOrders();
  await h().say('呃呃呃');
  expect(await h().state()).toBe('clarifying');
  await h().say('看看');
  expect(await h().state()).toBe(LIST);
  expect(h().buttons).toContain('确认收货并付款 · Wireless earbuds 无线耳机');
});

test('"看看" to the offer of how to use it (no order owed) shows the checkout guide', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000004');
  await h().click('同意并开通');
  expect(await h().state()).toBe(ENABLED);
  expect(h().text).toContain(zhCN['prompt.enabled.next']);
  await h().say('看看吧');
  expect(await h().state()).toBe('flow.purchase.checkoutGuide');
});

test('"好的我先看看" at the terms is still a yes told how to go ahead: nothing is turned on', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  await h().say('好的我先看看');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  expect((await h().account('13800000004')).payLater.enabled).toBe(false);
});

test.each(['没错 付吧', '对 付吧', '是的 付', '没错 付', '没问题 付款'])(
  '%j to "what to do with the earbuds?" asks to confirm their payment, as "付吧" does',
  async (words) => {
    await atOrderList(h(), '13800000005');
    await h().say('耳机');
    expect(await h().state()).toBe(LIST);
    expect(h().text).toContain('想怎么处理');
    await h().say(words);
    expect(await h().state()).toBe(CONFIRMING_RECEIPT);
    expect(h().text).toContain('Wireless earbuds 无线耳机');
    await h().click('确认收货并付款');
    expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('paid');
  },
);

test('"好的 不付了" to the same question pays nothing', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('耳机');
  await h().say('好的 不付了');
  expect(await h().state()).not.toBe(CONFIRMING_RECEIPT);
  expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('delivered');
});
