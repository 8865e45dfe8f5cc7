// Interruptions over HTTP: questions, cancel, restart and status in the middle of a step, and login mistakes.
import { logIn, OTP, useE2e, VALID_ID_NUMBER } from './harness';

const h = useE2e();

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

describe('in the middle of a step', () => {
  // "好吧我再想想" at the terms turned pay-later on.
  test('at the terms, hesitating is told how to go ahead and turns nothing on; a plain yes does', async () => {
    await h().click('开通先用后付');
    await logIn(h(), '13800000004');
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
    for (const text of ['好吧我再想想', '好贵啊', '可以吗']) {
      await h().say(text);
      expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
      expect(h().text).toContain('同意并开通');
    }
    expect((await h().account('13800000004')).payLater.enabled).toBe(false);
    await h().say('同意');
    expect(await h().state()).toBe('flow.onboarding.enabled');
    expect((await h().account('13800000004')).payLater.enabled).toBe(true);
  });

  test('an FAQ question is answered and the step asks its question again, then goes on', async () => {
    await h().click('开通先用后付');
    await h().say('13800000004');
    await h().say('先用后付是什么');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().replies).toHaveLength(2);
    expect(h().replies[1].inputHint).toBe('expectingInput');
    expect(h().buttonEvents).toEqual(['OTP_RESEND_REQUESTED', 'CANCEL']);

    await h().say(OTP);
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  });

  // "怎么关闭先用后付" read as enable and started the onboarding; "我忘记密码了" got a clarifying question.
  test('turning pay-later off and a forgotten password get their answers, and the step stays', async () => {
    await h().say('怎么关闭先用后付');
    expect(await h().state()).toBe('flow.welcome');
    expect(h().text).toContain('没法帮你关闭');
    expect(h().text).toContain('转人工');

    await h().click('开通先用后付');
    await h().say('13800000004');
    await h().say('我忘记密码了');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().text).toContain('登录不用密码');
    expect(h().buttonEvents).toEqual(['OTP_RESEND_REQUESTED', 'CANCEL']);
  });

  // "逾期会怎样" listed the orders without a word about being late; "手续费多少" was told it was out of scope.
  test('after logging in, a question about paying is answered before the orders, and fees get an honest answer', async () => {
    await h().say('我的订单');
    await logIn(h(), '13800000006');
    await h().say('逾期会怎样？');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(h().replies[0].text).toContain('信用记录');
    expect(h().text).toContain('Desk lamp');
    await h().say('手续费多少');
    expect(h().text).toContain('查不到具体数字');
    expect(h().text).not.toContain('我只负责');
  });

  test('a question while waiting for a shop page keeps the page link and the "done" button', async () => {
    await h().click('开通先用后付');
    await logIn(h(), '13800000001');
    await h().say('需要什么条件');
    expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
    expect(h().buttonEvents).toEqual(['link', 'AFFIRM', 'DENY']);
  });

  // machines/dialogue.ts: PAY without a session targeted #onboarding, whose login starts over at awaitingPhone.
  test('a question about paying at the code step is answered, the code step stays, and the orders follow the login', async () => {
    await h().click('我的订单');
    await h().say('13800000005');
    await h().say('怎么确认收货？');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().text).toContain('确认收货并付款');
    expect(h().buttonEvents).toEqual(['OTP_RESEND_REQUESTED', 'CANCEL']);
    await h().say(OTP);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
  });

  // machines/dialogue.ts: with the session of an earlier login, ORDERS listed that account's orders and left the code step.
  test('logging in as another account: asking for orders waits for the new code, then shows that account\'s orders', async () => {
    await h().click('我的订单');
    await logIn(h(), '13800000003');
    // Persona 3's credit refuses pay-later: no orders, and it is not offered (dialogs/orders.ts).
    expect(h().text).toContain('暂时还不能开通先用后付');
    await h().say('13800000005');
    await h().say('我的订单');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    await h().say(OTP);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(h().text).toContain('Wireless earbuds');
  });

  // src/bot/understanding.ts: every word but cancel, human, restart and help was taken as the return reason.
  test('a question while giving a return reason is answered, not taken as the reason', async () => {
    await h().click('我的订单');
    await logIn(h(), '13800000005');
    await h().click(/申请退货 · Rice cooker/);
    await h().say('等等，付款截止日期过了会怎样');
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
    expect(h().text).toContain('逾期没付会影响你的信用记录');
    expect(h().buttonEvents).toContain('RETURN_REASON_GIVEN');
    await h().say('先用后付是什么？');
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
    await h().say('质量不好');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain('原因：质量不好');
  });

  // src/bot/understanding.ts: an ID number was "digits that are not a phone number or a code" and got the help menu.
  // It went to a clarifying question, whose second miss would have handed the customer to a person.
  test('at the reason step, a question nothing else answers gets the return answer, and the next words are the reason', async () => {
    await h().say('我的订单');
    await logIn(h(), '13800000005');
    await h().say('电饭煲退了吧');
    await h().say('一定要选原因吗');
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
    expect(h().text).toContain('退货退款');
    await h().say('耳机左边没声音');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    expect(h().text).toContain('耳机左边没声音');
  });

  test('an ID number sent in chat is declined with where verification happens, and the step stays', async () => {
    await h().click('开通先用后付');
    await logIn(h(), '13800000002');
    expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
    await h().say(`我的身份证号是 ${VALID_ID_NUMBER}`);
    expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
    expect(h().replies[0].text).toContain('请不要在聊天里发送身份证号');
    expect(h().buttonEvents).toEqual(['link', 'AFFIRM', 'DENY']);
  });

  test('an ID number is not taken as a return reason', async () => {
    await h().click('我的订单');
    await logIn(h(), '13800000005');
    await h().click(/申请退货 · Rice cooker/);
    await h().say(VALID_ID_NUMBER);
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
    expect(h().text).toContain('请不要在聊天里发送身份证号');
  });

  test('cancel leaves the step for the menu', async () => {
    await h().click('开通先用后付');
    await h().say('13800000004');
    await h().say('取消');
    expect(await h().state()).toBe('flow.welcome');
    expect(h().buttonEvents).toContain('ENABLE');
  });

  test('"再试一次" where there is nothing to retry asks the step\'s question again instead of starting over', async () => {
    await h().click('开通先用后付');
    await h().say('13800000004');
    await h().say('再试一次');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  });

  test('restart forgets the login: enabling again asks for the phone number', async () => {
    await h().click('开通先用后付');
    await logIn(h(), '13800000004');
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
    await h().say('重新开始');
    expect(await h().state()).toBe('flow.welcome');
    await h().click('开通先用后付');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  });

  test('status shows the checklist as a card with a text summary, and the step goes on', async () => {
    await h().click('开通先用后付');
    await logIn(h(), '13800000002');
    await h().say('我的开通进度');
    const card = h().replies.flatMap((a) => a.attachments ?? []).find((a) => a.contentType === ADAPTIVE_CARD);
    const facts = (card?.content as { body: Array<{ type: string; facts?: unknown[] }> }).body.find((b) => b.type === 'FactSet')?.facts;
    expect(facts).toHaveLength(5);
    // The checklist is in the card (and its fallback, which the text-only view shows); the text is only a lead-in.
    expect(h().replies[0].text).not.toMatch(/✅/u);
    expect(h().text).toMatch(/✅.*PLUS.*❌.*实名认证/s);
    expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
    expect(h().buttonEvents).toEqual(['link', 'AFFIRM', 'DENY']);
  });

  // machines/dialogue.ts: awaitingRealName's entry action `remindIfStillPending` runs again when #resume re-enters the
  // state after the status check, so the bot says "not done yet" although the customer never claimed it was done.
  test('status while waiting for a shop page does not claim the customer said the step was done', async () => {
    await h().click('开通先用后付');
    await logIn(h(), '13800000002');
    await h().say('我的开通进度');
    expect(h().replies).toHaveLength(2); // the checklist and the step's prompt, no "我这边还没看到实名认证完成"
  });

  // machines/dialogue.ts: STATUS without a session targets #onboarding, whose login starts over at awaitingPhone.
  test('status before the login is finished keeps the code step', async () => {
    await h().click('开通先用后付');
    await h().say('13800000004');
    await h().say('status');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  });
});

