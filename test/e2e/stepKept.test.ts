// Over HTTP, a QA round on what a step keeps: a clarifying question with the step's own buttons (tapped, they answer the
// step), a short line and the link after questions at the PLUS step, no enabling offered to a customer credit refused,
// and "no orders" said once.
import { logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();

const PLUS = 'flow.onboarding.awaitingPlus';
const UNCLEAR = '呜啦啦啦 zzz';

const earbudsStatus = async () => (await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status;

async function atReturnConfirmation(): Promise<void> {
  await returningEarbuds(h());
  await h().click('不想要了');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
}

async function atPlusStep(): Promise<void> {
  await h().say('开通先用后付');
  await logIn(h(), '13800000001');
  expect(await h().state()).toBe(PLUS);
}

describe('a clarifying question at a return\'s confirmation keeps 提交 and 不退了', () => {
  // Its choices were only 退货退款 / 转人工; "不退了" under it only brought the confirmation back.
  test('its 不退了 takes the return back: the list, the earbuds as they were', async () => {
    await atReturnConfirmation();
    await h().say(UNCLEAR);
    expect(await h().state()).toBe('clarifying');
    expect(h().buttons).toEqual(expect.arrayContaining(['提交退货申请', '不退了', '转人工客服']));
    expect(h().buttons.length).toBeLessThanOrEqual(5);
    await h().click('不退了');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(await earbudsStatus()).toBe('delivered');
  });

  test('its 提交退货申请 files the return', async () => {
    await atReturnConfirmation();
    await h().say(UNCLEAR);
    await h().click('提交退货申请');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(await earbudsStatus()).toBe('return_requested');
  });

  test('a bare no typed under it still answers the question: the confirmation again, nothing filed or taken back', async () => {
    await atReturnConfirmation();
    await h().say(UNCLEAR);
    await h().say('不用了');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(await earbudsStatus()).toBe('delivered');
  });
});

describe('at the buy-PLUS step', () => {
  // The PLUS page's link button was missing from the clarifying question.
  test('a clarifying question keeps the PLUS page\'s link, and its "done" checks the step', async () => {
    await atPlusStep();
    const link = h().link(/去开通PLUS/);
    await h().say(UNCLEAR);
    expect(await h().state()).toBe('clarifying');
    expect(h().link(/去开通PLUS/)).toBe(link);
    await h().click('我已开通好了');
    expect(await h().state()).toBe(PLUS);
    expect(h().text).toContain('还没看到你的PLUS会员生效');
  });

  // Each question re-sent the whole block with the address; the PLUS answer sent to the home page's menu beside the link.
  test('questions end with a short line and the link button, and the PLUS answer points to the button', async () => {
    await atPlusStep();
    const link = h().link(/去开通PLUS/);
    await h().say('PLUS会员怎么买');
    expect(await h().state()).toBe(PLUS);
    expect(h().text).toContain('「去开通PLUS会员」');
    expect(h().text).not.toContain('顶部菜单');
    expect(h().text).not.toContain('/shop/plus');
    expect(h().link(/去开通PLUS/)).toBe(link);
    await h().say('开通要钱吗');
    expect(h().text).not.toContain('/shop/plus');
    expect(h().buttonEvents.slice(0, 3)).toEqual(['link', 'AFFIRM', 'DENY']);
  });
});

describe('a customer the credit check refused (persona 3)', () => {
  async function refused(): Promise<void> {
    await h().say('开通先用后付');
    await logIn(h(), '13800000003');
    expect(await h().state()).toBe('flow.onboarding.creditRefused');
  }

  // "你还没有开通先用后付…要现在开通吗？" with a 开通 button, as if nothing had been checked.
  test.each(['我的订单', '结算时怎么用'])('%j: not available for the account now, a person offered, no enabling', async (text) => {
    await refused();
    await h().say(text);
    // The whole refusal once, then its short form ("暂时还不能开通…需要人工客服帮你看看吗？").
    expect(h().text).toMatch(/信用评估|暂时还不能开通/);
    expect(h().text).not.toContain('要现在开通吗');
    expect(h().buttonEvents).not.toContain('ENABLE');
    expect(h().buttonEvents).toContain('HUMAN');
  });
});

// "现在没有需要付款的订单 👍 每一笔的情况见下面的列表。" then "你还没有先用后付订单": a list promised that is not there.
test('right after enabling, "我的账单呢 这个月要还多少钱" says once that there are no orders, and promises no list', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000004');
  await h().click('同意并开通');
  expect(await h().state()).toBe('flow.onboarding.enabled');
  await h().say('我的账单呢 这个月要还多少钱');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).not.toContain('下面的列表');
  expect(h().text.split('还没有先用后付订单')).toHaveLength(2);
  expect(h().buttonEvents).toEqual(['CHECKOUT']);
});
