// A QA re-probe at the shop-page steps: "not yet" cancelled the onboarding (and the PLUS bought after it moved nothing on),
// PLUS said paid for was pointed at buying it again, "每个月要交钱吗" got pay-later's fees alone, "先用后付在哪里" the login.
import { logIn, useE2e, VALID_ID_NUMBER } from './harness';

const h = useE2e();
const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';

test('"还没有" at the PLUS step keeps it, no hurry; PLUS bought afterwards on the shop page, the step goes on', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000001');
  const shop = h().link('去开通PLUS会员');
  for (const text of ['还没有', '还没弄好 等会儿', '还没买']) {
    await h().say(text);
    expect(await h().state()).toBe(PLUS);
    expect(h().text).not.toMatch(/先不开通|不着急办/);
    expect(h().text).toContain('点「我已开通好了」');
    expect(h().buttons).toEqual(['去开通PLUS会员', '我已开通好了', '暂不开通']);
  }
  await h().submitShopPage(shop, { accountId: 'acct_001' });
  await h().click('我已开通好了');
  expect(await h().state()).toBe(REAL_NAME);
});

test('"还没弄好" at real-name verification keeps it; verified afterwards, the terms come', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000002');
  const page = h().link('去实名认证');
  await h().say('还没弄好');
  expect(await h().state()).toBe(REAL_NAME);
  expect(h().text).toContain('点「我已认证好了」');
  await h().submitShopPage(page, { accountId: 'acct_002', name: '李四', idNumber: VALID_ID_NUMBER });
  await h().click('我已认证好了');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
});

test('"not yet" and "still working on it" keep an English customer\'s step too', async () => {
  await h().say('I want to enable pay later');
  await logIn(h(), '13800000001');
  for (const text of ['not yet', 'still working on it']) {
    await h().say(text);
    expect(await h().state()).toBe(PLUS);
    expect(h().text).toContain('Once PLUS is active');
  }
});

test('PLUS said paid for and not active yet: not seen yet, not to buy it again, a person offered; no button to buy it', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000001');
  await h().say('PLUS开了 扣了我99块钱 能退吗');
  expect(await h().state()).toBe(PLUS);
  // The refund asked is answered (the PLUS page's rules), then the recheck.
  expect(h().text).toContain('能不能退');
  expect(h().text).toContain('请先别再买一次');
  expect(h().text).not.toContain('点下面的「去开通PLUS会员」');
  expect(h().buttons).toEqual(['我已开通好了', '暂不开通', '转人工客服']);

  await h().say('I paid for it already');
  expect(h().text).toContain("don't buy it again");
});

test('"每个月要交钱吗" at the PLUS step is answered of PLUS and of pay-later, the step kept', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000001');
  await h().say('每个月要交钱吗');
  expect(await h().state()).toBe(PLUS);
  expect(h().text).toContain('PLUS会员：它是付费会员');
  expect(h().text).toContain('先用后付本身');
});

test('"先用后付在哪里" says where it shows and offers to check or turn it on; no login started', async () => {
  await h().say('先用后付在哪里');
  expect(await h().state()).toBe('flow.welcome');
  expect(h().text).toContain('结算页的支付方式');
  expect(h().text).toContain('支付管理');
  expect(h().buttons).toEqual(['登录帮我查', '开通先用后付']);
  await h().click('登录帮我查');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
});

test('"先用后付在哪里" with pay-later on: choose it at checkout', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000005');
  await h().say('先用后付在哪里');
  expect(await h().state()).toBe('flow.onboarding.enabled');
  expect(h().text).toContain('下单时在支付方式里选「先用后付」');
  expect(h().text).not.toContain('开通以后');
});
