// A release with the account the agent verified, for a customer who was logging in (the phone number, the code, a
// blocked login): the customer is logged in to it and goes on after the login (or at the intent), never asked to log in
// again.
import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { enUS } from '../../dialogs/messages/en-US';
import { linksOf, messages, settle, useHarness, type Harness } from './harness';
import type { ChannelConversation } from '../../src/channel/localChannel';

/** What the login asks, which a customer logged in by the agent must not hear again. */
// Up to their first placeholder ("最多 {minutes} 分钟"), so that a filled-in line is found too.
const LOGIN_PROMPTS = [zhCN['prompt.awaitingPhone'], zhCN['prompt.awaitingOtp'], zhCN['prompt.blocked'], zhCN['notice.loginBlocked']].map((text) => text.split('{')[0]);

describe('a release with the account the agent verified, while the customer was logging in', () => {
  const h = useHarness();

  /** The customer says these, the agent (who has them after the last one) writes, and then releases with `body`. */
  async function releasedAfter(says: string[], body: object): Promise<{ customer: ChannelConversation; answer: Awaited<ReturnType<Harness['agent']>>; back: Activity[] }> {
    const customer = h.customer();
    for (const text of says) await customer.say(text);
    const queued = await h.agent('GET', '/api/agent/conversations');
    expect(queued.body.conversations).toContainEqual(expect.objectContaining({ id: customer.id, step: 'login' }));
    await h.agent('POST', `/api/agent/conversations/${customer.id}/messages`, { json: { text: '我已电话核实您的身份' } });
    const seen = customer.activities.length;
    const answer = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: body });
    await settle();
    return { customer, answer, back: messages(customer.activities.slice(seen)) };
  }

  const texts = (activities: Activity[]) => activities.map((a) => a.text ?? '');

  test.each([
    {
      at: 'the phone number',
      says: ['我要开通', '转人工'],
      body: { accountId: 'acct_004' },
      whereabouts: { step: 'terms', statePath: 'flow.onboarding.confirmingTerms' },
    },
    {
      at: 'the code, released at "enable"',
      says: ['我要开通', '13800000004', '转人工'],
      body: { intent: 'enable', accountId: 'acct_004' },
      whereabouts: { step: 'terms', statePath: 'flow.onboarding.confirmingTerms' },
    },
    {
      at: 'a login blocked by three wrong codes',
      says: ['我要开通', '13800000001', '000000', '111111', '222222', '好的'],
      body: { accountId: 'acct_001' },
      whereabouts: { step: 'plus', statePath: 'flow.onboarding.awaitingPlus' },
    },
    {
      at: 'the phone number, logging in to see the orders',
      says: ['我的订单', '转人工'],
      body: { accountId: 'acct_005' },
      whereabouts: { step: 'purchase', statePath: 'flow.purchase.showingOrders' },
    },
  ])('at $at, the customer is logged in and goes on after the login', async ({ says, body, whereabouts }) => {
    const { answer, back } = await releasedAfter(says, body);
    expect(answer).toMatchObject({ status: 200, body: whereabouts });
    // Back, logged in as the persona's number (acct_004: 138****0004), masked; with a request, said in the same line.
    const phone = `138****0${body.accountId.slice(-3)}`;
    const why = 'intent' in body ? zhCN['notice.handedIn.loggedIn'].replace('{why}', zhCN['notice.handedIn.enable']).replace('{phone}', phone) : undefined;
    expect(texts(back)[0]).toBe(why ? zhCN['notice.agentReleased.handedOn'].replace('{why}', why) : zhCN['notice.agentReleased.loggedIn'].replace('{phone}', phone));
    // The step after the login, asked once, and nothing of the login.
    for (const prompt of LOGIN_PROMPTS) expect(texts(back).filter((text) => text.includes(prompt))).toEqual([]);
    expect(texts(back).join('\n')).not.toContain('还没看到');
    expect(back.at(-1)?.inputHint).toBe('expectingInput');
  });

  // Released with an account, the customer heard "I'm back" and the orders, never as whom they were logged in.
  test.each([
    { locale: 'en-US', catalog: enUS, asks: 'agent please' },
    { locale: 'zh-CN', catalog: zhCN, asks: '转人工' },
  ])('released ($locale) with an account, the customer hears they are logged in as its masked number', async ({ locale, catalog, asks }) => {
    const customer = h.customer({ locale });
    await customer.say(asks);
    await h.agent('POST', `/api/agent/conversations/${customer.id}/messages`, { json: { text: 'Hi' } });
    const seen = customer.activities.length;
    const answer = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: { intent: 'pay', accountId: 'acct_005' } });
    expect(answer).toMatchObject({ status: 200, body: { step: 'purchase' } });
    await settle();
    const back = texts(messages(customer.activities.slice(seen)));
    // With the request handed on ("pay"), in one line.
    const why = catalog['notice.handedIn.loggedIn'].replace('{why}', catalog['notice.handedIn.pay']).replace('{phone}', '138****0005');
    expect(back[0]).toBe(catalog['notice.agentReleased.handedOn'].replace('{why}', why));
    expect(back.join('\n')).not.toContain('13800000005');
  });

  test('the customer released from a blocked login is at the PLUS step of the verified account, and the shop reaches them there', async () => {
    const { customer, back } = await releasedAfter(['我要开通', '13800000001', '000000', '111111', '222222', '好的'], { accountId: 'acct_001' });
    expect(linksOf(back)).toEqual([expect.stringContaining('/shop/plus?account=acct_001')]);

    h.mock.mock.state.activatePlus('acct_001');
    const event = { eventId: randomUUID(), type: 'plus.activated', accountId: 'acct_001', occurredAt: new Date().toISOString() };
    expect(await h.sendEvent(event)).toMatchObject({ status: 200, body: { status: 'delivered', conversationId: customer.id } });
  });

  test('another account than the one being logged in to, or an unknown one, is still refused', async () => {
    const customer = h.customer();
    await h.login(customer, '13800000002');
    // A new phone number typed after the login: the customer is logged in (as acct_002) while logging in again.
    await customer.say('13800000001');
    await customer.say('转人工');
    const other = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: { accountId: 'acct_001' } });
    expect(other).toMatchObject({ status: 409, body: { code: 'other_account' } });
    const unknown = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: { accountId: 'acct_nobody' } });
    expect(unknown).toMatchObject({ status: 409, body: { code: 'other_account' } });

    const fresh = h.customer();
    await fresh.say('我要开通');
    await fresh.say('转人工');
    const nobody = await h.agent('POST', `/api/agent/conversations/${fresh.id}/release`, { json: { accountId: 'acct_nobody' } });
    expect(nobody).toMatchObject({ status: 422, body: { code: 'unknown_account' } });
    expect((await h.agent('POST', `/api/agent/conversations/${fresh.id}/release`, { json: {} })).body).toMatchObject({ step: 'login' });
  });
});
