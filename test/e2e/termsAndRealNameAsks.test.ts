// Over HTTP, a QA re-probe at the terms (13800000004) and the real-name step (13800000002): a hesitant yes or a wait at the
// terms is answered in one line with the terms' buttons; the conditions asked there are said met; how real-name
// verification goes, or what it takes, is answered at its step, which stays (nobody handed over).
import { logIn, useE2e } from './harness';

const h = useE2e();

const atTerms = async (locale: 'en-US' | 'zh-CN') => {
  await h().reset(locale);
  await h().say(locale === 'en-US' ? 'turn on pay later' : '开通先用后付');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
};
const atRealName = async (locale: 'en-US' | 'zh-CN') => {
  await h().reset(locale);
  await h().say(locale === 'en-US' ? 'turn on pay later' : '开通先用后付');
  await logIn(h(), '13800000002');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
};

// "ok...", "ok wait", "ok cool" each got "If you want to go ahead, tap the confirm button…" and "To turn it on, tap 'Agree
// and turn on'…", near the same line twice.
test.each([
  ['en-US', 'ok...'],
  ['en-US', 'ok cool'],
  ['en-US', 'k'],
  ['zh-CN', '好的...'],
])('%s %j at the terms: one line saying how to go ahead, the buttons, nothing turned on', async (locale, text) => {
  await atTerms(locale as 'en-US' | 'zh-CN');
  await h().say(text);
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  expect(h().replies).toHaveLength(1);
  expect(h().text).toContain(locale === 'en-US' ? 'Agree and turn on' : '同意并开通');
  expect(h().text).not.toMatch(/tap the confirm button|点下面的确认按钮/);
  expect(h().buttons).toEqual(locale === 'en-US' ? ['Agree and turn on', 'Not now'] : ['同意并开通', '暂不开通']);
  expect((await h().account('13800000004')).payLater.enabled).toBe(false);
});

test.each([
  ['en-US', 'ok wait'],
  ['en-US', 'wait'],
  ['en-US', 'hold on'],
  ['zh-CN', '等一下'],
])('%s %j at the terms: take your time, with the terms\' buttons, no hint to go ahead', async (locale, text) => {
  await atTerms(locale as 'en-US' | 'zh-CN');
  await h().say(text);
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  expect(h().replies).toHaveLength(1);
  expect(h().text).toMatch(locale === 'en-US' ? /take your time/ : /不着急/);
  expect(h().text).not.toMatch(/go ahead|To turn it on|要开通的话|要继续的话/);
  expect(h().buttons).toEqual(locale === 'en-US' ? ['Agree and turn on', 'Not now'] : ['同意并开通', '暂不开通']);
});

// After "You meet every condition: PLUS ✅ real-name ✅ credit ✅" the conditions asked were listed with "to see whether
// you qualify, open 我的京东…".
test.each([
  ['en-US', 'whats the requirements', /already meets all three/],
  ['zh-CN', '开通条件是什么', /三个都已经满足了/],
])('%s %j at the terms: the account meets all three, then the short reminder', async (locale, text, met) => {
  await atTerms(locale as 'en-US' | 'zh-CN');
  await h().say(text);
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  expect(h().text).toMatch(met);
  expect(h().text).not.toContain('我的京东 > 账户设置 > 支付管理');
  expect(h().text).toContain(locale === 'en-US' ? 'Agree and turn on' : '同意并开通');
  expect(h().buttons).toEqual(locale === 'en-US' ? ['Agree and turn on', 'Not now'] : ['同意并开通', '暂不开通']);
});

// "how do i verify? what do i need, my id card?" got "I'm not sure what you mean"; "like do i need to upload a photo or
// what" then handed the customer over.
test.each([
  ['en-US', ['how do i verify? what do i need, my id card?', 'like do i need to upload a photo or what']],
  ['zh-CN', ['怎么认证 要身份证吗', '要拍照吗']],
])('%s at the real-name step: how it goes and what it takes, answered; the step and its buttons stay', async (locale, questions) => {
  await atRealName(locale as 'en-US' | 'zh-CN');
  for (const text of questions) {
    await h().say(text);
    expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
    expect(h().text).toMatch(locale === 'en-US' ? /never in this chat[\s\S]*photo/ : /不要发到聊天里[\s\S]*拍照/);
    expect(h().text).not.toMatch(/not sure what you mean|不太确定你的意思/);
    // Said once ("怎么认证 要身份证吗" got the real-name answer twice).
    expect(h().replies).toHaveLength(2);
    expect(h().buttons).toEqual(locale === 'en-US' ? ['Get verified', "I've done it", 'Not now'] : ['去实名认证', '我已认证好了', '暂不开通']);
  }
});
