// Agents who name themselves: the first to write to a customer has the conversation; another named agent may not write
// to it or release it (two desks answered one customer). Unnamed agents work as before.
import { useHarness } from './harness';

describe('the agent who has a conversation', () => {
  const h = useHarness();

  test('the first named agent to write has it; another named agent gets 409 other_agent, to messages and to the release', async () => {
    const customer = h.customer();
    await h.login(customer, '13800000002');
    await customer.say('转人工');
    const path = `/api/agent/conversations/${encodeURIComponent(customer.id)}`;

    expect(await h.agent('POST', `${path}/messages`, { json: { text: '您好，我是小李。', agent: 'li' } })).toMatchObject({
      status: 200,
      body: { status: 'owned' },
    });
    expect(await h.agent('POST', `${path}/messages`, { json: { text: '您好，我是小王。', agent: 'wang' } })).toMatchObject({
      status: 409,
      body: { code: 'other_agent' },
    });
    const queue = await h.agent('GET', '/api/agent/conversations');
    expect(queue.body.conversations.find((c: { id: string }) => c.id === customer.id)).toMatchObject({ status: 'owned', agent: 'li' });
    expect((await h.agent('POST', `${path}/messages`, { json: { text: '还在吗？', agent: 'li' } })).status).toBe(200);
    // An agent who does not name themselves is not told apart (the API as it was).
    expect((await h.agent('POST', `${path}/messages`, { json: { text: '稍等。' } })).status).toBe(200);

    expect(await h.agent('POST', `${path}/release`, { json: { agent: 'wang' } })).toMatchObject({ status: 409, body: { code: 'other_agent' } });
    expect((await h.agent('POST', `${path}/release`, { json: { agent: 'li' } })).status).toBe(200);
    // The customer heard only the agent who had the conversation, and the release.
    const agentSaid = (await h.agent('GET', `${path}/transcript`)).body
      .filter((a: { channelData?: { sender?: string } }) => a.channelData?.sender === 'agent')
      .map((a: { text: string }) => a.text);
    expect(agentSaid).toEqual(['您好，我是小李。', '还在吗？', '稍等。']);
  });
});
