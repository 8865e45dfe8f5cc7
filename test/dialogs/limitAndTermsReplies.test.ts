// How the limit's questions are answered by what the account shows (the limit, over or within it, a login to see it), and
// the terms' questions (what it gives, whether to, the full terms, money for having it unused, the credit check passed).
import { renderTurn } from '../../dialogs';
import { translator } from '../../dialogs/messages';
import type { DialogueContext, Notice } from '../../machines/context';
import { initialContext } from '../../machines/context';
import { account, actionsOf, LOCALES, richContext, SHOP_URL, textOf } from './fixtures';

const TERMS = 'flow.onboarding.confirmingTerms';
const ENABLED = 'flow.onboarding.enabled';
const WELCOME = 'flow.welcome';
const AWAITING_OTP = 'flow.onboarding.login.awaitingOtp';
const atTerms = richContext({ account: account({ payLater: { enabled: false } }) });
/** 13800000005's limit. */
const withLimit = richContext({ account: account({ payLater: { enabled: true, limit: 5000 } }) });

type Locale = (typeof LOCALES)[number];
const turn = (path: string, locale: Locale, notices: Notice[], context: DialogueContext) =>
  renderTurn({ path, context, notices, locale, links: { shopUrl: SHOP_URL }, stayed: true });
const topic = (name: Extract<Notice, { id: 'topic' }>['topic']): Notice[] => [{ id: 'topic', topic: name }];
const titles = (activities: ReturnType<typeof turn>) => actionsOf(activities).map((a) => a.title);
const count = (text: string, part: string) => text.split(part).length - 1;

describe.each(LOCALES)('the limit asked (%s)', (locale) => {
  const t = translator(locale);
  const person = t('intent.human');

  it('raising it, with pay-later on: the limit said once, not raised here, a person offered', () => {
    const answer = turn(ENABLED, locale, topic('limitRaise'), withLimit);
    expect(answer[0].text).toBe(t('topic.limitRaise', { limit: '¥5,000.00' }));
    // The enabled prompt after it does not say the limit again.
    expect(count(textOf(answer), '5,000.00')).toBe(1);
    expect(titles(answer)).toContain(person);
  });

  it('an amount over it: pay-later may not be offered for it at checkout, a person offered', () => {
    const answer = turn(ENABLED, locale, topic('limitOver'), withLimit);
    expect(answer[0].text).toBe(t('topic.limitOver', { limit: '¥5,000.00' }));
    expect(titles(answer)).toContain(person);
  });

  it('an amount within it: the checkout page decides, no person needed', () => {
    const answer = turn(ENABLED, locale, topic('limitWithin'), withLimit);
    expect(answer[0].text).toBe(t('topic.limitWithin', { limit: '¥5,000.00' }));
    expect(titles(answer)).not.toContain(person);
  });

  it('asked with the limit known ("额度够用吗"): the limit', () => {
    expect(turn(ENABLED, locale, topic('creditLimit'), withLimit)[0].text).toBe(t('topic.creditLimit.known', { limit: '¥5,000.00' }));
  });

  it('before pay-later is on: no limit yet, and raising it is not the chat\'s either', () => {
    expect(turn(TERMS, locale, topic('creditLimit'), atTerms)[0].text).toBe(t('topic.creditLimit'));
    expect(turn(TERMS, locale, topic('limitRaise'), atTerms)[0].text).toBe(t('topic.limitRaise.notEnabled'));
  });

  it.each(['creditLimit', 'limitRaise'] as const)('%s before the login, at the welcome: a login to see it, the menu aside', (name) => {
    const answer = turn(WELCOME, locale, topic(name), initialContext());
    expect(answer).toHaveLength(1);
    expect(answer[0].text).toBe(t(name === 'creditLimit' ? 'topic.creditLimit.logIn' : 'topic.limitRaise.logIn'));
    const login = actionsOf(answer).find((a) => a.title === t('button.logInToSeeLimit'));
    expect(login?.value).toMatchObject({ event: { type: 'STATUS' } });
  });

  it('while logging in: the limit comes once logged in, no second login offered', () => {
    const answer = turn(AWAITING_OTP, locale, topic('creditLimit'), { ...initialContext(), phone: '13800000005' });
    expect(answer[0].text).toBe(t('topic.creditLimit.afterLogin'));
    expect(titles(answer)).not.toContain(t('button.logInToSeeLimit'));
  });
});

describe.each(LOCALES)('the terms\' questions (%s)', (locale) => {
  const t = translator(locale);

  // "开了有什么好处" opened with "开不开由你自己决定，我不替你拿主意", which only "你觉得我该开吗？" asks for.
  it('what it gives: that first, with no word on who decides', () => {
    const answer = turn(TERMS, locale, topic('enableBenefits'), atTerms);
    expect(answer[0].text).toBe(t('topic.enableBenefits'));
    expect(textOf(answer)).not.toContain(t('topic.enableAdvice'));
  });

  it('whether to: up to the customer, then what it gives', () => {
    const text = turn(TERMS, locale, topic('enableAdvice'), atTerms)[0].text ?? '';
    expect(text.startsWith(t('topic.enableAdvice'))).toBe(true);
    expect(text).toContain(t('topic.enableBenefits'));
  });

  // "开了不用会扣钱吗" got "我不会替你付款", which the chat's own payments contradict.
  it('money for having it unused: none, then the fees\' answer', () => {
    const text = turn(TERMS, locale, topic('unusedCost'), atTerms)[0].text ?? '';
    expect(text).toContain(t('topic.unusedCost'));
    expect(text).toContain(t('topic.fees'));
    expect(text).not.toMatch(/我不会替你付款|I never pay for you/);
  });

  // "协议在哪看" was told the agreement is "on the shop's sign-up page", with no link, while asked to agree here.
  // Then "开通要签什么协议？协议在哪看" got only "打不开，也没有它的链接": where to read it in full is a colleague, and no
  // page the article never names is claimed; the step's own buttons stay.
  it('the full terms: these points are its summary, a colleague for the full text, and nothing is on before agreeing', () => {
    const answer = turn(TERMS, locale, topic('terms'), atTerms);
    expect(answer[0].text).toMatch(locale === 'zh-CN' ? /摘要.*全文.*问问同事/ : /summary.*in full.*ask a colleague/);
    expect(answer[0].text).toContain(t('button.acceptTerms'));
    expect(answer[0].text).not.toMatch(/页面|sign-up page|没有它的链接|no link/);
    expect(titles(answer)).toEqual(expect.arrayContaining([t('button.acceptTerms'), t('button.declineTerms'), t('intent.human')]));
  });

  // "开通要查征信吗" at the terms got the text for a refused check ("情况变了以后可以再来试试").
  it('the credit check asked by an account that passed it: a condition, passed, no colleague needed', () => {
    const answer = turn(TERMS, locale, [{ id: 'faq', topic: 'credit' }], atTerms);
    expect(answer[0].text).toBe(t('faq.credit.passed'));
    expect(titles(answer)).not.toContain(t('intent.human'));
  });

  it('the credit check asked by an account that did not pass it: the general answer, with a person', () => {
    const refused = richContext({ account: account({ credit: { level: 'poor', eligible: false }, payLater: { enabled: false } }) });
    const answer = turn(WELCOME, locale, [{ id: 'faq', topic: 'credit' }], refused);
    expect(answer[0].text).toBe(t('faq.credit'));
    expect(titles(answer)).toContain(t('intent.human'));
  });
});
