// Over HTTP, orders misread for personas 5 and 6: an overdue text told in English before the login (a login "to confirm
// receipt and pay"), "凭什么说我逾期了" at the overdue lamp's list (the list again, as if to pay it), and two order actions
// joined by 然后 before the login (not split).
import { enUS } from '../../dialogs/messages/en-US';
import { atOrderList, atOrderListAfterAsking, OTP, useE2e } from './harness';

const h = useE2e();
const PHONE_STEP = 'flow.onboarding.login.awaitingPhone';
const LIST = 'flow.purchase.showingOrders';
const CONFIRMING_RECEIPT = 'flow.purchase.confirmingReceipt';
const REASON = 'flow.purchase.awaitingReturnReason';

test('"hi, I got an sms saying my order is overdue??" before the login: logging in to look at the orders, then the lamp overdue', async () => {
  const asked = await atOrderListAfterAsking(h(), 'hi, I got an sms saying my order is overdue??', '13800000006', 'en-US');
  expect(asked).not.toContain(enUS['notice.needsLogin.pay']);
  expect(h().text).toContain('Desk lamp 台灯');
  expect(h().text).toMatch(/overdue/i);
});

test('"凭什么说我逾期了" at the overdue lamp\'s list: not paid, a person offered to check it', async () => {
  await atOrderList(h(), '13800000006');
  await h().say('凭什么说我逾期了');
  expect(h().buttonEvents).toContain('HUMAN');
  expect(await h().state()).toBe(LIST);
  expect((await h().orders('13800000006')).find((o) => o.orderId === 'JD6001')?.status).toBe('overdue');
});

test('"耳机付款然后电饭煲退货" before the login: the earbuds\' payment after it, the rice cooker\'s return kept', async () => {
  await h().say('耳机付款然后电饭煲退货');
  expect(await h().state()).toBe(PHONE_STEP);
  await h().say('13800000005');
  await h().say(OTP);
  expect(await h().state()).toBe(CONFIRMING_RECEIPT);
  expect(h().text).toContain('Wireless earbuds 无线耳机');
  await h().click('确认收货并付款');
  expect(await h().state()).toBe(REASON);
  expect(h().text).toContain('Rice cooker 电饭煲');
});
