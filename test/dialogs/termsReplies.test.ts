// At the terms a hesitant yes or a wait is answered in one line with the terms' buttons, the conditions asked by an account
// that meets them are said met; at the real-name step its explainer says how it goes on the shop's page.
import { renderTurn } from '../../dialogs';
import type { Notice } from '../../machines/context';
import { initialContext } from '../../machines/context';
import { account, actionsOf, LOCALES, richContext, SHOP_URL, textOf } from './fixtures';

const TERMS = 'flow.onboarding.confirmingTerms';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const atTerms = richContext({ account: account({ payLater: { enabled: false } }) });

/** A turn where the dialogue stayed at `path` (something answered there, the step said before). */
const stayedAt = (path: string, locale: (typeof LOCALES)[number], notices: Notice[], context = atTerms) =>
  renderTurn({ path, context, notices, locale, links: { shopUrl: SHOP_URL }, stayed: true });
const titles = (activities: ReturnType<typeof stayedAt>) => actionsOf(activities).map((a) => a.title);

describe.each(LOCALES)('at the terms (%s)', (locale) => {
  const termsButtons = titles(stayedAt(TERMS, locale, [{ id: 'faq', topic: 'credit' }])).slice(0, 2);

  // "ok...", "ok cool", "k": "If you want to go ahead, tap the confirm button below…" then "To turn it on, tap 'Agree and
  // turn on'…", the same said twice.
  it('a hesitant yes gets one line, the reminder naming the button, with the terms\' buttons', () => {
    const hesitant = stayedAt(TERMS, locale, [{ id: 'topic', topic: 'hesitantYes' }]);
    const thanked = stayedAt(TERMS, locale, [{ id: 'thanks' }]);
    expect(hesitant).toHaveLength(1);
    expect(hesitant[0].text).toBe(thanked.at(-1)?.text);
    expect(titles(hesitant)).toEqual(termsButtons);
  });

  it('a wait gets "take your time" with the terms\' buttons, and no hint to go ahead', () => {
    const waiting = stayedAt(TERMS, locale, [{ id: 'topic', topic: 'wait' }]);
    const reminder = stayedAt(TERMS, locale, [{ id: 'thanks' }]).at(-1)?.text;
    expect(waiting).toHaveLength(1);
    expect(waiting[0].text).not.toBe(reminder);
    expect(waiting[0].text).toMatch(locale === 'zh-CN' ? /不着急/ : /take your time/);
    expect(titles(waiting)).toEqual(termsButtons);
  });

  it('elsewhere a hesitant yes keeps its own line before the step (a payment\'s question is no reminder of it)', () => {
    const paying = renderTurn({
      path: 'flow.purchase.confirmingReceipt',
      context: richContext(),
      notices: [{ id: 'topic', topic: 'hesitantYes' }],
      locale,
      links: { shopUrl: SHOP_URL },
      stayed: true,
    });
    expect(paying).toHaveLength(2);
  });

  // "whats the requirements" right after "PLUS ✅ real-name ✅ credit ✅" was told to look in 我的京东 whether it qualifies.
  it('the conditions asked by an account that meets them: it meets all three, no "see whether you qualify"', () => {
    const text = textOf(stayedAt(TERMS, locale, [{ id: 'faq', topic: 'requirements' }]));
    expect(text).toContain('PLUS ✅');
    expect(text).not.toContain('我的京东 > 账户设置 > 支付管理');
  });

  it('an account that does not meet them, or none known, is still told where to check', () => {
    const noPlus = richContext({ account: account({ plus: { active: false }, payLater: { enabled: false } }) });
    for (const context of [noPlus, initialContext()]) {
      const text = textOf(stayedAt('flow.welcome', locale, [{ id: 'faq', topic: 'requirements' }], context));
      expect(text).toContain('我的京东 > 账户设置 > 支付管理');
      expect(text).not.toContain('PLUS ✅');
    }
  });
});

describe.each(LOCALES)('at the real-name step (%s)', (locale) => {
  // "how do i verify? what do i need, my id card?", "要拍照吗": where it is done, what it asks for.
  it('its explainer says the ID details go in on the shop\'s page and what the page asks for is shown there', () => {
    const text = textOf(stayedAt(REAL_NAME, locale, [{ id: 'faq', topic: 'real_name' }], richContext({ account: account({ realName: { verified: false } }) })));
    expect(text).toMatch(locale === 'zh-CN' ? /拍照/ : /photo/);
    expect(text).toMatch(locale === 'zh-CN' ? /不要发到聊天里/ : /never in this chat/);
  });

  it('away from the step the explainer is the general one', () => {
    const text = textOf(stayedAt('flow.welcome', locale, [{ id: 'faq', topic: 'real_name' }], initialContext()));
    expect(text).not.toMatch(locale === 'zh-CN' ? /拍照/ : /photo/);
  });
});
