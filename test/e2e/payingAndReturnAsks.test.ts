// Over HTTP, persona 13800000005 (earbuds to pay within 7 days): the due date by its own name, paying before trying the
// goods, the money of a return filed and taking it back, the sum at the payment, buying with pay-later, and the enabled
// step's 「看看怎么用」 typed with words around it.
import { atOrderList, dateInDays, logIn, returningEarbuds, useE2e } from './harness';

const h = useE2e();

const EARBUDS_DUE = `「Wireless earbuds 无线耳机」¥299.00，${dateInDays(7)} 前付款`;
const CHECKOUT_STEPS = '在结算页的支付方式里选「先用后付」';

/** Logged in from "我开通了吗": the status card, at the enabled step ("要先看看你的订单吗？"). */
async function atEnabledStep(): Promise<void> {
  await h().say('我开通了吗');
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe('flow.onboarding.enabled');
}

test('"截止日期是哪天" after the status card: the earbuds\' date, not the FAQ on paying', async () => {
  await atEnabledStep();
  await h().say('截止日期是哪天');
  expect(h().text).toContain(EARBUDS_DUE);
  expect(h().text).not.toContain('所以记得在截止日期前付款');
});

test('paying before trying: no rush, with the date; "好的我试完再说" is a short ok, not the list again', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('耳机到了 但是还没试 要马上付吗');
  expect(h().text).toContain('不用马上付');
  expect(h().text).toContain(EARBUDS_DUE);
  await h().say('好的我试完再说');
  expect(h().text).toContain('不着急');
  expect(h().text).not.toContain('你的先用后付订单');
  expect(h().buttons).toContain('确认收货并付款 · Wireless earbuds 无线耳机');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('delivered');
});

test('after the earbuds\' return is filed: nothing paid, nothing to refund; it cannot be taken back here, a person offered', async () => {
  await returningEarbuds(h());
  await h().click('质量问题');
  await h().click('提交退货申请');
  await h().say('钱什么时候退给我');
  expect(h().text).toContain('不涉及退款');
  expect(h().text).not.toContain('在订单里选「申请退货」');
  await h().say('我后悔了 不退了 能撤销吗');
  expect(h().text).toContain('在聊天里没法撤销');
  expect(h().buttons).toContain('转人工客服');
  expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('return_requested');
});

test('"付多少" at the earbuds\' payment: ¥299.00, the confirmation kept and nothing paid', async () => {
  await atOrderList(h(), '13800000005');
  await h().click('确认收货并付款 · Wireless earbuds 无线耳机');
  await h().say('付多少');
  expect(h().text).toContain('「Wireless earbuds 无线耳机」要付 ¥299.00');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  expect(h().buttons).toContain('确认收货并付款');
  expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('delivered');
});

test('"我想用先用后付买个冰箱": how to choose it at checkout, with the limit it has', async () => {
  await atEnabledStep();
  await h().say('我想用先用后付买个冰箱');
  expect(await h().state()).toBe('flow.purchase.checkoutGuide');
  expect(h().text).toContain(CHECKOUT_STEPS);
  expect(h().text).toContain('你现在的先用后付额度是 ¥5,000.00');
});

test.each(['看看怎么用吧', '那看看怎么用吧'])('%j at the enabled step, and later at the welcome: how to use it', async (words) => {
  await atEnabledStep();
  await h().say(words);
  expect(await h().state()).toBe('flow.purchase.checkoutGuide');
  expect(h().text).toContain(CHECKOUT_STEPS);
  await h().say('取消');
  expect(await h().state()).toBe('flow.welcome');
  await h().say(words);
  expect(await h().state()).toBe('flow.purchase.checkoutGuide');
});
