// Every notice reads in both locales, and a turn never says the same thing twice or runs long.
import { InputHints } from 'botbuilder';
import type { Notice } from '../../machines/context';
import { catalogs, type Locale } from '../../dialogs/messages';
import { renderTurn } from '../../dialogs';
import { account, actionsOf, ALL_NOTICES, CONTEXTS, LOCALES, render, richContext, textOf } from './fixtures';

const cases = ALL_NOTICES.flatMap((notice) =>
  LOCALES.flatMap((locale) => Object.keys(CONTEXTS).map((ctx) => [JSON.stringify(notice), locale, ctx, notice] as const)),
);

describe('notices', () => {
  it.each(cases)('%s in %s (%s context) is said before the prompt', (_name, locale, ctx, notice) => {
    const activities = render('flow.purchase.menu', locale, CONTEXTS[ctx](), [notice]);
    const said = notice.id === 'goodbye' ? activities : activities.slice(0, -1);
    expect(said).toHaveLength(1);
    expect(said[0].locale).toBe(locale);
    expect(said[0].text?.trim()).toBeTruthy();
    expect(said[0].text).not.toMatch(/\{\w+\}/);
  });

  it('a notice before the prompt tells channels more is coming', () => {
    const [notice, prompt] = render('flow.purchase.menu', 'zh-CN', undefined, [{ id: 'thanks' }]);
    expect(notice.inputHint).toBe(InputHints.IgnoringInput);
    expect(prompt.inputHint).toBe(InputHints.ExpectingInput);
  });

  it('a clarifying question is asked once, with the candidates and a person as buttons', () => {
    const notEnabled = richContext({ account: account({ payLater: { enabled: false } }) });
    const activities = render('clarifying', 'zh-CN', notEnabled, [{ id: 'clarify', candidates: ['enable', 'status'] }]);
    expect(activities).toHaveLength(1);
    const events = actionsOf(activities).map((a) => (a.value as { event: { type: string } }).event.type);
    expect(events).toEqual(['ENABLE', 'STATUS', 'HUMAN']);
  });

  // "what's happening?" at the code step offered 确认收货并付款 and 我的进度.
  it('a clarifying question while logging in offers only what fits the login', () => {
    const scene = { path: 'clarifying', context: CONTEXTS.empty(), locale: 'en-US' as const, links: { shopUrl: 'http://shop.test' } };
    const [question] = renderTurn({
      ...scene,
      resumesTo: 'flow.onboarding.login.awaitingOtp',
      notices: [{ id: 'clarify', candidates: ['status', 'pay', 'orders', 'return', 'checkout', 'cancel'] }],
    });
    const events = actionsOf([question]).map((a) => (a.value as { event: { type: string } }).event.type);
    expect(events.filter((e) => ['STATUS', 'PAY', 'ORDERS', 'RETURN', 'CHECKOUT'].includes(e))).toEqual([]);
    // 取消 last, after a person (test/dialogs/clarifyOrder.test.ts).
    expect(events.slice(-2)).toEqual(['HUMAN', 'CANCEL']);
  });

  // "打个招呼" and "再见" were offered for "快递显示签收了但我没拿到".
  it('a clarifying question offers no small talk: greetings, goodbyes or thanks', () => {
    const activities = render('clarifying', 'zh-CN', undefined, [{ id: 'clarify', candidates: ['orders', 'goodbye', 'greeting'] }]);
    const events = actionsOf(activities).map((a) => (a.value as { event: { type: string } }).event.type);
    expect(events).toEqual(['ORDERS', 'HUMAN']);
  });

  // "我一共欠多少钱" showed the list again without a word.
  it('the amount due sums what can be paid now, or says there is nothing to pay', () => {
    const due = textOf(render('flow.purchase.showingOrders', 'zh-CN', richContext(), [{ id: 'topic', topic: 'amountDue' }]));
    expect(due).toContain('¥388.00（2 笔）'); // the delivered earbuds and the overdue lamp of the fixtures
    const settled = richContext({ orders: richContext().orders!.map((o) => ({ ...o, status: 'paid' as const })) });
    expect(textOf(render('flow.purchase.showingOrders', 'en-US', settled, [{ id: 'topic', topic: 'amountDue' }]))).toContain('Nothing to pay');
  });

  // "耳机哪天要付款" went to the payment's confirmation without saying when.
  it('the due dates list what can be paid now, the overdue one marked, and nothing else', () => {
    const due = textOf(render('flow.purchase.showingOrders', 'zh-CN', richContext(), [{ id: 'topic', topic: 'dueDate' }]));
    const lines = due.split('\n').filter((line) => line.startsWith('·'));
    expect(lines).toHaveLength(richContext().orders!.filter((o) => o.status === 'delivered' || o.status === 'overdue').length);
    expect(lines.some((line) => line.includes('已经逾期'))).toBe(true);
    const settled = richContext({ orders: richContext().orders!.map((o) => ({ ...o, status: 'paid' as const })) });
    expect(textOf(render('flow.purchase.showingOrders', 'en-US', settled, [{ id: 'topic', topic: 'dueDate' }]))).toContain('Nothing to pay');
  });

  // An "👌" while paying was offered "enable pay-later" by a customer who has it on, and 先用后付是什么 at a return's confirmation.
  it('a clarifying question offers no enabling, nor what it is, to a customer who has pay-later on', () => {
    const enabled = render('clarifying', 'zh-CN', richContext(), [{ id: 'clarify', candidates: ['what_is', 'enable', 'return'] }]);
    const events = actionsOf(enabled).map((a) => (a.value as { event: { type: string } }).event.type);
    expect(events).toEqual(['RETURN', 'HUMAN']);
  });

  // 确认收货并付款 was offered to customers who cannot have pay-later yet; 好的 was offered as a reading.
  it('a clarifying question offers no paying or orders without pay-later, and no plain yes', () => {
    const notEnabled = richContext({ account: account({ payLater: { enabled: false } }) });
    const activities = render('clarifying', 'zh-CN', notEnabled, [{ id: 'clarify', candidates: ['affirm', 'pay', 'orders', 'credit'] }]);
    const events = actionsOf(activities).map((a) => (a.value as { event: { type: string } }).event.type);
    expect(events).toEqual(['CREDIT', 'HUMAN']);
    const unknown = render('clarifying', 'zh-CN', CONTEXTS.empty(), [{ id: 'clarify', candidates: ['pay', 'what_is'] }]);
    expect(actionsOf(unknown).map((a) => (a.value as { event: { type: string } }).event.type)).toEqual(['PAY', 'WHAT_IS', 'HUMAN']);
  });

  it('the welcome greets once; after something else was said it only asks what next', () => {
    const greeted = render('flow.welcome', 'en-US', undefined, [{ id: 'greeting' }]);
    expect(greeted).toHaveLength(1);
    const afterCancel = render('flow.welcome', 'en-US', undefined, [{ id: 'cancelled' }]);
    expect(afterCancel).toHaveLength(2);
    expect(afterCancel[1].text!.length).toBeLessThan(greeted[0].text!.length);
    expect(actionsOf(afterCancel)).toEqual(actionsOf(greeted));
  });

  // A picture as the very first message got "I can't open pictures…" and "What else can I help you with?", no hello.
  it.each(LOCALES)('(%s) a first message that is a picture is greeted first, and asked plainly what it is about', (locale) => {
    const first = { path: 'flow.welcome', context: CONTEXTS.empty(), locale, links: { shopUrl: 'http://shop.test' } };
    const t = catalogs[locale];
    const turn = renderTurn({ ...first, notices: [{ id: 'topic', topic: 'attachment' }], returning: false });
    expect(turn.map((a) => a.text)).toEqual([t['welcome.hello'], t['topic.attachment'], t['welcome.first']]);
    // Later in the conversation nobody is greeted again.
    const later = renderTurn({ ...first, notices: [{ id: 'topic', topic: 'attachment' }], returning: true });
    expect(later.map((a) => a.text)).toEqual([t['topic.attachment'], t['welcome.again']]);
  });

  // "Not now" at the PLUS step was answered "OK, I won't turn it on": as if pay-later itself had been refused.
  it.each(LOCALES)('(%s) "not now" at the PLUS or real-name step is answered about that step', (locale) => {
    const t = catalogs[locale];
    // Without PLUS and verification, as a customer who said no to "shall we turn it on?" at the welcome may be.
    const context = { ...CONTEXTS.empty(), account: { ...account(), plus: { active: false }, realName: { verified: false } } };
    const at = (step?: 'plus' | 'realName') =>
      textOf(render('flow.welcome', locale, context, [step ? { id: 'termsDeclined', step } : { id: 'termsDeclined' }]));
    expect(at('plus')).toContain(t['notice.termsDeclined.plus']);
    expect(at('realName')).toContain(t['notice.termsDeclined.realName']);
    expect(at()).toContain(t['notice.termsDeclined']);
    expect(at()).not.toContain(t['notice.termsDeclined.plus']);
  });

  it('after a goodbye the bot does not ask again', () => {
    const activities = render('flow.onboarding.awaitingPlus', 'zh-CN', undefined, [{ id: 'goodbye' }]);
    expect(activities).toHaveLength(1);
    expect(activities[0].suggestedActions).toBeUndefined();
  });

  it('a busy turn is squeezed into three messages, keeping the card and the buttons', () => {
    const notices: Notice[] = [{ id: 'agentReleased' }, { id: 'stepDone', step: 'plus' }, { id: 'statusCard' }, { id: 'thanks' }];
    const activities = render('flow.onboarding.awaitingRealName', 'zh-CN', undefined, notices);
    expect(activities).toHaveLength(3);
    expect(activities.filter((a) => a.attachments?.length)).toHaveLength(1);
    expect(actionsOf(activities.slice(-1)).length).toBeGreaterThan(0);
    expect(textOf(activities)).toContain('PLUS');
  });

  it('an order named in words is asked about with its own buttons instead of the whole list', () => {
    const eventsOf = (activities: ReturnType<typeof render>) =>
      actionsOf(activities).map((a) => (a.value as { event: { type: string; orderId?: string } }).event);
    const atList = (locale: 'zh-CN' | 'en-US', orderId: string | undefined, notices: Notice[] = []) =>
      render('flow.purchase.showingOrders', locale, richContext({ orderId }), notices);
    const earbuds = atList('zh-CN', 'JD1');
    expect(earbuds).toHaveLength(1);
    expect(earbuds[0].text).toBe('「Wireless earbuds 无线耳机」（已送达，待确认收货）想怎么处理？');
    expect(eventsOf(earbuds)).toEqual([
      { type: 'ORDER_PAY_CHOSEN', orderId: 'JD1' },
      { type: 'ORDER_RETURN_CHOSEN', orderId: 'JD1' },
      { type: 'ORDERS' },
    ]);
    expect(eventsOf(atList('en-US', 'JD2'))).toEqual([{ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD2' }, { type: 'ORDERS' }]);
    // An FAQ answered while an order is in question: the prompt still asks about that order, not the list.
    const afterFaq = atList('zh-CN', 'JD1', [{ id: 'faq', topic: 'what_is' }]);
    expect(afterFaq[1].text).toContain('想怎么处理');
    // Nothing to do with a paid order: it says so, and the list follows with its buttons.
    const shoes = atList('zh-CN', undefined, [{ id: 'nothingToDo', orderId: 'JD3' }]);
    expect(shoes).toHaveLength(2);
    expect(shoes[0].text).toBe('「Running shoes 跑步鞋」已付款，现在没有需要处理的；有售后问题的话，说「转人工」找同事帮你。');
    expect(shoes[1].text).toContain('你的先用后付订单');
    expect(eventsOf(shoes)).toContainEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD1' });
  });

  it('an FAQ answer in the middle of onboarding is followed by the step it interrupted', () => {
    const activities = render('flow.onboarding.confirmingTerms', 'zh-CN', undefined, [{ id: 'faq', topic: 'credit' }]);
    expect(activities).toHaveLength(2);
    const events = actionsOf(activities).map((a) => (a.value as { event: { type: string } }).event.type);
    // The step's own buttons; the account at the terms passed the credit check, so the answer says so and sends to no person.
    expect(events).toEqual(['AFFIRM', 'DENY']);
  });
});

// "想确认的话，可以转人工客服" came with no button for it: the customer had to type the words.
describe('an answer that says a colleague can help', () => {
  const humanButtons = (activities: ReturnType<typeof render>) =>
    actionsOf(activities.slice(-1)).filter((a) => (a.value as { event?: { type?: string } } | undefined)?.event?.type === 'HUMAN');

  it.each(LOCALES)('offers the person as a button on the last message, after the step\'s own buttons (%s)', (locale) => {
    const activities = render('flow.onboarding.login.awaitingOtp', locale, richContext(), [{ id: 'topic', topic: 'fees' }]);
    const last = actionsOf(activities.slice(-1));
    expect(humanButtons(activities)).toHaveLength(1);
    expect(last.at(-1)).toEqual(humanButtons(activities)[0]);
    expect(last.length).toBeGreaterThan(1);
  });

  it('offers it where the step has no buttons of its own', () => {
    expect(humanButtons(render('flow.onboarding.login.awaitingPhone', 'zh-CN', richContext(), [{ id: 'topic', topic: 'disable' }]))).toHaveLength(1);
  });

  // "「跑步鞋」已经付款完成…说「转人工」找同事帮你" (a return asked for a paid order) came without the button: only some notices
  // had it, whatever their wording.
  const MENTIONS_PERSON: Record<Locale, RegExp> = { 'zh-CN': /转人工|人工客服|同事/, 'en-US': /\bagent\b|colleague|a person/ };
  /** The help lists a person among what the bot can do; the others are said while a person is coming, or taken back. */
  const NOT_AN_ANSWER = new Set<Notice['id']>(['help', 'alreadyWithAgent', 'handoffWithdrawn']);
  const answers = ALL_NOTICES.filter((n) => !NOT_AN_ANSWER.has(n.id)).flatMap((notice) =>
    LOCALES.map((locale) => [JSON.stringify(notice), locale, notice] as const),
  );

  it.each(answers)('%s in %s: the last message offers a person exactly when the answer says one can help', (_name, locale, notice) => {
    const activities = render('flow.purchase.menu', locale, richContext(), [notice]);
    const answer = textOf(activities.slice(0, 1));
    // The FAQ of a request that is no question (a person, help, cancel…) is the help too.
    const help = textOf(render('flow.purchase.menu', locale, richContext(), [{ id: 'help' }]).slice(0, 1));
    const says = answer !== help && MENTIONS_PERSON[locale].test(answer);
    expect(humanButtons(activities)).toHaveLength(says ? 1 : 0);
  });

  it('adds none where the step offers a person already, nor to answers that do not mention one', () => {
    const refused = render('flow.onboarding.creditRefused', 'zh-CN', richContext(), [{ id: 'topic', topic: 'fees' }]);
    expect(actionsOf(refused.slice(-1)).filter((a) => a.title === '联系人工客服' || a.title === '转人工客服')).toHaveLength(1);
    expect(humanButtons(render('flow.onboarding.login.awaitingPhone', 'zh-CN', richContext(), [{ id: 'topic', topic: 'whyPhone' }]))).toHaveLength(0);
  });
});
