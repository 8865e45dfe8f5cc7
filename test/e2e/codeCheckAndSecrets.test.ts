// QA round J: the code's check failing, the customer's own number typed again, secrets of several kinds, and choices offered as buttons.
import { enUS } from '../../dialogs/messages/en-US';
import { atOrderList, OTP, useE2e } from './harness';

const h = useE2e({ backendTimeoutMs: 300 });

afterEach(async () => {
  // A failed test must not leave the next one without a backend.
  await h().backend.start();
});

describe('the backend down while the code is checked', () => {
  test('the code step stays, with a new code and a person as buttons; "重试" asks for the code in a line; the same code then logs in', async () => {
    await h().click('开通先用后付');
    await h().say('13800000004');
    await h().backend.stop();
    await h().say(OTP);
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().buttonEvents).toEqual(['OTP_RESEND_REQUESTED', 'HUMAN']);
    expect(h().replies).toHaveLength(1);
    // Wording checked once here: not the customer's mistake, and the same code again in a moment (no lifetime promised).
    expect(h().text).toContain('不是你输错了');
    expect(h().text).toContain('同一个验证码');

    await h().say('重试');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().replies).toHaveLength(1);
    expect(h().buttonEvents).toEqual(['OTP_RESEND_REQUESTED', 'HUMAN']);
    expect(h().text).not.toContain('没收到的话');

    await h().backend.start();
    await h().say(OTP);
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  });

  test('"try again" in English is answered the same way, and "what\'s happening?" says the step again', async () => {
    await h().say('how do I enable pay later');
    await h().say('13800000004');
    await h().backend.stop();
    await h().say(OTP);
    await h().say('try again');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().buttonEvents).toEqual(['OTP_RESEND_REQUESTED', 'HUMAN']);
    await h().say("what's happening?");
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().buttonEvents).not.toContain('PAY');
  });
});

describe('a logged-in customer types a phone number', () => {
  test.each(['13800000006', '一三八零零零零零零零六'])('their own (%s): no new code, the conversation stays', async (typed) => {
    await atOrderList(h(), '13800000006');
    await h().say(typed);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(h().text).toContain('你已经用这个号码');
    expect(h().buttonEvents).toContain('ORDER_PAY_CHOSEN');
  });

  test('told how to use another account, "重新开始" and that number log in to it', async () => {
    await atOrderList(h(), '13800000006');
    await h().say('13800000006');
    expect(h().text).toContain('重新开始');
    await h().say('重新开始');
    await h().say('13800000005');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    await h().say(OTP);
    await h().say('我的订单');
    expect(h().buttons.some((b) => b.includes('Wireless earbuds'))).toBe(true);
  });

  // Compared by the masked number, 13899990006 (138****0006 too) was told "you are already logged in with this number".
  test('another number with the same masked form is another number: a code goes to it, and it logs in to its account', async () => {
    await atOrderList(h(), '13800000006');
    await h().say('13899990006');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().text).not.toContain('你已经用这个号码');
    await h().say(OTP);
    // Its own number is now that one: the first account's, with the same mask, logs in again.
    await h().say('13899990006');
    expect(h().text).toContain('你已经用这个号码');
    await h().say('13800000006');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().text).not.toContain('你已经用这个号码');
  });

  test('the snapshot keeps a keyed digest of the number, never the number', async () => {
    await atOrderList(h(), '13800000006');
    const stored = JSON.stringify(await h().storedRecord());
    expect(stored).toMatch(/"ownPhoneDigest":"[0-9a-f]{64}"/);
    expect(stored).not.toContain('13800000006');
  });

  test('another number still switches account', async () => {
    await atOrderList(h(), '13800000006');
    await h().say('13800000005');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    await h().say(OTP);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(h().buttons.some((b) => b.includes('Wireless earbuds'))).toBe(true);
  });
});

test('an ID number, a card number and a password in one message get one warning naming all three', async () => {
  await h().say('身份证110105194912310021 我的卡号6222021234567890123 密码是Abc12345');
  expect(await h().state()).toBe('flow.welcome');
  const warning = h().replies[0].text ?? '';
  expect(warning).toContain('身份证号');
  expect(warning).toContain('银行卡号');
  expect(warning).toContain('密码');
  expect(h().replies).toHaveLength(2);
  expect(h().text).not.toContain('6222021234567890123');
});

describe('choices said are offered as buttons', () => {
  // A fault named at the payment goes to the return (a yes to the payment still on screen paid for faulty goods).
  test('a fault named at the payment: the return is offered with its buttons, nothing paid', async () => {
    await atOrderList(h(), '13800000005', 'en-US');
    await h().click(/Confirm receipt & pay · Wireless earbuds/);
    await h().say("wait, actually the left earbud doesn't work");
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().buttonEvents).toEqual(['AFFIRM', 'DENY']);
    expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('delivered');
  });

  test('an order not listed, with nothing to do in the list: no "pick one below", nothing to do (the list came with the payment)', async () => {
    await atOrderList(h(), '13800000006', 'en-US');
    await h().click(/Confirm receipt & pay · Desk lamp/);
    await h().click('Confirm receipt & pay');
    await h().say('I want to pay for my earphones');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(h().text).not.toMatch(/pick one/i);
    // The list, shown in full when the lamp was paid, is not said again after the answer; that nothing is to do is.
    expect(h().text).toContain(enUS['orders.nothingToDo']);
    expect(h().text).not.toContain(enUS['orders.header']);
  });
});
