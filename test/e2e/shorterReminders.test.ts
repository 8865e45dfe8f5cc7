// Over HTTP: after something answered mid-step, the step is recalled in a line with its buttons, not said in full again;
// an "ok, got it" is acknowledged (nobody said thanks), and a lead-in to a question is asked to go on (no greeting).
import { atOrderList, logIn, useE2e } from './harness';

const h = useE2e();

/** The terms' own block (conditions met, what to know): said once on arrival. */
const TERMS_BLOCK = '条件都满足了';
const TERMS_BUTTONS = ['同意并开通', '暂不开通'];

// One conversation got the whole terms block four times, once after each question asked at the step.
test('questions at the terms are each followed by a one-line reminder with the buttons, not the whole block', async () => {
  await h().click('开通先用后付');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  expect(h().text).toContain(TERMS_BLOCK);

  for (const question of ['要手续费吗', '逾期了会怎么样', '协议内容是什么', '谢谢']) {
    await h().say(question);
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
    expect(h().text).not.toContain(TERMS_BLOCK);
    expect(h().text).toContain('同意并开通');
    expect(h().buttons).toEqual(expect.arrayContaining(TERMS_BUTTONS));
  }
  // Asked where we were, the step is said in full again; the yes still turns it on.
  await h().say('刚才说到哪了');
  expect(h().text).toContain(TERMS_BLOCK);
  await h().click('同意并开通');
  expect(await h().state()).toBe('flow.onboarding.enabled');
});

test('in English the same', async () => {
  await h().say('how do I turn on pay later');
  await logIn(h(), '13800000004');
  const block = 'You meet every condition';
  expect(h().text).toContain(block);
  await h().say('is there a fee?');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  expect(h().text).not.toContain(block);
  expect(h().buttons).toEqual(expect.arrayContaining(['Agree and turn on', 'Not now']));
});

// "谢谢啦" at the order list got "不客气！" and the whole list again.
test('thanks at the order list: the thanks answered, the list not said again, its buttons still there', async () => {
  await atOrderList(h(), '13800000005');
  const listButtons = h().buttons;
  expect(h().text).toContain('你的先用后付订单');
  await h().say('谢谢啦');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).toContain('不客气');
  expect(h().text).not.toContain('你的先用后付订单');
  for (const b of listButtons) expect(h().buttons).toContain(b);
  // Asked for, the list comes again.
  await h().say('我的订单');
  expect(h().text).toContain('你的先用后付订单');
});

// "好的 知道了" got "不客气！" (read as thanks), though nobody had said thanks.
test('"好的 知道了" gets a short acknowledgement, not "you\'re welcome"', async () => {
  await atOrderList(h(), '13800000005');
  await h().say('好的 知道了');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().text).not.toContain('不客气');
  expect(h().text).toContain('好的');
  expect(h().text).not.toContain('你的先用后付订单');
});

// "就是我想问下" got "你好！😊", as if greeted.
test('"就是我想问下" is asked what the question is, not greeted', async () => {
  await h().click('开通先用后付');
  await logIn(h(), '13800000002');
  await h().say('就是我想问下');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  expect(h().text).toContain('想了解什么');
  expect(h().text).not.toContain('你好');
  expect(h().buttons).toEqual(expect.arrayContaining(['去实名认证', '我已认证好了']));
});
