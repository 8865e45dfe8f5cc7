// Over HTTP: a one-time code typed right after "取消" at the code step (a mistap) goes on with the login.
import { OTP, useE2e } from './harness';

const h = useE2e();

// QA: phone number → "取消" → "123456" → "哦我刚才点错了 验证码是123456": both answered with the whole help menu.
test.each([OTP, `哦我刚才点错了 验证码是${OTP}`])('%j after cancelling the login logs in with it and goes on', async (words) => {
  await h().say('我想开通先用后付');
  await h().say('13800000004');
  await h().click('取消');
  expect(await h().state()).toBe('flow.welcome');
  await h().say(words);
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  expect(h().text).not.toContain('我可以帮你');
  expect(h().buttons).toContain('同意并开通');
});

test('a login stopped by wrong codes and then cancelled is not taken up again by a code', async () => {
  await h().say('我想开通先用后付');
  await h().say('13800000004');
  for (const code of ['111111', '222222', '333333']) await h().say(code);
  await h().say('取消');
  expect(await h().state()).toBe('flow.welcome');
  await h().say(OTP);
  expect(await h().state()).toBe('flow.welcome');
  expect(h().text).toContain('因为验证码错误次数太多已经停下了');
});

// The phone number prompt had no button while the code prompt had "取消": its button leaves the login, in either language.
test.each([
  { locale: 'zh-CN', enable: '我想开通先用后付', cancel: '取消' },
  { locale: 'en-US', enable: 'I want to turn on pay later', cancel: 'Cancel' },
])('the phone number prompt ($locale) offers "$cancel", and tapping it leaves the login', async ({ locale, enable, cancel }) => {
  await h().open(locale);
  await h().say(enable);
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  expect(h().buttons).toEqual([cancel]);
  await h().click(cancel);
  expect(await h().state()).toBe('flow.welcome');
});
