// "my code is 654321" written while waiting for a person was masked but passed on without a word: the customer is told the
// text-message codes are only for the login and not to share them. Six digits not named as a code are passed on as before.
import type { Activity } from 'botbuilder';
import { catalogs } from '../../dialogs/messages';
import { messages, useHarness, waitingCustomer } from './harness';

const textsOf = (activities: Activity[]): string[] => messages(activities).map((a) => a.text ?? '');

describe('a login code typed while waiting for a person', () => {
  const h = useHarness();

  test.each([
    { locale: 'en-US' as const, asks: 'I want to talk to a person', first: 'my order is late', codes: ['my code is 654321', 'the verification code was 123456'], bare: '654321' },
    { locale: 'zh-CN' as const, asks: '转人工', first: '订单还没到', codes: ['验证码是654321', '短信码 123456'], bare: '654321' },
  ])('($locale) is warned of, then asked to hold on; a bare six-digit number is passed on', async ({ locale, asks, first, codes, bare }) => {
    const catalog = catalogs[locale];
    const customer = await waitingCustomer(h, { locale, asks });
    await customer.say(first);
    for (const words of codes) {
      const texts = textsOf((await customer.say(words)).activities);
      expect(texts).toEqual([catalog['notice.codeNotToShare'], catalog['notice.alreadyWithAgent.holdOn']]);
    }
    expect(textsOf((await customer.say(bare)).activities)).toEqual([catalog['notice.alreadyWithAgent.again']]);
    const kept = await h.agent('GET', `/api/agent/conversations/${customer.id}/messages`);
    expect(kept.body.messages.map((m: { text: string }) => m.text).join('\n')).not.toMatch(/654321|123456/);
  });
});
