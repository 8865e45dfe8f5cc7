// QA at the return and consent steps, in whole turns with the demo personas: "嗯..." at the terms turned pay-later on,
// questions at the reason step were filed as the reason, return questions got the general returns text, and "好的" after
// a problem named at the payment paid for the faulty goods.
import { zhCN } from '../../dialogs/messages/zh-CN';
import { atOrderList, logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();

const TERMS = 'flow.onboarding.confirmingTerms';
const REASON = 'flow.purchase.awaitingReturnReason';
const CONFIRMING_RETURN = 'flow.purchase.confirmingReturn';
const GENERAL_RETURNS = '在订单里选「申请退货」';
const statusOf = async (orderId: string) => (await h().orders('13800000005')).find((o) => o.orderId === orderId)?.status;

describe('a yes trailing off at the terms (13800000004) turns nothing on', () => {
  test.each(['嗯...', '好...', 'ok...', '嗯。。。'])('%j: told how to go ahead, pay-later still off; "好。" then turns it on', async (words) => {
    await h().say('开通先用后付');
    await logIn(h(), '13800000004');
    expect(await h().state()).toBe(TERMS);
    await h().say(words);
    expect(h().text).toContain(zhCN['topic.hesitantYes']);
    expect(await h().state()).toBe(TERMS);
    expect((await h().account('13800000004')).payLater.enabled).toBe(false);
    await h().say('好。');
    expect((await h().account('13800000004')).payLater.enabled).toBe(true);
  });
});

test('"嗯..." at the earbuds\' return confirmation files nothing', async () => {
  await returningEarbuds(h());
  await h().say('尺码不对');
  expect(await h().state()).toBe(CONFIRMING_RETURN);
  await h().say('嗯...');
  expect(await h().state()).toBe(CONFIRMING_RETURN);
  expect(await statusOf('JD5001')).toBe('delivered');
});

describe('questions at the earbuds\' reason step are answered, and the reason asked again', () => {
  test('"退货运费谁出啊？钱多久退回来": both answered, no reason filed', async () => {
    await returningEarbuds(h());
    await h().say('退货运费谁出啊？钱多久退回来');
    expect(h().text).toContain(zhCN['topic.returnShipping']);
    expect(h().text).toContain(zhCN['topic.refund']);
    expect(h().text).not.toContain('原因：');
    expect(h().text).not.toContain(GENERAL_RETURNS);
    expect(await h().state()).toBe(REASON);
  });

  test.each([
    ['钱退到哪里', 'topic.refund'],
    ['退款啥时候到', 'topic.refund'],
    ['要自己寄回去吗', 'topic.returnPickup'],
    ['刚才退货原因写错了 能改吗', 'topic.reasonChange'],
    ['验货期是几天', 'topic.inspectionPeriod'],
    ['那我一直不确认收货会怎样', 'topic.notConfirming'],
  ] as const)('%j gets its answer', async (words, id) => {
    await returningEarbuds(h());
    await h().say(words);
    expect(h().text).toContain(zhCN[id]);
    expect(h().text).not.toContain('原因：');
    expect(h().text).not.toContain(GENERAL_RETURNS);
    expect(await h().state()).toBe(REASON);
    await h().say('尺码不对');
    expect(h().text).toContain('原因：尺码不对');
  });

  test('"电饭煲还没到呢能退吗": the rice cooker on its way can go back too', async () => {
    await returningEarbuds(h());
    await h().say('电饭煲还没到呢能退吗');
    expect(h().text).toContain('「Rice cooker 电饭煲」还在路上，现在也能申请退货');
    expect(h().text).not.toContain(GENERAL_RETURNS);
    expect(await h().state()).toBe(REASON);
  });

  test('"和描述不符怎么回事" is the reason', async () => {
    await returningEarbuds(h());
    await h().say('和描述不符怎么回事');
    expect(await h().state()).toBe(CONFIRMING_RETURN);
    expect(h().text).toContain('原因：和描述不符怎么回事');
  });
});

describe('at the earbuds\' return confirmation', () => {
  async function confirming(): Promise<void> {
    await returningEarbuds(h());
    await h().say('尺码不对');
    expect(await h().state()).toBe(CONFIRMING_RETURN);
  }

  test.each([
    ['退款啥时候到', 'topic.refund'],
    ['要自己寄回去吗', 'topic.returnPickup'],
    ['验货期是几天', 'topic.inspectionPeriod'],
  ] as const)('%j gets its answer, the confirmation kept', async (words, id) => {
    await confirming();
    await h().say(words);
    expect(h().text).toContain(zhCN[id]);
    expect(h().text).not.toContain(GENERAL_RETURNS);
    expect(await h().state()).toBe(CONFIRMING_RETURN);
    expect(h().text).toContain('原因：尺码不对');
  });

  test('"刚才退货原因写错了 能改吗": just the new reason, which the confirmation then shows', async () => {
    await confirming();
    await h().say('刚才退货原因写错了 能改吗');
    expect(h().text).toContain(zhCN['topic.reasonChange']);
    expect(await h().state()).toBe(REASON);
    await h().say('颜色和图片不一样');
    expect(h().text).toContain('原因：颜色和图片不一样');
  });
});

test('once the return is filed, changing its reason is for the shop\'s order page or a person', async () => {
  await returningEarbuds(h());
  await h().say('尺码不对');
  await h().say('确定');
  expect(await statusOf('JD5001')).toBe('return_requested');
  await h().say('刚才退货原因写错了 能改吗');
  expect(h().text).toContain(zhCN['topic.reasonChangeFiled']);
  expect(h().text).not.toContain(GENERAL_RETURNS);
  expect(h().buttons).toContain('转人工客服');
});

test('"耳机坏了" at the earbuds\' payment goes to their return: the "好的" after it files the return, pays nothing', async () => {
  await atOrderList(h(), '13800000005');
  await h().click('确认收货并付款 · Wireless earbuds 无线耳机');
  await h().say('耳机坏了');
  expect(h().text).toContain(zhCN['topic.returnInstead']);
  expect(h().text).toContain('原因：坏了');
  expect(await h().state()).toBe(CONFIRMING_RETURN);
  await h().say('好的');
  expect(await statusOf('JD5001')).toBe('return_requested');
});

test('"算了，还是付款吧" after that goes back to paying for them, nothing filed', async () => {
  await atOrderList(h(), '13800000005');
  await h().click('确认收货并付款 · Wireless earbuds 无线耳机');
  await h().say('耳机左边没声音');
  expect(await h().state()).toBe(CONFIRMING_RETURN);
  await h().say('算了，还是付款吧');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  await h().say('好的');
  expect(await statusOf('JD5001')).toBe('paid');
});
