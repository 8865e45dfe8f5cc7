// A few checks on what the bot actually says: facts from the article, links, masking, orders and handoff.
import { greetingActivities, renderTurn } from '../../dialogs';
import { initialContext } from '../../machines/context';
import { ALL_NOTICES, CONTEXTS, LOCALES, SHOP_URL, account, actionsOf, everythingShown, render, restingPaths, richContext, textOf } from './fixtures';

const eventsOf = (activities: ReturnType<typeof render>) =>
  actionsOf(activities).map((a) => (a.type === 'messageBack' ? (a.value as { event: unknown }).event : a.value));

describe('wording', () => {
  it('explains 先用后付 with confirming receipt and returns', () => {
    const text = textOf(render('flow.purchase.menu', 'zh-CN', undefined, [{ id: 'faq', topic: 'what_is' }]));
    expect(text).toContain('结算页');
    expect(text).toContain('确认收货');
    expect(text).toContain('退货');
  });

  it('lists the three conditions and, with no account known, where to check them', () => {
    const text = textOf(render('flow.welcome', 'zh-CN', initialContext(), [{ id: 'faq', topic: 'requirements' }]));
    for (const word of ['PLUS会员', '信用', '实名认证', '我的京东 > 账户设置 > 支付管理']) expect(text).toContain(word);
  });

  it.each(LOCALES)('sends the customer to the PLUS page for their own account (%s)', (locale) => {
    const activities = render('flow.onboarding.awaitingPlus', locale, richContext({ account: account({ accountId: 'acct_001' }) }));
    const url = `${SHOP_URL}/shop/plus?account=acct_001`;
    expect(actionsOf(activities)).toContainEqual(expect.objectContaining({ type: 'openUrl', value: url }));
    expect(eventsOf(activities)).toContainEqual({ type: 'AFFIRM' });
    expect(textOf(activities)).toContain(url);
  });

  it('sends the customer to the real-name page and never asks for the ID number in chat', () => {
    const activities = render('flow.onboarding.awaitingRealName', 'zh-CN', richContext({ account: account({ accountId: 'acct_002' }) }));
    expect(eventsOf(activities)).toContain(`${SHOP_URL}/shop/real-name?account=acct_002`);
    expect(textOf(activities)).toContain('不要在聊天里发送身份证号');
  });

  it('logs in with a phone number and a one-time code, never a password', () => {
    const text = textOf(render('flow.onboarding.login.awaitingPhone', 'zh-CN'));
    expect(text).toContain('验证码');
    expect(text).toContain('不会问你要密码');
  });

  it('names the masked number the code went to, with a resend button', () => {
    const activities = render('flow.onboarding.login.awaitingOtp', 'zh-CN', undefined, [{ id: 'otpSent' }]);
    expect(textOf(activities)).toContain('138****0004');
    expect(eventsOf(activities)).toContainEqual({ type: 'OTP_RESEND_REQUESTED' });
  });

  it('never shows an 11-digit phone number, in any state or notice', () => {
    for (const locale of LOCALES) {
      const shown = [
        ...restingPaths().map((path) => everythingShown(render(path, locale))),
        ...ALL_NOTICES.map((notice) => everythingShown(render('clarifying', locale, undefined, [notice]))),
        everythingShown(render('flow.purchase.confirmingReturn', locale, richContext({ returnReason: 'call me on 13800000004' }))),
      ].join('\n');
      expect(shown).not.toMatch(/(?<!\d)1\d{10}(?!\d)/);
    }
  });

  it('ends a typed return reason with one full stop', () => {
    const zh = textOf(render('flow.purchase.confirmingReturn', 'zh-CN', richContext({ returnReason: '左耳没声音。' })));
    expect(zh).toContain('原因：左耳没声音。');
    expect(zh).not.toContain('。。');
    const en = textOf(render('flow.purchase.confirmingReturn', 'en-US', richContext({ returnReason: 'left one is silent!' })));
    expect(en).not.toMatch(/!\./);
  });

  it('says how many code attempts are left', () => {
    expect(textOf(render('flow.onboarding.login.awaitingOtp', 'zh-CN', undefined, [{ id: 'wrongCode', attemptsLeft: 2 }]))).toContain('2');
    expect(textOf(render('flow.onboarding.login.awaitingOtp', 'en-US', undefined, [{ id: 'wrongCode', attemptsLeft: 1 }]))).toMatch(/last/);
  });

  it('announces PLUS and names real-name verification as the next step', () => {
    const context = richContext({ account: account({ realName: { verified: false } }) });
    const [done] = render('flow.onboarding.awaitingRealName', 'zh-CN', context, [{ id: 'stepDone', step: 'plus' }]);
    expect(done.text).toContain('PLUS');
    expect(done.text).toContain('实名认证');
  });

  it('apologises differently for a timeout and an expired login, then offers a retry', () => {
    const timeout = render('flow.purchase.loadingOrders.failed', 'en-US', undefined, [{ id: 'backendFailed', kind: 'timeout' }]);
    const expired = render('flow.purchase.loadingOrders.failed', 'en-US', undefined, [{ id: 'backendFailed', kind: 'unauthorized' }]);
    expect(timeout[0].text).toMatch(/sorry/i);
    expect(timeout[0].text).not.toBe(expired[0].text);
    expect(eventsOf(timeout)).toContainEqual({ type: 'RETRY' });
  });

  it('shows the limit once pay-later is on', () => {
    expect(textOf(render('flow.onboarding.enabled', 'zh-CN'))).toContain('¥5,000.00');
    expect(textOf(render('flow.onboarding.enabled', 'zh-CN', richContext({ account: account({ payLater: { enabled: true } }) })))).not.toContain('¥');
  });

  it('lists orders with amount, status and due date, a button per possible action, and a reminder when overdue', () => {
    const activities = render('flow.purchase.showingOrders', 'zh-CN', richContext({ orderId: undefined }));
    const text = textOf(activities);
    expect(text).toContain('Wireless earbuds 无线耳机 · ¥299.00');
    expect(text).toContain('2026-12-10');
    expect(text).toContain('逾期会影响你的信用记录');
    expect(eventsOf(activities)).toEqual([
      { type: 'ORDER_PAY_CHOSEN', orderId: 'JD1' },
      { type: 'ORDER_RETURN_CHOSEN', orderId: 'JD1' },
      { type: 'ORDER_RETURN_CHOSEN', orderId: 'JD2' },
      { type: 'ORDER_PAY_CHOSEN', orderId: 'JD4' },
    ]);
    expect(actionsOf(activities)[0].title).toBe('确认收货并付款 · Wireless earbuds 无线耳机');
    expect(actionsOf(activities)[1].title).toBe('申请退货 · Wireless earbuds 无线耳机');
  });

  it('with no orders, says so and offers enabling and the checkout guide', () => {
    const context = richContext({ orders: [], account: account({ payLater: { enabled: false } }) });
    expect(eventsOf(render('flow.purchase.showingOrders', 'en-US', context))).toEqual([{ type: 'ENABLE' }, { type: 'CHECKOUT' }]);
  });

  it('names the order that was paid or returned', () => {
    expect(textOf(render('flow.purchase.showingOrders', 'zh-CN', undefined, [{ id: 'orderPaid', orderId: 'JD1' }]))).toContain('「Wireless earbuds 无线耳机」付款完成');
    expect(textOf(render('flow.purchase.showingOrders', 'en-US', undefined, [{ id: 'returnRequested', orderId: 'JD2' }]))).toContain('Rice cooker');
  });

  it('asks for a return reason with one button per reason', () => {
    const events = eventsOf(render('flow.purchase.awaitingReturnReason', 'zh-CN'));
    expect(events).toContainEqual({ type: 'RETURN_REASON_GIVEN', reason: 'quality' });
    expect(events).toContainEqual({ type: 'DENY' });
  });

  it('politely declines out-of-scope questions and steers back', () => {
    const activities = render('flow.welcome', 'zh-CN', undefined, [{ id: 'outOfScope' }]);
    expect(activities[0].text).toContain('先用后付');
    expect(actionsOf(activities).length).toBeGreaterThan(0);
  });

  it.each(Object.keys(CONTEXTS))('tells the customer a colleague is coming and that the bot goes quiet (%s context)', (ctx) => {
    const activities = render('handoff', 'en-US', CONTEXTS[ctx]());
    expect(activities).toHaveLength(1);
    expect(activities[0].text).toMatch(/colleague/);
    expect(activities[0].text).toMatch(/quiet/);
    // Nothing asked: only the button that takes the request back, as every later "one is coming" has.
    expect(activities[0].inputHint).not.toBe('expectingInput');
    expect(actionsOf(activities).map((a) => a.title)).toEqual(['Never mind']);
  });

  it.each(LOCALES)('greets a new customer with buttons to start (%s)', (locale) => {
    const activities = greetingActivities(locale, SHOP_URL);
    expect(activities).toHaveLength(1);
    expect(activities[0].locale).toBe(locale);
    expect(eventsOf(activities)).toContainEqual({ type: 'ENABLE' });
  });
});

