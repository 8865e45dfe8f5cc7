// An agent hands in, for their orders, a verified customer who has not turned pay-later on: the bot offers to turn it on.
import { messages, referenceOf, useHarness, waitForActivity } from './harness';

describe('a hand-in for the orders of an account without pay-later', () => {
  const h = useHarness();

  test.each(['orders', 'pay', 'return'])('intent %s: no orders, and turning it on is offered (not the checkout guide)', async (intent) => {
    const customer = h.customer();
    const answer = await h.agent('POST', '/api/agent/handoffs', {
      json: { conversation: referenceOf(customer), intent, accountId: 'acct_001' },
    });
    expect(answer).toMatchObject({ status: 201, body: { statePath: 'flow.purchase.showingOrders' } });
    const opening = await waitForActivity(customer, (a) => a.type === 'message' && a.inputHint === 'expectingInput');
    const events = (opening.suggestedActions?.actions ?? []).map((a) => (a.value as { event?: { type?: string } }).event?.type);
    expect(events[0]).toBe('ENABLE');

    // A yes takes the offer: the onboarding, which knows the account (the PLUS step, not the login).
    const turn = await customer.say('好的');
    expect(messages(turn.activities).map((a) => a.text ?? '').join('\n')).toMatch(/PLUS/);
  });
});
