// Over HTTP, a prober's round at the earbuds' payment (persona 5, due in a week) and before any login: paying later but
// before the due date is fine, how this order is paid, and a call asked for, which the bot cannot make and is no login.
import { atOrderList, logIn, useE2e, type E2e } from './harness';

const h = useE2e();

const CONFIRMING = 'flow.purchase.confirmingReceipt';
const PAY_EARBUDS = { 'en-US': 'Confirm receipt & pay · Wireless earbuds 无线耳机', 'zh-CN': '确认收货并付款 · Wireless earbuds 无线耳机' } as const;
const CANNOT_MOVE = { 'en-US': "can't move a due date", 'zh-CN': '没法延后' } as const;

/** At the earbuds' payment in a fresh conversation in `locale`; their due date, as the backend has it. */
async function payingEarbuds(locale: 'en-US' | 'zh-CN'): Promise<string> {
  await atOrderList(h(), '13800000005', locale);
  await h().click(PAY_EARBUDS[locale]);
  expect(await h().state()).toBe(CONFIRMING);
  const due = (await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.dueDate;
  if (due === undefined) throw new Error('the earbuds have no due date');
  return due;
}

const earbudsStatus = async (e: E2e) => (await e.orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status;

describe('a later time to pay, asked at the earbuds\' payment (due in a week)', () => {
  // "can i pay next week instead?" got "I can't move a due date from this chat… pay before the due date", as if next week
  // were late; "能下周再付吗" a clarifying question; "晚几天付行吗" the same "cannot be put off".
  test.each([
    ['en-US', 'can i pay next week instead?', 'any time up to the due date'],
    ['zh-CN', '能下周再付吗', '什么时候付都行'],
    ['zh-CN', '晚几天付行吗', '什么时候付都行'],
  ] as const)('%s %j: fine, with the due date and what paying after it does; the payment kept', async (locale, words, fine) => {
    const due = await payingEarbuds(locale);
    await h().say(words);
    expect(h().text).toContain(fine);
    expect(h().text).toContain(due);
    expect(h().text).toContain(locale === 'en-US' ? 'overdue' : '逾期');
    expect(h().text).not.toContain(CANNOT_MOVE[locale]);
    expect(await h().state()).toBe(CONFIRMING);
    expect(h().buttonEvents).toEqual(['AFFIRM', 'DENY']);
    expect(await earbudsStatus(h())).toBe('delivered');
  });

  test.each([
    ['en-US', 'can i pay next month instead?', 'Talk to a person'],
    ['zh-CN', '能下个月再付吗', '转人工客服'],
  ] as const)('%s %j, after the due date: it cannot be moved, a person offered', async (locale, words, person) => {
    await payingEarbuds(locale);
    await h().say(words);
    expect(h().text).toContain(CANNOT_MOVE[locale]);
    expect(h().buttons).toContain(person);
    expect(await h().state()).toBe(CONFIRMING);
  });
});

describe('how the earbuds are paid, asked at their payment', () => {
  // "how do i pay, with which card?" got the checkout's steps ("Pick your goods and go to checkout"), about buying.
  test('en-US "how do i pay, with which card?": confirming receipt pays them, the card is the shop account\'s', async () => {
    const due = await payingEarbuds('en-US');
    await h().say('how do i pay, with which card?');
    expect(h().text).toContain('To pay for "Wireless earbuds 无线耳机" (¥299.00), just confirm receipt and pay');
    expect(h().text).toContain(due);
    expect(h().text).toContain("Which way it's paid, I can't see from this chat");
    expect(h().text).not.toContain('Pick your goods');
    expect(await h().state()).toBe(CONFIRMING);
    expect(h().buttonEvents).toEqual(['AFFIRM', 'DENY']);
    expect(await earbudsStatus(h())).toBe('delivered');
  });

  // "用什么付款" got "tap the button to go on"; "可以用信用卡付吗" is the means' own answer, nothing paid.
  test('zh-CN "用什么付款", then "可以用信用卡付吗": how this one is paid; a card cannot be chosen here', async () => {
    const due = await payingEarbuds('zh-CN');
    await h().say('用什么付款');
    expect(h().text).toContain('付「Wireless earbuds 无线耳机」（¥299.00）只要确认收货并付款就行');
    expect(h().text).toContain(due);
    expect(h().text).toContain('用哪种方式付，我在聊天里看不到');
    expect(h().text).not.toContain('要继续的话');
    expect(await h().state()).toBe(CONFIRMING);
    await h().say('可以用信用卡付吗');
    expect(h().text).toContain('没法替你选付款方式');
    expect(await h().state()).toBe(CONFIRMING);
    expect(await earbudsStatus(h())).toBe('delivered');
  });
});

describe('a call asked for is no login', () => {
  // Both started the login and texted a code to the number.
  test.each([
    ['en-US', 'hi my phone is 13912345678 and email john.smith@example.com, call me please', "can't make phone calls", 'Talk to a person', 'Log in and check'],
    ['zh-CN', '我的手机号13912345678，请给我回个电话', '没法打电话', '转人工客服', '登录帮我查'],
  ] as const)('%s, in a fresh conversation, %j: no call, no code; a person or the login', async (locale, words, noCall, person, logInButton) => {
    await h().reset(locale);
    const codes = h().backend.requests('POST /v1/otp');
    await h().say(words);
    expect(h().text).toContain(noCall);
    expect(h().buttons).toEqual(expect.arrayContaining([person, logInButton]));
    expect(await h().state()).toBe('flow.welcome');
    expect(h().backend.requests('POST /v1/otp')).toBe(codes);
    // Going on after all: the login asks for the number, as it would anyway.
    await h().click(logInButton);
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    expect(h().backend.requests('POST /v1/otp')).toBe(codes);
  });

  test.each([
    ['en-US', 'what is pay later?', 'can you call me back at 13912345679?', "can't make phone calls", 'Talk to a person'],
    ['zh-CN', '先用后付是什么', '能打13912345679给我回个电话吗', '没法打电话', '转人工客服'],
  ] as const)('%s, after %j, %j: the same', async (locale, question, words, noCall, person) => {
    await h().reset(locale);
    await h().say(question);
    const codes = h().backend.requests('POST /v1/otp');
    await h().say(words);
    expect(h().text).toContain(noCall);
    expect(h().buttons).toContain(person);
    expect(await h().state()).not.toMatch(/^flow\.onboarding\.login/);
    expect(h().backend.requests('POST /v1/otp')).toBe(codes);
  });

  // Guards: a number given to log in with still logs in.
  test.each([
    ['en-US', [], '13912345678'],
    ['en-US', ['I want to turn it on'], 'my number is 13800000005'],
    ['en-US', [], 'I want to turn it on, my number is 13800000005'],
    ['zh-CN', ['我要开通'], '我的手机号是13800000005'],
  ] as const)('%s %j then %j: the code is sent', async (locale, before, words) => {
    await h().reset(locale);
    for (const said of before) await h().say(said);
    const codes = h().backend.requests('POST /v1/otp');
    await h().say(words);
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().backend.requests('POST /v1/otp')).toBe(codes + 1);
  });

  test('logged in, "call me back please" at the list: no call; a person, the list kept', async () => {
    await h().reset('en-US');
    await h().say('my orders');
    await logIn(h(), '13800000005');
    await h().say('call me back please');
    expect(h().text).toContain("can't make phone calls");
    expect(h().buttons).toContain('Talk to a person');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
  });
});
