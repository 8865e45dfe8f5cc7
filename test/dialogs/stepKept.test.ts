// What the step the customer is at keeps beside an answer: its buttons under a clarifying question, a short line with its
// link after a question at a shop-page step, no enabling offered once credit refused it, "no orders" said once.
import type { CardAction } from 'botbuilder';
import { renderTurn } from '../../dialogs';
import type { DialogueContext, Notice } from '../../machines/context';
import type { Locale } from '../../dialogs/messages';
import { account, actionsOf, richContext, SHOP_URL, textOf } from './fixtures';

const RETURN_CONFIRMATION = 'flow.purchase.confirmingReturn';
const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';

const eventOf = (action: CardAction): string => (action.type === 'openUrl' ? 'link' : (action.value as { event: { type: string } }).event.type);

interface Rendering {
  path: string;
  context?: DialogueContext;
  notices?: Notice[];
  locale?: Locale;
  stayed?: boolean;
  resumesTo?: string;
}

const turn = ({ path, context = richContext(), notices = [], locale = 'zh-CN', stayed, resumesTo }: Rendering) =>
  renderTurn({ path, context, notices, locale, links: { shopUrl: SHOP_URL }, stayed, resumesTo });

const notPlus = () =>
  richContext({ account: account({ plus: { active: false }, realName: { verified: false }, payLater: { enabled: false } }), orders: undefined });
const refused = () =>
  richContext({ account: account({ credit: { level: 'poor', eligible: false }, payLater: { enabled: false } }), orders: [] });
const enabledNoOrders = () => richContext({ orders: [] });

describe('a clarifying question keeps the buttons of the step it interrupts', () => {
  // At a return's confirmation the question offered only 退货退款 and a person: no 提交 and no 不退了.
  it.each(['zh-CN', 'en-US'] as const)('at a return\'s confirmation (%s): submit and keep, the guesses, and a person', (locale) => {
    const activities = turn({ path: 'clarifying', resumesTo: RETURN_CONFIRMATION, locale, notices: [{ id: 'clarify', candidates: ['return', 'help'] }] });
    expect(activities).toHaveLength(1);
    expect(actionsOf(activities).map(eventOf)).toEqual(['AFFIRM', 'DENY', 'RETURN', 'HELP', 'HUMAN']);
  });

  // At the buy-PLUS step the PLUS page's link was missing.
  it('at the PLUS step: the page\'s link and "done" stay, within five buttons however many guesses', () => {
    const activities = turn({ path: 'clarifying', context: notPlus(), resumesTo: PLUS, notices: [{ id: 'clarify', candidates: ['plus', 'requirements', 'credit'] }] });
    const actions = actionsOf(activities);
    expect(actions.map(eventOf)).toEqual(['link', 'AFFIRM', 'PLUS', 'REQUIREMENTS', 'HUMAN']);
    expect(actions.find((a) => a.type === 'openUrl')?.value).toBe(`${SHOP_URL}/shop/plus?account=acct_004`);
  });

  it('with one guess, every button of the step fits', () => {
    const activities = turn({ path: 'clarifying', context: notPlus(), resumesTo: REAL_NAME, notices: [{ id: 'clarify', candidates: ['real_name'] }] });
    expect(actionsOf(activities).map(eventOf)).toEqual(['link', 'AFFIRM', 'DENY', 'REAL_NAME', 'HUMAN']);
  });

  // "不用了" beside 不退了 would read as the step's no; the step's own no says what it does.
  it('no plain "no" is guessed beside the step\'s own buttons, and a person is offered once', () => {
    const activities = turn({ path: 'clarifying', resumesTo: 'flow.onboarding.creditRefused', context: refused(), notices: [{ id: 'clarify', candidates: ['deny', 'credit'] }] });
    const events = actionsOf(activities).map(eventOf);
    expect(events).toEqual(['DENY', 'CREDIT', 'HUMAN']);
    expect(actionsOf(activities).map((a) => a.title)).toContain('先不用了');
  });

  it('no step to go back to (rendered alone): the guesses and a person, as before', () => {
    const activities = turn({ path: 'clarifying', notices: [{ id: 'clarify', candidates: ['return'] }] });
    expect(actionsOf(activities).map(eventOf)).toEqual(['RETURN', 'HUMAN']);
  });
});

