// A QA round: PLUS said done once the chat had moved on to real-name, goods not wanted before the login, goods received
// with a word of praise.
import { logIn, useE2e } from './harness';

const h = useE2e();
const REAL_NAME = 'flow.onboarding.awaitingRealName';

// It got «抱歉，我这边还没看到实名认证完成…»: the customer never said they were verified.
test.each(['我开通好了', 'PLUS开好了', 'done, I paid for plus'])('%j at the real-name step (PLUS just bought): PLUS is active, real-name is next', async (text) => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000001');
  await h().submitShopPage(h().link('去开通PLUS会员'), { accountId: 'acct_001' });
  await h().click('我已开通好了');
  expect(await h().state()).toBe(REAL_NAME);
  await h().say(text);
  expect(await h().state()).toBe(REAL_NAME);
  expect(h().text).toMatch(/PLUS会员已经生效了|PLUS membership is already active/);
  expect(h().text).not.toMatch(/还没看到实名认证完成|can't see your verification/);
  expect(h().buttonEvents).not.toContain('HUMAN');
});

test('a bare "好了" at the real-name step is still checked as real-name done', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000001');
  await h().submitShopPage(h().link('去开通PLUS会员'), { accountId: 'acct_001' });
  await h().click('我已开通好了');
  await h().say('好了');
  expect(h().text).toContain('还没看到实名认证完成');
});

// It got a clarifying question; "我要退耳机" went to the login, then the return.
test.each(['电饭煲不想要了', '电饭煲我不想要了'])('%j before the login: logging in for the return, then the rice cooker\'s return', async (text) => {
  await h().say(text);
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  await logIn(h(), '13800000005');
  expect(await h().state()).toMatch(/^flow\.purchase\.(?:awaitingReturnReason|confirmingReturn)$/);
  expect(h().text).toContain('电饭煲');
});

// It got a clarifying question; "耳机收到了" alone asks to confirm and pay.
test.each(['耳机收到了 挺好的', '耳机收到了，很满意', '耳机收到了 不错'])('%j logged in: the earbuds\' receipt and payment to confirm', async (text) => {
  await h().say('我的开通进度');
  await logIn(h(), '13800000005');
  await h().say(text);
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
  expect(h().text).toContain('Wireless earbuds');
});
