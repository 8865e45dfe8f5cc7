// One account in several conversations (the phone's chat and the computer's): the shop's notice that a step is done
// reaches every conversation waiting at that step, not only the latest login.
import { randomUUID } from 'node:crypto';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { ID_NUMBER, linksOf, OTP, settle, submitShopPage, useHarness, waitForActivity } from './harness';

const realNameVerified = (accountId: string) => ({ eventId: randomUUID(), type: 'realName.verified', accountId, occurredAt: new Date().toISOString() });

describe('a customer logged in in two conversations', () => {
  const h = useHarness();

  // QA: A waited at the real-name step, B logged in as the same account and verified; the notice reached only B, and A
  // still showed the link to "?" and "你好".
  test('verifying from the newer one takes the older one on too', async () => {
    const older = h.customer();
    const [link] = linksOf(await h.login(older, '13800000002'));
    const newer = h.customer();
    await h.login(newer, '13800000002');
    const seen = { older: older.activities.length, newer: newer.activities.length };

    await submitShopPage(h, link, { accountId: 'acct_002', name: '张三', idNumber: ID_NUMBER });
    const done = (a: { text?: string }) => (a.text ?? '').includes(zhCN['notice.stepDone.realName']);
    await waitForActivity(newer, done, { from: seen.newer });
    await waitForActivity(older, done, { from: seen.older });

    const after = older.activities.length;
    const answer = messagesText(await older.say('你好'));
    expect(answer).not.toContain('/shop/real-name');
    expect(older.activities.length).toBeGreaterThan(after);
  });

  test('the webhook answers with every conversation it continued, the latest first', async () => {
    const older = h.customer();
    await h.login(older, '13800000002');
    const newer = h.customer();
    await h.login(newer, '13800000002');
    h.mock.mock.state.verifyRealName('acct_002');
    const answer = await h.sendEvent(realNameVerified('acct_002'));
    expect(answer).toMatchObject({ status: 200, body: { status: 'delivered', conversationId: newer.id } });
    expect(answer.body.conversationIds.slice(0, 2)).toEqual([newer.id, older.id]);
  });

  test('a conversation logged in as another account since is left alone, even at the same step', async () => {
    const switched = h.customer();
    await h.login(switched, '13800000002');
    // Another account, at the real-name step too.
    h.mock.mock.state.activatePlus('acct_001');
    await switched.say('13800000001');
    const realNameStep = (await switched.say(OTP)).activities;
    expect(linksOf(realNameStep)[0]).toContain('/shop/real-name?account=acct_001');
    const waiting = h.customer();
    await h.login(waiting, '13800000002');
    const seen = switched.activities.length;

    h.mock.mock.state.verifyRealName('acct_002');
    const answer = await h.sendEvent(realNameVerified('acct_002'));
    expect(answer.body.conversationIds).toContain(waiting.id);
    expect(answer.body.conversationIds).not.toContain(switched.id);
    await settle(200);
    expect(switched.activities).toHaveLength(seen);
  });
});

const messagesText = (turn: { activities: Array<{ text?: string; suggestedActions?: { actions: Array<{ value?: unknown }> } }> }) =>
  turn.activities.map((a) => `${a.text ?? ''} ${(a.suggestedActions?.actions ?? []).map((b) => String(b.value)).join(' ')}`).join('\n');
