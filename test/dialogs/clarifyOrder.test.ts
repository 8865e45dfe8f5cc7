// The clarifying question's buttons put the step's own choices first, then a person, and 取消 last: at the terms 取消 came
// first, and a customer who had just said yes ("恩 开把", read as cancel or yes) and tapped the first button cancelled it.
import type { CardAction } from 'botbuilder';
import { renderTurn } from '../../dialogs';
import type { Intent } from '../../machines/domain';
import { LOCALES, type Locale } from '../../dialogs/messages';
import { account, actionsOf, restingPaths, richContext, SHOP_URL } from './fixtures';

const eventOf = (action: CardAction): string => (action.type === 'openUrl' ? 'link' : (action.value as { event: { type: string } }).event.type);

const notEnabled = () => richContext({ account: account({ payLater: { enabled: false } }) });

/** The clarifying question's buttons, as events, at `step` for the classifier's `candidates`. */
function buttonsAt(step: string, candidates: Intent[], locale: Locale = 'zh-CN'): string[] {
  const context = step.startsWith('flow.onboarding.') ? notEnabled() : richContext();
  const activities = renderTurn({ path: 'clarifying', context, locale, links: { shopUrl: SHOP_URL }, resumesTo: step, notices: [{ id: 'clarify', candidates }] });
  return actionsOf(activities).map(eventOf);
}

const CONFIRMATIONS = ['flow.onboarding.confirmingTerms', 'flow.purchase.confirmingReceipt', 'flow.purchase.confirmingReturn'];

describe.each(LOCALES)('where the step has its own yes and no (%s)', (locale) => {
  // "恩 开把" at the terms read as cancel or yes: 取消 | 同意并开通 | 暂不开通 | 转人工客服.
  it.each(CONFIRMATIONS)('at %s, the yes and the no come first, then a person; no 取消 beside the step\'s own no', (step) => {
    const events = buttonsAt(step, ['cancel', 'affirm'], locale);
    expect(events.slice(0, 2)).toEqual(['AFFIRM', 'DENY']);
    expect(events).not.toContain('CANCEL');
    expect(events.at(-1)).toBe('HUMAN');
  });

  it('the terms\' own buttons (同意并开通, 暂不开通) come first, as the terms show them', () => {
    const context = notEnabled();
    const scene = { context, locale, links: { shopUrl: SHOP_URL } };
    const terms = renderTurn({ ...scene, path: 'flow.onboarding.confirmingTerms', notices: [] });
    const question = renderTurn({
      ...scene, path: 'clarifying', resumesTo: 'flow.onboarding.confirmingTerms', notices: [{ id: 'clarify', candidates: ['cancel', 'affirm', 'help'] }],
    });
    const own = actionsOf(terms).filter((a) => eventOf(a) !== 'HUMAN').map((a) => a.title);
    expect(own).toHaveLength(2);
    expect(actionsOf(question).slice(0, 2).map((a) => a.title)).toEqual(own);
  });
});

describe('where 取消 is offered, it comes last', () => {
  // The code step's own 取消 and a failed backend step's guessed one: after a person, never first.
  it.each(['flow.onboarding.login.awaitingOtp', 'flow.purchase.payingOrder.failed', 'flow.onboarding.awaitingPlus'])('at %s', (step) => {
    const events = buttonsAt(step, ['cancel', 'help']);
    expect(events.at(-1)).toBe('CANCEL');
    expect(events.at(-2)).toBe('HUMAN');
  });

  it.each(LOCALES)('at no step (%s) is 取消 the first button, however the guesses come', (locale) => {
    for (const step of restingPaths().filter((path) => path !== 'handoff')) {
      const events = buttonsAt(step, ['cancel', 'affirm', 'deny', 'help'], locale);
      expect([step, events[0]]).not.toEqual([step, 'CANCEL']);
      expect([step, events.indexOf('CANCEL')]).toEqual([step, events.includes('CANCEL') ? events.length - 1 : -1]);
    }
  });
});
