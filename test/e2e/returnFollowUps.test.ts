// QA (returns and payments, personas 13800000005 and 13800000006): a yes in the return's own words files it, an English
// return keeps its reason, a return requested is asked after, a rice cooker on its way asked when to pay, a debt
// disputed, and credit asked about by a customer with an overdue lamp.
import { atOrderList, dateInDays, logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();

const statusOf = async (orderId: string) => (await h().orders('13800000005')).find((o) => o.orderId === orderId)?.status;

test.each(['帮我退吧', '好的 那帮我退吧', '那就退了吧'])('%j at the earbuds\' return confirmation files it (the returns FAQ, or "tap the button")', async (words) => {
  await returningEarbuds(h());
  await h().say('音质不好');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  await h().say(words);
  expect(await statusOf('JD5001')).toBe('return_requested');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
});

test.each([
  ['I want to return the earbuds because the sound is bad', 'the sound is bad'],
  ['return earbuds - left side dead', 'left side dead'],
])('%j at the list: the earbuds\' confirmation with the reason, filed with it', async (words, reason) => {
  await h().reset('en-US');
  await h().say('my orders');
  await logIn(h(), '13800000005');
  await h().say(words);
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain(`Reason: ${reason}`);
  await h().click('Request the return');
  expect(await statusOf('JD5001')).toBe('return_requested');
});

describe('after the earbuds\' return', () => {
  async function returned(): Promise<void> {
    await returningEarbuds(h());
    await h().say('音质不好');
    await h().say('确定');
    expect(await statusOf('JD5001')).toBe('return_requested');
  }

  test.each(['上次那个退货怎么样了', '退款什么时候到'])('%j: the shop is on it, and nothing paid means nothing to refund', async (words) => {
    await returned();
    await h().say(words);
    expect(h().text).toContain('「Wireless earbuds 无线耳机」的退货申请已经提交');
    expect(h().text).toContain('不涉及退款');
    expect(h().text).not.toContain('要退的那笔');
    expect(h().text).not.toContain('在订单里选「申请退货」');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
  });

  test('asked in a new conversation after the status card: the same', async () => {
    await returned();
    await h().open('zh-CN');
    await h().say('状态');
    await logIn(h(), '13800000005');
    await h().say('上次那个退货怎么样了');
    expect(h().text).toContain('退货申请已经提交');
    expect(h().text).not.toContain('在订单里选「申请退货」');
  });
});

test('"那电饭煲什么时候要付钱" after the status card: one message on the rice cooker, paid once it arrives', async () => {
  await h().say('状态');
  await logIn(h(), '13800000005');
  await h().say('那电饭煲什么时候要付钱');
  expect(h().replies).toHaveLength(1);
  expect(h().text).toContain('「Rice cooker 电饭煲」还在路上');
  expect(h().text).not.toContain(dateInDays(7));
  expect(h().buttons).toEqual(['我的订单']);
  expect(await h().state()).toBe('flow.onboarding.enabled');
});

test('"那电饭煲什么时候要付钱" at the list: the rice cooker named, not the earbuds\' date', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('那电饭煲什么时候要付钱');
  expect(h().text).toContain('「Rice cooker 电饭煲」还在路上');
  expect(h().text).not.toContain(`${dateInDays(7)} 前付款`);
  expect(await h().state()).toBe('flow.purchase.showingOrders');
});

test('a debt disputed after the status card (persona 6): a person offered at once, no "pay-later is on 🎉"', async () => {
  await h().say('状态');
  await logIn(h(), '13800000006');
  await h().say('你们是不是骗子 我根本没用过先用后付 怎么就欠钱了');
  expect(h().replies).toHaveLength(1);
  expect(h().buttons).toEqual(['转人工客服', '我的订单']);
  expect(h().text).not.toContain('🎉');
  await h().click('转人工客服');
  expect(await h().state()).toBe('handoff');
});

test.each([
  ['zh-CN', '状态', '会影响征信吗', '退货', '「Desk lamp 台灯」已经逾期'],
  ['en-US', 'status', 'will it affect my credit?', 'about returns', '"Desk lamp 台灯" is overdue'],
])('%s: credit asked after the status card with an overdue lamp: no returns, the lamp named', async (locale, status, words, returns, lamp) => {
  await h().reset(locale);
  await h().say(status);
  await logIn(h(), '13800000006');
  await h().say(words);
  expect(h().text).not.toContain(returns);
  expect(h().text).toContain(lamp);
});
