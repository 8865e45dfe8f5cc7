// A customer who leaves (the channel ends the conversation, or removes them from it) leaves the agents' queue too: the
// handoff ends quietly, an agent writing afterwards is told the customer left (410), and a customer who comes back is
// with the bot at their step.
import type { Activity } from 'botbuilder';
import { loadConversation, restingStep } from '../../src/handoff/conversations';
import type { ChannelConversation } from '../../src/channel/localChannel';
import { isHandoffEvent, messages, useHarness, waitForActivity, waitingCustomer } from './harness';

const endOfConversation = (): Partial<Activity> => ({ type: 'endOfConversation', code: 'userCancelled' } as Partial<Activity>);
const removed = (customer: ChannelConversation): Partial<Activity> =>
  ({ type: 'conversationUpdate', membersRemoved: [customer.identity.user] }) as Partial<Activity>;

describe('a customer who leaves while handed to an agent', () => {
  const h = useHarness();

  const queued = async (id: string) =>
    ((await h.agent('GET', '/api/agent/conversations')).body.conversations as Array<{ id: string }>).some((c) => c.id === id);
  const path = (customer: ChannelConversation) => `/api/agent/conversations/${encodeURIComponent(customer.id)}`;

  test.each([
    { how: 'the channel ends the conversation (endOfConversation)', leave: () => endOfConversation() },
    { how: 'the channel removes them (conversationUpdate membersRemoved)', leave: removed },
  ])('waiting, $how: out of the queue, the agent is told they left, and back later they are with the bot', async ({ leave }) => {
    const customer = await waitingCustomer(h, { phone: '13800000002', asks: '转人工' });
    expect(await queued(customer.id)).toBe(true);

    const left = await customer.send(leave(customer));
    expect(left.status).toBe(200);
    // Nobody is there to read anything.
    expect(left.activities).toEqual([]);
    expect(await queued(customer.id)).toBe(false);
    for (const [method, route, json] of [
      ['POST', '/messages', { text: '您好，我是客服小李。' }],
      ['GET', '/messages', undefined],
      ['POST', '/release', {}],
    ] as const) {
      const answer = await h.agent(method, `${path(customer)}${route}`, { json });
      expect({ route, method, status: answer.status, code: answer.body?.code }).toEqual({ route, method, status: 410, code: 'customer_left' });
    }
    expect(customer.activities.filter((a) => a.text === '您好，我是客服小李。')).toEqual([]);

    // The dialogue left its handoff, at the step the customer was on.
    const record = await loadConversation(h.bot.storage, customer.id);
    expect(record).toMatchObject({ customerLeftAt: expect.any(String) });
    expect(restingStep(record!)).toBe('realName');

    // Back in the same conversation, the bot has them: asking for a person again is a new handoff, not "one is coming".
    const from = customer.activities.length;
    await customer.say('转人工');
    await waitForActivity(customer, isHandoffEvent, { from });
    expect(await queued(customer.id)).toBe(true);
    expect((await loadConversation(h.bot.storage, customer.id))?.customerLeftAt).toBeUndefined();
    const sent = await h.agent('POST', `${path(customer)}/messages`, { json: { text: '您好，我来了。' } });
    expect(sent).toMatchObject({ status: 200, body: { status: 'owned' } });
  });

  test('owned by an agent: the agent who writes next is told the customer left (410), and nothing reaches the channel', async () => {
    const customer = await waitingCustomer(h, { asks: '转人工' });
    expect((await h.agent('POST', `${path(customer)}/messages`, { json: { text: '您好，我来帮你。' } })).status).toBe(200);
    await waitForActivity(customer, (a) => a.text === '您好，我来帮你。');

    expect((await customer.send(endOfConversation())).activities).toEqual([]);
    expect(await queued(customer.id)).toBe(false);
    const again = await h.agent('POST', `${path(customer)}/messages`, { json: { text: '还在吗？' } });
    expect(again).toMatchObject({ status: 410, body: { code: 'customer_left', message: expect.stringContaining('left') } });
    expect(customer.activities.filter((a) => a.text === '还在吗？')).toEqual([]);
  });

  test('the bot removed from the conversation is not the customer leaving: the handoff stays', async () => {
    const customer = await waitingCustomer(h, { asks: '转人工' });
    await customer.send({ type: 'conversationUpdate', membersRemoved: [customer.identity.bot] } as Partial<Activity>);
    expect(await queued(customer.id)).toBe(true);
    expect((await h.agent('POST', `${path(customer)}/messages`, { json: { text: '您好' } })).status).toBe(200);
  });

  test('a customer who leaves a conversation the bot has: nothing changes and nothing is said; one it never stored stays unstored', async () => {
    const customer = h.customer();
    await h.login(customer, '13800000002');
    const before = await loadConversation(h.bot.storage, customer.id);
    expect((await customer.send(endOfConversation())).activities).toEqual([]);
    const after = await loadConversation(h.bot.storage, customer.id);
    expect(after?.dialogue).toEqual(before?.dialogue);
    // Writing again, they go on where they were.
    expect(messages((await customer.say('转人工')).activities)).toHaveLength(1);
    expect(await queued(customer.id)).toBe(true);

    const stranger = h.customer();
    expect((await stranger.send(endOfConversation())).activities).toEqual([]);
    expect(await loadConversation(h.bot.storage, stranger.id)).toBeUndefined();
    expect((await h.agent('GET', `${path(stranger)}/transcript`)).status).toBe(404);
  });
});
