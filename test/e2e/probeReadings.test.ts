// Over HTTP, what a QA probe's messages do: a later step named done, a changed phone number, a number in Chinese
// numerals, the limit asked at the terms, thanks and goodbye in one breath.
import { logIn, OTP, useE2e } from './harness';

const h = useE2e();

const PHONE_STEP = 'flow.onboarding.login.awaitingPhone';

// "我已经实名了" at the PLUS step was checked as PLUS done and answered "我这边还没看到你的PLUS会员生效".
test('real-name verification named done at the PLUS step is told it comes after PLUS, and the step stays', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000001');
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
  await h().say('我已经实名了');
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
  expect(h().text).not.toContain('还没看到');
  expect(h().buttons).toContain('去开通PLUS会员');
  await h().say("I've already done the real-name verification");
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
  expect(h().text).not.toContain("can't see");
  expect(h().buttons).toContain('Get PLUS');
});

// "我的手机号换了" got a clarifying question, "I changed my phone number" cancelled the login.
test('a changed phone number is told to log in with the number the account uses now, with a person, and the step stays', async () => {
  await h().say('开通先用后付');
  for (const text of ['我的手机号换了', 'I changed my phone number']) {
    await h().say(text);
    expect(await h().state()).toBe(PHONE_STEP);
    expect(h().buttonEvents).toContain('HUMAN');
  }
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
});

// "一三八零零零零零零零四" at the phone step got a clarifying question.
test('a phone number in Chinese numerals is the number', async () => {
  await h().say('开通先用后付');
  await h().say('一三八〇〇〇〇〇〇〇四');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  expect(h().text).toContain('138****0004');
  await h().say(OTP);
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
});

// At the terms "额度是多少" got the status card (no limit in it) and "what is the limit?" a clarifying question.
test('the limit asked at the terms is answered with where to see it, and the terms stay', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000004');
  for (const text of ['额度是多少', 'what is the limit?']) {
    await h().say(text);
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
    expect(h().buttonEvents).not.toContain('HUMAN');
    expect(h().buttonEvents).toContain('AFFIRM');
    expect(h().text).toContain('支付管理');
  }
  expect((await h().account('13800000004')).payLater.enabled).toBe(false);
});

// "thanks, bye" was answered "You're welcome!" and the step asked again.
test('thanks and goodbye in one breath is a goodbye, and the step is kept for later', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000001');
  await h().say('thanks, bye');
  expect(h().text).toMatch(/再见|bye/i);
  expect(h().text).not.toMatch(/不客气|welcome/i);
  expect(h().buttons).toEqual([]);
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
});

// "怎么还要验证码，我记得不用啊" at the code step got a clarifying question offering to confirm receipt and pay.
test('asked at the code step why a code is needed, the customer is told what it is for, and the code is still asked for', async () => {
  await h().say('开通先用后付');
  await h().say('13800000004');
  for (const text of ['怎么还要验证码，我记得不用啊', 'why do you need a code?']) {
    await h().say(text);
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().buttonEvents).not.toContain('PAY');
    expect(h().buttonEvents).toContain('OTP_RESEND_REQUESTED');
  }
  expect(h().text).toContain('password');
  await h().say(OTP);
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
});
