// A customer could not tell a person had taken over: agent messages came as from "Bot" with no word that a colleague had
// joined, and the bot's silence afterwards looked broken. Agent messages are named as customer service (and the agent,
// when the desk names them), and the first one after the wait is preceded by one line saying a colleague has joined.
import type { Activity } from 'botbuilder';
import { catalogs } from '../../dialogs/messages';
import { printActivity } from '../../src/chat/printer';
import { messages, useHarness, waitForActivity, waitingCustomer } from './harness';

describe('agent messages as the customer receives them', () => {
  const h = useHarness();

  test.each([
    { locale: 'zh-CN' as const, asks: '转人工', agent: undefined },
    { locale: 'en-US' as const, asks: 'I want to talk to a person', agent: 'Li' },
  ])('($locale) named as customer service, from the bot account, and told once that a colleague joined', async ({ locale, asks, agent }) => {
    const catalog = catalogs[locale];
    const customer = await waitingCustomer(h, { locale, asks });
    // Nothing came before the turn that asked for a person: the conversation's first message is that turn's answer.
    const botAccount = messages(customer.activities)[0].from;
    const path = `/api/agent/conversations/${encodeURIComponent(customer.id)}/messages`;

    const from = customer.activities.length;
    expect((await h.agent('POST', path, { json: { text: 'Hello, how can I help?', ...(agent ? { agent } : {}) } })).status).toBe(200);
    await waitForActivity(customer, (a) => a.text === 'Hello, how can I help?', { from });
    const first = messages(customer.activities.slice(from));
    expect(first.map((a) => a.text)).toEqual([catalog['notice.agentJoined'], 'Hello, how can I help?']);
    const senderName = agent ? catalog['agent.senderName.named'].replace('{agent}', agent) : catalog['agent.senderName'];
    expect(first[1].from).toMatchObject({ id: botAccount.id, name: senderName });
    expect(first[1].channelData).toEqual({ sender: 'agent' });
    // The joined line is the bot's own.
    expect(first[0].from.name).not.toBe(senderName);
    // The terminal chat still shows it as the agent's.
    expect(printActivity(first[1] as Activity, 1).lines[0]).toBe('agent › Hello, how can I help?');

    const again = customer.activities.length;
    expect((await h.agent('POST', path, { json: { text: 'Still there?', ...(agent ? { agent } : {}) } })).status).toBe(200);
    await waitForActivity(customer, (a) => a.text === 'Still there?', { from: again });
    expect(messages(customer.activities.slice(again)).map((a) => a.text)).toEqual(['Still there?']);
  });
});
