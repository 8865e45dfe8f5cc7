// A chat keeps earlier buttons on screen. A yes or no button answers the question it was asked with: tapped later, at
// another step or for another order, it did whatever the current question asked (pay-later turned on by "我已认证好了",
// an order paid by another order's confirmation, a return filed by a pay button).
import { ActionTypes } from 'botbuilder';
import { logIn, useE2e, VALID_ID_NUMBER } from './harness';

const h = useE2e();
const STALE = '那个按钮是前面一步的';

test('"我已认证好了" tapped again once the terms are up does not accept them; the terms button then does', async () => {
  await h().say('我想开通先用后付');
  await logIn(h(), '13800000002');
  const done = h().keep('我已认证好了');
  await h().submitShopPage(h().link('去实名认证'), { accountId: 'acct_002', name: '李四', idNumber: VALID_ID_NUMBER });
  await h().tap(done);
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  // The same button a second time (a double tap, or after the shop's notice moved the chat on): done, the terms next.
  await h().tap(done);
  expect(h().text).toContain('那一步已经完成了');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  expect(h().buttons).toContain('同意并开通');
  expect((await h().account('13800000002')).payLater.enabled).toBe(false);
  await h().click('同意并开通');
  expect((await h().account('13800000002')).payLater.enabled).toBe(true);
});

test("one order's confirmation tapped at another's does nothing, nor does a pay button at a return's confirmation", async () => {
  await h().say('我的订单');
  await logIn(h(), '13800000005');
  await h().click(/^确认收货并付款 · Wireless earbuds/);
  const payEarbuds = h().keep('确认收货并付款');
  await h().click('先不用了');
  await h().click(/^申请退货 · Rice cooker/);
  await h().click(1); // the first reason
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  const fileReturn = h().keep('提交退货申请');

  await h().tap(payEarbuds);
  expect(h().text).toContain(STALE);
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  await h().tap(fileReturn);
  expect(await h().state()).not.toBe('flow.purchase.confirmingReturn');
  const orders = await h().orders('13800000005');
  expect(orders.find((o) => o.title.includes('earbuds'))?.status).toBe('delivered');
  expect(orders.find((o) => o.title.includes('Rice cooker'))?.status).toBe('return_requested');

  // The return's button once more, now that it is filed: nothing is filed again, and nothing paid.
  await h().tap(fileReturn);
  expect(h().text).toContain(STALE);
  expect((await h().orders('13800000005')).find((o) => o.title.includes('earbuds'))?.status).toBe('delivered');
});

test('a button sent before buttons carried their step (no stamp) still answers the question asked now', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000004');
  await h().tap({ type: ActionTypes.MessageBack, title: '同意并开通', text: '同意并开通', value: { event: { type: 'AFFIRM' } } });
  expect((await h().account('13800000004')).payLater.enabled).toBe(true);
});
