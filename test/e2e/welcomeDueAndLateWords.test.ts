// Over HTTP, QA at the welcome before the login: one's own due dates asked (the FAQ on paying, then "What else can I help
// you with?"), an overdue text told as "msg … late on a payment" (the same), and "wat is pay leter" (a login "to confirm
// receipt and pay").
import { enUS } from '../../dialogs/messages/en-US';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { atOrderListAfterAsking, useE2e } from './harness';

const h = useE2e();
const PHONE_STEP = 'flow.onboarding.login.awaitingPhone';
const LIST = 'flow.purchase.showingOrders';
/** The due-date answer's first line ("When to pay:"), before the orders' lines. */
const firstLine = (text: string) => text.split('\n')[0];

test('"when r my payments due" before the login: logging in to the orders, whose list answers with the due dates', async () => {
  const asked = await atOrderListAfterAsking(h(), 'when r my payments due', '13800000005', 'en-US');
  expect(asked).not.toContain(enUS['faq.pay']);
  expect(await h().state()).toBe(LIST);
  expect(h().text).toContain(firstLine(enUS['topic.dueDate']));
  expect(h().text).toContain('Wireless earbuds 无线耳机');
});

test('"我什么时候要还款" before the login: the same, in Chinese', async () => {
  await atOrderListAfterAsking(h(), '我什么时候要还款', '13800000005', 'zh-CN');
  expect(await h().state()).toBe(LIST);
  expect(h().text).toContain(firstLine(zhCN['topic.dueDate']));
});

test('"hi i got a msg saying i\'m late on a payment??" before the login: logging in to the orders, then the lamp overdue', async () => {
  const asked = await atOrderListAfterAsking(h(), "hi i got a msg saying i'm late on a payment??", '13800000006', 'en-US');
  expect(asked).not.toContain(enUS['notice.needsLogin.pay']);
  expect(h().text).toContain('Desk lamp 台灯');
  expect(h().text).toMatch(/overdue/i);
});

test('"wat is pay leter" at the welcome: what pay later is, no login', async () => {
  await h().reset('en-US');
  await h().say('wat is pay leter');
  expect(h().text).toContain(enUS['faq.what_is']);
  expect(h().text).not.toContain(enUS['notice.needsLogin.pay']);
  expect(await h().state()).not.toBe(PHONE_STEP);
});
