// Over HTTP, small leftovers of the QA rounds: a return taken back with 那就, when a shop-page step is done asked, PLUS
// bought and not shown, trying again asked after the credit refusal was left, an overdue text before logging in.
import { logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();

const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';

async function atStep(phone: string): Promise<void> {
  await h().say('开通先用后付');
  await logIn(h(), phone);
}

// It was not understood ("不退了" was).
test('"那就不退了吧" at the earbuds\' return confirmation takes the return back: the list, the order as it is', async () => {
  await returningEarbuds(h());
  await h().say('音质太差');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  await h().say('那就不退了吧');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('不退了');
  expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('delivered');
});

// 完成 read it as "done": it rechecked and said the verification was not seen.
test('"认证什么时候能完成" at the real-name step: no time promised, no recheck, the step kept', async () => {
  await atStep('13800000002');
  await h().say('认证什么时候能完成');
  expect(await h().state()).toBe(REAL_NAME);
  expect(h().text).toContain('商城自己的页面');
  expect(h().text).not.toContain('还没看到实名认证完成');
});

// It got the PLUS explainer (how to buy it).
test('"PLUS什么时候生效" at the PLUS step: no time promised, no explainer, the step kept', async () => {
  await atStep('13800000001');
  await h().say('PLUS什么时候生效');
  expect(await h().state()).toBe(PLUS);
  expect(h().text).toContain('没有具体时间');
  expect(h().text).not.toContain('PLUS是商城的付费会员服务');
  expect(h().buttonEvents).toEqual(['link', 'AFFIRM', 'DENY']);
});

// It got the PLUS explainer, telling the customer how to buy what they said they bought.
test('"我买了plus怎么还没显示" at the PLUS step checks again: not yet, what to check, a person', async () => {
  await atStep('13800000001');
  await h().say('我买了plus怎么还没显示');
  expect(await h().state()).toBe(PLUS);
  expect(h().text).toContain('还没看到你的PLUS会员生效');
  expect(h().text).not.toContain('PLUS是商城的付费会员服务');
  expect(h().buttonEvents).toContain('HUMAN');
});

// A clarifying question offering 结算时怎么用.
test.each(['下个月能再试吗', 'can I try again next month'])('%j after the credit refusal was left with "不用了": when to try again', async (text) => {
  await atStep('13800000003');
  expect(await h().state()).toBe('flow.onboarding.creditRefused');
  await h().say('不用了');
  expect(await h().state()).toBe('flow.welcome');
  await h().say(text);
  expect(await h().state()).toBe('flow.welcome');
  expect(h().text).toMatch(/没有具体的时间说明|don't have a set time/);
  expect(h().buttonEvents).toContain('HUMAN');
});

// The English got the FAQ on paying and the menu; the Chinese asked to log in to look at the orders.
test.each([
  ['zh-CN', '收到短信说我逾期了'],
  ['en-US', 'hi i got a text saying im overdue??'],
])('in %s, %j before logging in: the login, to look at the orders', async (locale, text) => {
  await h().reset(locale);
  await h().say(text);
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
});
