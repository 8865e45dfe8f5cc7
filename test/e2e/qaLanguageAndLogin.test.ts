// A QA probe over HTTP: a language asked for beside a request, "好的 thanks" from an English customer, a code of the
// wrong length, and the paused login's turns.
import { OTP, useE2e } from './harness';

const h = useE2e();
const allIn = (locale: string) => h().replies.every((a) => a.locale === locale);

// Answered in Chinese for three turns.
test('"我想开通 先用后付, reply in English please" gets English, and the login after it stays English', async () => {
  await h().open('en-US');
  await h().say('我想开通 先用后付, reply in English please');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  expect(allIn('en-US')).toBe(true);
  await h().say('13800000004');
  expect(allIn('en-US')).toBe(true);
  await h().say(OTP);
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  expect(allIn('en-US')).toBe(true);
  expect(h().buttons).toEqual(['Agree and turn on', 'Not now']);
});

// "sorry, english pls" was not understood.
test('"sorry, english pls" switches a Chinese conversation to English and keeps the step; "请用中文" switches back', async () => {
  await h().say('我要开通');
  await h().say('sorry, english pls');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  expect(allIn('en-US')).toBe(true);
  await h().say('13800000004');
  expect(allIn('en-US')).toBe(true);
  await h().say('请用中文');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  expect(allIn('zh-CN')).toBe(true);
});

// "不客气！" and the whole step in Chinese.
test('an English customer\'s "好的 thanks" at the terms is answered in English', async () => {
  await h().say('how do I enable pay later');
  await h().say('13800000004');
  await h().say(OTP);
  await h().say('好的 thanks');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  expect(allIn('en-US')).toBe(true);
  expect(h().buttons).toEqual(['Agree and turn on', 'Not now']);
});

// "12345" got "That code doesn't look right".
test('a code of 5 digits is told the code has 6, and is no try; a wrong code is told the tries left', async () => {
  await h().say('how do I enable pay later');
  await h().say('13800000004');
  await h().say('12345');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  expect(h().text).toContain('6 digits');
  await h().say('000000');
  expect(h().text).toContain('2 more tries');
});

// Each turn there sent two messages saying the same (paused, 15 minutes, a colleague can help).
test('while the login is paused, a code, a number or "resend" typed gets one message', async () => {
  await h().say('我要开通');
  await h().say('13800000004');
  for (let i = 0; i < 3; i++) await h().say('000000');
  expect(await h().state()).toBe('flow.onboarding.login.blocked');
  for (const text of ['000000', '13800000004', '重新发送验证码']) {
    await h().say(text);
    expect(await h().state()).toBe('flow.onboarding.login.blocked');
    expect(h().replies).toHaveLength(1);
    expect(h().text).toContain('说「开通」');
    expect(h().buttonEvents).toContain('AFFIRM');
  }
});
