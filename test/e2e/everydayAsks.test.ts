// Over HTTP, a QA round: going to do a shop-page step now, "what now?", English questions the Chinese ones answer, the
// language switched when Chinese is not understood, emoji alone, and a shop-page step said done after "not now".
import { logIn, useE2e, VALID_ID_NUMBER } from './harness';

const h = useE2e();
const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const HAN = /\p{Script=Han}/u;

async function atRealName(): Promise<void> {
  await h().say('开通先用后付');
  await logIn(h(), '13800000002');
  expect(await h().state()).toBe(REAL_NAME);
}

// "好的，我现在去认证" got a clarifying question, and "我这就去弄" under it handed the customer to a person.
test('"I\'ll go do it now" at the real-name step, twice: go ahead, the step and its buttons kept, no person', async () => {
  await atRealName();
  for (const text of ['好的，我现在去认证', '我这就去弄']) {
    await h().say(text);
    expect(await h().state()).toBe(REAL_NAME);
    expect(h().buttonEvents).toEqual(['link', 'AFFIRM', 'DENY']);
  }
});

// "好的我去买" and "ok I'll go buy it now" were taken as "done" ("I can't see your PLUS yet", a person offered); "等我一下，
// 我去买" handed the customer over after "好的我马上去买会员" was not understood.
test('going to buy PLUS now, in either language, keeps the step without a recheck or a person', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000001');
  expect(await h().state()).toBe(PLUS);
  for (const text of ['好的我马上去买会员', '等我一下，我去买', '好的我去买', "ok I'll go buy it now"]) {
    await h().say(text);
    expect([text, await h().state(), h().buttonEvents]).toEqual([text, PLUS, ['link', 'AFFIRM', 'DENY']]);
  }
  expect(h().buttons).toEqual(['Get PLUS', "I've done it", 'Not now']);
  expect((await h().account('13800000001')).plus.active).toBe(false);
});

// "what should I do now?" got a clarifying question, and "next step?" under it handed the customer over.
test('"what should I do now?" then "next step?" at the real-name step: the step again, in full, both times', async () => {
  await atRealName();
  for (const text of ['what should I do now?', 'next step?', '然后呢']) {
    await h().say(text);
    expect(await h().state()).toBe(REAL_NAME);
    expect(h().replies).toHaveLength(2);
    expect(h().text).toContain('/shop/real-name');
    expect(h().buttonEvents).toEqual(['link', 'AFFIRM', 'DENY']);
  }
});

// At the login it got a clarifying question offering "My orders" and "Confirm receipt & pay".
test('"我现在该干嘛" while logging in asks for the phone number again, no order buttons', async () => {
  await h().say('开通先用后付');
  await h().say('我现在该干嘛');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  expect(h().buttonEvents).not.toContain('ORDERS');
  expect(h().buttonEvents).not.toContain('PAY');
  expect(h().text).toContain('手机号');
});

// It got the paying answer, untrue to the article: goods not liked go back.
test('"what if I don\'t like the goods?" is answered as "what if I want to return it?" is, and "I want my money back" asks for a return', async () => {
  await h().say('what if I want to return it?');
  const returns = h().text;
  await h().say("what if I don't like the goods?");
  expect(h().text).toBe(returns);
  expect(await h().state()).toBe('flow.welcome');
  await h().say('I want my money back');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
});

// "I'm not sure what you mean", and the conversation stayed Chinese.
test('"I don\'t understand Chinese" in a Chinese conversation switches it to English, and it stays English', async () => {
  await h().say('你好');
  expect(h().text).toMatch(HAN);
  await h().say("I don't understand Chinese");
  expect(h().buttons.join(' ')).not.toMatch(HAN);
  await h().say('ok');
  expect(h().buttons.join(' ')).not.toMatch(HAN);
});

// "😡😡😡" got the help menu, twice.
test('angry faces are anger: an apology with a person offered, and a second time a person', async () => {
  await h().say('😡😡😡');
  expect(await h().state()).toBe('flow.welcome');
  expect(h().buttonEvents).toContain('HUMAN');
  await h().say('😡😡😡');
  expect(await h().state()).toBe('handoff');
});

// "👍" after "还有什么可以帮你的？" started the login.
test('"👍" is thanks after "what else can I help you with?", and a yes to the greeting\'s "shall we start?"', async () => {
  await h().say('先用后付是什么');
  await h().say('👍');
  expect(await h().state()).toBe('flow.welcome');
  // The greeting a new conversation opens with asks "现在就开始开通吗？".
  await h().open();
  await h().say('👍');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
});

// "ok I'm verified now" after "not now" got the general real-name explanation, with no recheck.
test('after "not now", verification said done is checked: not done, the customer is told so; done, the terms come', async () => {
  await h().say('enable pay later');
  await logIn(h(), '13800000002');
  const page = h().link('Get verified');
  await h().say('not now');
  expect(await h().state()).toBe('flow.welcome');
  await h().say("ok I'm verified now");
  expect(await h().state()).toBe(REAL_NAME);
  // Not done yet: said so, with a person to check it.
  expect(h().buttonEvents).toContain('HUMAN');
  await h().say('not now');
  expect(await h().submitShopPage(page, { accountId: 'acct_002', name: '李四', idNumber: VALID_ID_NUMBER })).toBe(200);
  await h().say("ok I'm verified now");
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  expect(h().replies.length).toBeGreaterThan(1);
});