describe('login mistakes', () => {
  test('a wrong one-time code is asked for again, with the attempts left', async () => {
    await h().click('开通先用后付');
    await h().say('13800000004');
    await h().say('000000');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().text).toContain('2');
    expect(h().buttonEvents).toEqual(['OTP_RESEND_REQUESTED', 'CANCEL']);
    await h().say(OTP);
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  });

  test('asking in words for the code again sends a new one and keeps the login', async () => {
    await h().click('开通先用后付');
    await h().say('13800000004');
    // After the minute a code is given to arrive: sooner, none is sent (test/e2e/codeResends.test.ts).
    h().passTime(60_000);
    await h().say('重新发送验证码');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().text).toContain('已重新发送验证码到 138****0004');
    await h().say(OTP);
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  });

  test('three wrong codes pause the login and offer a person', async () => {
    await h().click('开通先用后付');
    await h().say('13800000004');
    for (const code of ['000000', '111111', '222222']) await h().say(code);
    expect(await h().state()).toBe('flow.onboarding.login.blocked');
    expect(h().buttonEvents).toEqual(['AFFIRM', 'CANCEL']);
  });

  test('an invalid phone number is asked for again, and a valid one goes on', async () => {
    await h().click('开通先用后付');
    await h().say('12345');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    expect(h().replies).toHaveLength(2);
    await h().say('138000000');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    await h().say('13800000004');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  });

  // "1" then "2" at the code step were read as nothing clear, twice, and handed the customer over mid-login.
  test('a digit or two at the code step is told what a code looks like, and the login goes on', async () => {
    await h().click('开通先用后付');
    await h().say('13800000004');
    for (const part of ['1', '12', '３']) {
      await h().say(part);
      expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
      expect(h().text).toContain('验证码是6位数字');
    }
    await h().say(OTP);
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  });

  // Three typos paused the login "for security" and offered only a person: a typo is no attempt at an account.
  test('a number mistyped again and again is asked for with its format and a person offered, and the login goes on', async () => {
    await h().click('开通先用后付');
    for (const typo of ['1380000000', '1380000000', '1380000000', '138000000044']) {
      await h().say(typo);
      expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    }
    expect(h().text).toContain('手机号是 1 开头的 11 位数字');
    expect(h().buttons).toContain('转人工客服');
    await h().say('13800000004');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  });
});

