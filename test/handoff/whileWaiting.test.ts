// While a customer waits for a person (no agent has written yet): a release then is no "I'm back" from a talk that never
// happened, and a complaint lodged meanwhile reaches the agents' queue as one.
import type { Activity } from 'botbuilder';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { enUS } from '../../dialogs/messages/en-US';
import { customerWithAgent, linksOf, messages, settle, useHarness, waitingCustomer } from './harness';

const buttonsOf = (activity: Activity | undefined): string[] => activity?.suggestedActions?.actions.map((a) => a.title) ?? [];

describe('while waiting for a person', () => {
  const h = useHarness();

  test.each([
    { locale: 'zh-CN', catalog: zhCN, asks: '转人工' },
    { locale: 'en-US', catalog: enUS, asks: 'I want to talk to a person' },
  ])('released ($locale) before any agent took it, the customer hears no colleague could take it, and may ask again', async ({ locale, catalog, asks }) => {
    const customer = await waitingCustomer(h, { locale, phone: '13800000002', asks });
    const seen = customer.activities.length;
    expect(await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: {} })).toMatchObject({ status: 200, body: { step: 'realName' } });
    await settle();
    const back = messages(customer.activities.slice(seen));
    expect(back[0].text).not.toBe(catalog['notice.agentReleased']);
    expect(back[0].text).toBe(catalog['notice.agentReleased.notTaken']);
    // Still at the step, with a person offered again.
    expect(linksOf(back)[0]).toContain('/shop/real-name?account=acct_002');
    expect(buttonsOf(back.at(-1))).toContain(catalog['intent.human']);
  });

  // Released with an intent before any agent wrote, the customer heard both "no colleague could take your chat" and
  // "Customer service asked me to help you…": only what the agent asked for is said.
  test.each([
    { intent: 'enable', locale: 'en-US', catalog: enUS, login: false, asks: 'agent please', first: enUS['notice.agentAskedToEnable'] },
    { intent: 'orders', locale: 'zh-CN', catalog: zhCN, login: true, asks: '转人工', first: zhCN['notice.handedIn.orders'] },
  ])('released with intent $intent before any agent wrote, the customer hears what the agent asked for, not that nobody could take it', async ({ intent, locale, catalog, login, asks, first }) => {
    const customer = h.customer({ locale });
    if (login) await h.login(customer, '13800000005');
    await customer.say(asks);
    const seen = customer.activities.length;
    const release = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: { intent, note: 'wants help' } });
    expect(release.status).toBe(200);
    await settle();
    const texts = messages(customer.activities.slice(seen)).map((a) => a.text ?? '');
    expect(texts[0]).toBe(first);
    expect(texts.join('\n')).not.toContain(catalog['notice.agentReleased.notTaken']);
    expect(texts.join('\n')).not.toContain(catalog['notice.agentReleased']);
    // Said once: the hand-on line is not repeated by the answer to the intent.
    expect(texts.filter((t) => t.startsWith(first.slice(0, 6)))).toHaveLength(1);
  });

  test('released with an intent, a customer who then asks who is writing hears customer service asked the bot to help with it', async () => {
    const customer = await waitingCustomer(h, { locale: 'en-US', asks: 'agent please' });
    await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: { intent: 'enable' } });
    await settle();
    const told = messages((await customer.say("who is this? I didn't ask for anything")).activities).map((a) => a.text ?? '');
    expect(told[0]).toContain(enUS['notice.handedIn.enable']);
    // Still at the login for it.
    expect(told.at(-1)).toContain(enUS['prompt.awaitingPhone'].slice(0, 30));
  });

  test('released after an agent wrote, the customer hears the bot is back, with no offer of a person', async () => {
    const customer = await customerWithAgent(h, { phone: '13800000002', asks: '转人工', agentWrote: '您好' });
    const seen = customer.activities.length;
    await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: {} });
    await settle();
    const back = messages(customer.activities.slice(seen));
    expect(back[0].text).toBe(zhCN['notice.agentReleased']);
    expect(buttonsOf(back.at(-1))).not.toContain(zhCN['intent.human']);
  });

  // Released at the credit step, the first thing the customer heard was "需要人工客服帮你看看吗？", just after one helped.
  test.each([
    { locale: 'zh-CN', catalog: zhCN, asks: '转人工' },
    { locale: 'en-US', catalog: enUS, asks: 'I want to talk to a person' },
  ])('released ($locale) at the credit step after an agent wrote, the bot does not offer a person again', async ({ locale, catalog, asks }) => {
    const customer = await customerWithAgent(h, { locale, phone: '13800000003', asks, agentWrote: 'Hi' });
    const seen = customer.activities.length;
    expect(await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: {} })).toMatchObject({ status: 200, body: { step: 'credit' } });
    await settle();
    const back = messages(customer.activities.slice(seen));
    expect(back.map((a) => a.text).join('\n')).not.toContain(catalog['prompt.creditRefused']);
    const buttons = back.flatMap(buttonsOf);
    expect(buttons).not.toContain(catalog['button.toAgent']);
    expect(buttons).not.toContain(catalog['intent.human']);
    // Still free to ask for a person in words, and the next turn is as before.
    const again = messages((await customer.say(catalog['button.gotIt'])).activities);
    expect(again.at(-1)?.text).toBe(catalog['welcome.again']);
  });

  // "好的" to that prompt (which offers no person) was the step's yes to a person: handed over again right after one helped.
  test.each([
    { locale: 'zh-CN', catalog: zhCN, asks: '转人工', yes: '好的' },
    { locale: 'en-US', catalog: enUS, asks: 'I want to talk to a person', yes: 'ok' },
  ])('released ($locale) at the credit step after an agent wrote, a typed "$yes" goes on as "got it"', async ({ locale, catalog, asks, yes }) => {
    const customer = await customerWithAgent(h, { locale, phone: '13800000003', asks, agentWrote: 'Hi' });
    await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: {} });
    await settle();
    const again = messages((await customer.say(yes)).activities);
    expect(again.at(-1)?.text).toBe(catalog['welcome.again']);
    expect(await h.agent('GET', `/api/agent/conversations/${customer.id}/messages`)).toMatchObject({ status: 409 });
  });

  test('a yes at the credit step a turn after the release, once a person is offered again, still takes the offer', async () => {
    const customer = await customerWithAgent(h, { phone: '13800000003', asks: '转人工', agentWrote: '您好' });
    await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: {} });
    await settle();
    const asked = messages((await customer.say('为什么不能开通')).activities);
    expect(asked.flatMap(buttonsOf)).toContain(zhCN['button.toAgent']);
    await customer.say('好的');
    expect(await h.agent('GET', `/api/agent/conversations/${customer.id}/messages`)).toMatchObject({ status: 200 });
  });

  test.each([
    { locale: 'zh-CN', catalog: zhCN, asks: '转人工', complains: '我要投诉' },
    { locale: 'en-US', catalog: enUS, asks: 'I want to talk to a person', complains: 'I want to file a complaint' },
  ])('a complaint lodged while waiting ($locale) is the reason agents see, and the customer hears it is noted', async ({ locale, catalog, asks, complains }) => {
    const customer = await waitingCustomer(h, { locale, asks });
    const queued = async () =>
      ((await h.agent('GET', '/api/agent/conversations')).body.conversations as Array<{ id: string; reason: string }>).find((c) => c.id === customer.id);
    expect(await queued()).toMatchObject({ reason: 'customer_request' });

    const told = messages((await customer.say(complains)).activities);
    expect(told).toHaveLength(1);
    expect(told[0].text).toContain(catalog['notice.alreadyWithAgent.complaint']);
    // Still waiting, and still free to take the request back.
    expect(buttonsOf(told[0])).toEqual([catalog['button.withdrawHandoff']]);
    expect(await queued()).toMatchObject({ reason: 'complaint', status: 'waiting' });
    const entry = await h.agent('GET', `/api/agent/conversations/${customer.id}/messages`);
    expect(entry.body.messages.map((m: { text: string }) => m.text)).toEqual([complains]);
  });

  test('other words while waiting leave the reason as it was', async () => {
    const customer = await waitingCustomer(h, { asks: '转人工' });
    const told = messages((await customer.say('还要等多久？')).activities);
    expect(told[0].text).not.toContain(zhCN['notice.alreadyWithAgent.complaint']);
    const queue = (await h.agent('GET', '/api/agent/conversations')).body.conversations as Array<{ id: string; reason: string }>;
    expect(queue.find((c) => c.id === customer.id)).toMatchObject({ reason: 'customer_request' });
  });

  // An English conversation kept answering "说中文吧" with "A colleague is on the way…" in English.
  test.each(['说中文吧', '我买好plus了'])('%j while waiting in an English conversation is answered in Chinese', async (text) => {
    const customer = await waitingCustomer(h, { locale: 'en-US', asks: 'I want to talk to a person' });
    const told = messages((await customer.say(text)).activities);
    expect(told).toHaveLength(1);
    expect(told[0].text).toMatch(/^正在为你转接人工客服/);
    expect(buttonsOf(told[0])).toEqual([zhCN['button.withdrawHandoff']]);
  });

  // The queue kept showing the hand-over's language to the agents after the customer had switched.
  test('the language the bot answers a waiting customer in is the one the queue shows', async () => {
    const customer = await waitingCustomer(h, { locale: 'en-US', asks: 'I want to talk to a person' });
    const queuedLocale = async () =>
      ((await h.agent('GET', '/api/agent/conversations')).body.conversations as Array<{ id: string; locale: string }>).find((c) => c.id === customer.id)?.locale;
    expect(await queuedLocale()).toBe('en-US');
    await customer.say('说中文吧');
    expect(await queuedLocale()).toBe('zh-CN');
    await customer.say('还要等多久');
    expect(await queuedLocale()).toBe('zh-CN');
    await customer.say('how long will it take?');
    expect(await queuedLocale()).toBe('en-US');
  });

  test('once an agent has the conversation, the customer\'s words change nothing of the language the bot speaks later', async () => {
    const customer = await customerWithAgent(h, { locale: 'en-US', phone: '13800000002', asks: 'I want to talk to a person', agentWrote: 'Hello' });
    expect(messages((await customer.say('说中文吧')).activities)).toEqual([]);
    const seen = customer.activities.length;
    await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: {} });
    await settle();
    expect(messages(customer.activities.slice(seen))[0].text).toBe(enUS['notice.agentReleased']);
  });

  // "不用了 我自己搞定了" left the customer queued ("正在为你转接人工客服…").
  test.each([
    { locale: 'zh-CN', asks: '转人工', done: '不用了 我自己搞定了' },
    { locale: 'en-US', asks: 'I want to talk to a person', done: 'never mind, I sorted it out myself' },
  ])('"$done" while waiting takes the request back', async ({ locale, asks, done }) => {
    const customer = await waitingCustomer(h, { locale, phone: '13800000002', asks });
    const told = messages((await customer.say(done)).activities);
    expect(told.map((a) => a.text).join('\n')).not.toMatch(/正在为你转接|colleague is on the way/);
    expect(await h.agent('GET', `/api/agent/conversations/${customer.id}/messages`)).toMatchObject({ status: 409 });
    expect(linksOf(told)[0]).toContain('/shop/real-name?account=acct_002');
  });
});

