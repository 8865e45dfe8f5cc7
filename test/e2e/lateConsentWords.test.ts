// Over HTTP: "看看" at the terms waits (it got a clarifying question, then a person), and "不错，付款吧" about the earbuds
// (persona 13800000005) pays for them (it read as a no).
import { atOrderList, logIn, useE2e } from './harness';

const h = useE2e();
const TERMS = 'flow.onboarding.confirmingTerms';

test('"看看" twice at the terms keeps the terms, turns nothing on, hands no one over', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe(TERMS);
  await h().say('看看');
  expect(await h().state()).toBe(TERMS);
  expect(h().text).toContain('不着急');
  await h().say('我先看看');
  expect(await h().state()).toBe(TERMS);
  expect(h().text).toContain('不着急');
  expect((await h().account('13800000004')).payLater.enabled).toBe(false);
});

test('"不错，付款吧" to "what to do with the earbuds?" goes to their payment, then pays', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('耳机');
  await h().say('不错，付款吧');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  await h().say('要不先付了吧');
  expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('paid');
});
