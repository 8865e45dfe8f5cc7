// Over HTTP, English customers as a QA round played them (persona 13800000005): a mobile number after "order" taken for an
// order number, "paylater?" and "is it on now?" not understood, "wait actually yes" after cancelling the login not
// understood, and a payment and a return asked in one message lost before the login.
import { enUS } from '../../dialogs/messages/en-US';
import { OTP, useE2e } from './harness';

const h = useE2e();
const PHONE_STEP = 'flow.onboarding.login.awaitingPhone';
const LIST = 'flow.purchase.showingOrders';
const CONFIRMING_RECEIPT = 'flow.purchase.confirmingReceipt';
const REASON = 'flow.purchase.awaitingReturnReason';

test.each(['my order 13800000005', 'check my 订单 13800000005'])('%j logs in with the number and shows the orders after the code', async (words) => {
  await h().reset('en-US');
  await h().say(words);
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  expect(h().text).not.toContain(enUS['topic.orderNumberBeforeLogin']);
  await h().say(OTP);
  expect(await h().state()).toBe(LIST);
  expect(h().text).toContain('Wireless earbuds 无线耳机');
});

test.each(['paylater?', 'wat is paylater lol'])('%j in a new conversation is told what pay later is', async (words) => {
  await h().reset('en-US');
  await h().say(words);
  expect(h().text).toContain(enUS['faq.what_is']);
  expect(await h().state()).toBe('flow.welcome');
});

test('"is it on now?" in a new conversation checks the status, which needs the login', async () => {
  await h().reset('en-US');
  await h().say('is it on now?');
  expect(await h().state()).toBe(PHONE_STEP);
  await h().say('13800000005');
  await h().say(OTP);
  // The status card: pay-later is on, one order to pay now.
  expect(await h().state()).toBe('flow.onboarding.enabled');
  expect(h().text).toContain(enUS['prompt.enabled.owed']);
});

test('"wait actually yes" right after "nah not now" cancelled the login goes back to it', async () => {
  await h().reset('en-US');
  await h().say('turn on pay later');
  expect(await h().state()).toBe(PHONE_STEP);
  await h().say('nah not now');
  expect(await h().state()).toBe('flow.welcome');
  await h().say('wait actually yes');
  expect(await h().state()).toBe(PHONE_STEP);
});

// Joined by a plain "and" too ("is it one of these?", then the status card: neither started).
test.each(['hi i want to pay for my earbuds and also return the rice cooker', 'pay for my earbuds and return the rice cooker'])(
  'a payment and a return in one message before the login (%j): the payment after it, then the return',
  async (words) => {
    await h().reset('en-US');
    await h().say(words);
    expect(await h().state()).toBe(PHONE_STEP);
    expect(h().text).toContain(enUS['topic.ordersInTurn']);
    await h().say('13800000005');
    await h().say(OTP);
    expect(await h().state()).toBe(CONFIRMING_RECEIPT);
    expect(h().text).toContain('Wireless earbuds 无线耳机');
    await h().click('Confirm receipt & pay');
    expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('paid');
    expect(await h().state()).toBe(REASON);
    expect(h().text).toContain('Rice cooker 电饭煲');
  },
);

test('the return waits for the payment only: once it is done, a later visit to the list chooses nothing by itself', async () => {
  await h().reset('en-US');
  await h().say('hi i want to pay for my earbuds and also return the rice cooker');
  await h().say('13800000005');
  await h().say(OTP);
  await h().click('Confirm receipt & pay');
  expect(await h().state()).toBe(REASON);
  await h().click('Keep it');
  expect(await h().state()).toBe(LIST);
  await h().say('my orders');
  expect(await h().state()).toBe(LIST);
});