// The agents saw no topic in the queue: a not_understood hand-over's unanswered questions came before it, and /messages
// holds only what was written after.
describe('the queue shows what the customer last wrote', () => {
  const h = useHarness();

  type Queued = { id: string; reason: string; lastMessages: Array<{ text: string; at: string }> };
  const queued = async (id: string): Promise<Queued | undefined> =>
    ((await h.agent('GET', '/api/agent/conversations')).body.conversations as Queued[]).find((c) => c.id === id);

  test('the words before a hand-over the bot did not understand, masked, and what follows it', async () => {
    const customer = h.customer();
    await customer.say('我的手机13912345678收不到东西');
    await customer.say('啊啊啊这是什么情况呢');
    for (let i = 0; i < 4 && (await queued(customer.id)) === undefined; i++) await customer.say(`呜呜呜呜第${i}次了呢`);
    const entry = await queued(customer.id);
    expect(entry?.reason).toBe('not_understood');
    const before = entry!.lastMessages.map((m) => m.text);
    expect(before).toHaveLength(3);
    expect(before[0]).toBe('我的手机139****5678收不到东西');
    await customer.say('有人吗');
    const after = (await queued(customer.id))!.lastMessages.map((m) => m.text);
    expect(after.at(-1)).toBe('有人吗');
    expect(after.length).toBeLessThanOrEqual(3);
  });

  test('a long message is cut short in the queue', async () => {
    const customer = await waitingCustomer(h, { asks: '转人工' });
    await customer.say('长'.repeat(2000));
    const last = (await queued(customer.id))!.lastMessages.at(-1)!.text;
    expect(last.length).toBeLessThanOrEqual(300);
    expect(last.startsWith('长长长')).toBe(true);
  });
});
