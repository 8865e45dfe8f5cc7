// An agent hands "enable" back for a customer who has pay-later on already: the release says what customer service asked
// for, then that it is on already, with the limit; never "it is on 🎉" as if the bot had just turned it on.
import type { Activity } from 'botbuilder';
import { catalogs } from '../../dialogs/messages';
import { customerWithAgent, messages, settle, useHarness, waitForActivity } from './harness';

const textsOf = (activities: Activity[]): string[] => messages(activities).map((a) => a.text ?? '');

describe('released with enable for an account that has it on', () => {
  const h = useHarness();

  test.each([
    { locale: 'en-US', asks: 'I want to talk to a person' },
    { locale: 'zh-CN', asks: '转人工' },
  ] as const)('($locale) the release line, then "already on" with the limit; no 🎉', async ({ locale, asks }) => {
    const t = catalogs[locale];
    const customer = await customerWithAgent(h, { locale, phone: '13800000005', asks, agentWrote: 'Hi' });
    const seen = customer.activities.length;
    expect((await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: { intent: 'enable' } })).status).toBe(200);
    await waitForActivity(customer, (a) => a.type === 'message' && a.inputHint !== 'ignoringInput', { from: seen });
    await settle();
    const texts = textsOf(customer.activities.slice(seen));
    expect(texts[0]).toBe(t['notice.agentReleased.handedOn'].replace('{why}', t['notice.handedIn.enable']));
    const after = texts.slice(1).join('\n');
    expect(after).toContain(t['notice.payLaterAlreadyOn']);
    expect(after).toContain('5,000.00');
    expect(after).not.toContain('🎉');
  });
});
