// Human → bot over HTTP: an agent hands the bot a customer it has never met, with the intent, the language and
// optionally an account the agent verified; the bot opens proactively at the right step.
import { randomUUID } from 'node:crypto';
import { OTP, linksOf, messages, referenceOf, settle, useHarness, waitForActivity } from './harness';
import { isChannelServiceUrl } from '../../src/agent/newCustomer';
import { handoffRequestSchema } from '../../src/agent/schemas';
import { catalogs } from '../../dialogs/messages';
import { handInIntro } from '../../dialogs';
import { INTENTS } from '../../machines/domain';

/** The intents a hand-in takes (the others are the customer's own words, refused with 400). */
/** The line a hand-in of `intent` opens with; with an account, the account's masked number is said in it. */
const introOf = (locale: 'zh-CN' | 'en-US', intent: string, phone?: string): string => {
  const catalog = catalogs[locale] as Record<string, string>;
  const why = catalog[`notice.handedIn.${intent}`];
  return phone === undefined ? why : (catalog['notice.handedIn.loggedIn'] ?? '').replace('{why}', why).replace('{phone}', phone);
};

const HANDED_IN_INTENTS = INTENTS.filter(
  (intent) => handoffRequestSchema.safeParse({ conversation: { conversation: { id: 'c' }, serviceUrl: 'http://x', channelId: 't', user: { id: 'u' }, bot: { id: 'b' } }, intent }).success,
);

const backendEvent = (type: 'plus.activated' | 'realName.verified', accountId: string) => ({
  eventId: randomUUID(),
  type,
  accountId,
  occurredAt: new Date().toISOString(),
});

