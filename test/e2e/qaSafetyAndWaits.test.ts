// Over HTTP, a QA prober's round: a second question lost beside the first, safety at the code step and "I'm back, what
// now?" at the terms not understood, a request to turn pay-later off followed by "it is on 🎉", a paused login that never
// said for how long (with two buttons for a person), and an ID number said with a request not warned about.
import { zhCN } from '../../dialogs/messages/zh-CN';
import { WRONG_CODE_WINDOW_MS } from '../../src/bot/loginAttempts';
import { logIn, useE2e, VALID_ID_NUMBER } from './harness';

const h = useE2e();
const TERMS = 'flow.onboarding.confirmingTerms';
const CODE = 'flow.onboarding.login.awaitingOtp';
const BLOCKED = 'flow.onboarding.login.blocked';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const PERSON_BUTTONS = /^(?:转人工客服|联系人工客服)$/;

test('"要收费吗？安全吗？" at the welcome: the fees and the safety answered', async () => {
  await h().say('要收费吗？安全吗？');
  expect(await h().state()).toBe('flow.welcome');
  expect(h().text).toContain('查不到具体数字');
  expect(h().text).toContain(zhCN['topic.privacy']);
});

test('"协议里写了啥？有利息吗" at the terms: the terms and the fees, the step kept', async () => {
  await h().say('开通');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe(TERMS);
  await h().say('协议里写了啥？有利息吗');
  expect(await h().state()).toBe(TERMS);
  expect(h().text).toContain('服务协议，这几条是它的要点摘要');
  expect(h().text).toContain('查不到具体数字');
  expect(h().buttons).toContain('同意并开通');
});

test.each(['我回来了，接下来干嘛？', "ok I'm back, what now?"])('%j at the terms: the step said again, with the terms', async (words) => {
  await h().say('开通');
  await logIn(h(), '13800000004');
  await h().say(words);
  expect(await h().state()).toBe(TERMS);
  expect(h().text).not.toMatch(/不太确定你的意思|not quite sure/);
  expect(h().text).toMatch(/逾期会影响|hurts your credit|late payment/i);
  expect(h().buttons.join('|')).toMatch(/同意并开通|Agree/);
});

test.each(['安全吗', '这个验证码安全吗？会不会被盗号'])('%j at the code step: the login\'s safety, the step kept', async (words) => {
  await h().say('开通');
  await h().say('13800000004');
  await h().say(words);
  expect(await h().state()).toBe(CODE);
  expect(h().text).toContain(zhCN['topic.loginSafety.code']);
  expect(h().text).not.toContain('不太确定你的意思');
});

test('"我不想用了，帮我关掉" with pay-later on: where it is turned off and a person offered, no "it is on 🎉"', async () => {
  await h().say('开通');
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe('flow.onboarding.enabled');
  await h().say('我不想用了，帮我关掉');
  expect(await h().state()).toBe('flow.onboarding.enabled');
  expect(h().text).toContain(zhCN['topic.disable']);
  expect(h().text).not.toContain(zhCN['prompt.enabled']);
  expect(h().buttons).toEqual(['转人工客服']);
});

describe('a login paused after three wrong codes', () => {
  // The same number in each test: the bot's clock is moved past the wrong codes of the tests before (they count for the
  // number across conversations, and the fifth locks it).
  let round = 0;
  async function paused(): Promise<void> {
    h().passTime(++round * WRONG_CODE_WINDOW_MS);
    await h().say('开通');
    await h().say('13800000004');
    for (const code of ['111111', '222222', '333333']) await h().say(code);
    expect(await h().state()).toBe(BLOCKED);
  }

  // No wait is claimed: nothing holds a new login here (the number's own limit pauses it, src/bot/loginAttempts.ts).
  test('says how to try again, with no wait claimed', async () => {
    await paused();
    expect(h().text).toContain('说「开通」');
    expect(h().text).not.toContain('分钟');
    expect(h().buttons.filter((b) => PERSON_BUTTONS.test(b))).toHaveLength(1);
  });

  test('"要等多久才能再试？" is answered there, one button for a person', async () => {
    await paused();
    await h().say('要等多久才能再试？');
    expect(await h().state()).toBe(BLOCKED);
    expect(h().text).toContain('不用等');
    expect(h().buttons.filter((b) => PERSON_BUTTONS.test(b))).toHaveLength(1);
  });

  test('words not understood there offer one button for a person, not two', async () => {
    await paused();
    await h().say('我手机没电了');
    expect(h().text).toContain(zhCN['notice.clarify']);
    expect(h().buttons.filter((b) => PERSON_BUTTONS.test(b))).toHaveLength(1);
  });

  test('"开通" after the wait logs in again', async () => {
    await paused();
    await h().say('开通');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  });
});

test.each([`我的身份证是${VALID_ID_NUMBER}，帮我认证一下`, '身份证 110105194912310021 帮我认证'])(
  '%j at the real-name step: warned not to send it, the step kept, the number masked in the transcript',
  async (words) => {
    await h().say('开通');
    await logIn(h(), '13800000002');
    expect(await h().state()).toBe(REAL_NAME);
    await h().say(words);
    expect(await h().state()).toBe(REAL_NAME);
    expect(h().text).toContain(zhCN['notice.idNumberNotHere']);
    expect(h().text).toContain(zhCN['topic.onlyOnShopPage']);
    const record = JSON.stringify(await h().storedRecord());
    expect(record).not.toMatch(/\d{17}[\dXx]/);
  },
);
