// Over HTTP (persona 5: earbuds delivered to pay, a rice cooker on its way, shoes paid): paying or returning refused starts
// neither ("i don't want to pay" after the login went to the earbuds' payment, "我不想退" at it to their return); the goods
// found fine said alone at the return's reason ask whether to keep them; "有点问题" there is the reason; "电饭煲不想要了，可以
// 退吗" is answered yes in a line before the return's confirmation.
import { zhCN } from '../../dialogs/messages/zh-CN';
import { enUS } from '../../dialogs/messages/en-US';
import { atOrderList, logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();
const LIST = 'flow.purchase.showingOrders';
const CONFIRMING_RECEIPT = 'flow.purchase.confirmingReceipt';
const REASON = 'flow.purchase.awaitingReturnReason';
const CONFIRMING_RETURN = 'flow.purchase.confirmingReturn';

const statusOf = async (orderId: string) => (await h().orders('13800000005')).find((o) => o.orderId === orderId)?.status;

/** Logged in from a greeting, in English: the status card, which offers the orders (one is to pay). */
async function afterStatusCard(): Promise<void> {
  await h().reset('en-US');
  await h().say('hi');
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe('flow.onboarding.enabled');
}

async function expectNothingStarted(state: string, line: string): Promise<void> {
  expect(await h().state()).toBe(state);
  expect(h().text).toContain(line);
  expect(await statusOf('JD5001')).toBe('delivered');
  expect(await statusOf('JD5002')).toBe('in_transit');
}

describe('paying refused starts no payment', () => {
  test('"i don\'t want to pay" after the status card: the order stays as it is, and what can be done', async () => {
    await afterStatusCard();
    await h().say("i don't want to pay");
    await expectNothingStarted('flow.onboarding.enabled', enUS['topic.orderStaysAsIs']);
  });

  test('"I do not want to pay for the earbuds" at the welcome after the login: the same', async () => {
    await afterStatusCard();
    await h().say('cancel');
    expect(await h().state()).toBe('flow.welcome');
    await h().say('I do not want to pay for the earbuds');
    await expectNothingStarted('flow.welcome', enUS['topic.orderStaysAsIs']);
  });

  test('"i don\'t want to pay" at the order list, in English: the list stays', async () => {
    await atOrderList(h(), '13800000005', 'en-US');
    await h().say("i don't want to pay");
    await expectNothingStarted(LIST, enUS['topic.orderStaysAsIs']);
  });

  test.each(['我不要付款', '先别付'])('%j at the order list: the same in Chinese', async (words) => {
    await atOrderList(h(), '13800000005');
    await h().say(words);
    await expectNothingStarted(LIST, zhCN['topic.orderStaysAsIs']);
  });

  test('"I do not want to pay for the earbuds" at their payment is its no: unpaid, back at the list', async () => {
    await atOrderList(h(), '13800000005', 'en-US');
    await h().click(/^Confirm receipt & pay · Wireless earbuds/);
    expect(await h().state()).toBe(CONFIRMING_RECEIPT);
    await h().say('I do not want to pay for the earbuds');
    await expectNothingStarted(LIST, enUS['notice.leftAsIs.pay']);
  });
});

test('"我不想退" at the earbuds\' payment starts no return: the payment stays, with what can be done', async () => {
  await atOrderList(h(), '13800000005');
  await h().click(/^确认收货并付款 · Wireless earbuds/);
  await h().say('我不想退');
  await expectNothingStarted(CONFIRMING_RECEIPT, zhCN['topic.orderStaysAsIs']);
});

describe('the goods found fine, said alone at the return\'s reason', () => {
  test('"其实挺好的": whether to keep them, the return kept until "不退了"', async () => {
    await returningEarbuds(h());
    await h().say('其实挺好的');
    expect(await h().state()).toBe(REASON);
    expect(h().text).toContain(zhCN['topic.goodsFineAfterAll']);
    await h().click('不退了');
    await expectNothingStarted(LIST, zhCN['notice.leftAsIs.return']);
  });

  test('"actually they\'re fine" in English: the same', async () => {
    await atOrderList(h(), '13800000005', 'en-US');
    await h().click(/^Return · Wireless earbuds/);
    await h().say("actually they're fine");
    expect(await h().state()).toBe(REASON);
    expect(h().text).toContain(enUS['topic.goodsFineAfterAll']);
  });
});

test('"有点问题" at the earbuds\' reason step is the reason', async () => {
  await returningEarbuds(h());
  await h().say('有点问题');
  expect(await h().state()).toBe(CONFIRMING_RETURN);
  expect(h().text).toContain('原因：有点问题。');
  expect(h().text).not.toContain(zhCN['topic.questionComing']);
});

describe('"电饭煲不想要了，可以退吗" with the orders known', () => {
  async function expectRiceCookerReturnConfirmed(): Promise<void> {
    expect(await h().state()).toBe(CONFIRMING_RETURN);
    expect(h().text).toContain(zhCN['topic.returnPossible']);
    expect(h().text).not.toContain(zhCN['faq.return']);
    expect(h().text).toContain('Rice cooker 电饭煲');
    await h().click('提交退货申请');
    expect(await statusOf('JD5002')).toBe('return_requested');
  }

  test('at the list: yes in a line, then its confirmation', async () => {
    await atOrderList(h(), '13800000005');
    await h().say('电饭煲不想要了，可以退吗');
    await expectRiceCookerReturnConfirmed();
  });

  test('after the status card: the same', async () => {
    await h().say('状态');
    await logIn(h(), '13800000005');
    await h().say('电饭煲不想要了，可以退吗');
    await expectRiceCookerReturnConfirmed();
  });
});
