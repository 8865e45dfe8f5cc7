// Over HTTP (persona 5: earbuds delivered to confirm, a rice cooker on its way, shoes paid): a return taken back with a
// question beside it is taken back and the question answered; a fault of the goods said with "can they go back?" is
// answered yes and their return confirmed with the fault as its reason, once the orders are known.
import { zhCN } from '../../dialogs/messages/zh-CN';
import { enUS } from '../../dialogs/messages/en-US';
import { atOrderList, logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();

const statusOf = async (orderId: string) => (await h().orders('13800000005')).find((o) => o.orderId === orderId)?.status;

describe('"我不想退了，运费谁出？" during the earbuds\' return', () => {
  async function expectTakenBackAndAnswered(): Promise<void> {
    await h().say('我不想退了，运费谁出？');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(h().text).toContain(zhCN['topic.returnShipping']);
    expect(h().text).toContain(zhCN['notice.leftAsIs.return']);
    expect(await statusOf('JD5001')).toBe('delivered');
  }

  test('at the reason step: taken back, and who pays the shipping answered', async () => {
    await returningEarbuds(h());
    await expectTakenBackAndAnswered();
  });

  test('at the confirmation: the same', async () => {
    await returningEarbuds(h());
    await h().say('音质不好');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    await expectTakenBackAndAnswered();
  });
});

describe('"耳机坏了能退吗？"', () => {
  async function expectEarbudsReturnConfirmed(): Promise<void> {
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain(zhCN['topic.returnPossible']);
    expect(h().text).toContain('原因：耳机坏了。');
    expect(h().text).not.toContain(zhCN['faq.return']);
    await h().click('提交退货申请');
    expect(await statusOf('JD5001')).toBe('return_requested');
  }

  test('at the list: yes, and the earbuds\' return with the reason taken, filed by its button', async () => {
    await atOrderList(h(), '13800000005');
    await h().say('耳机坏了能退吗？');
    await expectEarbudsReturnConfirmed();
  });

  test('after the status card, the orders known: the same, not the general returns\' answer', async () => {
    await h().say('状态');
    await logIn(h(), '13800000005');
    await h().say('耳机坏了能退吗？');
    await expectEarbudsReturnConfirmed();
  });

  test('in English at the list: the same', async () => {
    await h().reset('en-US');
    await h().say('my orders');
    await logIn(h(), '13800000005');
    await h().say('the earbuds are broken, can I return them?');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain(enUS['topic.returnPossible']);
    expect(h().text).toContain('Reason: the earbuds are broken');
  });

  test('of the paid shoes at the list: why they cannot go back here, and no yes', async () => {
    await atOrderList(h(), '13800000005');
    await h().say('跑步鞋坏了能退吗？');
    expect(h().text).toContain('「Running shoes 跑步鞋」已经付款完成');
    expect(h().text).not.toContain(zhCN['topic.returnPossible']);
    expect(await statusOf('JD5003')).toBe('paid');
  });

  test('before the login, the orders unknown: the general returns\' answer, nothing started', async () => {
    await h().say('耳机坏了能退吗？');
    expect(h().text).toContain(zhCN['faq.return']);
    expect(h().text).not.toContain(zhCN['topic.returnPossible']);
    expect(await h().state()).toBe('flow.welcome');
  });

  // Its clauses read as two orders' returns: "one at a time" and the login, the question unanswered.
  test('before the login, with a comma or in English: the same', async () => {
    await h().say('耳机坏了，能退吗');
    expect(h().text).toContain(zhCN['faq.return']);
    expect(await h().state()).toBe('flow.welcome');
    await h().reset('en-US');
    await h().say('the earbuds are broken, can I return them?');
    expect(h().text).toContain(enUS['faq.return']);
    expect(h().text).not.toContain(enUS['topic.ordersInTurn']);
    expect(await h().state()).toBe('flow.welcome');
  });
});
