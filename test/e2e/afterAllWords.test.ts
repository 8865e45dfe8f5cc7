// Over HTTP, a QA round in Chinese: a yes said again after a change of mind ("还是弄吧", "还是付了吧", "算了 还是退吧", "不是不要
// 是要") was read as a no, and a return corrected at its confirmation was dropped or answered with the returns' FAQ.
// Persona 5: earbuds delivered (to pay), a rice cooker in transit.
import { atOrderList, logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();
const TERMS = 'flow.onboarding.confirmingTerms';
const CONFIRMING_RETURN = 'flow.purchase.confirmingReturn';

const statusOf = async (orderId: string) => (await h().orders('13800000005')).find((o) => o.orderId === orderId)?.status;

async function payingForEarbuds(): Promise<void> {
  await atOrderList(h(), '13800000005');
  await h().click(/^确认收货并付款 · Wireless earbuds/);
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
}

async function confirmingEarbudsReturn(): Promise<void> {
  await returningEarbuds(h());
  await h().say('尺码不合适');
  expect(await h().state()).toBe(CONFIRMING_RETURN);
}

// It got "好的，先不开通。"
test('"还是弄吧" after "算了 不弄了" at the terms brings the terms back', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe(TERMS);
  await h().say('算了 不弄了');
  expect(await h().state()).toBe('flow.welcome');
  await h().say('还是弄吧');
  expect(await h().state()).toBe(TERMS);
  expect(h().buttonEvents).toEqual(['AFFIRM', 'DENY']);
  expect((await h().account('13800000004')).payLater.enabled).toBe(false);
});

test.each(['还是付了吧', '那还是付吧', '不是不要 是要'])('%j at the earbuds\' payment pays for them', async (words) => {
  await payingForEarbuds();
  await h().say(words);
  expect(await statusOf('JD5001')).toBe('paid');
});

test.each(['还是算了吧', '还是不付了'])('%j at the payment leaves the earbuds unpaid', async (words) => {
  await payingForEarbuds();
  await h().say(words);
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(await statusOf('JD5001')).toBe('delivered');
});

test.each(['算了 还是退吧', '还是退了吧'])('%j at the return\'s confirmation files it', async (words) => {
  await confirmingEarbudsReturn();
  await h().say(words);
  expect(await statusOf('JD5001')).toBe('return_requested');
});

// It took the return back ("好的，不退了").
test('"不对 原因不是这个 是音质太差" at the return\'s confirmation asks again with that reason', async () => {
  await confirmingEarbudsReturn();
  await h().say('不对 原因不是这个 是音质太差');
  expect(await h().state()).toBe(CONFIRMING_RETURN);
  expect(h().text).toContain('原因：音质太差');
  expect(await statusOf('JD5001')).toBe('delivered');
  await h().say('确认');
  expect(await statusOf('JD5001')).toBe('return_requested');
});

// It got the returns' FAQ, the earbuds' return left pending. The rice cooker is on its way: it can be refused, as "退电饭煲"
// at the list does, starting with its reason.
test('"哦不对 我要退的是电饭煲不是耳机" at the earbuds\' confirmation switches the return to the rice cooker', async () => {
  await confirmingEarbudsReturn();
  await h().say('哦不对 我要退的是电饭煲不是耳机');
  expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
  expect(h().text).toContain('Rice cooker 电饭煲');
  await h().say('买重复了');
  expect(await h().state()).toBe(CONFIRMING_RETURN);
  expect(h().text).toContain('Rice cooker 电饭煲');
  await h().say('确认');
  expect(await statusOf('JD5002')).toBe('return_requested');
  expect(await statusOf('JD5001')).toBe('delivered');
});
