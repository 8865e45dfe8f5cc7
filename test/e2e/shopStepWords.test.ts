// A QA round at the onboarding's shop-page steps, the terms and the status card: "done" under a clarifying question,
// "怎么还没好", PLUS declined or claimed in words, turning it off asked at the terms, and the status said once.
import { printActivity } from '../../src/chat/printer';
import { logIn, useE2e } from './harness';

const h = useE2e();

async function atStep(phone: string): Promise<void> {
  await h().say('开通先用后付');
  await logIn(h(), phone);
}

const REAL_NAME = 'flow.onboarding.awaitingRealName';
const PLUS = 'flow.onboarding.awaitingPlus';

// After a clarifying question, "done" only brought the step back: no recheck, no "not yet", no person.
test.each([
  ['blah blah', 'done'],
  ['asdf qwer', '我明明认证过了'],
  ['asdf qwer', '我已经认证好了'],
])('"%s" then "%s" at the real-name step checks again, as on a fresh turn: not done yet, with a person', async (unclear, done) => {
  await atStep('13800000002');
  await h().say(unclear);
  expect(await h().state()).toBe('clarifying');
  await h().say(done);
  expect(await h().state()).toBe(REAL_NAME);
  expect(h().text).toContain('还没看到实名认证完成');
  expect(h().buttonEvents).toContain('HUMAN');
});

test('a bare "好的" under the clarifying question still answers the question: no recheck', async () => {
  await atStep('13800000001');
  await h().say('blah blah');
  await h().say('好的');
  expect(await h().state()).toBe(PLUS);
  expect(h().text).not.toContain('还没看到你的PLUS会员生效');
});

// It got a clarifying question offering 不用了 and a person.
test.each(['怎么还没好', '怎麼還沒好', '为什么还没通过啊'])('%j at the real-name step checks again and says it is not done yet, with a person', async (text) => {
  await atStep('13800000002');
  await h().say(text);
  expect(await h().state()).toBe(REAL_NAME);
  expect(h().text).toContain('还没看到实名认证完成');
  expect(h().buttonEvents).toEqual(['link', 'AFFIRM', 'DENY', 'HUMAN']);
});

// A clarifying question offering 取消, or the PLUS explainer: they mean the step's 暂不开通.
test.each(['太贵了 不买', '太貴了 不買', 'plus就算了吧', '不买会员了'])('%j at the PLUS step is 暂不开通', async (text) => {
  await atStep('13800000001');
  await h().say(text);
  expect(await h().state()).toBe('flow.welcome');
  expect(h().text).toContain('PLUS会员不着急办');
});

test.each(['不买plus能开吗', 'plus不要钱吧'])('%j at the PLUS step is no decline: the step kept', async (text) => {
  await atStep('13800000001');
  await h().say(text);
  expect(await h().state()).toBe(PLUS);
});

test('"我是plus了" at the PLUS step is a claim of done: checked again, not yet, with a person', async () => {
  await atStep('13800000001');
  await h().say('我是plus了');
  expect(await h().state()).toBe(PLUS);
  expect(h().text).toContain('还没看到你的PLUS会员生效');
  expect(h().buttonEvents).toContain('HUMAN');
});

test('"我去买plus了 等我一下" at the PLUS step: go ahead, the step kept (it got the PLUS explainer)', async () => {
  await atStep('13800000001');
  await h().say('我去买plus了 等我一下');
  expect(await h().state()).toBe(PLUS);
  expect(h().text).toContain('去吧');
  expect(h().text).not.toContain('PLUS是商城的付费会员服务');
  expect(h().buttonEvents).toEqual(['link', 'AFFIRM', 'DENY']);
});

// It showed the status card.
test.each(['开通了以后能关吗', '开了以后能不能关'])('%j at the terms: later a colleague can turn it off; the terms kept, no person now', async (text) => {
  await atStep('13800000004');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  await h().say(text);
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  expect(h().text).toContain('到时候找人工客服');
  expect(h().text).not.toContain('你的先用后付进度');
  expect(h().buttonEvents).toEqual(['AFFIRM', 'DENY']);
});

test('with pay-later on, turning it off asked is the person answer, with a person', async () => {
  await h().say('查看状态');
  await logIn(h(), '13800000006');
  await h().say('先用后付怎么关闭');
  expect(h().text).toContain('说「转人工」就行');
  expect(h().buttonEvents).toContain('HUMAN');
});

// Each status message carried the full text and a card with the same content: Web Chat and the Emulator showed both.
test('the status message says it once: a short lead-in as text, the checklist in its card and in the text-only view', async () => {
  await atStep('13800000004');
  await h().say('查看状态');
  const status = h().replies.find((a) => (a.attachments?.length ?? 0) > 0)!;
  expect(status.text).toBe('这是你现在的进度 👇');
  // The terminal chat (and any text-only view of the local channel) shows the lead-in and the card's fallback.
  const printed = printActivity(status, 1).lines.join('\n');
  expect(printed).toContain('这是你现在的进度 👇');
  expect(printed).toContain('❌ 先用后付未开通');
  expect(printed).not.toContain('❌ 先用后付已开通');
});

test('in English, a step not done reads "not yet" in the text-only view', async () => {
  await h().reset('en-US');
  await h().say('status');
  await logIn(h(), '13800000002');
  expect(h().text).toContain("Here's where you are");
  expect(h().text).toContain('❌ Real-name not verified yet');
  expect(h().text).toContain('❌ Pay later not on yet');
});
