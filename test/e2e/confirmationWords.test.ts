// Plain answers at the confirmations read one way in both languages, and what was asked with the phone number, or
// before the login, is where the login leads.
import { atOrderList, logIn, OTP, useE2e } from './harness';

const h = useE2e();

const payable = async (phone: string) => (await h().orders(phone)).find((o) => o.orderId === 'JD5001')?.status;

describe('at the terms', () => {
  test.each(['继续开通', '继续吧', '行吧 开吧', 'proceed', 'actually yes'])('%j turns pay-later on, as "yes" does (it got a clarifying question)', async (text) => {
    await h().say('我要开通');
    await logIn(h(), '13800000004');
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
    await h().say(text);
    expect(await h().state()).toBe('flow.onboarding.enabled');
    expect((await h().account('13800000004')).payLater.enabled).toBe(true);
  });

  test('"等等，我再想想" is taking time, as "我再想想" is: the terms stay, nothing turned on, no clarifying question', async () => {
    await h().say('我要开通');
    await logIn(h(), '13800000004');
    await h().say('等等，我再想想');
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
    expect(h().text).toContain('不着急');
    expect((await h().account('13800000004')).payLater.enabled).toBe(false);
  });

  test('"no wait" is "not now": nothing turned on, and no Yes button offered', async () => {
    await h().say('how do I enable pay later');
    await logIn(h(), '13800000004');
    await h().say('no wait');
    expect(await h().state()).not.toMatch(/clarifying|confirmingTerms/);
    expect((await h().account('13800000004')).payLater.enabled).toBe(false);
  });
});

describe('at the payment confirmation', () => {
  test.each(['继续付款', '继续吧', '好的，继续', '付吧付吧'])('%j pays, as "go ahead" does (it was told to tap the button)', async (text) => {
    await atOrderList(h(), '13800000005');
    await h().click(/确认收货并付款 · Wireless earbuds/);
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    await h().say(text);
    expect(await payable('13800000005')).toBe('paid');
  });

  test.each(['go ahead', 'proceed', 'actually yes'])('in English, %j pays', async (text) => {
    await atOrderList(h(), '13800000005', 'en-US');
    await h().click(/Confirm receipt & pay · Wireless earbuds/);
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    await h().say(text);
    expect(await payable('13800000005')).toBe('paid');
  });

  test('"no wait" is "not now": back at the list, nothing paid, no clarifying question', async () => {
    await atOrderList(h(), '13800000005', 'en-US');
    await h().click(/Confirm receipt & pay · Wireless earbuds/);
    await h().say('no wait');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(await payable('13800000005')).toBe('delivered');
  });
});

// "thx bye" at the earbuds' return left it open: a later "return rice cooker" was filed at once with the earbuds' reason.
describe('a goodbye at a confirmation closes it: nothing filed, and the next return asks its own reason', () => {
  test.each([
    ['my orders', /Return · Wireless earbuds/, "it's the wrong color", 'thx bye', 'return rice cooker'],
    ['我的订单', /申请退货 · Wireless earbuds/, '颜色不对', '好的谢谢 再见', '电饭煲退货'],
  ])('%s: the return confirmed with a reason, then a goodbye', async (orders, returnButton, reason, bye, nextReturn) => {
    await h().say(orders);
    await logIn(h(), '13800000005');
    await h().click(returnButton);
    await h().say(reason);
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    await h().say(bye);
    expect(h().text).toMatch(/bye|再见/i);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    const { context } = ((await h().storedRecord()) as { dialogue: { snapshot: { context: { orderId?: string; returnReason?: string } } } }).dialogue.snapshot;
    expect([context.orderId, context.returnReason]).toEqual([undefined, undefined]);
    await h().say(nextReturn);
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
    expect((await h().orders('13800000005')).map((o) => o.status)).toEqual(['delivered', 'in_transit', 'paid']);
  });

  test('at the payment confirmation too: nothing paid, back at the list', async () => {
    await atOrderList(h(), '13800000005', 'en-US');
    await h().click(/Confirm receipt & pay · Wireless earbuds/);
    await h().say('thanks, bye');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(await payable('13800000005')).toBe('delivered');
  });
});

describe('a request said with the phone number is where the login leads', () => {
  test('"13800000005 我要退耳机" at the welcome: after the code, the earbuds\' return (it showed the status card)', async () => {
    await h().say('13800000005 我要退耳机');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    await h().say(OTP);
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
    expect(h().text).toContain('Wireless earbuds 无线耳机');
  });

  test('"13800000005 我要退耳机" at the phone step too', async () => {
    await h().say('我要开通');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    await h().say('13800000005 我要退耳机');
    await h().say(OTP);
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
    expect(h().text).toContain('Wireless earbuds 无线耳机');
  });

  test('"I have an overdue payment, I want to pay it now": after the login, the one overdue order\'s confirmation', async () => {
    await h().say('I have an overdue payment, I want to pay it now');
    await logIn(h(), '13800000006');
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    expect(h().text).toContain('Desk lamp');
  });
});
