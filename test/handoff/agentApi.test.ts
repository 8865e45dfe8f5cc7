// The agent API's HTTP edge: bearer token checked on every route, bodies validated with a reason, unknown conversations 404,
// conversations the bot owns 409, and the whole API disabled (503, said at start) without AGENT_API_TOKEN.
import { AGENT_TOKEN, referenceOf, startHarness, useHarness } from './harness';

describe('the agent API edge', () => {
  const h = useHarness();
  let conversationId: string;

  beforeAll(async () => {
    // One conversation the bot owns (never handed to an agent).
    const customer = h.customer();
    await customer.say('你好');
    conversationId = customer.id;
  });

  const routes = (id: string): Array<[string, string, unknown?]> => [
    ['GET', '/api/agent/conversations'],
    ['GET', `/api/agent/conversations/${id}/messages`],
    ['POST', `/api/agent/conversations/${id}/messages`, { text: 'hi' }],
    ['POST', `/api/agent/conversations/${id}/release`, {}],
    ['GET', `/api/agent/conversations/${id}/transcript`],
    ['POST', '/api/agent/handoffs', {}],
  ];

  test.each([
    { what: 'no token', token: null },
    { what: 'a wrong token of the same length', token: 'agent-token-for-tesTS' },
    { what: 'a wrong token of another length', token: 'x' },
  ])('every route answers 401 with $what', async ({ token }) => {
    for (const [method, path, json] of routes(conversationId)) {
      const answer = await h.agent(method, path, { token, json });
      expect({ path, method, status: answer.status, code: answer.body?.code }).toEqual({ path, method, status: 401, code: 'unauthorized' });
    }
  });

  test('a trailing slash names the same route (GET /api/agent/conversations/ was a 405)', async () => {
    const listed = await h.agent('GET', '/api/agent/conversations/');
    expect(listed).toMatchObject({ status: 200, body: { conversations: expect.any(Array) } });
    const transcript = await h.agent('GET', `/api/agent/conversations/${conversationId}/transcript/`);
    expect(transcript.status).toBe(200);
  });

  test('a conversation the bot has never seen is 404 on every conversation route', async () => {
    for (const [method, path, json] of routes('no-such-conversation').slice(1, 5)) {
      const answer = await h.agent(method, path, { json });
      expect({ path, status: answer.status, code: answer.body?.code }).toEqual({ path, status: 404, code: 'unknown_conversation' });
    }
  });

  test('messages and release on a conversation the bot owns are 409: nothing was handed to an agent', async () => {
    for (const [method, path, json] of routes(conversationId).slice(1, 4)) {
      const answer = await h.agent(method, path, { json });
      expect({ path, status: answer.status, code: answer.body?.code }).toEqual({ path, status: 409, code: 'not_with_agent' });
    }
  });

  test.each([
    { route: 'messages', body: {}, reason: 'text' },
    { route: 'messages', body: { text: '   ' }, reason: 'text' },
    { route: 'messages', body: { text: 'hi', from: 'me' }, reason: 'from' },
    { route: 'release', body: { intent: 'fly' }, reason: 'intent' },
    { route: 'release', body: { note: 42 }, reason: 'note' },
  ])('a $route body like $body is 400 naming "$reason"', async ({ route, body, reason }) => {
    const answer = await h.agent('POST', `/api/agent/conversations/${conversationId}/${route}`, { json: body });
    expect(answer).toMatchObject({ status: 400, body: { code: 'invalid_request', message: expect.stringContaining(reason) } });
  });

  // restify answered a malformed body itself ({"code":"InvalidContent"}), before the token was even looked at.
  test.each(['handoffs', 'conversations/{id}/messages', 'conversations/{id}/release'])(
    'a body that is not JSON to %s is 400 invalid_request, and 401 first without the token',
    async (route) => {
      const path = `/api/agent/${route.replace('{id}', encodeURIComponent(conversationId))}`;
      const post = (authorization?: string) =>
        fetch(`${h.bot.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: '{bad',
        });
      const signedIn = await post(`Bearer ${AGENT_TOKEN}`);
      expect(signedIn.status).toBe(400);
      expect(await signedIn.json()).toEqual({ code: 'invalid_request', message: 'the body is not JSON' });
      const anonymous = await post();
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ code: 'unauthorized' });
    },
  );

  // `curl -d 'text=hi'` (a form) was read as fields and delivered to the customer, while /api/messages answers 415.
  test.each([
    { route: 'conversations/{id}/messages', type: 'application/x-www-form-urlencoded', body: 'text=hi' },
    { route: 'conversations/{id}/release', type: 'application/x-www-form-urlencoded', body: 'intent=orders' },
    { route: 'handoffs', type: 'text/plain', body: '{"intent":"enable"}' },
  ])('a body sent as $type to $route is 415 with the reason, nothing done, and 401 first without the token', async ({ route, type, body }) => {
    const customer = h.customer();
    await customer.say('转人工');
    const seen = customer.activities.length;
    const path = `/api/agent/${route.replace('{id}', encodeURIComponent(customer.id))}`;
    const post = (authorization?: string) =>
      fetch(`${h.bot.url}${path}`, { method: 'POST', headers: { 'content-type': type, ...(authorization ? { authorization } : {}) }, body });
    const signedIn = await post(`Bearer ${AGENT_TOKEN}`);
    expect(signedIn.status).toBe(415);
    expect(await signedIn.json()).toEqual({ code: 'unsupported_media_type', message: expect.stringMatching(`JSON.*not ${type}`) });
    const anonymous = await post();
    expect(anonymous.status).toBe(401);
    // Nothing reached the customer, who still waits for an agent.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(customer.activities).toHaveLength(seen);
    expect(await h.agent('GET', `/api/agent/conversations/${encodeURIComponent(customer.id)}/messages`)).toMatchObject({ status: 200, body: { status: 'waiting' } });
    // The customer takes the request back: the queue is left as it was.
    await customer.say('取消');
  });

  // A refused agent request left nothing in the log: one line now, with what was refused and why, never the body.
  test('a refused agent request is logged once with its method, path, status and reason, not its body', async () => {
    const before = h.logLines.length;
    const answer = await fetch(`${h.bot.url}/api/agent/conversations/unknown/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${AGENT_TOKEN}`, 'content-type': 'application/json' },
      body: '{"text": "call 13800000005",',
    });
    expect(answer.status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = h.logLines.slice(before).map((l) => JSON.parse(l)).filter((l) => l.msg === 'request refused');
    expect(lines).toEqual([
      expect.objectContaining({ method: 'POST', path: '/api/agent/conversations/unknown/messages', status: 400, reason: 'invalid_request: the body is not JSON' }),
    ]);
    expect(h.logLines.slice(before).join('\n')).not.toContain('call 138');
  });

  test('a bare release (no body) labelled as a form is no body to misread: not 415', async () => {
    const answer = await fetch(`${h.bot.url}/api/agent/conversations/unknown-conversation/release`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${AGENT_TOKEN}` },
    });
    expect(answer.status).toBe(404);
  });

  // A reference's extra fields are kept (passthrough) and later masked recursively: deep enough, that overflowed the stack.
  test('a handoff whose reference nests 12,000 levels deep (24 KB) is 400 and nothing is stored', async () => {
    const customer = h.customer();
    const reference = { ...referenceOf(customer), channelData: '<deep>' };
    const body = JSON.stringify({ conversation: reference, intent: 'enable' }).replace('"<deep>"', `${'['.repeat(12_000)}${']'.repeat(12_000)}`);
    const answer = await fetch(`${h.bot.url}/api/agent/handoffs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${AGENT_TOKEN}`, 'content-type': 'application/json' },
      body,
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('levels deep') });
    expect((await h.agent('GET', `/api/agent/conversations/${customer.id}/transcript`)).status).toBe(404);
  });

  test.each([
    { what: 'no conversation', body: (_: Record<string, unknown>) => ({ intent: 'enable' }), reason: 'conversation' },
    { what: 'no intent', body: (ref: Record<string, unknown>) => ({ conversation: ref }), reason: 'intent' },
    { what: 'an unknown intent', body: (ref: Record<string, unknown>) => ({ conversation: ref, intent: 'fly' }), reason: 'intent' },
    { what: 'a serviceUrl that is not http', body: (ref: Record<string, unknown>) => ({ conversation: { ...ref, serviceUrl: 'file:///etc/passwd' }, intent: 'enable' }), reason: 'serviceUrl' },
    { what: 'no user in the reference', body: (ref: Record<string, unknown>) => ({ conversation: { ...ref, user: undefined }, intent: 'enable' }), reason: 'user' },
  ])('a handoff with $what is 400 naming "$reason"', async ({ body, reason }) => {
    const answer = await h.agent('POST', '/api/agent/handoffs', { json: body(referenceOf(h.customer())) });
    expect(answer).toMatchObject({ status: 400, body: { code: 'invalid_request', message: expect.stringContaining(reason) } });
  });

  // "human" handed the new customer straight to a person, "cancel" opened with "好的，已取消。": a hand-in takes the
  // intents a release takes, and a locale the bot speaks (an unknown one became zh-CN without a word).
  test.each([
    { what: 'intent "human"', fields: { intent: 'human' }, reason: ['intent', 'human'] },
    { what: 'intent "cancel"', fields: { intent: 'cancel' }, reason: ['intent', 'cancel'] },
    { what: 'intent "restart"', fields: { intent: 'restart' }, reason: ['intent', 'restart'] },
    { what: 'intent "affirm"', fields: { intent: 'affirm' }, reason: ['intent', 'affirm'] },
    { what: 'intent "deny"', fields: { intent: 'deny' }, reason: ['intent', 'deny'] },
    { what: 'intent "thanks"', fields: { intent: 'thanks' }, reason: ['intent', 'thanks'] },
    { what: 'locale "xx"', fields: { intent: 'enable', locale: 'xx' }, reason: ['locale', 'xx'] },
    { what: 'locale "fr-FR"', fields: { intent: 'enable', locale: 'fr-FR' }, reason: ['locale', 'fr-FR'] },
  ])('a handoff with $what is 400 with the reason, and nothing is stored or sent', async ({ fields, reason }) => {
    const customer = h.customer();
    const answer = await h.agent('POST', '/api/agent/handoffs', { json: { conversation: referenceOf(customer), ...fields } });
    expect(answer).toMatchObject({ status: 400, body: { code: 'invalid_request' } });
    for (const part of reason) expect(answer.body.message).toContain(part);
    // The same words as a release's refusal of the intent, or the locales the bot speaks.
    expect(answer.body.message).toMatch(/is not for a hand-in: |zh-CN.*en-US/);
    expect(customer.activities).toEqual([]);
    expect((await h.agent('GET', `/api/agent/conversations/${customer.id}/transcript`)).status).toBe(404);
  });

  // An unknown intent was told every intent, those a release refuses (human, cancel, …) among them.
  test('an unknown intent on a release or a hand-in is told only the intents each accepts', async () => {
    const release = await h.agent('POST', `/api/agent/conversations/${conversationId}/release`, { json: { intent: 'fly' } });
    const handIn = await h.agent('POST', '/api/agent/handoffs', { json: { conversation: referenceOf(h.customer()), intent: 'fly' } });
    for (const answer of [release, handIn]) {
      expect(answer).toMatchObject({ status: 400, body: { code: 'invalid_request' } });
      const listed = answer.body.message as string;
      expect(listed).toContain('fly');
      for (const accepted of ['enable', 'status', 'orders', 'help']) expect(listed).toContain(accepted);
      for (const refused of ['human', 'cancel', 'restart', 'affirm', 'deny', 'greeting', 'out_of_scope']) expect(listed).not.toMatch(new RegExp(`\\b${refused}\\b`));
    }
  });

  test('a release names the intents it refuses in the same way', async () => {
    const answer = await h.agent('POST', `/api/agent/conversations/${conversationId}/release`, { json: { intent: 'human' } });
    expect(answer).toMatchObject({ status: 400, body: { code: 'invalid_request', message: expect.stringContaining('human is not for a release: ') } });
  });

  test('the queue is empty when nobody waits for an agent', async () => {
    expect(await h.agent('GET', '/api/agent/conversations')).toMatchObject({ status: 200, body: { conversations: [] } });
  });
});

describe('without AGENT_API_TOKEN', () => {
  test('the agent API is disabled: every route answers 503 with the reason, said once at start', async () => {
    const h = await startHarness({ AGENT_API_TOKEN: '' });
    try {
      for (const path of ['/api/agent/conversations', '/api/agent/conversations/x/transcript']) {
        expect(await h.agent('GET', path)).toMatchObject({ status: 503, body: { code: 'agent_api_disabled' } });
      }
      expect(await h.agent('POST', '/api/agent/handoffs', { json: {} })).toMatchObject({ status: 503 });
      expect(h.logLines.filter((l) => l.includes('agent API disabled'))).toHaveLength(1);
    } finally {
      await h.close();
    }
  });
});
