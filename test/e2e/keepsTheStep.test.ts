// Words a QA probe found leaving the step or spending a login try: a password, "where were we", a colloquial question, a change of mind.
import { logIn, OTP, useE2e } from './harness';

const h = useE2e();

// "我密码是abc123456" at the code step was sent to the backend as the code 123456 and used up one of the three tries.
test('a password typed at the code step is never tried as the code: no try is spent, and the right code still logs in', async () => {
  await h().click('开通先用后付');
  await h().say('13800000004');
  for (const text of ['我密码是abc123456', 'my password is abc123456', '密码123456']) {
    await h().say(text);
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().text).toMatch(/登录不用密码|needs no password/);
  }
  // Not even when the code's own digits are in the password.
  await h().say(`我的密码是abc${OTP}`);
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');

  await h().say(OTP);
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
});

// "刚才说到哪了" was read as "my orders": it left the PLUS step, and at a payment's confirmation dropped the payment.
test('asking where we were keeps the step, with its links and buttons, and says so', async () => {
  await h().click('开通先用后付');
  await logIn(h(), '13800000001');
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
  const buttons = h().buttons;
  const link = h().link(/去开通PLUS/);
  for (const text of ['刚才说到哪了', '上次弄到哪了', '我回来了，到哪一步了']) {
    await h().say(text);
    expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
    expect(h().replies[0].text).toContain('刚才说到这一步');
    expect(h().buttons).toEqual(buttons);
    expect(h().link(/去开通PLUS/)).toBe(link);
  }
});

test('at a payment\'s confirmation, asking where we were keeps the payment waiting for its yes', async () => {
  await h().click('我的订单');
  await logIn(h(), '13800000005');
  await h().click(/确认收货并付款 · Wireless earbuds/);
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  const buttonEvents = h().buttonEvents;

  await h().say('刚才说到哪了');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  expect(h().buttonEvents).toEqual(buttonEvents);
  await h().say('where were we?');
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  expect(h().text).toContain("Here's where we were");

  await h().click(/^(?:确认收货并付款|Confirm receipt)/);
  expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('paid');
});

// "要是我忘了付款咋办" at the PLUS step was read as a request to pay (not a question) and left the step.
test('a colloquial question during the onboarding is answered where the customer is', async () => {
  await h().click('开通先用后付');
  await logIn(h(), '13800000001');
  await h().say('要是我忘了付款咋办');
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
  expect(h().replies[0].text).toContain('截止日期前付款');
  expect(h().link(/去开通PLUS/)).toBeDefined();
});

// "那我下单的时候怎么选它" at the terms left them for the checkout guide, which offered to enable again; "where were we"
// then showed the checkout text.
test('how to choose it at checkout, asked at the terms, is answered there and the terms stay', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000004');
  await h().say('那我下单的时候怎么选它');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  expect(h().text).toContain('结算页');
  expect(h().buttonEvents).toEqual(['AFFIRM', 'DENY']);
  await h().say('刚才说到哪了');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  expect(h().buttons).toEqual(['同意并开通', '暂不开通']);
});

// "我又想开了" after declining the terms got "好的，已取消".
test('declining the terms, then wanting it after all, brings the terms back', async () => {
  await h().click('开通先用后付');
  await logIn(h(), '13800000004');
  await h().say('不开了');
  expect(await h().state()).toBe('flow.welcome');
  await h().say('我又想开了');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  expect(h().text).not.toContain('已取消');
});

// "帮我开通，不行再转人工" handed the customer over at once.
test('a person asked for only if enabling fails is no request for one now: the enabling goes ahead', async () => {
  await h().say('帮我开通，不行再转人工');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
});

// "…影响信用怎么办我要投诉" got the overdue answer and no complaint handling.
test('a complaint lodged in so many words goes to a person, whatever question is beside it', async () => {
  await h().say('现在说我逾期了影响信用怎么办我要投诉');
  expect(await h().state()).toBe('handoff');
  // Handed over as a complaint (the agent sees the reason; the customer hears the apology), not as a plain request.
  expect(h().text).toContain('真的很抱歉');
});
