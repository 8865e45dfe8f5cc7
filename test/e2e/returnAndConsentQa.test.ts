// QA at the return and consent steps, in whole turns with the demo personas: "嗯..." at the terms turned pay-later on,
// questions at the reason step were filed as the reason, return questions got the general returns text, and "好的" after
// a problem named at the payment paid for the faulty goods.
import { enUS } from '../../dialogs/messages/en-US';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { atOrderList, logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();

const TERMS = 'flow.onboarding.confirmingTerms';
const REASON = 'flow.purchase.awaitingReturnReason';
const CONFIRMING_RETURN = 'flow.purchase.confirmingReturn';
const GENERAL_RETURNS = '在订单里选「申请退货」';
const statusOf = async (orderId: string) => (await h().orders('13800000005')).find((o) => o.orderId === orderId)?.status;

describe('a yes trailing off at the terms (13800000004) turns nothing on', () => {
  // Told once, by the terms' reminder that names the button: the general "点下面的确认按钮" line before it said the same.
  test.each(['嗯...', '好...', 'ok...', '嗯。。。'])('%j: told how to go ahead, pay-later still off; "好。" then turns it on', async (words) => {
    await h().say('开通先用后付');
    await logIn(h(), '13800000004');
    expect(await h().state()).toBe(TERMS);
    await h().say(words);
    expect(h().text).toBe(zhCN['prompt.confirmingTerms.again']);
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
  expect(h().text).toContain('原因：耳机坏了');
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

// "yes, the rice cooker never came though" at the earbuds' payment got the not-received answer and left the payment
// (buttons: Talk to a person | My orders). A yes with a remark is no consent; the remark is about another order.
describe('a remark about another order at a confirmation is answered, and the confirmation stays', () => {
  test('"yes, the rice cooker never came though" at the earbuds\' payment: the rice cooker is on its way, nothing paid', async () => {
    await h().say('show my orders');
    await logIn(h(), '13800000005');
    await h().say('pay for the earbuds');
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    const confirmation = h().buttons;
    await h().say('yes, the rice cooker never came though');
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    expect(h().text).toMatch(/"Rice cooker 电饭煲": still on its way/);
    expect(h().text).toContain('Did you receive "Wireless earbuds 无线耳机"');
    expect(h().buttons).toEqual(confirmation);
    expect(await statusOf('JD5001')).toBe('delivered');
    await h().say('yes');
    expect(await statusOf('JD5001')).toBe('paid');
  });

  test('"好的，电饭煲还没到呢" at the earbuds\' return confirmation: the same, nothing filed', async () => {
    await returningEarbuds(h());
    await h().say('尺码不对');
    expect(await h().state()).toBe(CONFIRMING_RETURN);
    const confirmation = h().buttons;
    await h().say('好的，电饭煲还没到呢');
    expect(await h().state()).toBe(CONFIRMING_RETURN);
    expect(h().text).toContain('还在路上');
    expect(h().buttons).toEqual(confirmation);
    expect(await statusOf('JD5001')).toBe('delivered');
  });
});

// "they hurt my ears, can a human approve this faster?" at the earbuds' reason got the general returns text: the reason
// was not taken and the question not answered.
describe('a reason with a person asked to hurry the return: the reason taken, the question answered', () => {
  test.each([
    ['show my orders', 'Return · Wireless earbuds 无线耳机', 'they hurt my ears, can a human approve this faster?', 'they hurt my ears', 'en-US'],
    ['我的订单', '申请退货 · Wireless earbuds 无线耳机', '戴着耳朵疼，能让人工快点批吗', '戴着耳朵疼', 'zh-CN'],
  ] as const)('%#: at the confirmation with the reason, after the answer; nothing filed, no person', async (opening, button, words, reason, locale) => {
    await h().say(opening);
    await logIn(h(), '13800000005');
    await h().click(button);
    expect(await h().state()).toBe(REASON);
    await h().say(words);
    expect(await h().state()).toBe(CONFIRMING_RETURN);
    const catalog = locale === 'zh-CN' ? zhCN : enUS;
    expect(h().text).toContain(catalog['topic.returnSpeedUp']);
    expect(h().text).toContain(reason);
    expect(h().text).not.toContain(catalog['faq.return']);
    expect(h().replies.every((a) => a.locale === locale)).toBe(true);
    expect(await statusOf('JD5001')).toBe('delivered');
  });
});

// Re-probe at the earbuds' reason step, reached as QA did ("13800000005 我要退耳机", then the code).
describe('re-probe at the earbuds\' reason step and confirmation (13800000005)', () => {
  async function atReason(): Promise<void> {
    await logIn(h(), '13800000005 我要退耳机');
    expect(await h().state()).toBe(REASON);
  }

  // "…提交退货退款申请吗？原因：我想了想还是不退了。", and the "好的" after it filed the return.
  test.each(['我想了想还是不退了', '不想退了 还是留着吧', "actually I'll keep it"])('%j takes the return back; a "好的" after it files nothing', async (words) => {
    await atReason();
    await h().say(words);
    expect(h().text).not.toContain('原因：');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    await h().say('好的');
    expect(await statusOf('JD5001')).toBe('delivered');
  });

  test('"还是留着吧" at the confirmation takes it back too', async () => {
    await atReason();
    await h().say('音质差');
    expect(await h().state()).toBe(CONFIRMING_RETURN);
    await h().say('还是留着吧');
    expect(h().text).toContain('不退了');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(await statusOf('JD5001')).toBe('delivered');
  });

  // It said "好的，不退了，订单保持原样。" and the return was lost.
  test('"不对 不是这个" at the confirmation: the reason step again for the earbuds, what may be wrong said; a new reason goes on', async () => {
    await atReason();
    await h().say('音质差');
    expect(h().text).toContain('原因：音质差');
    await h().say('不对 不是这个');
    expect(h().text).toContain(zhCN['topic.returnWhatWrong']);
    expect(h().text).not.toContain(zhCN['notice.leftAsIs.return']);
    expect(await h().state()).toBe(REASON);
    expect(h().text).toContain('Wireless earbuds 无线耳机');
    expect(h().buttons).toContain('不退了');
    await h().say('左耳没声音');
    expect(await h().state()).toBe(CONFIRMING_RETURN);
    expect(h().text).toContain('原因：左耳没声音');
  });

  test('"不对 不是这个", then the goods meant: that order\'s return', async () => {
    await atReason();
    await h().say('音质差');
    await h().say('不对 不是这个');
    await h().say('我要退的是电饭煲');
    expect(await h().state()).toBe(REASON);
    expect(h().text).toContain('Rice cooker 电饭煲');
  });

  // "为什么左耳没声音？" showed the pay-later progress card; "质量太差了吧？" and "充不进电，这正常吗？" the returns' FAQ.
  test.each([
    ['为什么左耳没声音？', '原因：为什么左耳没声音。'],
    ['左耳没声音 怎么回事？', '原因：左耳没声音。'],
    ['质量太差了吧？', '原因：质量太差了。'],
    ['充不进电，这正常吗？', '原因：充不进电。'],
    ['刚才说到哪了？音质太差', '原因：音质太差。'],
  ])('%j is the reason, nothing else answered', async (words, shown) => {
    await atReason();
    await h().say(words);
    expect(await h().state()).toBe(CONFIRMING_RETURN);
    expect(h().text).toContain(shown);
    expect(h().text).not.toContain(zhCN['status.lead']);
    expect(h().text).not.toContain(GENERAL_RETURNS);
  });

  test('"运费谁出？" stays a question: answered, the reason asked again', async () => {
    await atReason();
    await h().say('运费谁出？');
    expect(h().text).toContain(zhCN['topic.returnShipping']);
    expect(await h().state()).toBe(REASON);
  });

  test('"在吗" is no reason', async () => {
    await atReason();
    await h().say('在吗');
    expect(h().text).not.toContain('原因：');
    expect(await h().state()).toBe(REASON);
  });
});
