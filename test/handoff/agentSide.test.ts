// The agent's side of a handoff as a QA round found it: taps reach the agent, a release or hand-in with an intent takes the
// task up (with a line of why), waiting customers are not told the same long line again and again, and the API says what is so.
import type { Activity } from 'botbuilder';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { enUS } from '../../dialogs/messages/en-US';
import { customerWithAgent, messages, OTP, referenceOf, settle, useHarness, waitForActivity, waitingCustomer } from './harness';

const buttonsOf = (activity: Partial<Activity> | undefined): string[] => activity?.suggestedActions?.actions.map((a) => a.title) ?? [];
const WITHDRAW = { event: { type: 'HANDOFF_WITHDRAWN' } };

describe("the agent's side of a handoff", () => {
  const h = useHarness();

  const customerMessages = async (id: string): Promise<string[]> =>
    (await h.agent('GET', `/api/agent/conversations/${id}/messages`)).body.messages.map((m: { text: string }) => m.text);

  // Taps while an agent had the conversation were dropped: the agent never saw the customer tap "不用人工了".
  test.each([
    { locale: 'zh-CN', catalog: zhCN, asks: '转人工', tapped: (label: string) => `（点了「${label}」）` },
    { locale: 'en-US', catalog: enUS, asks: 'I want to talk to a person', tapped: (label: string) => `(tapped "${label}")` },
  ])('buttons tapped ($locale) while an agent has the conversation reach the agent as taps, labelled', async ({ locale, catalog, asks, tapped }) => {
    const customer = await customerWithAgent(h, { locale, phone: '13800000001', asks, agentWrote: 'Hi' });
    // As channels that send only a button's value do it: the waiting button, the PLUS step's yes, "start over".
    const taps: unknown[] = [WITHDRAW, { event: { type: 'AFFIRM' }, at: 'flow.onboarding.awaitingPlus' }, { event: { type: 'RESTART' } }];
    for (const value of taps) expect((await customer.send({ type: 'message', value } as Partial<Activity>)).activities).toEqual([]);
    // And as Web Chat does (the label sent as the text).
    await customer.send({ type: 'message', text: catalog['button.withdrawHandoff'], value: WITHDRAW } as Partial<Activity>);
    expect(await customerMessages(customer.id)).toEqual([
      tapped(catalog['button.withdrawHandoff']),
      tapped(catalog['button.plusDone']),
      tapped(catalog['intent.restart']),
      tapped(catalog['button.withdrawHandoff']),
    ]);
    // Still with the agent: none of the taps took the conversation back.
    const entry = await h.agent('GET', '/api/agent/conversations?status=owned');
    expect(entry.body.conversations.map((c: { id: string }) => c.id)).toContain(customer.id);
  });

  // A tap on the button of the step the customer came from takes the request back (test/handoff/stepButtonWhileWaiting).
  test('a tap while still waiting on a button of another step (a stale one) is kept for the agent too, and answered with the waiting line', async () => {
    const customer = await waitingCustomer(h, { phone: '13800000001', asks: '转人工' });
    const told = messages((await customer.send({ type: 'message', value: { event: { type: 'AFFIRM' }, at: 'flow.onboarding.awaitingRealName' } } as Partial<Activity>)).activities);
    expect(buttonsOf(told.at(-1))).toEqual([zhCN['button.withdrawHandoff']]);
    expect(await customerMessages(customer.id)).toEqual([`（点了「${zhCN['button.realNameDone']}」）`]);
  });

  // Released with "pay" at "提交退货申请?": a paragraph about paying, then the return's confirmation again.
  test('a release with "pay" at the confirmation of a return opens the orders to pay, and files no return', async () => {
    const customer = h.customer();
    await customer.say('我要退货');
    await customer.say('13800000005');
    await customer.say(OTP);
    await customer.send({ type: 'message', value: { event: { type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' } } } as Partial<Activity>);
    const asked = await customer.send({ type: 'message', value: { event: { type: 'RETURN_REASON_GIVEN', reason: 'not_wanted' } } } as Partial<Activity>);
    expect(buttonsOf(messages(asked.activities).at(-1))).toContain(zhCN['button.submitReturn']);
    await customer.say('转人工');
    await h.agent('POST', `/api/agent/conversations/${customer.id}/messages`, { json: { text: '您好' } });
    const seen = customer.activities.length;
    const released = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: { intent: 'pay' } });
    expect(released).toMatchObject({ status: 200, body: { statePath: 'flow.purchase.showingOrders' } });
    await settle();
    const back = messages(customer.activities.slice(seen));
    expect(back.map((a) => a.text)).not.toContain(zhCN['faq.pay']);
    expect(buttonsOf(back.at(-1))).toContain(zhCN['button.payOrder'].replace('{title}', 'Wireless earbuds 无线耳机'));
    expect(buttonsOf(back.at(-1))).not.toContain(zhCN['button.submitReturn']);
    const { token } = await h.mock.login('13800000005');
    const orders = await h.mock.request('GET', '/v1/accounts/acct_005/orders', { token });
    expect(orders.body.orders.find((o: { orderId: string }) => o.orderId === 'JD5001')).toMatchObject({ status: 'delivered' });
  });

  // A hand-in or release at "enable" opened with "请发送你商城账号绑定的手机号…" and nothing else.
  test.each([
    { locale: 'zh-CN', catalog: zhCN },
    { locale: 'en-US', catalog: enUS },
  ])('a hand-in ($locale) to enable without an account says why before it asks for the phone number', async ({ locale, catalog }) => {
    const customer = h.customer({ locale });
    const answer = await h.agent('POST', '/api/agent/handoffs', { json: { conversation: referenceOf(customer), intent: 'enable', locale } });
    expect(answer).toMatchObject({ status: 201, body: { step: 'login' } });
    await waitForActivity(customer, (a) => a.inputHint === 'expectingInput');
    expect(messages(customer.activities).map((a) => a.text)).toEqual([catalog['notice.agentAskedToEnable'], catalog['prompt.awaitingPhone']]);
  });

  test('a release to enable at the welcome says the bot is back, why, and then asks for the phone number', async () => {
    const customer = await customerWithAgent(h, { asks: '转人工', agentWrote: '您好' });
    const seen = customer.activities.length;
    await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: { intent: 'enable' } });
    await settle();
    expect(messages(customer.activities.slice(seen)).map((a) => a.text)).toEqual([
      // One line: what customer service asked for says they handed the customer on.
      zhCN['notice.agentReleased.handedOn'].replace('{why}', zhCN['notice.agentAskedToEnable']),
      zhCN['prompt.awaitingPhone'],
    ]);
  });

  // The first hand-over message had no "不用人工了" while every later waiting line did.
  test.each([
    { locale: 'zh-CN', catalog: zhCN, asks: '转人工' },
    { locale: 'en-US', catalog: enUS, asks: 'I want to talk to a person' },
  ])('the hand-over message ($locale) has the button that takes the request back, and it does', async ({ locale, catalog, asks }) => {
    const customer = h.customer({ locale });
    const handedOver = messages((await customer.say(asks)).activities);
    expect(handedOver.at(-1)?.suggestedActions?.actions).toEqual([expect.objectContaining({ title: catalog['button.withdrawHandoff'], value: WITHDRAW })]);
    const tap = handedOver.at(-1)!.suggestedActions!.actions[0];
    const back = messages((await customer.send({ type: 'message', text: tap.text, value: tap.value } as Partial<Activity>)).activities);
    expect(back[0].text).toBe(catalog['notice.handoffWithdrawn']);
    expect((await h.agent('GET', `/api/agent/conversations/${customer.id}/messages`)).status).toBe(409);
  });

  // Four messages while waiting each got the same long line.
  test('while waiting, the long line is said once; the next messages get a short "received" with the button', async () => {
    const customer = await waitingCustomer(h, { asks: '转人工' });
    const answers = [];
    for (const text of ['在吗', '还要多久', '喂', '快点']) answers.push(messages((await customer.say(text)).activities));
    expect(answers.map((a) => a.length)).toEqual([1, 1, 1, 1]);
    expect(answers[0][0].text).toContain('正在为你转接人工客服');
    expect(answers.slice(1).map((a) => a[0].text)).toEqual(Array(3).fill(zhCN['notice.alreadyWithAgent.again']));
    for (const answer of answers) expect(buttonsOf(answer[0])).toEqual([zhCN['button.withdrawHandoff']]);
    expect(await customerMessages(customer.id)).toEqual(['在吗', '还要多久', '喂', '快点']);
  });

  // "cancel" after one "我还在等" in an English conversation came back in Chinese.
  test('an English customer who wrote one Chinese line while waiting is answered "cancel" in English', async () => {
    const customer = await waitingCustomer(h, { asks: 'I want to talk to a person' });
    expect(messages((await customer.say('我还在等')).activities)[0].locale).toBe('zh-CN');
    const back = messages((await customer.say('cancel')).activities);
    expect(back[0]).toMatchObject({ locale: 'en-US', text: enUS['notice.handoffWithdrawn'] });
  });

  test('a second release is told the conversation is already back with the bot', async () => {
    const customer = await customerWithAgent(h, { asks: '转人工', agentWrote: '您好' });
    expect(await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: {} })).toMatchObject({ status: 200 });
    const again = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: {} });
    expect(again).toMatchObject({ status: 409, body: { code: 'not_with_agent' } });
    expect(again.body.message).toMatch(/released to the bot already/);
  });

  // A release the customer's channel did not take answered only {conversationId, delivered: false}: the agent was not
  // told the step the bot had resumed at, though the release was saved.
  test('a release the channel does not take still answers with the step the bot resumed at, read from the saved record', async () => {
    const id = `gone-${h.customer().id}`;
    const post = (text: string) =>
      fetch(`${h.bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          text,
          channelId: 'emulator',
          // A closed port: the bot's replies in the turn come back in the response, a proactive turn reaches nobody.
          serviceUrl: 'http://127.0.0.1:9/',
          deliveryMode: 'expectReplies',
          conversation: { id },
          from: { id: 'customer-gone', role: 'user' },
          recipient: { id: 'bot', role: 'bot' },
        }),
      });
    expect((await post('13800000001')).status).toBe(200);
    expect((await post('转人工')).status).toBe(200);
    const released = await h.agent('POST', `/api/agent/conversations/${id}/release`, { json: {} });
    expect(released).toMatchObject({ status: 200, body: { conversationId: id, delivered: false, step: 'login', statePath: 'flow.onboarding.login.awaitingOtp' } });
    expect((await h.agent('GET', `/api/agent/conversations/${id}/messages`)).body).toMatchObject({ code: 'not_with_agent' });
  });

  // Agent desks send the fields they have no value for as "".
  test('empty optional fields are fields left out: a release with note "" and a hand-in with accountId "" go through', async () => {
    const customer = await waitingCustomer(h, { asks: '转人工' });
    await h.agent('POST', `/api/agent/conversations/${customer.id}/messages`, { json: { text: '您好', agent: '' } });
    const released = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, {
      json: { note: '', intent: '', accountId: ' ', agent: '' },
    });
    expect(released).toMatchObject({ status: 200, body: { step: 'welcome' } });
    await settle();
    expect(customer.activities.filter((a) => a.type === 'trace')).toEqual([]);

    const newcomer = h.customer();
    const handedIn = await h.agent('POST', '/api/agent/handoffs', {
      json: { conversation: referenceOf(newcomer), intent: 'help', note: '', accountId: '', locale: '' },
    });
    expect(handedIn).toMatchObject({ status: 201, body: { locale: 'zh-CN' } });
    // A note that is there is still checked.
    const tooLong = await h.agent('POST', '/api/agent/handoffs', {
      json: { conversation: referenceOf(h.customer()), intent: 'help', note: 'x'.repeat(1001) },
    });
    expect(tooLong).toMatchObject({ status: 400, body: { code: 'invalid_request' } });
  });
});
