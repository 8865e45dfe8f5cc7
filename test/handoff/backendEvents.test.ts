// Backend events over HTTP: the stand-in shop pages notify the bot with a signed webhook and the customer's chat goes on by
// itself; unsigned, forged, stale and replayed events are refused, and events for nobody are accepted and dropped.
import { randomUUID } from 'node:crypto';
import { signWebhook } from '../../src/webhook/signature';
import { ID_NUMBER, linksOf, referenceOf, startHarness, submitShopPage, useHarness, waitForActivity } from './harness';


const plusActivated = (accountId: string) => ({
  eventId: randomUUID(),
  type: 'plus.activated',
  accountId,
  occurredAt: new Date().toISOString(),
});

describe('backend events continue the conversation proactively', () => {
  const h = useHarness();

  const submitPage = (link: string, fields: Record<string, string>) => submitShopPage(h, link, fields);

  test('a customer who buys PLUS and verifies their name on the shop pages is taken on by the bot each time', async () => {
    const customer = h.customer();
    const [plusLink] = linksOf(await h.login(customer, '13800000001'));
    expect(plusLink).toContain('/shop/plus?account=acct_001');

    let seen = customer.activities.length;
    await submitPage(plusLink, { accountId: 'acct_001' });
    const realNameStep = await waitForActivity(customer, (a) => linksOf([a]).length > 0, { from: seen });
    const [realNameLink] = linksOf([realNameStep]);
    expect(realNameLink).toContain('/shop/real-name?account=acct_001');
    // Said by the bot on its own: the customer wrote nothing since the link.
    const continued = customer.activities.slice(seen).map((a) => a.text ?? '').join('\n');
    expect(continued).toContain('PLUS会员已经生效');

    seen = customer.activities.length;
    await submitPage(realNameLink, { accountId: 'acct_001', name: '张三', idNumber: ID_NUMBER });
    // Good credit: next come the terms, a question with buttons and no link.
    const terms = await waitForActivity(customer, (a) => a.type === 'message' && a.inputHint === 'expectingInput', { from: seen });
    expect(linksOf([terms])).toEqual([]);
    expect(terms.suggestedActions?.actions.length).toBeGreaterThan(0);
  });

  test('a customer handed over by an agent with their account is continued too', async () => {
    const customer = h.customer();
    await h.agent('POST', '/api/agent/handoffs', { json: { conversation: referenceOf(customer), intent: 'enable', accountId: 'acct_001' } });
    const [plusLink] = linksOf([await waitForActivity(customer, (a) => linksOf([a]).length > 0)]);
    const seen = customer.activities.length;
    await submitPage(plusLink, { accountId: 'acct_001' });
    const next = await waitForActivity(customer, (a) => linksOf([a]).length > 0, { from: seen });
    expect(linksOf([next])[0]).toContain('/shop/real-name');
  });

  test('a signed event is delivered once; the same event again is answered 200 duplicate and changes nothing', async () => {
    const customer = h.customer();
    await h.login(customer, '13800000001');
    h.mock.mock.state.activatePlus('acct_001');
    const raw = JSON.stringify(plusActivated('acct_001'));
    const headers = signWebhook('webhook-secret-for-tests', raw, Date.now() / 1000);

    const seen = customer.activities.length;
    const first = await h.postEvent(raw, headers);
    expect(first).toMatchObject({ status: 200, body: { status: 'delivered', conversationId: customer.id } });
    await waitForActivity(customer, (a) => linksOf([a]).some((l) => l.includes('/shop/real-name')), { from: seen });
    const afterFirst = customer.activities.length;

    const replayed = await h.postEvent(raw, headers);
    expect(replayed).toMatchObject({ status: 200, body: { status: 'duplicate' } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(customer.activities).toHaveLength(afterFirst);
  });

  test.each([
    { what: 'unsigned', headers: () => ({}), code: 'unsigned' },
    { what: 'signed with another secret', headers: (raw: string) => signWebhook('not-the-secret', raw, Date.now() / 1000), code: 'bad_signature' },
    { what: 'signed more than 5 minutes ago', headers: (raw: string) => signWebhook('webhook-secret-for-tests', raw, Date.now() / 1000 - 301), code: 'stale' },
    { what: 'signed over another body', headers: () => signWebhook('webhook-secret-for-tests', '{}', Date.now() / 1000), code: 'bad_signature' },
  ])('an event $what is refused with 401 $code and not delivered', async ({ headers, code }) => {
    const customer = h.customer();
    await h.login(customer, '13800000001');
    const seen = customer.activities.length;
    const raw = JSON.stringify(plusActivated('acct_001'));
    const answer = await h.postEvent(raw, headers(raw));
    expect(answer).toMatchObject({ status: 401, body: { code } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(customer.activities).toHaveLength(seen);
  });

  test('an event about an account no conversation is logged in as is accepted (202) and dropped', async () => {
    const answer = await h.sendEvent(plusActivated('acct_006'));
    expect(answer).toMatchObject({ status: 202, body: { status: 'no_conversation' } });
  });

  test('an event for a step the customer has already left is acknowledged without a word to them', async () => {
    const customer = h.customer();
    await h.login(customer, '13800000002'); // PLUS already: waiting for the real-name step
    const seen = customer.activities.length;
    const answer = await h.sendEvent(plusActivated('acct_002'));
    expect(answer).toMatchObject({ status: 200, body: { status: 'not_waiting', conversationId: customer.id } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(customer.activities).toHaveLength(seen);
  });

  test('a signed body that is not a backend event is refused with 400 and the reason', async () => {
    const answer = await h.sendEvent({ eventId: 'e-1', type: 'plus.cancelled', accountId: 'acct_001' });
    expect(answer).toMatchObject({ status: 400, body: { code: 'invalid_event', message: expect.stringContaining('type') } });
  });

  // restify answered {"code":"InvalidContent"} to both, the unsigned one too: docs/handoff.md checks the signature first.
  test('a body that is not JSON: unsigned 401 unsigned, signed 400 invalid_event', async () => {
    const unsigned = await h.postEvent('{bad', {});
    expect(unsigned).toMatchObject({ status: 401, body: { code: 'unsigned' } });
    const signed = await h.postEvent('{bad', signWebhook('webhook-secret-for-tests', '{bad', Date.now() / 1000));
    expect(signed).toMatchObject({ status: 400, body: { code: 'invalid_event', message: 'the body is not JSON' } });
  });

  // A signed form was read as the event's fields: a body sent as anything but JSON is 415, after the signature (401 first).
  test('a body sent as a form: unsigned 401 unsigned, signed 415 unsupported_media_type', async () => {
    const form = new URLSearchParams({ eventId: randomUUID(), type: 'plus.activated', accountId: 'acct_001', occurredAt: new Date().toISOString() }).toString();
    const formType = { 'content-type': 'application/x-www-form-urlencoded' };
    expect(await h.postEvent(form, formType)).toMatchObject({ status: 401, body: { code: 'unsigned' } });
    const signed = await h.postEvent(form, { ...formType, ...signWebhook('webhook-secret-for-tests', form, Date.now() / 1000) });
    expect(signed).toMatchObject({ status: 415, body: { code: 'unsupported_media_type', message: expect.stringContaining('application/x-www-form-urlencoded') } });
  });

  // The customer was sent the same real-name prompt again, unexplained, when the backend's recheck disagreed with its
  // event (a replica behind): the bot now stays quiet, and the event counts as delivered (it was handled: rechecked).
  test('an event whose step the backend does not show done: 200 delivered, nothing said, the customer stays at the step', async () => {
    const customer = h.customer();
    await h.login(customer, '13800000002'); // PLUS already, not verified: waiting for the real-name step
    const seen = customer.activities.length;
    const answer = await h.sendEvent({ ...plusActivated('acct_002'), type: 'realName.verified' });
    expect(answer).toMatchObject({ status: 200, body: { status: 'delivered', conversationId: customer.id } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Not even "typing…": it would announce a message that never comes.
    expect(customer.activities).toHaveLength(seen);
    // Still at the step: verified now, the next event takes the customer on.
    await submitPage(linksOf(customer.activities).find((l) => l.includes('/shop/real-name')) ?? '', {
      accountId: 'acct_002',
      name: '张三',
      idNumber: ID_NUMBER,
    });
    await waitForActivity(customer, (a) => a.type === 'message', { from: seen });
  });

  test('nothing logged or kept in a transcript holds an unmasked phone or ID number', () => h.expectNothingUnmasked());
});

describe('without BACKEND_WEBHOOK_SECRET', () => {
  test('the webhook refuses every event (503) and says why at start', async () => {
    const h = await startHarness({ BACKEND_WEBHOOK_SECRET: '' });
    try {
      const answer = await h.sendEvent(plusActivated('acct_001'));
      expect(answer).toMatchObject({ status: 503, body: { code: 'webhook_disabled' } });
      expect(h.logLines.some((l) => l.includes('BACKEND_WEBHOOK_SECRET is not set'))).toBe(true);
    } finally {
      await h.close();
    }
  });
});