// "好的" to "PLUS is active ✅, next is real-name verification" was read as "done": checked, and told "还没看到实名认证完成".
describe('a plain "ok" at a shop-page step', () => {
  test('asks for the step again, with no "not done yet"; "好了" still checks', async () => {
    await h().say('开通先用后付');
    await logIn(h(), '13800000001');
    await h().submitShopPage(h().link('去开通PLUS会员'), { accountId: 'acct_001' });
    await h().say('好了');
    expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
    for (const ok of ['好的', 'ok']) {
      await h().say(ok);
      expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
      expect(h().text).not.toContain('还没看到');
      expect(h().text).not.toMatch(/can't see/i);
      expect(h().buttons).toContain('去实名认证');
    }
    await h().say('好了');
    expect(h().text).toContain('还没看到');
  });

  // "我已经开通PLUS了" at real-name verification was checked as real-name and answered "还没看到实名认证完成".
  test('PLUS named done at real-name verification is said to be so, and the step stays', async () => {
    await h().say('开通先用后付');
    await logIn(h(), '13800000001');
    await h().submitShopPage(h().link('去开通PLUS会员'), { accountId: 'acct_001' });
    await h().say('好了');
    await h().say('我已经开通PLUS了');
    expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
    expect(h().text).toContain('PLUS会员已经生效了');
    expect(h().text).not.toContain('还没看到');
    await h().say('I bought PLUS already');
    expect(h().text).toContain('Your PLUS membership is already active');
  });
});
