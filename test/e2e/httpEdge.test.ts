// The bot's HTTP edge, as a careless or hostile client meets it: every bad request gets a 4xx with a reason, never a 5xx.
import { useE2e } from './harness';

const h = useE2e();

/** A 4xx whose JSON body names the problem. */
function expectRefusal(answer: { status: number; body: string }, status: number, reason: RegExp) {
  expect(answer.status).toBe(status);
  expect(JSON.parse(answer.body).message).toMatch(reason);
}

// Bodies that are no activity at all are here; an activity with one wrong field is in test/ops/hardening.test.ts.
describe('POST /api/messages refuses', () => {
  test('malformed JSON', async () => {
    expectRefusal(await h().post('{"type": "message",'), 400, /JSON/);
  });

  test('a huge body, before reading it all', async () => {
    expectRefusal(await h().post(JSON.stringify(h().activity({ text: 'x'.repeat(200_000) }))), 413, /size/i);
  });

  test.each([
    ['not an object', () => '[]', /body/],
    ['an empty body', () => '', /body/],
  ])('%s', async (_case, body, reason) => {
    expectRefusal(await h().post(body()), 400, reason);
  });

  // ~12,000 levels in 24 KB passed the checks and overflowed the stack in the transcript code (the generic error, and
  // the buffered transcript lines lost).
  test.each(['value', 'channelData', 'entities'])('an activity whose %s nests 12,000 levels deep', async (field) => {
    const deep = `${'['.repeat(12_000)}${']'.repeat(12_000)}`;
    const activity = JSON.stringify(h().activity({ [field]: '<deep>' })).replace('"<deep>"', deep);
    expectRefusal(await h().post(activity), 400, /levels deep/);
    await h().say('开通');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  });

  // "javascript:alert(1)" passed zod's url() check and the activity was taken (the replies would be posted there).
  test.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://127.0.0.1/bot'])('an activity whose serviceUrl is %s is 400', async (serviceUrl) => {
    expectRefusal(await h().post(JSON.stringify(h().activity({ serviceUrl, text: '开通' }))), 400, /serviceUrl must be an http:\/\/ or https:\/\/ address/);
  });

  // A form with every field an activity needs was parsed as one, and went through.
  test('a form post, even one with every field of an activity, is 415', async () => {
    const form = new URLSearchParams({ type: 'message', channelId: 'test', serviceUrl: 'http://127.0.0.1:1', text: '开通' });
    form.set('conversation[id]', 'form-conversation');
    form.set('from[id]', 'form-user');
    expectRefusal(await h().post(form.toString(), 'application/x-www-form-urlencoded'), 415, /JSON activity.*application\/json/);
  });

  // Both said "invalid activity: body: Expected object, received string".
  test.each([
    ['an empty body', '', 'application/json', 400],
    ['a text/plain body', JSON.stringify({ type: 'message' }), 'text/plain', 415],
  ])('%s is told the body must be a JSON activity', async (_case, body, contentType, status) => {
    const answer = await h().post(body, contentType);
    expectRefusal(answer, status, /must be a JSON activity \(Content-Type: application\/json\)/);
    expect(JSON.parse(answer.body).message).not.toMatch(/Expected object/);
  });
});

describe('POST /api/messages accepts', () => {
  test('a value nested as deep as allowed: 64 levels with the activity itself', async () => {
    const value = `${'{"a":'.repeat(62)}{}${'}'.repeat(62)}`;
    const activity = JSON.stringify(h().activity({ value: '<value>', text: '开通' })).replace('"<value>"', value);
    expect((await h().post(activity)).status).toBe(200);
  });


  test('a well-formed activity, and the bot still answers normally after the bad ones', async () => {
    expect((await h().post('{')).status).toBe(400);
    await h().say('开通');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  });

  // (An unreachable serviceUrl: test/ops/hardening.test.ts, "a channel that cannot be reached".)
  test('an activity for a conversation its channel refuses to deliver to: no 5xx, so the channel does not resend it', async () => {
    const answer = await h().post(JSON.stringify(h().activity({ conversation: { id: 'closed-on-the-channel' }, text: '开通' })));
    expect(answer.status).toBeLessThan(500);
  });
});
