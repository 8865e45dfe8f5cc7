// Bot → human over HTTP: the customer asks for a person (or is not understood, or is refused credit), the agent hub gets
// handoff.initiate; until an agent takes it the bot says one is coming and lets the customer take it back; the bot stays
// quiet while the agent talks, and a release gives the conversation back at the right step.
import type { Activity } from 'botbuilder';
import {
  AGENT_TOKEN,
  UNMASKED_PHONE,
  customerWithAgent,
  isHandoffEvent,
  linksOf,
  messages,
  useHarness,
  waitForActivity,
  waitingCustomer,
} from './harness';

describe('bot → human handoff', () => {
  const h = useHarness();

  test.each([
    { who: 'asks for a person', phone: '13800000002', says: ['转人工'], reason: 'customer_request', step: 'realName' },
    { who: 'is not understood twice in a row', phone: '13800000002', says: ['呜啦啦啦 zzz', '呜啦啦啦 zzz'], reason: 'not_understood', step: 'realName' },
    { who: 'complains a second time', phone: '13800000002', says: ['太过分了', '你这个破机器人什么都不懂'], reason: 'complaint', step: 'realName' },
    { who: 'is refused credit and wants help', phone: '13800000003', says: ['转人工'], reason: 'credit_refused', step: 'credit' },
  ])('a customer who $who is told so, and the agent hub gets handoff.initiate with the transcript and context', async ({ phone, says, reason, step }) => {
    const customer = h.customer();
    await h.login(customer, phone);
    let last: Activity[] = [];
    for (const text of says) last = (await customer.say(text)).activities;

    // The customer hears about it once, as a statement: the bot asks nothing now, and offers only to take the request back.
    expect(messages(last)).toHaveLength(1);
    expect(messages(last)[0].inputHint).not.toBe('expectingInput');
    expect(messages(last)[0].suggestedActions?.actions.map((a) => a.value)).toEqual([{ event: { type: 'HANDOFF_WITHDRAWN' } }]);

    const event = last.find(isHandoffEvent);
    expect(event).toBeDefined();
    expect(event!.value).toEqual({
      conversationId: customer.id,
      reason,
      step,
      statePath: expect.stringMatching(/^flow\.onboarding\./),
      locale: 'zh-CN',
      since: expect.any(String),
      customer: expect.objectContaining({ accountId: expect.any(String), phoneMasked: `${phone.slice(0, 3)}****${phone.slice(-4)}`, loggedIn: true }),
    });
    const [attachment] = event!.attachments ?? [];
    expect(attachment).toMatchObject({ name: 'Transcript', contentType: 'application/json' });
    const transcript = (attachment.content as { activities: Activity[] }).activities;
    const customerSaid = transcript.filter((a) => a.type === 'message' && a.from.role === 'user').map((a) => a.text);
    // Everything the customer wrote, the current message included, with the phone number and the code masked.
    expect(customerSaid).toEqual(['我想开通先用后付', `${phone.slice(0, 3)}****${phone.slice(-4)}`, '******', ...says]);
    expect(transcript.at(-1)).toMatchObject({ type: 'message', text: messages(last)[0].text, from: { role: 'bot' } });
    expect(JSON.stringify(event)).not.toMatch(UNMASKED_PHONE);

    const queue = await h.agent('GET', '/api/agent/conversations');
    expect(queue.status).toBe(200);
    expect(queue.body.conversations).toContainEqual(
      expect.objectContaining({ id: customer.id, status: 'waiting', reason, step, since: event!.value.since, customer: event!.value.customer }),
    );
  });

  test('while an agent owns the conversation the bot is silent; the agent is heard; a release resumes at the same step', async () => {
    const customer = await waitingCustomer(h, { phone: '13800000002', asks: '转人工' });

    // What the customer writes while waiting goes to the agent; the bot only says one is coming.
    const whileWaiting = messages((await customer.say('在吗？我的手机号是 13800000002')).activities);
    expect(whileWaiting.map((a) => a.text)).toEqual([expect.stringContaining('正在为你转接人工客服')]);
    const waiting = await h.agent('GET', `/api/agent/conversations/${customer.id}/messages`);
    expect(waiting.status).toBe(200);
    expect(waiting.body).toMatchObject({ status: 'waiting', messages: [{ text: '在吗？我的手机号是 138****0002', at: expect.any(String) }] });

    const sent = await h.agent('POST', `/api/agent/conversations/${customer.id}/messages`, { json: { text: '您好，我是客服小李，我来帮你。' } });
    expect(sent).toMatchObject({ status: 200, body: { conversationId: customer.id, status: 'owned' } });
    const fromAgent = await waitForActivity(customer, (a) => a.text === '您好，我是客服小李，我来帮你。');
    expect(fromAgent.channelData).toEqual({ sender: 'agent' });
    const queue = await h.agent('GET', '/api/agent/conversations');
    expect(queue.body.conversations).toContainEqual(expect.objectContaining({ id: customer.id, status: 'owned', waitingMessages: 1 }));

    expect((await customer.say('好的，谢谢')).activities).toEqual([]);

    const received = customer.activities.length;
    const released = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: {} });
    expect(released).toMatchObject({ status: 200, body: { conversationId: customer.id, step: 'realName' } });
    const back = await waitForActivity(customer, (a) => linksOf([a]).length > 0, { from: received });
    expect(linksOf([back])[0]).toContain('/shop/real-name?account=acct_002');
    expect((await h.agent('GET', '/api/agent/conversations')).body.conversations).not.toContainEqual(expect.objectContaining({ id: customer.id }));

    // The bot answers again.
    expect(messages((await customer.say('什么是先用后付')).activities).length).toBeGreaterThan(0);
  });

  test('an agent releases at an intent: the bot goes on with it (here: enabling, which starts with the login)', async () => {
    const customer = await waitingCustomer(h, { asks: '转人工' });
    const released = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, {
      json: { intent: 'enable', note: '客户想开通先用后付，电话 13800000001' },
    });
    expect(released).toMatchObject({ status: 200, body: { step: 'login', statePath: 'flow.onboarding.login.awaitingPhone' } });
    await waitForActivity(customer, (a) => a.type === 'message' && a.inputHint === 'expectingInput');
    // The agent's note is for the transcript (and the Emulator), never shown on a customer's channel.
    expect(customer.activities.filter((a) => a.type === 'trace')).toEqual([]);
  });

  // Released at "human", the bot said it would fetch a person while the queue kept the conversation with this agent.
  test.each(['human', 'cancel', 'restart', 'affirm', 'deny', 'thanks', 'greeting', 'goodbye', 'out_of_scope'])(
    'a release at "%s" (the customer\'s own words, not a task) is refused with the reason, and nothing changes',
    async (intent) => {
      const customer = await customerWithAgent(h, { asks: '转人工', agentWrote: '您好，我是客服。' });
      const received = customer.activities.length;

      const refused = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: { intent } });
      expect(refused).toMatchObject({ status: 400, body: { code: 'invalid_request', message: expect.stringContaining(`intent: ${intent} is not for a release`) } });
      expect((await h.agent('GET', '/api/agent/conversations')).body.conversations).toContainEqual(
        expect.objectContaining({ id: customer.id, status: 'owned' }),
      );
      expect(customer.activities.slice(received)).toEqual([]);

      const released = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: { intent: 'help' } });
      expect(released.status).toBe(200);
    },
  );

  test('a customer who asks for a person again while waiting starts no second handoff', async () => {
    const customer = h.customer();
    const first = await customer.say('转人工');
    expect(first.activities.filter(isHandoffEvent)).toHaveLength(1);
    const again = await customer.say('转人工');
    expect(again.activities.filter(isHandoffEvent)).toEqual([]);
    expect(messages(again.activities).map((a) => a.text)).toEqual([expect.stringContaining('正在为你转接人工客服')]);
  });

  test('while waiting, customers hear their place in the queue, which moves up when an agent takes one before them', async () => {
    const [first, second] = [h.customer(), h.customer()];
    // Earlier tests may have left conversations waiting: the place is read off what the customer is told.
    const aheadIn = (told: string): number => {
      if (told.includes('下一位就是你') || told.includes('前面没有人在排队')) return 0;
      const ahead = /你前面还有 (\d+) 位顾客在等/.exec(told);
      if (!ahead) throw new Error(`no place in: ${told}`);
      return Number(ahead[1]);
    };
    const placeOf = async (customer: typeof first): Promise<number> =>
      aheadIn(messages((await customer.say('还要等多久？')).activities).map((a) => a.text ?? '')[0]);
    // Told already when handed over, not only when they write again.
    const handedOver: number[] = [];
    for (const customer of [first, second]) {
      await h.login(customer, '13800000002');
      handedOver.push(aheadIn(messages((await customer.say('转人工')).activities).map((a) => a.text ?? '').join('\n')));
    }
    const before = await placeOf(first);
    expect(handedOver).toEqual([before, before + 1]);
    expect(await placeOf(second)).toBe(before + 1);
    await h.agent('POST', `/api/agent/conversations/${first.id}/messages`, { json: { text: '您好，我来帮你。' } });
    expect(await placeOf(second)).toBe(before);
  });

  test('while no agent has taken it, "取消" takes the request back: the bot goes on at the step and the queue forgets it', async () => {
    const customer = await waitingCustomer(h, { phone: '13800000002', asks: '转人工' });
    const back = messages((await customer.say('取消')).activities);
    expect(back[0].text).toContain('不转人工了');
    expect(linksOf(back)[0]).toContain('/shop/real-name?account=acct_002');
    expect((await h.agent('GET', '/api/agent/conversations')).body.conversations).not.toContainEqual(
      expect.objectContaining({ id: customer.id }),
    );
  });

  test('while waiting, words for the agent that name cancelling or starting over stay the agent\'s; the button and "重新开始" do not', async () => {
    const customer = await waitingCustomer(h, { phone: '13800000002', asks: '转人工' });
    // Each answered as waiting words (the whole line once, then a short "received"), still with the waiting button.
    for (const text of ['先别取消', '取消自动续费', '重新开始认证']) {
      const told = messages((await customer.say(text)).activities);
      expect(told).toHaveLength(1);
      expect(told[0].suggestedActions?.actions.map((a) => a.value)).toEqual([{ event: { type: 'HANDOFF_WITHDRAWN' } }]);
    }
    const entry = await h.agent('GET', `/api/agent/conversations/${customer.id}/messages`);
    expect(entry.body.messages.map((m: { text: string }) => m.text)).toEqual(['先别取消', '取消自动续费', '重新开始认证']);

    const tapped = await customer.send({
      type: 'message',
      text: '不用人工了',
      value: { event: { type: 'HANDOFF_WITHDRAWN' } },
    } as Partial<Activity>);
    expect(messages(tapped.activities)[0].text).toContain('不转人工了');

    await customer.say('转人工');
    const restarted = messages((await customer.say('重新开始')).activities);
    expect(restarted.map((a) => a.text).join('\n')).toContain('从头开始');
  });

  test('an agent who writes or releases after the customer took the request back is told the bot has it (409)', async () => {
    const customer = await waitingCustomer(h, { asks: '转人工' });
    await customer.say('cancel');
    const sent = await h.agent('POST', `/api/agent/conversations/${customer.id}/messages`, { json: { text: '您好' } });
    expect(sent).toMatchObject({ status: 409, body: { code: 'not_with_agent' } });
    const released = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: {} });
    expect(released).toMatchObject({ status: 409, body: { code: 'not_with_agent' } });
    expect(customer.activities.filter((a) => a.text === '您好')).toEqual([]);
  });

  test('once an agent has taken the conversation, "取消" goes to the agent and the bot stays silent', async () => {
    const customer = await customerWithAgent(h, { asks: '转人工', agentWrote: '您好，我来帮你。' });
    await waitForActivity(customer, (a) => a.text === '您好，我来帮你。');
    expect((await customer.say('取消')).activities).toEqual([]);
    const entry = await h.agent('GET', `/api/agent/conversations/${customer.id}/messages`);
    expect(entry.body).toMatchObject({ status: 'owned', messages: [expect.objectContaining({ text: '取消' })] });
  });

  // One English message to the agent ("iPhone 15") switched a Chinese customer's bot to English on the release.
  test('words written to an agent do not change the language the bot speaks after the release', async () => {
    const customer = await customerWithAgent(h, { phone: '13800000002', asks: '转人工', agentWrote: '您好' });
    await customer.say('My phone is an iPhone 15, is that OK?');
    await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: {} });
    const back = await waitForActivity(customer, (a) => /客服那边已经处理好了|Customer service has finished/.test(a.text ?? ''));
    expect(back.locale).toBe('zh-CN');
  });

  test('a release needs no body: the conversation goes back at its step', async () => {
    const customer = await customerWithAgent(h, { phone: '13800000002', asks: '转人工', agentWrote: '您好' });
    const released = await fetch(`${h.bot.url}/api/agent/conversations/${customer.id}/release`, {
      method: 'POST',
      headers: { authorization: `Bearer ${AGENT_TOKEN}` },
    });
    expect(released.status).toBe(200);
    expect(await released.json()).toMatchObject({ step: 'realName' });
  });

  /** A customer whose login three wrong codes blocked, handed to an agent (the yes to the offer of a person). */
  async function blockedLogin() {
    const customer = h.customer();
    await customer.say('我要开通');
    await customer.say('13800000001');
    for (const code of ['000000', '111111', '222222']) await customer.say(code);
    await customer.say('好的');
    return customer;
  }

  // A customer whose login was blocked: the agent checks who they are and passes the account with the release.
  test('a release with the account the agent verified goes on logged in to it', async () => {
    const customer = await blockedLogin();
    const queued = await h.agent('GET', '/api/agent/conversations');
    expect(queued.body.conversations).toContainEqual(expect.objectContaining({ id: customer.id, reason: 'login_blocked' }));
    await h.agent('POST', `/api/agent/conversations/${customer.id}/messages`, { json: { text: '我已电话核实您的身份' } });
    const released = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: { intent: 'enable', accountId: 'acct_001' } });
    expect(released).toMatchObject({ status: 200, body: { step: 'plus', statePath: 'flow.onboarding.awaitingPlus' } });
    const plusStep = await waitForActivity(customer, (a) => linksOf([a]).some((link) => link.includes('/shop/plus?account=acct_001')));
    expect(plusStep).toBeDefined();
  });

  test('a release with an account the backend does not know is 422, and one over another account\'s login is 409', async () => {
    const blocked = await blockedLogin();
    const unknown = await h.agent('POST', `/api/agent/conversations/${blocked.id}/release`, { json: { accountId: 'acct_nobody' } });
    expect(unknown).toMatchObject({ status: 422, body: { code: 'unknown_account' } });

    const loggedIn = await waitingCustomer(h, { phone: '13800000002', asks: '转人工' });
    const other = await h.agent('POST', `/api/agent/conversations/${loggedIn.id}/release`, { json: { accountId: 'acct_001' } });
    expect(other).toMatchObject({ status: 409, body: { code: 'other_account' } });
    const same = await h.agent('POST', `/api/agent/conversations/${loggedIn.id}/release`, { json: { accountId: 'acct_002' } });
    expect(same).toMatchObject({ status: 200, body: { step: 'realName' } });
  });

  // The agent was told 200 "owned" while the message went nowhere.
  test("an agent's message the customer's channel does not take is 502, and the agent may send it again", async () => {
    const customer = h.customer();
    const activity = (text: string) => ({
      type: 'message',
      text,
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:9/',
      deliveryMode: 'expectReplies',
      conversation: { id: `gone-${customer.id}` },
      from: { id: 'customer-gone', role: 'user' },
      recipient: { id: 'bot', role: 'bot' },
    });
    const post = (text: string) =>
      fetch(`${h.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity(text)) });
    expect((await post('转人工')).status).toBe(200);
    const sent = await h.agent('POST', `/api/agent/conversations/gone-${customer.id}/messages`, { json: { text: '您好' } });
    expect(sent).toMatchObject({ status: 502, body: { code: 'channel_unreachable' } });
    // No agent's word reached the customer: the conversation is still waiting for one.
    const entry = await h.agent('GET', `/api/agent/conversations/gone-${customer.id}/messages`);
    expect(entry.body.status).toBe('waiting');
    const released = await h.agent('POST', `/api/agent/conversations/gone-${customer.id}/release`, { json: {} });
    expect(released).toMatchObject({ status: 200, body: { delivered: false } });
    const queue = await h.agent('GET', '/api/agent/conversations');
    expect(queue.body.conversations).not.toContainEqual(expect.objectContaining({ id: `gone-${customer.id}` }));
  });

  test('nothing logged or kept in a transcript holds an unmasked phone or ID number', () => h.expectNothingUnmasked());
});
