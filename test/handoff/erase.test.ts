// Erasing a conversation on a customer's request: its record, transcript, handoff entry and account index entry go.
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { CasTranscriptStore } from '../../src/transcripts';
import { conversationKey } from '../../src/bot/conversationRecord';
import { settle, useHarness, waitForActivity } from './harness';

const plusActivated = (accountId: string) => ({ eventId: randomUUID(), type: 'plus.activated', accountId, occurredAt: new Date().toISOString() });

describe('erasing a conversation (agent API)', () => {
  const h = useHarness();

  test('an erased conversation is gone everywhere, and the customer writing again starts afresh', async () => {
    const customer = h.customer();
    await h.login(customer, '13800000001');
    await customer.say('转人工');
    const path = `/api/agent/conversations/${encodeURIComponent(customer.id)}`;
    expect((await h.agent('GET', `${path}/transcript`)).status).toBe(200);

    const erased = await h.agent('DELETE', path);
    expect(erased.status).toBe(204);

    const queue = await h.agent('GET', '/api/agent/conversations');
    expect(queue.body.conversations.map((c: { id: string }) => c.id)).not.toContain(customer.id);
    expect(await h.agent('GET', `${path}/transcript`)).toMatchObject({ status: 404, body: { code: 'unknown_conversation' } });
    // The account's events no longer find the conversation.
    expect(await h.sendEvent(plusActivated('acct_001'))).toMatchObject({ status: 202, body: { status: 'no_conversation' } });
    expect(await h.agent('DELETE', path)).toMatchObject({ status: 404, body: { code: 'unknown_conversation' } });

    // Not with an agent any more, and not logged in: a new conversation under the same id.
    const again = await customer.say('我的订单');
    expect(again.activities.map((a) => a.text).join('\n')).toContain('先登录');
    // Its transcript starts there: nothing of the erased one is kept.
    await customer.say('转人工');
    const transcript = await h.agent('GET', `${path}/transcript`);
    const said = (transcript.body as Array<{ type: string; from: { role?: string }; text?: string }>)
      .filter((a) => a.type === 'message' && a.from.role === 'user')
      .map((a) => a.text);
    expect(said).toEqual(['我的订单', '转人工']);
  });

  /** Every conversation the channel's transcript index lists. */
  const indexed = async (channelId: string): Promise<string[]> => {
    const store = new CasTranscriptStore(h.bot.storage, pino({ level: 'silent' }));
    const ids: string[] = [];
    for (let token: string | undefined = ''; token !== undefined; ) {
      const page = await store.listTranscripts(channelId, token);
      ids.push(...page.items.map((t) => t.id));
      token = page.continuationToken || undefined;
    }
    return ids;
  };

  test('an erase while a message is still being answered wins: the turn stores nothing, and the next message starts afresh', async () => {
    const customer = h.customer();
    await h.login(customer, '13800000001');
    const path = `/api/agent/conversations/${encodeURIComponent(customer.id)}`;
    await h.bot.flush();
    expect(await indexed('test')).toContain(customer.id);

    // The backend is slow: the customer's question is still waiting for it (the bot says it is typing) when an agent
    // erases the conversation on the customer's request.
    h.delay(1500);
    const from = customer.activities.length;
    const inFlight = customer.say('我的订单');
    await waitForActivity(customer, (a) => a.type === 'typing', { from });
    expect((await h.agent('DELETE', path)).status).toBe(204);
    const answered = await inFlight;
    h.delay(0);
    await settle(400); // longer than the transcript's write buffer (200 ms)

    // The turn, redone on the record it found gone, did not store it again, nor any line of its transcript.
    expect(answered.activities.filter((a) => a.type === 'message')).toEqual([]);
    expect(await h.bot.storage.read([conversationKey(customer.id)])).toEqual({});
    expect(await h.bot.storage.read([`transcript/test/${encodeURIComponent(customer.id)}/head`])).toEqual({});
    expect(await h.agent('GET', `${path}/transcript`)).toMatchObject({ status: 404, body: { code: 'unknown_conversation' } });
    expect(await indexed('test')).not.toContain(customer.id);

    // A message afterwards is a new conversation, not logged in, whose transcript starts with it.
    const again = await customer.say('我的订单');
    expect(again.activities.map((a) => a.text).join('\n')).toContain('先登录');
    await settle(400);
    const transcript = await h.agent('GET', `${path}/transcript`);
    const said = (transcript.body as Array<{ type: string; from: { role?: string }; text?: string }>)
      .filter((a) => a.type === 'message' && a.from.role === 'user')
      .map((a) => a.text);
    expect(said).toEqual(['我的订单']);
    await h.bot.flush();
    expect(await indexed('test')).toContain(customer.id);
  });

  test('erasing needs the agent token', async () => {
    const customer = h.customer();
    await customer.say('你好');
    const path = `/api/agent/conversations/${encodeURIComponent(customer.id)}`;
    expect((await h.agent('DELETE', path, { token: null })).status).toBe(401);
    expect((await h.agent('DELETE', path)).status).toBe(204);
  });
});
