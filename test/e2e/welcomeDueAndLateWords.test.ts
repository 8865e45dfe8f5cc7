// Over HTTP, QA at the welcome before the login: one's own due dates asked (the FAQ on paying, then "What else can I help
// you with?"), an overdue text told as "msg … late on a payment" (the same), and "wat is pay leter" (a login "to confirm
// receipt and pay").
import { enUS } from '../../dialogs/messages/en-US';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { logIn, useE2e } from './harness';

const h = useE2e();
const PHONE_STEP = 'flow.onboarding.login.awaitingPhone';
const LIST = 'flow.purchase.showingOrders';
/** The due-date answer's first line ("When to pay:"), before the orders' lines. */
const firstLine = (text: string) => text.split('\n')[0];

test('"when r my payments due" before the login: logging in to the orders, whose list answers with the due dates', async () => {
  await h().reset('en-US');
  await h().say('when r my payments due');
  expect(await h().state()).toBe(PHONE_STEP);
  expect(h().text).toContain(enUS['notice.needsLogin.orders']);
  expect(h().text).not.toContain(enUS['faq.pay']);
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe(LIST);
  expect(h().text).toContain(firstLine(enUS['topic.dueDate']));
  expect(h().text).toContain('Wireless earbuds 无线耳机');
});

test('"我什么时候要还款" before the login: the same, in Chinese', async () => {
  await h().say('我什么时候要还款');
  expect(await h().state()).toBe(PHONE_STEP);
  expect(h().text).toContain(zhCN['notice.needsLogin.orders']);
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe(LIST);
  expect(h().text).toContain(firstLine(zhCN['topic.dueDate']));
});

test('"hi i got a msg saying i\'m late on a payment??" before the login: logging in to the orders, then the lamp overdue', async () => {
  await h().reset('en-US');
  await h().say("hi i got a msg saying i'm late on a payment??");
  expect(await h().state()).toBe(PHONE_STEP);
  expect(h().text).toContain(enUS['notice.needsLogin.orders']);
  expect(h().text).not.toContain(enUS['notice.needsLogin.pay']);
  await logIn(h(), '13800000006');
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
