// Logging in with another account mid-onboarding is a fresh start for that account, not the first one's step done.
import { logIn, useE2e } from './harness';

const h = useE2e();

test('sent to buy PLUS as 13800000001, then logged in as 13800000002 (a member all along): no "PLUS is active now", its next step', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000001');
  expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
  await logIn(h(), '13800000002');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  expect(h().text).not.toContain('PLUS会员已经生效');
  expect(h().link(/去实名认证/)).toContain('acct_002');
});
