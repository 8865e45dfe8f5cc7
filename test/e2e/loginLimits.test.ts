// Wrong codes for one phone number count across conversations: a new conversation gave three more guesses.
import { MAX_WRONG_CODES_PER_PHONE } from '../../src/bot/loginAttempts';
import { OTP, useE2e } from './harness';

const h = useE2e();

test('three wrong codes block a conversation; two more in a new one lock the number, after which even the right code is refused', async () => {
  expect(MAX_WRONG_CODES_PER_PHONE).toBe(5);
  await h().say('我要开通');
  await h().say('13800000004');
  for (let i = 0; i < 3; i++) await h().say('000000');
  expect(await h().state()).toBe('flow.onboarding.login.blocked');

  await h().open();
  await h().say('我要开通');
  await h().say('13800000004');
  // Two tries left in this conversation, but one for the number: the customer is told one.
  await h().say('000000');
  expect(h().text).toContain('最后一次');
  // The fifth says the login is paused (not "one more try").
  await h().say('000000');
  expect(await h().state()).toBe('flow.onboarding.login.blocked');
  expect(h().text).toContain('登录先暂停了');
  expect(h().text).toContain('15 分钟后可以再试');
  expect(h().text).not.toContain('最后一次');
  // The resend button's words typed there keep the conversation (they restarted it).
  await h().say('重新发送验证码');
  expect(await h().state()).toBe('flow.onboarding.login.blocked');
  expect(h().buttons.length).toBeGreaterThan(0);
  // Starting the login over in the same conversation does not get the code checked either.
  await h().say('我要开通');
  await h().say('13800000004');
  await h().say(OTP);
  expect(await h().state()).toBe('flow.onboarding.login.blocked');

  // Another number logs in as usual.
  await h().open();
  await h().say('我要开通');
  await h().say('13800000005');
  await h().say(OTP);
  expect(await h().state()).not.toMatch(/^flow\.onboarding\.login/);
});

// A locked number was sent a code ("验证码已发送到 138****0004") and heard of the lock only after typing the right one.
test('a locked number is told so when it is entered, with the minutes left, and no code is sent', async () => {
  await h().say('我要开通');
  await h().say('13800000004');
  for (let i = 0; i < 3; i++) await h().say('000000');
  await h().open();
  await h().say('我要开通');
  await h().say('13800000004');
  for (let i = 0; i < 2; i++) await h().say('000000');

  await h().open();
  await h().say('我要开通');
  await h().say('13800000004');
  expect(await h().state()).toBe('flow.onboarding.login.blocked');
  expect(h().text).toMatch(/1[45] 分钟后可以再试/);
  expect(h().text).not.toContain('验证码已发送');
  expect(h().buttonEvents).toContain('AFFIRM');
});

// "为啥这样" at the paused login was a yes (handed to a person); "为什么" the status question (on to the phone step).
test.each(['为什么', '为啥这样', 'why?'])('%j where the login is paused: why, and the step kept', async (text) => {
  await h().say('我要开通');
  await h().say('13800000004');
  for (let i = 0; i < 3; i++) await h().say('000000');
  expect(await h().state()).toBe('flow.onboarding.login.blocked');
  await h().say(text);
  expect(await h().state()).toBe('flow.onboarding.login.blocked');
  expect(h().text).toMatch(/输错了好几次|wrong several times/);
  expect(h().buttonEvents).toEqual(['AFFIRM', 'CANCEL']);
});
