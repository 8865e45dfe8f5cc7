// QA: returns asked for at a payment (a clarifying question's 退货退款 button, plain words), a return asked for with its
// reason before the order is chosen, a correction written without spaces at a return, and paying for one order while
// asking where another is (persona 5: earbuds delivered, a rice cooker on its way).
import { atOrderList, logIn, useE2e } from './harness';

const h = useE2e();

const statusOf = async (orderId: string) => (await h().orders('13800000005')).find((o) => o.orderId === orderId)?.status;

async function payingEarbuds(): Promise<void> {
  await atOrderList(h(), '13800000005');
  await h().click(/^确认收货并付款 · Wireless earbuds/);
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
}

describe('a return asked for at the earbuds\' payment is their return (it gave the returns FAQ and the payment again)', () => {
  test('the 退货退款 button of a clarifying question: the earbuds\' reason step', async () => {
    await payingEarbuds();
    // Too vague to read ("东西有毛病", a fault said, is now their return, as "东西好像有问题" is): the clarifying question.
    await h().say('这个有点不对劲');
    expect(await h().state()).toBe('clarifying');
    await h().click('退货退款');
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
    expect(h().text).toContain('Wireless earbuds 无线耳机');
    expect(h().buttons).not.toContain('确认收货并付款');
    expect(await statusOf('JD5001')).toBe('delivered');
  });

  test.each(['我要退货', '退货退款', 'send back'])('%j typed: the earbuds\' reason step', async (words) => {
    await payingEarbuds();
    await h().say(words);
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
    expect(h().text).toContain('Wireless earbuds 无线耳机');
  });

  test('at the overdue lamp\'s payment (persona 6): it cannot go back, said so, the payment left (no bare yes pays for it)', async () => {
    await atOrderList(h(), '13800000006');
    await h().click('确认收货并付款 · Desk lamp 台灯');
    await h().say('send back');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(h().text).toContain('没法申请退货');
    expect(h().buttons).toContain('转人工客服');
    expect((await h().orders('13800000006'))[0]?.status).toBe('overdue');
  });

  test('asked about ("能退吗"), it is still answered and the payment kept', async () => {
    await payingEarbuds();
    await h().say('能退吗');
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  });
});

describe('"我要退货，尺码太大" with two orders that can go back: the order chosen next takes that reason', () => {
  test('logged in, at the list: the rice cooker\'s confirmation with it, and filed with it', async () => {
    await atOrderList(h(), '13800000005');
    await h().say('我要退货，尺码太大');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    await h().click('申请退货 · Rice cooker 电饭煲');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain('原因：尺码太大');
    await h().click('提交退货申请');
    expect(await statusOf('JD5002')).toBe('return_requested');
    expect(await statusOf('JD5001')).toBe('delivered');
  });

  test('said before logging in: kept through the login', async () => {
    await h().say('我要退货，尺码太大');
    await logIn(h(), '13800000005');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    await h().say('电饭煲');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain('Rice cooker 电饭煲');
    expect(h().text).toContain('原因：尺码太大');
  });

  test('used once: after a payment chosen in between, the next return asks its reason', async () => {
    await atOrderList(h(), '13800000005');
    await h().say('我要退货，尺码太大');
    await h().click(/^确认收货并付款 · Wireless earbuds/);
    await h().click('先不用了');
    await h().click('申请退货 · Rice cooker 电饭煲');
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  });
});

test('"不对我说错了是耳机" (no spaces) at the rice cooker\'s reason step: the earbuds\' reason step, not filed as a reason', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('电饭煲要退');
  await h().say('不对我说错了是耳机');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  expect(h().text).toContain('Wireless earbuds 无线耳机');
  expect(h().text).not.toContain('原因：');
});

test('"帮我把耳机付了 顺便看看电饭煲到哪了" at the list: where the rice cooker is, then the earbuds\' payment to confirm', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('帮我把耳机付了 顺便看看电饭煲到哪了');
  expect(h().text).toContain('「Rice cooker 电饭煲」还在路上');
  expect(h().text).not.toContain('一次处理一笔');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  expect(h().buttons).toContain('确认收货并付款');
  expect(await statusOf('JD5001')).toBe('delivered');
});