describe('a greeting from a customer who was already greeted', () => {
  const greet = (returning: boolean) =>
    renderTurn({
      path: 'flow.welcome',
      context: initialContext(),
      notices: [{ id: 'greeting' }],
      locale: 'zh-CN',
      links: { shopUrl: SHOP_URL },
      returning,
    });

  test('is answered briefly, with the choices, instead of the whole welcome again', () => {
    const again = greet(true);
    const first = greet(false);
    expect(again).toHaveLength(2);
    expect(first).toHaveLength(1);
    expect(again.map((a) => a.text).join('\n').length).toBeLessThan(first[0].text!.length);
    expect(again.at(-1)?.suggestedActions?.actions.length).toBe(first[0].suggestedActions?.actions.length);
  });
});

// QA: a payment that timed out was said to have failed ("这次没有成功") although it had gone through.
describe('a payment or return whose answer came too late', () => {
  const late = (locale: (typeof LOCALES)[number], action: 'pay' | 'return') =>
    textOf(
      render(`flow.purchase.${action === 'pay' ? 'payingOrder' : 'requestingReturn'}.failed`, locale, undefined, [
        { id: 'outcomeUnknown', action, orderId: action === 'pay' ? 'JD1' : 'JD2' },
      ]),
    );

  test.each(['pay', 'return'] as const)('is not said to have failed, and the retry offers to check first (%s)', (action) => {
    const zh = late('zh-CN', action);
    expect(zh).toContain(action === 'pay' ? '「Wireless earbuds 无线耳机」' : '「Rice cooker 电饭煲」');
    expect(zh).toContain('不确定');
    expect(zh).toContain('查一下');
    expect(zh).not.toContain('没有成功');
    const en = late('en-US', action);
    expect(en).toMatch(/not sure/);
    expect(en).toMatch(/check/);
    expect(en).not.toMatch(/didn't go through\./);
  });
});
