// "ok where was i" right after an agent gave the conversation back was not understood (a clarifying question): it asks
// where the conversation was, and the step the release left the customer at is asked again.
import { linksOf, messages, useHarness, waitForActivity } from './harness';

describe('"ok where was i" after an agent\'s release', () => {
  const h = useHarness();

  test('at the real-name step the release left them at: that step again, no clarifying question', async () => {
    const customer = h.customer({ locale: 'en-US' });
    await h.login(customer, '13800000002');
    await customer.say('agent');
    await h.agent('POST', `/api/agent/conversations/${customer.id}/messages`, { json: { text: 'Hi, Anna here' } });
    const received = customer.activities.length;
    expect(await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: {} })).toMatchObject({ status: 200 });
    await waitForActivity(customer, (a) => a.type === 'message', { from: received });

    const answer = messages((await customer.say('ok where was i')).activities);
    const text = answer.map((a) => a.text ?? '').join('\n');
    expect(text).toContain("Here's where we were");
    expect(text).not.toContain("I'm not sure what you mean");
    expect(linksOf(answer)[0]).toContain('/shop/real-name?account=acct_002');
  });
});
