// An agent gave the conversation back with "pay" at the earbuds' payment: the customer saw their orders, and their "ok go
// ahead", then "yes", brought the same list back twice; only "pay it" opened the payment. A plain yes to a list that asks
// which order to pay, with one to pay, is that one; with several (or for a return, which needs the order and a reason),
// the answer says which to pick instead of the list again without a word.
import type { Activity } from 'botbuilder';
import { enUS } from '../../dialogs/messages/en-US';
import { zhCN } from '../../dialogs/messages/zh-CN';
import type { ChannelConversation } from '../../src/channel/localChannel';
import { messages, OTP, useHarness, waitForActivity } from './harness';

const textsOf = (activities: Activity[]): string[] => messages(activities).map((a) => a.text ?? '');
const buttonsOf = (activities: Activity[]): string[] => messages(activities).at(-1)?.suggestedActions?.actions.map((a) => a.title) ?? [];
const EARBUDS = 'Wireless earbuds 无线耳机';
const RICE_COOKER = 'Rice cooker 电饭煲';

describe('a plain yes after an agent released the conversation to pay or return', () => {
  const h = useHarness();

  /** Persona 5 at the earbuds' payment, handed to an agent who writes, then releases with `intent`; waits for the list. */
  async function releasedAtPayment(locale: 'en-US' | 'zh-CN', intent: 'pay' | 'return'): Promise<ChannelConversation> {
    const customer = h.customer({ locale });
    await customer.say(locale === 'en-US' ? 'show my orders' : '我的订单');
    await customer.say('13800000005');
    await customer.say(OTP);
    await customer.send({ type: 'message', value: { event: { type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' } } } as Partial<Activity>);
    await customer.say(locale === 'en-US' ? 'I want to talk to a person' : '转人工');
    await h.agent('POST', `/api/agent/conversations/${customer.id}/messages`, { json: { text: 'Hi' } });
    const seen = customer.activities.length;
    const released = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: { intent } });
    expect(released).toMatchObject({ status: 200, body: { statePath: 'flow.purchase.showingOrders' } });
    await waitForActivity(customer, (a) => a.type === 'message' && a.inputHint === 'expectingInput', { from: seen });
    return customer;
  }

  test.each([
    { locale: 'en-US' as const, catalog: enUS, yes: ['ok go ahead', 'yes'] },
    { locale: 'zh-CN' as const, catalog: zhCN, yes: ['好的', '可以'] },
  ])('($locale) with one order to pay, a yes opens its payment', async ({ locale, catalog, yes }) => {
    for (const words of yes) {
      const customer = await releasedAtPayment(locale, 'pay');
      const answer = (await customer.say(words)).activities;
      expect(textsOf(answer).join('\n')).toContain(catalog['prompt.confirmingReceipt'].replace('{title}', EARBUDS).replace('{amount}', '¥299.00'));
      expect(textsOf(answer).join('\n')).not.toContain(catalog['orders.header']);
    }
  });

  test.each([
    { locale: 'en-US' as const, catalog: enUS, yes: 'yes' },
    { locale: 'zh-CN' as const, catalog: zhCN, yes: '好的' },
  ])('($locale) after a release to return, a yes starts no return: it says which orders can go back', async ({ locale, catalog, yes }) => {
    const customer = await releasedAtPayment(locale, 'return');
    const answer = (await customer.say(yes)).activities;
    const text = textsOf(answer).join('\n');
    expect(text).toContain(EARBUDS);
    expect(text).toContain(RICE_COOKER);
    expect(text).not.toContain(catalog['orders.header']);
    for (const title of [EARBUDS, RICE_COOKER]) expect(text).not.toContain(catalog['prompt.awaitingReturnReason'].replace('{title}', title));
    // The order buttons are on offer to pick from.
    expect(buttonsOf(answer)).toContain(catalog['button.returnOrder'].replace('{title}', RICE_COOKER));
    expect(buttonsOf(answer)).not.toContain(catalog['returnReason.quality']);
  });
});