describe('at a shop-page step, an answer ends with a short line and the link, not the whole block again', () => {
  it.each([PLUS, REAL_NAME])('%s: after a question answered in place, no address in the text, the same buttons', (path) => {
    const first = turn({ path, context: notPlus() });
    const again = turn({ path, context: notPlus(), stayed: true, notices: [{ id: 'topic', topic: 'fees' }] });
    expect(textOf(first)).toContain('/shop/');
    expect(textOf(again)).not.toContain('/shop/');
    expect(again.at(-1)!.text!.length).toBeLessThan(first[0].text!.length);
    expect(actionsOf(again).map(eventOf)).toEqual(['link', 'AFFIRM', 'DENY', 'HUMAN']);
    expect(actionsOf(again)[0].value).toBe(actionsOf(first)[0].value);
  });

  it('asked where we were, the step is said again in full', () => {
    const again = turn({ path: PLUS, context: notPlus(), stayed: true, notices: [{ id: 'topic', topic: 'whereWeWere' }] });
    expect(textOf(again)).toContain('/shop/plus');
  });

  // "在首页顶部菜单点「PLUS会员」" beside the direct link: two directions at once.
  it.each(['zh-CN', 'en-US'] as const)('the PLUS answer at the PLUS step (%s) points to the button, not the shop\'s menu', (locale) => {
    const atStep = turn({ path: PLUS, context: notPlus(), locale, stayed: true, notices: [{ id: 'faq', topic: 'plus' }] });
    const elsewhere = turn({ path: 'flow.welcome', context: notPlus(), locale, notices: [{ id: 'faq', topic: 'plus' }] });
    const button = actionsOf(atStep)[0].title;
    expect(atStep[0].text).toContain(button);
    expect(atStep[0].text).not.toContain('PLUS会员」进入');
    expect(atStep[0].text).not.toMatch(/top menu/);
    expect(elsewhere[0].text).not.toContain(button);
  });
});

describe('once the credit check refused pay-later, enabling is not offered', () => {
  it.each(['zh-CN', 'en-US'] as const)('the empty order list (%s) says it is not available now and offers a person', (locale) => {
    const activities = turn({ path: 'flow.purchase.showingOrders', context: refused(), locale });
    const events = actionsOf(activities).map(eventOf);
    expect(events).not.toContain('ENABLE');
    expect(events[0]).toBe('HUMAN');
    expect(textOf(activities)).toMatch(/信用评估|credit assessment/);
  });

  it('the checkout guide says the option will not show for this account, with a person and no enabling', () => {
    const first = turn({ path: 'flow.purchase.checkoutGuide', context: refused() });
    const again = turn({ path: 'flow.purchase.checkoutGuide', context: refused(), stayed: true, notices: [{ id: 'thanks' }] });
    for (const activities of [first, again]) {
      const events = actionsOf(activities).map(eventOf);
      expect(events).not.toContain('ENABLE');
      expect(events).toContain('HUMAN');
      expect(textOf(activities)).not.toContain('要现在开通吗');
    }
    expect(textOf(first)).toContain('信用评估');
  });

  it('a customer not yet checked, or not yet enabled with good credit, is still offered enabling', () => {
    const notEnabled = richContext({ account: account({ payLater: { enabled: false } }), orders: [] });
    expect(actionsOf(turn({ path: 'flow.purchase.showingOrders', context: notEnabled })).map(eventOf)).toContain('ENABLE');
    expect(actionsOf(turn({ path: 'flow.purchase.checkoutGuide', context: notEnabled })).map(eventOf)).toContain('ENABLE');
  });
});

describe('with no orders at all, "no orders" is said once', () => {
  // "现在没有需要付款的订单 👍 每一笔的情况见下面的列表。" then "你还没有先用后付订单": a list promised that is not there.
  it.each(['amountDue', 'dueDate'] as const)('%s right after enabling: no list promised, no second "no orders"', (topic) => {
    const activities = turn({ path: 'flow.purchase.showingOrders', context: enabledNoOrders(), notices: [{ id: 'topic', topic }] });
    const text = textOf(activities);
    expect(text).not.toContain('下面的列表');
    expect(text.split('还没有先用后付订单')).toHaveLength(2);
    expect(actionsOf(activities).map(eventOf)).toEqual(['CHECKOUT']);
  });

  it('with orders, none to pay, the list below is still pointed to', () => {
    const paid = richContext({ orders: richContext().orders!.map((o) => ({ ...o, status: 'paid' as const })) });
    const text = textOf(turn({ path: 'flow.purchase.showingOrders', context: paid, notices: [{ id: 'topic', topic: 'amountDue' }] }));
    expect(text).toContain('下面的列表');
    expect(text).toContain('你的先用后付订单');
  });
});
