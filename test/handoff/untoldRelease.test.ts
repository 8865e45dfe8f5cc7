// An agent gave the conversation back while the customer's channel was unreachable (the Emulator's serviceUrl changes when
// it restarts): the bot's "I'm back" never reached them, and their next turn went on as if it had. It is said first then.
import type { Activity } from 'botbuilder';
import { enUS } from '../../dialogs/messages/en-US';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { conversationKey } from '../../src/bot/conversationRecord';
import type { ChannelConversation } from '../../src/channel/localChannel';
import { loadConversation } from '../../src/handoff/conversations';
import { messages, useHarness, waitForActivity } from './harness';

const textsOf = (activities: Activity[]): string[] => messages(activities).map((a) => a.text ?? '');

describe("an agent's release the customer's channel did not take", () => {
  const h = useHarness();

  /** The conversation's stored way back to the customer no longer reaches them (a restarted Emulator listens elsewhere). */
  async function channelGone(customer: ChannelConversation): Promise<void> {
    const key = conversationKey(customer.id);
    const stored = (await h.bot.storage.read([key]))[key] as { reference: Record<string, unknown> };
    await h.bot.storage.write({ [key]: { ...stored, reference: { ...stored.reference, serviceUrl: 'http://127.0.0.1:9/' } } });
  }

  async function record(customer: ChannelConversation) {
    const stored = await loadConversation(h.bot.storage, customer.id);
    if (!stored) throw new Error('no record');
    return stored;
  }

  /** Handed to an agent who writes to them (or, `taken: false`, whom no agent took), then given back. */
  async function release(customer: ChannelConversation, words: string, { gone = true, taken = true, intent = '' } = {}) {
    await customer.say(words);
    if (taken) expect(await h.agent('POST', `/api/agent/conversations/${customer.id}/messages`, { json: { text: 'Hi, Anna here' } })).toMatchObject({ status: 200 });
    if (gone) await channelGone(customer);
    return h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: intent ? { intent } : {} });
  }

  test("the customer's next turn says it first, before its answer, in the conversation's language; the turn after does not", async () => {
    const customer = h.customer({ locale: 'en-US' });
    await customer.say('what is pay later?');
    expect(await release(customer, 'I want to talk to a person')).toMatchObject({ status: 200, body: { delivered: false } });
    const heard = customer.activities.length;
    expect(textsOf(customer.activities)).not.toContain(enUS['notice.agentReleased']);
    expect((await record(customer)).untoldRelease).toEqual({});

    const next = textsOf((await customer.say('what is pay later?')).activities);
    expect(next[0]).toBe(enUS['notice.agentReleased']);
    expect(next.slice(1).join('\n')).toContain(enUS['faq.what_is']);
    expect(textsOf(customer.activities.slice(heard)).filter((t) => t === enUS['notice.agentReleased'])).toHaveLength(1);
    expect((await record(customer)).untoldRelease).toBeUndefined();

    const after = textsOf((await customer.say('what is pay later?')).activities);
    expect(after.join('\n')).not.toContain(enUS['notice.agentReleased']);
  });

  test('a release nobody had taken is told as that: no colleague could take it', async () => {
    const customer = h.customer();
    expect(await release(customer, '转人工', { taken: false })).toMatchObject({ status: 200, body: { delivered: false } });
    expect((await record(customer)).untoldRelease).toEqual({ notTaken: true });

    const next = textsOf((await customer.say('先用后付是什么')).activities);
    expect(next[0]).toBe(zhCN['notice.agentReleased.notTaken']);
    expect(next.join('\n')).toContain(zhCN['faq.what_is']);
  });

  // Released with "status", the next "hello?" got "I'm back", "Hello! 😊" and the PLUS step: the status card the agent
  // asked for was never shown.
  test("what the release's intent showed is shown at the next turn too, after the back line: the status card", async () => {
    const customer = h.customer({ locale: 'en-US' });
    await h.login(customer, '13800000001');
    expect(await release(customer, 'I want to talk to a person', { intent: 'status' })).toMatchObject({ status: 200, body: { delivered: false } });
    expect((await record(customer)).untoldRelease).toEqual({ intent: 'status' });

    const next = messages((await customer.say('hello?')).activities);
    // The release line with the request it was released with, in one message.
    expect(next[0].text).toBe(enUS['notice.agentReleased.handedOn'].replace('{why}', enUS['notice.handedIn.status']));
    const card = next.findIndex((a) => (a.attachments?.length ?? 0) > 0);
    expect(card).toBeGreaterThan(0);
    // The step after it, in full: the customer never heard it.
    expect(next.slice(card + 1).map((a) => a.text).join('\n')).toContain('/shop/plus?account=acct_001');
    expect((await record(customer)).untoldRelease).toBeUndefined();
    // Once: the turn after shows no card.
    expect(messages((await customer.say('what is pay later?')).activities).some((a) => (a.attachments?.length ?? 0) > 0)).toBe(false);
  });

  test("released with the orders, the next turn shows the list the release showed (not the list's short line)", async () => {
    const customer = h.customer();
    await h.login(customer, '13800000005');
    expect(await release(customer, '转人工', { intent: 'orders' })).toMatchObject({ status: 200, body: { delivered: false } });

    const next = textsOf((await customer.say('你好')).activities);
    expect(next[0]).toBe(zhCN['notice.agentReleased.handedOn'].replace('{why}', zhCN['notice.handedIn.orders']));
    expect(next.join('\n')).toContain(zhCN['orders.header']);
    expect(next.join('\n')).toContain('Wireless earbuds 无线耳机');
  });

  test('a delivered release is not said again at the next turn', async () => {
    const customer = h.customer();
    const seen = customer.activities.length;
    expect(await release(customer, '转人工', { gone: false })).toMatchObject({ status: 200 });
    await waitForActivity(customer, (a) => a.text === zhCN['notice.agentReleased'], { from: seen });
    expect((await record(customer)).untoldRelease).toBeUndefined();

    const next = textsOf((await customer.say('先用后付是什么')).activities);
    expect(next.join('\n')).not.toContain(zhCN['notice.agentReleased']);
    expect(next.join('\n')).toContain(zhCN['faq.what_is']);
  });
});