describe('human → bot handoff of a customer the bot has not met', () => {
  const h = useHarness();

  test('with a verified account the login is skipped: the customer is greeted in their language at the PLUS step', async () => {
    const customer = h.customer();
    const answer = await h.agent('POST', '/api/agent/handoffs', {
      json: { conversation: referenceOf(customer), intent: 'enable', accountId: 'acct_001', locale: 'en-US', note: 'Wants pay-later; verified by phone.' },
    });
    expect(answer).toMatchObject({
      status: 201,
      body: { conversationId: customer.id, locale: 'en-US', step: 'plus', statePath: 'flow.onboarding.awaitingPlus' },
    });
    const opening = await waitForActivity(customer, (a) => a.type === 'message' && a.inputHint === 'expectingInput');
    expect(linksOf([opening])).toEqual([expect.stringContaining('/shop/plus?account=acct_001')]);
    expect(opening.locale).toBe('en-US');
    // Why the bot writes, then the step: the set-up turn that passed the session said nothing, and nobody asked for a
    // phone number.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(messages(customer.activities).map((a) => a.text)).toEqual([introOf('en-US', 'enable', '138****0001'), opening.text]);
    expect(customer.activities.filter((a) => a.type === 'trace')).toEqual([]);

    // The customer goes on with the bot as if they had started there.
    const next = await customer.say("I've done it");
    expect(messages(next.activities).length).toBeGreaterThan(0);
  });

  test('an agent asks the bot to show a verified customer their pay-later orders', async () => {
    const customer = h.customer();
    const answer = await h.agent('POST', '/api/agent/handoffs', {
      json: { conversation: referenceOf(customer), intent: 'orders', accountId: 'acct_005' },
    });
    expect(answer).toMatchObject({ status: 201, body: { locale: 'zh-CN', step: 'purchase', statePath: 'flow.purchase.showingOrders' } });
    await waitForActivity(customer, (a) => a.type === 'message');
  });

  // The orders arrived alone: a customer who never wrote to the bot was not told why it wrote ("客服让我…" came only for
  // enable without an account). Every intent a hand-in takes opens with a line of why, in the conversation's language.
  test.each(
    HANDED_IN_INTENTS.flatMap((intent) => [
      { intent, accountId: 'acct_005', locale: 'zh-CN' as const, given: undefined },
      { intent, accountId: 'acct_005', locale: 'en-US' as const, given: 'en-US' },
    ]),
  )('a hand-in of $intent with an account ($locale) first says the agent asked the bot to help', async ({ intent, accountId, locale, given }) => {
    await h.mock.request('POST', '/v1/_reset');
    const customer = h.customer({ locale: 'zh-CN' });
    const answer = await h.agent('POST', '/api/agent/handoffs', {
      json: { conversation: { ...referenceOf(customer), channelId: 'webchat' }, intent, accountId, ...(given ? { locale: given } : {}) },
    });
    expect(answer).toMatchObject({ status: 201, body: { locale } });
    await waitForActivity(customer, (a) => a.type === 'message' && a.inputHint === 'expectingInput');
    await settle();
    const said = messages(customer.activities);
    expect(said[0]).toMatchObject({ text: introOf(locale, intent, '138****0005'), locale, inputHint: 'ignoringInput' });
    // Said once, and only first.
    expect(said.filter((a) => a.text === said[0].text)).toHaveLength(1);
    expect(said.length).toBeGreaterThan(1);
    // Every activity of the opening speaks the conversation's language, the typing indicator of a backend call included.
    expect(customer.activities.filter((a) => a.type !== 'trace').map((a) => [a.type, a.locale])).toEqual(
      customer.activities.filter((a) => a.type !== 'trace').map((a) => [a.type, locale]),
    );
  });

  // Handed in with an account, the customer was never told as whom the bot knows them.
  test.each([
    { locale: 'zh-CN' as const, intent: 'orders', said: '已登录 138****0005' },
    { locale: 'en-US' as const, intent: 'enable', said: 'logged in as 138****0005' },
  ])('a hand-in with an account ($locale, $intent) says first which account, its number masked', async ({ locale, intent, said }) => {
    const customer = h.customer();
    const answer = await h.agent('POST', '/api/agent/handoffs', { json: { conversation: referenceOf(customer), intent, accountId: 'acct_005', locale } });
    expect(answer.status).toBe(201);
    await waitForActivity(customer, (a) => a.type === 'message' && a.inputHint === 'expectingInput');
    const [first] = messages(customer.activities);
    expect(first.text).toBe(introOf(locale, intent, '138****0005'));
    expect(first.text).toContain(introOf(locale, intent));
    expect(first.text).toContain(said);
    expect(customer.activities.map((a) => a.text ?? '').join('\n')).not.toContain('13800000005');
  });

  test.each(HANDED_IN_INTENTS.filter((intent) => intent !== 'enable'))(
    'without an account too, a hand-in of %s first says the agent asked the bot to help',
    async (intent) => {
      const customer = h.customer();
      expect(await h.agent('POST', '/api/agent/handoffs', { json: { conversation: referenceOf(customer), intent } })).toMatchObject({ status: 201 });
      await waitForActivity(customer, (a) => a.type === 'message' && a.inputHint === 'expectingInput');
      expect(messages(customer.activities)[0]?.text).toBe(introOf('zh-CN', intent));
    },
  );

  test('every intent a hand-in takes has its line of why in both languages', () => {
    expect(HANDED_IN_INTENTS).toEqual(expect.arrayContaining(['orders', 'return', 'pay', 'enable', 'status', 'help']));
    for (const intent of HANDED_IN_INTENTS) {
      for (const locale of ['zh-CN', 'en-US'] as const) expect(handInIntro(locale, intent)).toMatchObject({ locale, text: expect.any(String) });
    }
  });

  test('without an account the customer is asked to log in, in the locale of their channel', async () => {
    const customer = h.customer();
    const reference = { ...referenceOf(customer), locale: 'en-US' };
    const answer = await h.agent('POST', '/api/agent/handoffs', { json: { conversation: reference, intent: 'enable' } });
    expect(answer).toMatchObject({ status: 201, body: { locale: 'en-US', step: 'login', statePath: 'flow.onboarding.login.awaitingPhone' } });
    // A line of why first (the agent asked for it), then the question the customer answers.
    const opening = await waitForActivity(customer, (a) => a.type === 'message' && a.inputHint === 'expectingInput');
    expect(opening).toMatchObject({ locale: 'en-US' });
  });

  test.each([
    { given: 'en-GB', locale: 'en-US' },
    { given: 'zh-Hans-CN', locale: 'zh-CN' },
  ])('a locale the bot speaks in another form ($given) is taken as the one it speaks ($locale)', async ({ given, locale }) => {
    const customer = h.customer();
    const answer = await h.agent('POST', '/api/agent/handoffs', { json: { conversation: referenceOf(customer), intent: 'help', locale: given } });
    expect(answer).toMatchObject({ status: 201, body: { locale } });
    expect(await waitForActivity(customer, (a) => a.type === 'message')).toMatchObject({ locale });
  });

  test('an account the backend does not know is refused (422) and leaves nothing behind', async () => {
    const customer = h.customer();
    const refused = await h.agent('POST', '/api/agent/handoffs', {
      json: { conversation: referenceOf(customer), intent: 'enable', accountId: 'acct_nobody' },
    });
    expect(refused).toMatchObject({ status: 422, body: { code: 'unknown_account' } });
    expect(customer.activities).toEqual([]);
    const retried = await h.agent('POST', '/api/agent/handoffs', { json: { conversation: referenceOf(customer), intent: 'enable' } });
    expect(retried.status).toBe(201);
  });

  test('a handoff whose channel cannot be reached is 502 and leaves nothing behind: the agent can try again', async () => {
    const customer = h.customer();
    const unreachable = { ...referenceOf(customer), serviceUrl: 'http://127.0.0.1:9/' };
    const handIn = (conversation: object, note: string) => ({ conversation, intent: 'enable', accountId: 'acct_004', note });
    const failed = await h.agent('POST', '/api/agent/handoffs', { json: handIn(unreachable, 'first try') });
    expect(failed).toMatchObject({ status: 502, body: { code: 'channel_unreachable' } });
    const retried = await h.agent('POST', '/api/agent/handoffs', { json: handIn(referenceOf(customer), 'second try') });
    expect(retried).toMatchObject({ status: 201, body: { step: 'terms' } });
    // Not even the failed try's note is kept: the transcript starts with the retry.
    const transcript = await h.agent('GET', `/api/agent/conversations/${encodeURIComponent(customer.id)}/transcript`);
    const notes = (transcript.body as Array<{ type: string; value?: unknown }>).filter((a) => a.type === 'trace').map((a) => a.value);
    expect(notes).toEqual(['second try']);
  });

  test('a failed hand-in with an account leaves the account with its earlier conversation: backend events still reach the customer there', async () => {
    const earlier = h.customer();
    await h.login(earlier, '13800000001');
    const handedIn = h.customer();
    const unreachable = { ...referenceOf(handedIn), serviceUrl: 'http://127.0.0.1:9/' };
    const failed = await h.agent('POST', '/api/agent/handoffs', { json: { conversation: unreachable, intent: 'enable', accountId: 'acct_001' } });
    expect(failed).toMatchObject({ status: 502, body: { code: 'channel_unreachable' } });

    h.mock.mock.state.activatePlus('acct_001');
    const seen = earlier.activities.length;
    const event = await h.sendEvent(backendEvent('plus.activated', 'acct_001'));
    expect(event).toMatchObject({ status: 200, body: { status: 'delivered', conversationId: earlier.id } });
    await waitForActivity(earlier, (a) => linksOf([a]).some((link) => link.includes('/shop/real-name')), { from: seen });
  });

  test('a failed hand-in with an account no conversation had leaves the account without one', async () => {
    const customer = h.customer();
    const unreachable = { ...referenceOf(customer), serviceUrl: 'http://127.0.0.1:9/' };
    const failed = await h.agent('POST', '/api/agent/handoffs', { json: { conversation: unreachable, intent: 'enable', accountId: 'acct_002' } });
    expect(failed).toMatchObject({ status: 502, body: { code: 'channel_unreachable' } });

    // The same conversation comes back by itself, not logged in: the account's events are not its business.
    await customer.say('你好');
    const event = await h.sendEvent(backendEvent('realName.verified', 'acct_002'));
    expect(event).toMatchObject({ status: 202, body: { status: 'no_conversation' } });
  });

  // "who is this? I didn't ask for anything" after a hand-in of "pay" was read as the status: "To check your progress,
  // please log in first", and after the login the status card, not the payment.
  test.each([
    { locale: 'en-US' as const, confused: "who is this? I didn't ask for anything", phone: '13800000005' },
    { locale: 'zh-CN' as const, confused: '你是谁？我没找你啊', phone: '13800000005' },
  ])('a customer confused by a hand-in ($locale) hears customer service asked the bot to help, and the task is kept', async ({ locale, confused, phone }) => {
    const catalog = catalogs[locale];
    const customer = h.customer({ locale });
    expect(await h.agent('POST', '/api/agent/handoffs', { json: { conversation: referenceOf(customer), intent: 'pay', locale } })).toMatchObject({ status: 201 });
    await waitForActivity(customer, (a) => a.type === 'message' && a.inputHint === 'expectingInput');
    const told = messages((await customer.say(confused)).activities).map((a) => a.text ?? '');
    expect(told[0]).toContain(introOf(locale, 'pay'));
    expect(told.join('\n')).not.toContain(catalog['notice.statusNeedsLogin']);
    // Still logging in for the payment: after the code, the orders to pay, not the status card.
    await customer.say(phone);
    const after = messages((await customer.say(OTP)).activities);
    expect(after.at(-1)?.text).toContain(catalog['orders.pick.pay']);
  });

  test('a customer who started the chat and asks who this is hears only what the bot is', async () => {
    const customer = h.customer({ locale: 'en-US' });
    await customer.say('hi');
    const told = messages((await customer.say('who is this?')).activities).map((a) => a.text);
    expect(told[0]).toBe(catalogs['en-US']['topic.whoAsked']);
  });

  // Persona 6's only order paid, a hand-in of "return" said only "Nothing needs your attention right now" under the list.
  test.each([
    { locale: 'en-US' as const, catalog: catalogs['en-US'] },
    { locale: 'zh-CN' as const, catalog: catalogs['zh-CN'] },
  ])('a hand-in of a return with no order to return says ($locale) none can be returned here and why, offering a person', async ({ locale, catalog }) => {
    h.mock.mock.state.moveOrder('acct_006', 'JD6001', 'confirmReceipt');
    const customer = h.customer();
    const answer = await h.agent('POST', '/api/agent/handoffs', { json: { conversation: referenceOf(customer), intent: 'return', accountId: 'acct_006', locale } });
    expect(answer).toMatchObject({ status: 201, body: { step: 'purchase' } });
    const last = await waitForActivity(customer, (a) => a.type === 'message' && a.inputHint === 'expectingInput');
    await settle();
    const texts = messages(customer.activities).map((a) => a.text);
    expect(texts.slice(0, 2)).toEqual([introOf(locale, 'return', '138****0006'), catalog['topic.nothingToReturn']]);
    expect(last.suggestedActions?.actions.map((a) => a.title)).toContain(catalog['intent.human']);
  });

  test('nothing logged or kept in a transcript holds an unmasked phone or ID number', () => h.expectNothingUnmasked());

  test('a conversation the bot already has is refused (409): the agent releases it instead', async () => {
    const customer = h.customer();
    await customer.say('你好');
    const refused = await h.agent('POST', '/api/agent/handoffs', { json: { conversation: referenceOf(customer), intent: 'enable' } });
    expect(refused).toMatchObject({ status: 409, body: { code: 'conversation_known' } });
  });
});

