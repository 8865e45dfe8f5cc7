// How "take your time" reads at a shop-page step (it says how the step goes on), how "what now?" leads into the step,
// and when the welcome asks to turn pay-later on.
import type { CardAction } from 'botbuilder';
import { renderTurn, welcomeAsksToStart } from '../../dialogs';
import type { DialogueContext, Notice } from '../../machines/context';
import type { Locale } from '../../dialogs/messages';
import { account, actionsOf, richContext, SHOP_URL } from './fixtures';

const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';

const eventOf = (action: CardAction): string => (action.type === 'openUrl' ? 'link' : (action.value as { event: { type: string } }).event.type);
const notDone = (): DialogueContext =>
  richContext({ account: account({ plus: { active: false }, realName: { verified: false }, payLater: { enabled: false } }), orders: undefined });
const turn = (path: string, notices: Notice[], locale: Locale = 'zh-CN', stayed = true) =>
  renderTurn({ path, context: notDone(), notices, locale, links: { shopUrl: SHOP_URL }, stayed });
const WAIT: Notice = { id: 'topic', topic: 'wait' };
const GOING_NOW: Notice = { id: 'topic', topic: 'goingNow' };

describe('going to do the shop-page step now', () => {
  it.each([PLUS, REAL_NAME])('at %s: take your time, then how it goes on, with the step\'s link, done and "not now"', (path) => {
    const activities = turn(path, [WAIT]);
    expect(activities).toHaveLength(2);
    expect(actionsOf(activities).map(eventOf)).toEqual(['link', 'AFFIRM', 'DENY']);
    // The line after "take your time" is no repeat of the short one said after other answers.
    expect(activities[1].text).not.toBe(turn(path, [{ id: 'topic', topic: 'fees' }]).at(-1)!.text);
  });

  // "好的我马上去买会员": go ahead, not "take your time" (said to someone on their way), then the same line on how it goes on.
  it.each([
    ['zh-CN', PLUS, '不着急'],
    ['zh-CN', REAL_NAME, '不着急'],
    ['en-US', PLUS, 'take your time'],
    ['en-US', REAL_NAME, 'take your time'],
  ] as const)('%s at %s, going now: go ahead, then how the step goes on, with the same buttons', (locale, path, takeYourTime) => {
    const going = turn(path, [GOING_NOW], locale);
    const waiting = turn(path, [WAIT], locale);
    expect(going).toHaveLength(2);
    expect(going[0].text).not.toContain(takeYourTime);
    expect(going[1].text).toBe(waiting[1].text);
    expect(actionsOf(going).map(eventOf)).toEqual(['link', 'AFFIRM', 'DENY']);
  });

  // Wording, in this one place: the customer hears that the bot goes on by itself once the shop tells it.
  it.each([
    ['zh-CN', PLUS, '我已开通好了', '自动接着往下走'],
    ['zh-CN', REAL_NAME, '我已认证好了', '自动接着往下走'],
    ['en-US', PLUS, "I've done it", 'by myself'],
    ['en-US', REAL_NAME, "I've done it", 'by myself'],
  ] as const)('%s at %s names the done button and going on by itself', (locale, path, button, byItself) => {
    const text = turn(path, [WAIT], locale)[1].text!;
    expect(text).toContain(button);
    expect(text).toContain(byItself);
  });
});

describe('"what now?"', () => {
  it.each(['zh-CN', 'en-US'] as const)('(%s) leads into the step, said in full with its link', (locale) => {
    const activities = turn(REAL_NAME, [{ id: 'topic', topic: 'whatNow' }], locale);
    expect(activities).toHaveLength(2);
    expect(activities[1].text).toContain('/shop/real-name');
    expect(actionsOf(activities).map(eventOf)).toEqual(['link', 'AFFIRM', 'DENY']);
  });
});

describe('the welcome asks to turn it on', () => {
  it('in a new conversation, or restarted, with nothing else said', () => {
    expect(welcomeAsksToStart({ notices: [], returning: false })).toBe(true);
    expect(welcomeAsksToStart({ notices: [{ id: 'greeting' }], returning: false })).toBe(true);
    expect(welcomeAsksToStart({ notices: [{ id: 'restarted' }], returning: true })).toBe(true);
  });
  it('not once something else was answered, nor later in the conversation', () => {
    expect(welcomeAsksToStart({ notices: [{ id: 'faq', topic: 'what_is' }], returning: false })).toBe(false);
    expect(welcomeAsksToStart({ notices: [], returning: true })).toBe(false);
  });
});
