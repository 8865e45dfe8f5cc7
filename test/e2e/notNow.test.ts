// "No" to a question the bot asks when nothing is pending: what else, or goodbye; never the same question again, and
// never "not enabling then" to a customer who has pay-later on.
import { logIn, useE2e } from './harness';

const h = useE2e();

test('"不用了" to "want to see how it works?" after enabling moves on; "没有了" to "anything else?" says goodbye', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000004');
  await h().click('同意并开通');
  expect(await h().state()).toBe('flow.onboarding.enabled');
  await h().say('不用了');
  expect(await h().state()).toBe('flow.purchase.menu');
  expect(h().text).not.toContain('已经开通了 🎉');

  await h().say('取消');
  expect(await h().state()).toBe('flow.welcome');
  expect(h().text).toContain('还有什么可以帮你的');
  await h().say('没有了');
  expect(h().text).toContain('再见');
  expect(h().text).not.toContain('先不开通');
});
