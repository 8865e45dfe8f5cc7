// Over HTTP, QA's returns (persona 5: earbuds delivered, a rice cooker on its way, shoes paid): an exchange asked for is
// sent to the shop's order page or a person before the return is offered; a reason said with the return is not asked
// again; why a paid order cannot go back; which goods pay-later buys; goods found fine at their return are paid instead;
// and the same wishes and reasons in English.
import { zhCN } from '../../dialogs/messages/zh-CN';
import { atOrderList, logIn, OTP, returningEarbuds, useE2e } from './harness';

const h = useE2e();

const statusOf = async (orderId: string) => (await h().orders('13800000005')).find((o) => o.orderId === orderId)?.status;

test('"能换货吗？我想换个颜色" after 其他原因: exchanges are not done here, then the return with that reason', async () => {
  await returningEarbuds(h());
  await h().click('其他原因');
  await h().say('能换货吗？我想换个颜色');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain(zhCN['topic.exchange']);
  expect(h().text).not.toContain(zhCN['faq.return']);
  expect(h().text).toContain('原因：我想换个颜色。');
  expect(h().buttons).toEqual(['提交退货申请', '不退了', '转人工客服']);
});

test.each([
  ['电饭煲不想要了', 'JD5002', '「Rice cooker 电饭煲」提交退货退款申请吗？原因：不想要了。'],
  ['耳机有点问题 想退', 'JD5001', '「Wireless earbuds 无线耳机」提交退货退款申请吗？原因：有点问题。'],
])('%j at the list: straight to the confirmation, the reason not asked again', async (text, orderId, confirmation) => {
  await atOrderList(h(), '13800000005');
  await h().say(text);
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain(confirmation);
  await h().click('提交退货申请');
  expect(await statusOf(orderId)).toBe('return_requested');
});

test('"为什么不能退" after the paid shoes\' return was refused: returns here are of unpaid orders, the shop or a person for them', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('跑步鞋尺码小了 想退');
  await h().say('为什么不能退');
  expect(h().text).toContain(zhCN['topic.returnWhyNot.paid'].replace('{titles}', 'Running shoes 跑步鞋'));
  expect(h().buttons).toContain('转人工客服');
  expect(await statusOf('JD5003')).toBe('paid');
});

test('"所有商品都能用先用后付吗" at the earbuds\' payment: the checkout page shows it, the payment kept', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('耳机确认收货');
  await h().say('所有商品都能用先用后付吗');
  expect(h().text).toContain(zhCN['topic.eligibleGoods']);
  expect(h().text).not.toContain(zhCN['faq.checkout']);
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
});

describe('the goods found fine at their reason step, paying asked for: their payment, no return', () => {
  test('"其实挺好的，付款吧"', async () => {
    await h().say('我要退耳机 13800000005');
    await h().say(OTP);
    await h().say('其实挺好的，付款吧');
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    expect(h().text).toContain('Wireless earbuds 无线耳机');
    expect(h().text).not.toContain('原因');
    await h().click('确认收货并付款');
    expect(await statusOf('JD5001')).toBe('paid');
  });

  test('"they\'re ok actually. pay for them"', async () => {
    await h().reset('en-US');
    await h().say('return the earbuds 13800000005');
    await h().say(OTP);
    await h().say("they're ok actually. pay for them");
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    expect(h().text).not.toContain('Reason:');
  });
});

describe('English return wishes and reasons', () => {
  beforeEach(async () => h().reset('en-US'));

  test('"i dont want the earbuds anymore" at the list: their confirmation, not wanted', async () => {
    await h().say('my orders');
    await logIn(h(), '13800000005');
    await h().say('i dont want the earbuds anymore');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain('"Wireless earbuds 无线耳机"? Reason: Don\'t want it.');
  });

  test('"confirm the earbuds" at the status card, then a return instead with its reason: filed', async () => {
    await h().say('status');
    await logIn(h(), '13800000005');
    await h().say('confirm the earbuds');
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    await h().say('wait, no. i want to return them instead');
    await h().say('they broke after one day');
    expect(h().text).toContain('Reason: they broke after one day.');
    await h().say('yes');
    expect(await statusOf('JD5001')).toBe('return_requested');
  });

  test('the rice cooker named, then "it\'s too big for my kitchen": its return with that reason', async () => {
    await h().say('my orders');
    await logIn(h(), '13800000005');
    await h().say('the rice cooker');
    await h().say("it's too big for my kitchen");
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain('"Rice cooker 电饭煲"? Reason: it\'s too big for my kitchen.');
  });

  test('"they broke after one day" to the list asking which to return: the reason kept for the one named next', async () => {
    await h().say('my orders');
    await logIn(h(), '13800000005');
    await h().say('return');
    await h().say('they broke after one day');
    await h().say('the earbuds');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain('Reason: they broke after one day.');
  });
});
