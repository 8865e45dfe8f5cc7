// QA over HTTP, in English: another order's return with its reason at a payment (the earbuds' reason was asked), "yes pay
// it" to the status card of a customer with one overdue lamp (the list, then the list again), goods said broken before the
// login (not understood, the return lost), a question before an order chosen, "where was i" after a cancel.
import { atOrderList, logIn, OTP, useE2e } from './harness';

const h = useE2e();

const statusOf = async (phone: string, orderId: string) => (await h().orders(phone)).find((o) => o.orderId === orderId)?.status;

describe("another order's return said with its reason at the earbuds' payment", () => {
  test.each(['return the rice cooker, it never came', 'now return the rice cooker, it never came'])(
    '%j: the rice cooker\'s return confirmation with that reason, and the earbuds stay unpaid',
    async (words) => {
      await atOrderList(h(), '13800000005', 'en-US');
      await h().say('pay the earbuds');
      expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
      await h().say(words);
      expect(await h().state()).toBe('flow.purchase.confirmingReturn');
      expect(h().text).toContain('Rice cooker 电饭煲');
      expect(h().text).toContain('Reason: it never came');
      expect(h().text).not.toContain('Wireless earbuds');
      await h().click('Request the return');
      expect(await statusOf('13800000005', 'JD5002')).toBe('return_requested');
      expect(await statusOf('13800000005', 'JD5001')).toBe('delivered');
    },
  );

  test('at the list, the same words: the rice cooker\'s confirmation with that reason', async () => {
    await atOrderList(h(), '13800000005', 'en-US');
    await h().say('return the rice cooker, it never came');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain('Rice cooker 电饭煲');
    expect(h().text).toContain('Reason: it never came');
  });
});

describe('13800000006 at the status card, one overdue lamp to pay', () => {
  async function atStatusCard(): Promise<void> {
    await h().reset('en-US');
    await h().say('hi');
    await h().say('13800000006');
    await h().say(OTP);
    expect(await h().state()).toBe('flow.onboarding.enabled');
  }

  test.each(['yes pay it', 'yes, pay it', 'yeah pay for it', 'pay it'])('%j: the lamp\'s payment confirmation', async (words) => {
    await atStatusCard();
    await h().say(words);
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    expect(h().text).toContain('Desk lamp 台灯');
    expect(await statusOf('13800000006', 'JD6001')).toBe('overdue');
  });

  test('"yes" shows the orders, and "yes" again at that list of one is the lamp\'s payment (the list came again)', async () => {
    await atStatusCard();
    await h().say('yes');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    await h().say('yes');
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    expect(h().text).toContain('Desk lamp 台灯');
  });
});

test('"the earbuds are broken" before the login: after it, the earbuds\' return confirmation with those words as the reason', async () => {
  await h().reset('en-US');
  await h().say('the earbuds are broken');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  expect(h().text).toMatch(/return/i);
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
  expect(h().text).toContain('Wireless earbuds 无线耳机');
  expect(h().text).toContain('Reason: the earbuds are broken');
});

test('"who r u? the agent said u would help. pay for earbuds" at the list: who the bot is, then the earbuds\' payment', async () => {
  await atOrderList(h(), '13800000005', 'en-US');
  await h().say('who r u? the agent said u would help. pay for earbuds');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  expect(h().text).toMatch(/bot/);
  expect(h().text).toContain('Wireless earbuds 无线耳机');
});

test('"actually wait what was i doing, continue" after a cancel: what the bot can do, no clarifying question and no "Cancel"', async () => {
  await atOrderList(h(), '13800000005', 'en-US');
  await h().say('cancel');
  expect(await h().state()).toBe('flow.welcome');
  await h().say('actually wait what was i doing, continue');
  expect(await h().state()).toBe('flow.welcome');
  expect(h().text).not.toContain("I'm not sure what you mean");
  expect(h().buttons).not.toContain('Cancel');
});

test('"ok where was i" at the list: the list again, where we were', async () => {
  await atOrderList(h(), '13800000005', 'en-US');
  await h().say('ok where was i');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain("Here's where we were");
});
