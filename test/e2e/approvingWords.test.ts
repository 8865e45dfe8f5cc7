// Over HTTP, a QA re-probe at the earbuds' payment and return (persona 5) and the shop-page steps (personas 1 and 2):
// approving words with 不 or 没 in them ("不错 付吧") were read as a no, a problem word anywhere in the words ("盒子坏了 东西
// 没事 确认收货", "怕用两天就坏了") turned them into a return, and "还是弄吧" at the PLUS step left the onboarding for the menu.
import { zhCN } from '../../dialogs/messages/zh-CN';
import { atOrderList, logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();
const CONFIRMING_RECEIPT = 'flow.purchase.confirmingReceipt';
const CONFIRMING_RETURN = 'flow.purchase.confirmingReturn';
const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';

const statusOf = async (orderId: string) => (await h().orders('13800000005')).find((o) => o.orderId === orderId)?.status;

async function payingForEarbuds(): Promise<void> {
  await atOrderList(h(), '13800000005');
  await h().click(/^确认收货并付款 · Wireless earbuds/);
  expect(await h().state()).toBe(CONFIRMING_RECEIPT);
}

test.each(['不错 付吧', '还没坏 挺好的 付吧', '耳机没坏 确认收货', '对 没错', '我不想要发票 直接付吧', '盒子坏了 东西没事 确认收货'])(
  '%j at the earbuds\' payment pays for them',
  async (words) => {
    await payingForEarbuds();
    await h().say(words);
    expect(await statusOf('JD5001')).toBe('paid');
    expect(h().text).not.toContain(zhCN['topic.returnInstead']);
  },
);

// Each got "商品有问题的话，这笔先不付款…" and the return's confirmation.
test.each(['之前那个耳机坏了 这个挺好 付吧', '怕用两天就坏了', '万一坏了怎么办'])('%j stays at the payment, no return offered', async (words) => {
  await payingForEarbuds();
  await h().say(words);
  expect(await h().state()).toBe(CONFIRMING_RECEIPT);
  expect(h().text).not.toContain(zhCN['topic.returnInstead']);
  expect(await statusOf('JD5001')).toBe('delivered');
});

test('a worry at the payment is answered: no rush to pay; the "确认收货" after it pays', async () => {
  await payingForEarbuds();
  await h().say('怕用两天就坏了');
  expect(h().text).toContain(zhCN['topic.faultWorry']);
  await h().say('确认收货');
  expect(await statusOf('JD5001')).toBe('paid');
});

test('"不付了" at the payment still leaves the earbuds unpaid', async () => {
  await payingForEarbuds();
  await h().say('不付了');
  expect(await statusOf('JD5001')).toBe('delivered');
  expect(await h().state()).not.toBe(CONFIRMING_RECEIPT);
});

test('"对 没错 提交吧" at the return\'s confirmation files it', async () => {
  await returningEarbuds(h());
  await h().say('尺码不合适');
  expect(await h().state()).toBe(CONFIRMING_RETURN);
  await h().say('对 没错 提交吧');
  expect(await statusOf('JD5001')).toBe('return_requested');
});

// "好的，先不开通。" and the menu; "那还是办了吧" got "I can't see your PLUS yet".
test.each(['还是弄吧', '那还是办了吧', '弄吧', '嗯 还是搞一下吧'])('%j at the PLUS step: go ahead, the step kept', async (words) => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000001');
  expect(await h().state()).toBe(PLUS);
  await h().say(words);
  expect(await h().state()).toBe(PLUS);
  expect(h().text).toContain(zhCN['topic.goingNow']);
  expect(h().text).not.toMatch(/先不开通|不着急办/);
  expect(h().text).not.toContain('还没看到你的PLUS会员生效');
});

test('"还是弄吧" at the real-name step: go ahead, the step kept', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000002');
  expect(await h().state()).toBe(REAL_NAME);
  await h().say('还是弄吧');
  expect(await h().state()).toBe(REAL_NAME);
  expect(h().text).toContain(zhCN['topic.goingNow']);
});

test('"想了想 还是开吧" at the terms turns pay-later on, as "还是开吧" does', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  await h().say('想了想 还是开吧');
  expect((await h().account('13800000004')).payLater.enabled).toBe(true);
});
