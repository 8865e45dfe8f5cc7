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

  test('a form post', async () => {
    const answer = await h().post('type=message', 'application/x-www-form-urlencoded');
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });
});

describe('POST /api/messages accepts', () => {
  test('a well-formed activity, and the bot still answers normally after the bad ones', async () => {
    expect((await h().post('{')).status).toBe(400);
    await h().say('开通');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  });

  // (An unreachable serviceUrl is not tested here: the connector retries it for about ten seconds.)
  test('an activity for a conversation its channel refuses to deliver to: no 5xx, so the channel does not resend it', async () => {
    const answer = await h().post(JSON.stringify(h().activity({ conversation: { id: 'closed-on-the-channel' }, text: '开通' })));
    expect(answer.status).toBeLessThan(500);
  });
});
