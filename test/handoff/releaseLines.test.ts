// What the customer hears when an agent gives the conversation back: nobody is said to have helped when no agent wrote
// (released from the queue with a verified account), a request handed on is said in the same line as the release, and
// "what now?" right after a release says where things stand without offering a colleague again.
import type { Activity } from 'botbuilder';
import { enUS } from '../../dialogs/messages/en-US';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { customerWithAgent, messages, settle, useHarness, waitForActivity, waitingCustomer } from './harness';
import type { ChannelConversation } from '../../src/channel/localChannel';

const textsOf = (activities: Activity[]): string[] => messages(activities).map((a) => a.text ?? '');
const buttonsOf = (activities: Activity[]): string[] => messages(activities).flatMap((a) => a.suggestedActions?.actions.map((b) => b.title) ?? []);
const DONE = [/客服.*(?:处理好|处理完)/, /customer service.*(?:finished|done)/i];

describe('the release line', () => {
  const h = useHarness();

  /** Releases the customer's conversation with `body`; the messages it brought, once its last one asks. */
  async function release(customer: ChannelConversation, body: object): Promise<string[]> {
    const seen = customer.activities.length;
    expect((await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: body })).status).toBe(200);
    await waitForActivity(customer, (a) => a.type === 'message' && a.inputHint !== 'ignoringInput', { from: seen });
    await settle();
    return textsOf(customer.activities.slice(seen));
  }

  // "Customer service has finished helping you" was said with an account passed from the queue: nobody had written.
  test.each([
    { locale: 'zh-CN', catalog: zhCN, asks: '转人工' },
    { locale: 'en-US', catalog: enUS, asks: 'I want to talk to a person' },
  ])('($locale) released from the queue with a verified account, no agent having written: nobody is said to have helped', async ({ locale, catalog, asks }) => {
    const customer = await waitingCustomer(h, { locale, asks });
    const texts = await release(customer, { accountId: 'acct_002' });
    expect(texts[0]).toBe(catalog['notice.agentReleased.unanswered.loggedIn'].replace('{phone}', '138****0002'));
    for (const done of DONE) expect(texts.join('\n')).not.toMatch(done);
    expect(texts.join('\n')).not.toContain(catalog['notice.agentReleased.notTaken']);
  });

  test('the same with a request: what customer service asked for, and as whom the customer is logged in, in one line', async () => {
    const customer = await waitingCustomer(h, { locale: 'en-US', asks: 'agent please' });
    const texts = await release(customer, { accountId: 'acct_002', intent: 'orders' });
    expect(texts[0]).toBe(enUS['notice.handedIn.loggedIn'].replace('{why}', enUS['notice.handedIn.orders']).replace('{phone}', '138****0002'));
    for (const done of DONE) expect(texts.join('\n')).not.toMatch(done);
  });

  // "Customer service has finished helping you…" then "Customer service asked me to help you turn on pay-later.": two lines.
  test.each([
    { locale: 'en-US', catalog: enUS, asks: 'I want to talk to a person' },
    { locale: 'zh-CN', catalog: zhCN, asks: '转人工' },
  ])('($locale) released with enable after an agent wrote: the release and the request in one message', async ({ locale, catalog, asks }) => {
    const customer = await customerWithAgent(h, { locale, asks, agentWrote: 'Hi' });
    const texts = await release(customer, { intent: 'enable' });
    expect(texts[0]).toBe(catalog['notice.agentReleased.handedOn'].replace('{why}', catalog['notice.agentAskedToEnable']));
    // Customer service named as the ones who handed the customer on: the agent is gone.
    expect(texts[0]).toMatch(locale === 'zh-CN' ? /客服让我/ : /customer service asked me/i);
    expect(texts.filter((t) => t.includes(catalog['notice.agentAskedToEnable']))).toHaveLength(1);
    expect(texts.slice(1).join('\n')).not.toContain(catalog['notice.agentReleased']);
    // Then the login, asked for.
    expect(texts.at(-1)).toContain(catalog['prompt.awaitingPhone'].slice(0, 12));
  });

  test('released with orders after an agent wrote, logged in: one line says both', async () => {
    const customer = await customerWithAgent(h, { phone: '13800000005', asks: '转人工', agentWrote: '您好' });
    const texts = await release(customer, { intent: 'orders' });
    expect(texts[0]).toBe(zhCN['notice.agentReleased.handedOn'].replace('{why}', zhCN['notice.handedIn.orders']));
    expect(texts.filter((t) => t.includes(zhCN['notice.handedIn.orders']))).toHaveLength(1);
  });

  // "so what now" right after a release at the credit step: "…Would you like a colleague to look into it? [Talk to a person]".
  test.each([
    { locale: 'en-US', catalog: enUS, asks: 'I want to talk to a person', whatNow: 'so what now', yes: 'ok' },
    { locale: 'zh-CN', catalog: zhCN, asks: '转人工', whatNow: '然后呢', yes: '好的' },
  ])('($locale) "$whatNow" right after a release says where things stand, with no colleague offered again', async ({ locale, catalog, asks, whatNow, yes }) => {
    const customer = await customerWithAgent(h, { locale, phone: '13800000003', asks, agentWrote: 'Hi' });
    await release(customer, {});
    const answer = (await customer.say(whatNow)).activities;
    const text = textsOf(answer).join('\n');
    expect(text).toContain(catalog['prompt.creditRefused.afterAgent']);
    expect(text).not.toContain(catalog['prompt.creditRefused.again']);
    expect(buttonsOf(answer)).not.toContain(catalog['intent.human']);
    expect(buttonsOf(answer)).not.toContain(catalog['button.toAgent']);
    // A yes to that (which offered nobody) is no request for a person: it goes on as "got it".
    expect(textsOf((await customer.say(yes)).activities).at(-1)).toBe(catalog['welcome.again']);
    expect((await h.agent('GET', `/api/agent/conversations/${customer.id}/messages`)).status).toBe(409);
  });

  test('without a release, "what now" at the credit step still offers a colleague', async () => {
    const customer = h.customer({ locale: 'en-US' });
    await h.login(customer, '13800000003');
    const answer = (await customer.say('so what now')).activities;
    expect(buttonsOf(answer)).toContain(enUS['button.toAgent']);
  });
});
