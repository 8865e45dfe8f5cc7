// A QA re-probe of the order readings over HTTP (personas 13800000005 and 13800000006): goods named loosely or not at all
// when paying, 算了算了 at a return, reasons that start with 怎么, refunds, the days left to pay, and "不要了" of no order.
import { atOrderList, logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();

/** Logged in as persona 5 after asking to turn pay-later on: it is on already. */
async function justLoggedIn(): Promise<void> {
  await h().say('开通');
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe('flow.onboarding.enabled');
}

const earbudsStatus = async () => (await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status;

test('"跑鞋付款", "鞋子的訂單付款" are the paid running shoes, as "跑步鞋付款" is: never the earbuds\' payment', async () => {
  await atOrderList(h(), '13800000005');
  for (const words of ['跑步鞋付款', '跑鞋付款', '运动鞋付款', '鞋子的订单付款', '鞋子的訂單付款']) {
    await h().say(words);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(h().text).toContain('「Running shoes 跑步鞋」已经付过款了');
    expect(h().text).not.toContain('确认已经收到「Wireless earbuds 无线耳机」');
  }
  expect(await earbudsStatus()).toBe('delivered');
});

test('"用微信付款" at the list asks to confirm paying the one order due (it was told the order is not listed)', async () => {
  await atOrderList(h(), '13800000006');
  await h().say('用微信付款');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  expect(h().text).toContain('Desk lamp 台灯');
  expect(h().text).not.toContain('没有这一笔');
});

test('"算了算了" at the reason step takes the return back: nothing is filed and the earbuds stay as they are', async () => {
  await returningEarbuds(h());
  await h().say('算了算了');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('不退了');
  expect(h().text).not.toContain('原因：算了算了');
  expect(await earbudsStatus()).toBe('delivered');
});

test('"怎么寄过来就是坏的" at the reason step is the reason, shown in the confirmation', async () => {
  await returningEarbuds(h());
  await h().say('怎么寄过来就是坏的');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('原因：怎么寄过来就是坏的');
});

test('when a refund comes is no delivery: the refunds\' answer, at the list and at the reason step', async () => {
  await returningEarbuds(h());
  await h().say('退了钱什么时候到账？');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  expect(h().text).toContain('没有钱要退回来');
  expect(h().text).not.toContain('还在路上');
  await h().click('不退了');
  await h().say('之前的退款到哪了');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('没有钱要退回来');
  expect(h().text).not.toContain('还在路上');
});

test('"我还有多少天要还钱" right after the login, and at the list: the due dates', async () => {
  await justLoggedIn();
  await h().say('我还有多少天要还钱');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('付款截止日期');
  await h().say('我还有多少天要还钱');
  expect(h().text).toContain('付款截止日期');
});

test('"电饭锅啥时候到" at the list: the rice cooker is on its way', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('电饭锅啥时候到');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('「Rice cooker 电饭煲」还在路上');
});

test('"东西收到了，包装盒不要了" after the login is no return; "电饭煲还没到能不能先不要了" still is', async () => {
  await justLoggedIn();
  await h().say('东西收到了，包装盒不要了');
  expect(await h().state()).not.toBe('flow.purchase.awaitingReturnReason');
  expect(h().text).not.toContain('要退的那笔');
  await h().say('电饭煲还没到能不能先不要了');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('「Rice cooker 电饭煲」提交退货退款申请吗？原因：不想要了。');
});

// At the return's confirmation a corrected reason got a clarifying question.
test.each([
  ['不对，是发错货了', '原因：发错货了'],
  ['原因写错了，是质量问题', '原因：质量问题'],
  ['actually the reason is it arrived broken', 'Reason: it arrived broken'],
])('%j at the return\'s confirmation replaces the reason and asks to confirm again', async (correction, shown) => {
  await returningEarbuds(h());
  await h().say('尺码不合适');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  await h().say(correction);
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain(shown);
  expect(h().text).not.toContain('尺码不合适');
  expect(await earbudsStatus()).toBe('delivered');
  await h().say('确认');
  expect(await earbudsStatus()).toBe('return_requested');
});

// "不退了" then "还是退吧" showed the list, the earbuds and the reason forgotten.
test('"不退了" at the return\'s confirmation, then "还是退吧": the same return\'s confirmation, with the reason given', async () => {
  await returningEarbuds(h());
  await h().say('尺码不合适');
  await h().say('不退了');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  await h().say('还是退吧');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('Wireless earbuds 无线耳机');
  expect(h().text).toContain('原因：尺码不合适');
  expect(h().buttons).toEqual(['提交退货申请', '不退了']);
  expect(await earbudsStatus()).toBe('delivered');
});

// After a return was submitted, asking to withdraw it got the returns' answer and how to start a return.
test.each(['我不想退了，能撤销吗', 'can I cancel the return?'])(
  '%j after a return was submitted: it cannot be withdrawn in this chat, and a person is offered',
  async (words) => {
    await returningEarbuds(h());
    await h().say('尺码不合适');
    await h().say('确认');
    expect(await earbudsStatus()).toBe('return_requested');
    await h().say(words);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(h().text).toMatch(/没法撤销|can't be withdrawn/);
    expect(h().text).not.toContain('要退的那笔');
    expect(h().buttons).toContain(/[\u4e00-\u9fff]/.test(words) ? '转人工客服' : 'Talk to a person');
    expect(await earbudsStatus()).toBe('return_requested');
  },
);

// QA: a return asked for with its reason ("我要退货，耳机左耳没声音") asked for the reason again, before the login, once
// logged in, and at the list.
describe('a return asked for with its reason goes to its confirmation with that reason', () => {
  test.each([
    ['我要退货，耳机左耳没声音', '原因：耳机左耳没声音', ['提交退货申请', '不退了']],
    ['I want to return the earbuds, the left one has no sound', 'Reason: the left one has no sound', ['Request the return', 'Keep it']],
  ])('%j before the login: after it, the confirmation', async (words, shown, buttons) => {
    await h().say(words);
    await logIn(h(), '13800000005');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain('Wireless earbuds 无线耳机');
    expect(h().text).toContain(shown);
    expect(h().buttons).toEqual(buttons);
    await h().say(/[\u4e00-\u9fff]/.test(words) ? '确认' : 'yes');
    expect(await earbudsStatus()).toBe('return_requested');
  });

  test.each([
    ['我要退货，耳机左耳没声音', '原因：耳机左耳没声音'],
    ['I want to return the earbuds, the left one has no sound', 'Reason: the left one has no sound'],
  ])('%j at the list, and once logged in elsewhere', async (words, shown) => {
    await atOrderList(h(), '13800000005');
    await h().say(words);
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain(shown);
    await h().say('不退了');
    await h().say('开通先用后付');
    expect(await h().state()).toBe('flow.onboarding.enabled');
    await h().say(words);
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain(shown);
    expect(await earbudsStatus()).toBe('delivered');
  });

  test('a request with no reason, or with only a courtesy, still asks the reason', async () => {
    await atOrderList(h(), '13800000005');
    await h().say('我要退耳机，谢谢');
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  });
});

// QA: "原因写错了" at the return's confirmation took the return back; "the reason is wrong" got a clarifying question.
test.each([
  ['原因写错了', '想退的原因是什么', '质量问题', '原因：质量问题'],
  ['the reason is wrong', 'Why would you like to return', 'Quality problem', 'Reason: Quality problem'],
])('%j at the return\'s confirmation: the reason asked again for the same order', async (words, asked, pick, shown) => {
  await returningEarbuds(h());
  await h().say('尺码不合适');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  await h().say(words);
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  expect(h().text).toContain(asked);
  expect(h().text).toContain('Wireless earbuds 无线耳机');
  await h().click(pick);
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain(shown);
  expect(await earbudsStatus()).toBe('delivered');
});

// QA: a return taken back ("不退了") came back on "还是退吧" long after, once the customer had moved on.
test.each([['开通先用后付'], ['我的开通进度'], ['取消']])(
  '"不退了", then %j and the list: "还是退吧" no longer brings back that return',
  async (movedOn) => {
    await returningEarbuds(h());
    await h().say('尺码不合适');
    await h().say('不退了');
    await h().say(movedOn);
    await h().say('我的订单');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    await h().say('还是退吧');
    expect(await h().state()).not.toBe('flow.purchase.confirmingReturn');
    expect(h().text).not.toContain('尺码不合适');
  },
);

test('"不退了", then paying another way round: "还是退吧" after "不付了" no longer brings back that return', async () => {
  await returningEarbuds(h());
  await h().say('尺码不合适');
  await h().say('不退了');
  await h().click(/^确认收货并付款 · Wireless earbuds/);
  await h().say('不付了');
  await h().say('还是退吧');
  expect(await h().state()).not.toBe('flow.purchase.confirmingReturn');
  expect(h().text).not.toContain('尺码不合适');
});

test.each([['退货运费谁出？'], ['我的订单']])('"不退了", %j at the list, then "还是退吧": the same return, as right after', async (asked) => {
  await returningEarbuds(h());
  await h().say('尺码不合适');
  await h().say('不退了');
  await h().say(asked);
  await h().say('还是退吧');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('原因：尺码不合适');
});
