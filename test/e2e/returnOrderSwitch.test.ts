// QA: a return whose order is named again at its reason or confirmation (another order, or the same), a return asked for
// with its reason at a payment or in Chinese words split by spaces, and a reason corrected with "原因是…" (persona 5: earbuds
// delivered, a rice cooker on its way).
import { atOrderList, returningEarbuds, useE2e } from './harness';

const h = useE2e();

const statusOf = async (orderId: string) => (await h().orders('13800000005')).find((o) => o.orderId === orderId)?.status;

async function returningRiceCooker(): Promise<void> {
  await atOrderList(h(), '13800000005');
  await h().say('电饭煲要退');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
}

describe('another order named at a return switches the return to it', () => {
  test.each([
    ['耳机退货，音质太差', '原因：音质太差', '提交退货申请'],
    ['sorry I meant the earbuds, they crackle', 'Reason: they crackle', 'Request the return'],
  ])('%j at the rice cooker\'s reason step: the earbuds\' confirmation with that reason', async (words, shown, submit) => {
    await returningRiceCooker();
    await h().say(words);
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain('Wireless earbuds 无线耳机');
    expect(h().text).toContain(shown);
    expect(h().text).not.toContain('Rice cooker');
    await h().click(submit);
    expect(await statusOf('JD5001')).toBe('return_requested');
    expect(await statusOf('JD5002')).toBe('in_transit');
  });

  test('"不对 我说错了 是耳机" at the rice cooker\'s reason step: the earbuds\' reason step; at its confirmation: the earbuds\' with the reason given', async () => {
    await returningRiceCooker();
    await h().say('不对 我说错了 是耳机');
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
    expect(h().text).toContain('Wireless earbuds 无线耳机');
    await h().say('电饭煲');
    await h().say('买重复了');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain('Rice cooker 电饭煲');
    await h().say('不对 我说错了 是耳机');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain('Wireless earbuds 无线耳机');
    expect(h().text).toContain('原因：买重复了');
    expect(await statusOf('JD5002')).toBe('in_transit');
  });

  test('"耳机退货，音质太差" at the rice cooker\'s confirmation: the earbuds\' with that reason', async () => {
    await returningRiceCooker();
    await h().say('买重复了');
    await h().say('耳机退货，音质太差');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain('Wireless earbuds 无线耳机');
    expect(h().text).toContain('原因：音质太差');
  });
});

test('"算了 不付了 我要退货 耳机音质太差了 左耳还有杂音" at the earbuds\' payment: their return\'s confirmation with that reason', async () => {
  await atOrderList(h(), '13800000005');
  await h().click(/^确认收货并付款 · Wireless earbuds/);
  await h().say('算了 不付了 我要退货 耳机音质太差了 左耳还有杂音');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('原因：耳机音质太差了，左耳还有杂音');
  expect(await statusOf('JD5001')).toBe('delivered');
});

test('"第二个退了吧 不想要了" after trying to pay for the rice cooker: its return\'s confirmation, never a payment', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('电饭煲付款');
  await h().say('第二个退了吧 不想要了');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('Rice cooker 电饭煲');
  expect(h().text).toContain('原因：不想要了');
});

test('"耳机退了吧 不想要了" at the list: the earbuds\' confirmation, and "不退了" there leaves them', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('耳机退了吧 不想要了');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('原因：不想要了');
  await h().say('不退了');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(await statusOf('JD5001')).toBe('delivered');
});

test('"退耳机" at the earbuds\' reason step asks the reason again; "原因是左耳有杂音" at the confirmation replaces it', async () => {
  await returningEarbuds(h());
  await h().say('退耳机');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  expect(h().text).not.toContain('原因：退耳机');
  await h().say('尺码不合适');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  await h().say('原因是左耳有杂音');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('原因：左耳有杂音');
});

test.each(['不退了', '算了'])('"耳机" at the list, then %j to "what to do with it?": left as it is, no order in question', async (words) => {
  await atOrderList(h(), '13800000005');
  await h().say('耳机');
  expect(h().text).toContain('想怎么处理');
  await h().say(words);
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).not.toContain('不太确定');
  // No order is in question any more: "退了吧" asks which order, not the earbuds' reason.
  await h().say('退了吧');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(await statusOf('JD5001')).toBe('delivered');
});
