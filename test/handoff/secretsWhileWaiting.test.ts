// A password, code or ID number typed while waiting for a person was answered "Got it, that's passed on to the colleague":
// the customer is warned as at any step, and not told it was passed on (the agent sees it masked). A phone number read out
// digit by digit reached the agent whole.
import type { Activity } from 'botbuilder';
import { enUS } from '../../dialogs/messages/en-US';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { messages, settle, useHarness, waitingCustomer } from './harness';

const textsOf = (activities: Activity[]): string[] => messages(activities).map((a) => a.text ?? '');
const buttonsOf = (activities: Activity[]): string[] => messages(activities).at(-1)?.suggestedActions?.actions.map((a) => a.title) ?? [];

describe('secrets typed while waiting for a person', () => {
  const h = useHarness();

  test.each([
    { locale: 'en-US', catalog: enUS, asks: 'I want to talk to a person', first: 'my order is late', password: 'code 654321, password is hunter2', both: 'card 6222 0212 3456 7890 123 id 11010519491231002X', id: 'my id is 11010519491231002X' },
    { locale: 'zh-CN', catalog: zhCN, asks: '转人工', first: '订单还没到', password: '验证码 654321，密码是hunter2', both: '卡号 6222 0212 3456 7890 123 身份证 11010519491231002X', id: '我的身份证号 11010519491231002X' },
  ])('($locale) each is warned of, nothing said of passing it on; the agent sees it masked', async ({ locale, catalog, asks, first, password, both, id }) => {
    const customer = await waitingCustomer(h, { locale, asks });
    await customer.say(first);
    const passedOn = catalog['notice.alreadyWithAgent.again'];
    const warnings = [
      [password, catalog['topic.password']],
      [both, catalog['notice.secretsShared'].split('{items}')[0]],
      [id, catalog['notice.idNumberNotHere']],
    ];
    for (const [words, warning] of warnings) {
      const answer = (await customer.say(words)).activities;
      const texts = textsOf(answer);
      expect(texts[0]).toContain(warning);
      expect(texts.join('\n')).not.toContain(passedOn);
      expect(texts.at(-1)).toBe(catalog['notice.alreadyWithAgent.holdOn']);
      // Still waiting, and free to take the request back.
      expect(buttonsOf(answer)).toEqual([catalog['button.withdrawHandoff']]);
    }
    // Ordinary words afterwards are passed on as before.
    expect(textsOf((await customer.say(first)).activities)).toEqual([passedOn]);
    const kept = await h.agent('GET', `/api/agent/conversations/${customer.id}/messages`);
    const seen = kept.body.messages.map((m: { text: string }) => m.text).join('\n');
    for (const secret of ['654321', 'hunter2', '6222 0212', '11010519491231002X']) expect(seen).not.toContain(secret);
  });

  test('a phone number read out digit by digit is masked for the agent and in the transcript', async () => {
    const customer = await waitingCustomer(h, { locale: 'en-US', asks: 'agent please' });
    await customer.say('phone 1 3 9 1 2 3 4 5 6 7 8');
    const kept = await h.agent('GET', `/api/agent/conversations/${customer.id}/messages`);
    expect(kept.body.messages.at(-1).text).toBe('phone 139****5678');
    await settle();
    const transcript = (await h.agent('GET', `/api/agent/conversations/${customer.id}/transcript`)).text;
    expect(transcript).toContain('phone 139****5678');
    expect(transcript).not.toContain('1 3 9 1 2 3 4 5 6 7 8');
  });
});
