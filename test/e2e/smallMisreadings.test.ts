// Small misreadings in whole turns: the goods kept in a return's reason, "质量不行" at a payment, the order being returned
// named again at its confirmation, and "why this step, I have the other" at the shop-page steps.
import { zhCN } from '../../dialogs/messages/zh-CN';
import { atOrderList, logIn, useE2e } from './harness';

const h = useE2e();

const CONFIRMING_RETURN = 'flow.purchase.confirmingReturn';
const statusOf = async (orderId: string) => (await h().orders('13800000005')).find((o) => o.orderId === orderId)?.status;

test('"耳机左边没声音，退了吧" at the list: the confirmation says the whole fault', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('耳机左边没声音，退了吧');
  expect(await h().state()).toBe(CONFIRMING_RETURN);
  expect(h().text).toContain('原因：耳机左边没声音');
});

test('"质量不行" at the earbuds\' payment: their return offered with it, nothing paid', async () => {
  await atOrderList(h(), '13800000005');
  await h().click('确认收货并付款 · Wireless earbuds 无线耳机');
  await h().say('质量不行');
  expect(h().text).toContain(zhCN['topic.returnInstead']);
  expect(await h().state()).toBe(CONFIRMING_RETURN);
  expect(await statusOf('JD5001')).toBe('delivered');
});

test('"不对，我要退的是电饭煲" at the rice cooker\'s confirmation files its return', async () => {
  await atOrderList(h(), '13800000005');
  await h().click('申请退货 · Rice cooker 电饭煲');
  await h().click('不想要了');
  expect(await h().state()).toBe(CONFIRMING_RETURN);
  await h().say('不对，我要退的是电饭煲');
  expect(await statusOf('JD5002')).toBe('return_requested');
});

test('"我已经是PLUS会员了 为什么还要认证" at real-name: both are needed, the step kept', async () => {
  await h().click('开通先用后付');
  await logIn(h(), '13800000002');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  await h().say('我已经是PLUS会员了 为什么还要认证');
  expect(h().text).toContain(zhCN['topic.bothConditions']);
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
});

test('"我已经实名了 为什么还要买plus" at PLUS: both are needed, the step kept', async () => {
  await h().click('开通先用后付');
  await logIn(h(), '13800000001');
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
  await h().say('我已经实名了 为什么还要买plus');
  expect(h().text).toContain(zhCN['topic.bothConditions']);
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
});
