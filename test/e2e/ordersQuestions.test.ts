// Customers with orders over HTTP, as the QA probe talked to the bot: chatter at a return's reason, changing one's mind
// back, goods not wanted before the list, goods no order has, and questions answered with the list kept.
import { atOrderList, logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();

test('"哈哈" at the reason step asks for the reason again, and a "好" after it files nothing', async () => {
  await returningEarbuds(h());
  await h().say('哈哈');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  expect(h().text).toContain('不像是退货的原因');
  await h().say('好');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('delivered');
});

test('"怎么寄回去" at the reason step is answered there; the reason is still asked for', async () => {
  await returningEarbuds(h());
  await h().say('怎么寄回去');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  expect(h().text).not.toContain('原因：怎么寄回去');
});

test('"不退了", then "还是退吧": the list says how to return one, and the earbuds named go to their reason', async () => {
  await returningEarbuds(h());
  await h().say('不退了');
  await h().say('还是退吧');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('要退的那笔');
  await h().say('耳机');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  expect(h().text).toContain('Wireless earbuds 无线耳机');
});

test('"算了算了还是付吧" at the return\'s confirmation asks to confirm paying for the earbuds (it took the return back only)', async () => {
  await returningEarbuds(h());
  await h().click('不想要了');
  await h().say('算了算了还是付吧');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  expect(h().text).toContain('Wireless earbuds 无线耳机');
});

test('"电饭煲还没到能不能先不要了" after turning it on (read as a no: "好的。") confirms the rice cooker\'s return, not wanted', async () => {
  await h().say('我要开通先用后付');
  await logIn(h(), '13800000005');
  await h().say('电饭煲还没到能不能先不要了');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('「Rice cooker 电饭煲」提交退货退款申请吗？原因：不想要了。');
});

test('goods no order has are told so, and nothing is paid: "帮我付一下那个手机的订单" from the customer with the lamp', async () => {
  await atOrderList(h(), '13800000006');
  await h().say('帮我付一下那个手机的订单');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('没有这一笔');
  await h().say('我要付耳机的钱');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('没有这一笔');
});

test('where the rice cooker is, and how much is due, are answered with the list kept', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('电饭煲什么时候能到啊');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('还在路上');
  expect(h().text).toContain('订单详情');
  expect(h().buttons).toContain('确认收货并付款 · Wireless earbuds 无线耳机');
  await h().say('还有什么要付的吗');
  expect(h().text).toContain('¥299.00');
  await h().say('退货影响信用吗');
  expect(h().text).toContain('逾期付款');
  expect(h().text).not.toContain('商城会评估你的信用');
});

// "pay for my laptop order" before logging in showed the list once logged in, without a word that no order is a laptop.
test('goods no order has, asked for before logging in, are told so once the list is there', async () => {
  await h().say('帮我付一下那个手机的订单');
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('订单里没有这一笔');
});
