// A code asked for again within a minute of the last: no text sent (each costs money, and carriers throttle a number sent
// to again and again); the customer hears when it went and when to ask again. After the minute, a new code as before.
import { OTP, useE2e } from './harness';

const h = useE2e();
const CODE_STEP = 'flow.onboarding.login.awaitingOtp';
const codesAsked = () => h().backend.requests('POST /v1/otp');

/**
 * The seconds the note says since the last code and until a new one may be asked for: real time passes between turns
 * too, so they are read back rather than expected to the second.
 */
function secondsSaid(text: string, ago: RegExp, left: RegExp): { ago: number; left: number } {
  return { ago: Number(ago.exec(text)?.[1]), left: Number(left.exec(text)?.[1]) };
}
const zhSeconds = (text: string) => secondsSaid(text, /(\d+) 秒前/, /(\d+) 秒后/);
const enSeconds = (text: string) => secondsSaid(text, /(\d+) seconds ago/, /again in (\d+) seconds/);

test('"没收到" 20 seconds after the code: none sent, when it went and when to ask again, with the code step\'s buttons', async () => {
  await h().say('我要开通');
  await h().say('13800000004');
  const sent = codesAsked();
  h().passTime(20_000);
  await h().say('没收到');
  expect(codesAsked()).toBe(sent);
  expect(await h().state()).toBe(CODE_STEP);
  expect(h().replies).toHaveLength(1);
  expect(h().text).toContain('已经把验证码发到 138****0004');
  expect(h().text).toContain('一分钟左右');
  expect(h().text).toContain('最新收到的那条');
  const { ago, left } = zhSeconds(h().text);
  expect(ago).toBeGreaterThanOrEqual(20);
  expect(ago).toBeLessThan(25);
  expect(ago + left).toBe(60);
  // No failure to apologise for, and no "sent again".
  expect(h().text).not.toMatch(/抱歉|已重新发送/);
  expect(h().buttonEvents).toEqual(['OTP_RESEND_REQUESTED', 'CANCEL']);
  // The code it was sent still logs in.
  await h().say(OTP);
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
});

test('the button tapped again and again: no code until the minute is over, then one, and the next is spaced from it', async () => {
  await h().say('我要开通');
  await h().say('13800000004');
  const sent = codesAsked();
  for (let i = 0; i < 3; i++) {
    await h().click('重新发送验证码');
    expect(await h().state()).toBe(CODE_STEP);
    expect(h().text).toContain('已经把验证码发到');
  }
  expect(codesAsked()).toBe(sent);

  h().passTime(60_000);
  await h().click('重新发送验证码');
  expect(codesAsked()).toBe(sent + 1);
  expect(h().text).toContain('已重新发送验证码到 138****0004');
  expect(h().buttonEvents).toEqual(['OTP_RESEND_REQUESTED', 'CANCEL']);

  await h().say('再发一次');
  expect(codesAsked()).toBe(sent + 1);
  expect(h().text).toContain('已经把验证码发到');
  await h().say(OTP);
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
});

test('in English: the same note in English, and a new code once the minute is over', async () => {
  await h().reset('en-US');
  await h().say('how do I enable pay later');
  await h().say('13800000004');
  const sent = codesAsked();
  h().passTime(15_000);
  await h().say("I didn't get it");
  expect(codesAsked()).toBe(sent);
  expect(await h().state()).toBe(CODE_STEP);
  expect(h().text).toContain('I sent a code to 138****0004');
  expect(h().text).toContain('up to a minute');
  expect(h().text).toContain('latest one');
  const { ago, left } = enSeconds(h().text);
  expect(ago).toBeGreaterThanOrEqual(15);
  expect(ago).toBeLessThan(20);
  expect(ago + left).toBe(60);
  expect(h().text).not.toMatch(/sorry/i);
  expect(h().buttonEvents).toEqual(['OTP_RESEND_REQUESTED', 'CANCEL']);

  h().passTime(45_000);
  await h().say("I didn't get it");
  expect(codesAsked()).toBe(sent + 1);
  expect(h().text).toContain('I sent a code to 138****0004 again');
});

test('the same number typed again within the minute sends no code; another number gets its own at once', async () => {
  await h().say('我要开通');
  await h().say('13800000004');
  const sent = codesAsked();
  await h().say('13800000004');
  expect(codesAsked()).toBe(sent);
  expect(await h().state()).toBe(CODE_STEP);
  expect(h().text).toContain('已经把验证码发到 138****0004');

  await h().say('13800000005');
  expect(codesAsked()).toBe(sent + 1);
  expect(h().text).toContain('验证码已发送到 138****0005');
});

// A real SMS backend spaces texts itself (another chat may have asked for a code): its 429 gets the same note, without
// the seconds it did not tell, and no "service unavailable" apology.
test('a code the backend refuses as asked for too soon (429): the same kind note, the code step kept', async () => {
  await h().say('我要开通');
  await h().say('13800000004');
  h().passTime(60_000);
  h().backend.failAfterDoing(429);
  await h().say('没收到');
  h().backend.failAfterDoing(undefined);
  expect(await h().state()).toBe(CODE_STEP);
  expect(h().text).toContain('刚刚已经把验证码发到 138****0004');
  expect(h().text).toContain('稍等一会儿还没收到的话');
  expect(h().text).not.toMatch(/抱歉|暂时不可用|\d+ 秒/);
  expect(h().buttonEvents).toEqual(['OTP_RESEND_REQUESTED', 'CANCEL']);
  await h().say(OTP);
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
});

// Typing announces a wait for the backend; a code refused as too soon asks nothing of it, and the note comes at once.
test('a code refused as too soon comes without a typing indicator; one sent after the minute is announced by one', async () => {
  await h().say('我要开通');
  await h().say('13800000004');
  const sent = codesAsked();
  h().passTime(20_000);
  await h().click('重新发送验证码');
  expect(codesAsked()).toBe(sent);
  expect(h().text).toContain('已经把验证码发到');
  expect(h().turn.activities.map((a) => a.type)).toEqual(['message']);

  h().passTime(60_000);
  await h().click('重新发送验证码');
  expect(codesAsked()).toBe(sent + 1);
  expect(h().turn.activities[0].type).toBe('typing');
  expect(h().text).toContain('已重新发送验证码到 138****0004');
});
