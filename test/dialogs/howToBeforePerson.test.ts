// How enabling goes, answered as a colleague takes over ("先告诉我怎么开通，然后帮我转人工"): the steps, without the bot's offer
// to guide the customer through them, which the person taking over leaves it unable to keep.
import { catalogs, type Locale } from '../../dialogs/messages';
import { CONTEXTS, render } from './fixtures';

const HOW_TO = { id: 'faq', topic: 'enable' } as const;
const OFFER: Record<Locale, RegExp> = { 'zh-CN': /一步步带你/, 'en-US': /guide you/i };

describe.each(['zh-CN', 'en-US'] as const)('how enabling goes (%s)', (locale) => {
  it('answered before a handover, it says the steps without offering to guide through them', () => {
    const [answer] = render('handoff', locale, CONTEXTS.empty(), [HOW_TO]);
    expect(answer.text).toBe(catalogs[locale]['faq.enable.beforePerson']);
    expect(answer.text).not.toMatch(OFFER[locale]);
  });

  it('answered where the bot goes on, it still offers to guide', () => {
    const [answer] = render('flow.welcome', locale, CONTEXTS.empty(), [HOW_TO]);
    expect(answer.text).toBe(catalogs[locale]['faq.enable']);
    expect(answer.text).toMatch(OFFER[locale]);
  });
});
