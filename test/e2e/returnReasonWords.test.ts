// QA over HTTP (persona 5: earbuds delivered, a rice cooker on its way; persona 6: an overdue lamp): "不想要了" at a
// return's confirmation files it, goods not wanted asked whether they can go back start their return, the reason changed
// in a sentence, a complaint beside a reason, and a payment confirmed after coming back.
import { atOrderList, logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();

const statusOf = async (phone: string, orderId: string) => (await h().orders(phone)).find((o) => o.orderId === orderId)?.status;

test('"那电饭煲我不要了 退掉", then "不想要了" at the confirmation: the reason is "不想要了" and the return is filed', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('那电饭煲我不要了 退掉');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('原因：不想要了。');
  expect(h().text).not.toContain('电饭煲我不要了');
  await h().say('不想要了');
  expect(await statusOf('13800000005', 'JD5002')).toBe('return_requested');
  expect(h().text).not.toContain('不退了，订单保持原样');
});

test('"459.9那个我不想要了，能退吗，还没到呢": the rice cooker\'s confirmation, not wanting it the reason (not asked again)', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('459.9那个我不想要了，能退吗，还没到呢');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('「Rice cooker 电饭煲」提交退货退款申请吗？原因：不想要了。');
});

test('"等一下 原因改成质量问题吧" at the confirmation: the reason is 质量问题, the confirmation with its own buttons', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('电饭煲要退');
  await h().click('不想要了');
  await h().say('等一下 原因改成质量问题吧');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('原因：质量问题。');
  expect(h().buttons).toEqual(['提交退货申请', '不退了']);
  expect(await statusOf('13800000005', 'JD5002')).toBe('in_transit');
});

test('a reason said with "你们怎么搞的": a word of regret, and the reason without it', async () => {
  await returningEarbuds(h());
  await h().say('左耳没声音，你们怎么搞的');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('抱歉');
  expect(h().text).toContain('原因：左耳没声音。');
});

// The confirmation said "原因：原因：屏幕碎了。" and "Reason: Reason: the earbuds are broken.": the words naming the reason kept.
test.each([
  ['zh-CN', '我要退耳机', '原因：屏幕碎了', '原因：屏幕碎了。'],
  ['en-US', 'return the earbuds', 'Reason: the earbuds are broken', 'Reason: the earbuds are broken.'],
] as const)('%s: %j, then %j at the reason step: filed without its lead-in', async (locale, request, words, confirmation) => {
  await h().reset(locale);
  await h().say(request);
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  await h().say(words);
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain(confirmation);
  expect(h().text).not.toMatch(/原因：原因|Reason: Reason/);
});

// With no lamp among the orders, the earbuds' payment was confirmed: the only order due was guessed.
test('"我回来了，刚才那个台灯 确认付款" at a list with no lamp: not among the orders, the list again, nothing paid', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('我回来了，刚才那个台灯 确认付款');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('没有这一笔');
  expect(h().buttons.some((b) => b.includes('Wireless earbuds'))).toBe(true);
  expect(await statusOf('13800000005', 'JD5001')).toBe('delivered');
});

test('"我回来了，刚才那个台灯 确认付款" at the lamp\'s payment pays for it', async () => {
  await atOrderList(h(), '13800000006');
  await h().click(/^确认收货并付款 · Desk lamp/);
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  await h().say('我回来了，刚才那个台灯 确认付款');
  expect(await statusOf('13800000006', 'JD6001')).toBe('paid');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
});
