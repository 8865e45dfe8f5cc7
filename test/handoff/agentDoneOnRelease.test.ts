// Released by an agent, the customer hears the colleague has finished and the bot carries on; a customer who was away and
// writes "我回来了 👋" afterwards is greeted back at their step, not told it again nor handed over.
import type { Activity } from 'botbuilder';
import { enUS } from '../../dialogs/messages/en-US';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { customerWithAgent, isHandoffEvent, messages, settle, useHarness, waitForActivity } from './harness';

const textsOf = (activities: Activity[]): string[] => messages(activities).map((a) => a.text ?? '');
const buttonsOf = (activities: Activity[]): string[] => messages(activities).at(-1)?.suggestedActions?.actions.map((a) => a.title) ?? [];

describe('the customer learns the agent has finished', () => {
  const h = useHarness();

  // The release said "我回来了 👋 我们接着来。": the bot's "I'm back", which a customer back from a break could take for the
  // agent's, and which never said customer service was done.
  test.each([
    { locale: 'zh-CN', catalog: zhCN, asks: '转人工', back: '我回来了 👋', done: /客服.*(?:处理好|处理完)/ },
    { locale: 'en-US', catalog: enUS, asks: 'I want to talk to a person', back: "I'm back", done: /customer service.*(?:finished|done)/i },
  ])('($locale) the release says customer service has finished; "$back" after it is greeted back at the step', async ({ locale, catalog, asks, back, done }) => {
    const customer = await customerWithAgent(h, { locale, phone: '13800000002', asks, agentWrote: 'Hi' });
    const seen = customer.activities.length;
    const released = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: {} });
    expect(released).toMatchObject({ status: 200, body: { step: 'realName' } });
    await waitForActivity(customer, (a) => a.type === 'message' && a.inputHint === 'expectingInput', { from: seen });
    await settle();
    const onRelease = textsOf(customer.activities.slice(seen));
    expect(onRelease[0]).toBe(catalog['notice.agentReleased']);
    expect(onRelease[0]).toMatch(done);
    const stepButtons = buttonsOf(customer.activities.slice(seen));

    // The customer comes back: a greeting and the step again, with its buttons; the release is not said twice.
    const answer = (await customer.say(back)).activities;
    expect(answer.some(isHandoffEvent)).toBe(false);
    expect(textsOf(answer)[0]).toBe(catalog['notice.greeting']);
    expect(textsOf(answer).join('\n')).not.toContain(catalog['notice.agentReleased']);
    expect(buttonsOf(answer)).toEqual(stepButtons);
  });

  test('released with an account, the line says so too', () => {
    expect(zhCN['notice.agentReleased.loggedIn']).toMatch(/客服.*(?:处理好|处理完)/);
    expect(enUS['notice.agentReleased.loggedIn']).toMatch(/customer service.*(?:finished|done)/i);
  });
});
