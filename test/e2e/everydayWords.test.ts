// Over HTTP, a QA round's everyday words: English said plainly, a person asked for at the end of a message, questions
// after a refused credit check, a phone number at the end of a sentence, a claim of done with a complaint, a question
// wholly in English in a Chinese conversation.
import { logIn, useE2e, VALID_ID_NUMBER } from './harness';

const h = useE2e();

// "how do i sign up" got a clarifying question, and said again handed the customer to a person.
test('"how do i sign up" starts enabling, and said twice hands nobody over', async () => {
  await h().say('how do i sign up');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  await h().say('how do i sign up');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  expect(h().text).toMatch(/phone number/);
});

// "plus开不了 页面打不开 找人工" got "我不太确定你的意思".
test('a person asked for as the last clause of a longer message is a person', async () => {
  await h().say('plus开不了 页面打不开 找人工');
  expect(await h().state()).toBe('handoff');
});

// "为啥啊 我信用一直挺好的" got a clarifying question offering 好的; "那要多久才能恢复" and "过多久能再试" handed the customer over.
test('why, and when to try again, after a refused credit check are answered and the step stays', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000003');
  const refused = 'flow.onboarding.creditRefused';
  expect(await h().state()).toBe(refused);
  await h().say('为啥啊 我信用一直挺好的');
  expect(await h().state()).toBe(refused);
  expect(h().buttons).not.toContain('好的');
  expect(h().buttonEvents).toContain('HUMAN');
  for (const text of ['那要多久才能恢复', '过多久能再试']) {
    await h().say(text);
    expect(await h().state()).toBe(refused);
    expect(h().text).toContain('没有具体的时间说明'); // no period is known: said so
    expect(h().text).toContain('支付管理');
    expect(h().buttonEvents).toContain('HUMAN');
  }
  await h().say('how can I improve it');
  expect(await h().state()).toBe(refused);
  expect(h().text).toMatch(/credit/i);
});

// The bot asked for the phone number again; with an ID number only the ID warning came.
test('a phone number at the end of a longer sentence, or said with an ID number, is taken', async () => {
  await h().say('收到短信说我逾期了？？我咋不知道 13800000006');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  await h().reset();
  await h().say("I got a message saying I'm overdue?? 13800000006");
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  await h().reset();
  await h().say(`我手机13800000002，身份证${VALID_ID_NUMBER}`);
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  expect(h().text).toContain('身份证号');
  expect(h().text).toContain('138****0002');
});

// "我明明认证过了 你们系统是不是有bug": checked, and not done is said with an apology, what to check and a person.
test('a claim of done with a complaint at real-name verification is checked, with an apology and a person', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000002');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  await h().say('我明明认证过了 你们系统是不是有bug');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  expect(h().text).toContain('抱歉');
  expect(h().text).toContain('这个账号');
  expect(h().buttonEvents).toContain('HUMAN');
});

// "what's PLUS?" in a Chinese conversation was answered in Chinese.
test('a question wholly in English switches a Chinese conversation to English; a word of English does not', async () => {
  await h().say('开通先用后付');
  await h().say("what's PLUS?");
  expect(h().replies[0].locale).toBe('en-US');
  expect(h().text).toMatch(/PLUS is/);
  await h().say('我的订单');
  expect(h().replies[0].locale).toBe('zh-CN');
  await h().say('PLUS?');
  expect(h().replies[0].locale).toBe('zh-CN');
});
