// QA: asked before the login, kept after it. "上次那个退货怎么样了" in a new conversation (persona 13800000005, the earbuds'
// return requested in an earlier one) needs the login to look, then is answered with the return's status; a debt disputed
// before the login (persona 13800000006) keeps a person offered first once logged in, with no push to pay.
import { logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();

test.each([
  ['zh-CN', '上次那个退货怎么样了', '申请退货', '「Wireless earbuds 无线耳机」的退货申请已经提交'],
  ['en-US', 'how is my return going?', 'ask for a return', '"Wireless earbuds 无线耳机": your return request is in'],
])('%s: %j in a new conversation: the login to look, then how the return goes', async (locale, words, toApply, status) => {
  await returningEarbuds(h());
  await h().say('音质不好');
  await h().say('确定');
  expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('return_requested');
  await h().open(locale);
  await h().say(words);
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  expect(h().text).not.toContain(toApply);
  await logIn(h(), '13800000005');
  expect(h().text).toContain(status);
  expect(h().text).not.toContain('要退的那笔');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
});

test('a debt disputed before the login: once logged in, the status card offers a person first and does not push to pay', async () => {
  await h().say('你们是不是骗子 我根本没用过先用后付 怎么就欠钱了');
  await logIn(h(), '13800000006');
  expect(await h().state()).toBe('flow.onboarding.enabled');
  expect(h().text).toContain('现在要付的订单：1 笔');
  expect(h().text).not.toContain('请尽快付款');
  expect(h().buttons).toEqual(['转人工客服', '我的订单']);
  await h().click('转人工客服');
  expect(await h().state()).toBe('handoff');
});

test('without a dispute the overdue lamp is still pushed, the orders first', async () => {
  await h().say('状态');
  await logIn(h(), '13800000006');
  expect(h().text).toContain('请尽快付款');
  expect(h().buttons[0]).toBe('我的订单');
});