// With an App ID the bot sends its Bot Framework token to the serviceUrl: an agent cannot point it anywhere.
describe('a hand-in when the bot has an App ID', () => {
  const h = useHarness({ MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' });

  test.each([
    'http://127.0.0.1:9/',
    'https://attacker.example/',
    'http://smba.trafficmanager.net/emea/',
    // Anyone can register a name under trafficmanager.net: only Teams' own host is a channel.
    'https://attacker.trafficmanager.net/',
    'https://smba.trafficmanager.net.attacker.example/amer/',
    'https://smba.trafficmanager.net@attacker.example/amer/',
    'https://attackerbotframework.com/',
  ])(
    'a serviceUrl %s that is no Bot Framework channel\'s is refused (400) and nothing is stored',
    async (serviceUrl) => {
      const customer = h.customer();
      const answer = await h.agent('POST', '/api/agent/handoffs', {
        json: { conversation: { ...referenceOf(customer), serviceUrl }, intent: 'enable' },
      });
      expect(answer).toMatchObject({ status: 400, body: { code: 'untrusted_service_url' } });
      expect((await h.agent('GET', `/api/agent/conversations/${customer.id}/transcript`)).status).toBe(404);
    },
  );
});

test.each([
  ['https://smba.trafficmanager.net/amer/', true],
  ['https://smba.trafficmanager.net/emea/', true],
  ['https://SMBA.TrafficManager.net/apac/', true],
  ['https://europe.webchat.botframework.com/', true],
  ['https://directline.botframework.azure.us/', true],
  ['https://canary.teams.microsoft.com/', true],
  ['https://attacker.trafficmanager.net/', false],
  ['https://trafficmanager.net/', false],
  ['https://botframework.com.attacker.example/', false],
])('serviceUrl %s is a Bot Framework channel\'s: %s', (serviceUrl, expected) => {
  expect(isChannelServiceUrl(serviceUrl)).toBe(expected);
});
