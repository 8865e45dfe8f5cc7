// Over HTTP, a QA round: the step's question stays the open one, after a clarifying question and after a "why" said with a no.
import { logIn, OTP, useE2e } from './harness';

const h = useE2e();
const ENABLED = 'flow.onboarding.enabled';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const PLUS = 'flow.onboarding.awaitingPlus';

// "hmm" got a clarifying question, and "yes" under it brought the step back with "pay later is on 🎉" (as if just turned
// on) instead of the orders it had asked about; a plain "yes" showed them.
describe('pay-later already on, "shall we look at your orders first?"', () => {
  test.each([
    ['en-US', 'hmm', 'yes'],
    ['zh-CN', '呃', '好的'],
  ])('(%s) %j gets a clarifying question, and %j under it shows the orders', async (locale, unclear, yes) => {
    await h().reset(locale);
    await h().say(locale === 'en-US' ? 'hi' : '你好');
    await logIn(h(), '13800000005');
    expect(await h().state()).toBe(ENABLED);
    await h().say(unclear);
    expect(await h().state()).toBe('clarifying');

    await h().say(yes);
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(h().text).not.toMatch(/is on 🎉|已经开通了 🎉/);
    expect(h().text).toMatch(/Wireless earbuds/);
  });

  // A plain yes typed there pays (test/e2e/yesAfterMiss.test.ts): after a miss it only asked again, and a second one paid.
  test('a hesitant yes under a clarifying question at a payment still pays nothing', async () => {
    await h().click('我的订单');
    await logIn(h(), '13800000005');
    await h().click(/确认收货并付款 · Wireless earbuds/);
    await h().say('呃');
    expect(await h().state()).toBe('clarifying');
    await h().say('嗯...');
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).not.toBe('paid');
  });
});

// "nah i dont want to give my id online. why do you need it anyway?" was read as cancel: "OK, cancelled." and the menu,
// the question unanswered.
describe('why a shop-page step is needed, asked with a no', () => {
  test('at real-name verification (13800000002): answered, the step kept with its "Not now"', async () => {
    await h().reset('en-US');
    await h().say('turn it on');
    await logIn(h(), '13800000002');
    expect(await h().state()).toBe(REAL_NAME);
    const buttons = h().buttons;

    await h().say('nah i dont want to give my id online. why do you need it anyway?');
    expect(await h().state()).toBe(REAL_NAME);
    expect(h().text).toContain('pay later needs real-name verification');
    expect(h().text).not.toContain('cancelled');
    expect(h().buttons).toEqual(buttons);
    expect(h().buttons).toContain('Not now');

    // The no still stands when said: the step's "Not now".
    await h().click('Not now');
    expect(await h().state()).toBe('flow.welcome');
  });

  test('at real-name verification right after buying PLUS (13800000001), in English and in Chinese', async () => {
    for (const [locale, text, answer] of [
      ['en-US', 'nah i dont want to give my id online. why do you need it anyway?', 'pay later needs real-name verification'],
      ['zh-CN', '算了不想在网上给身份证 为什么一定要实名', '开通先用后付要先完成实名认证'],
    ]) {
      await h().reset(locale);
      await h().say(locale === 'en-US' ? 'turn it on' : '开通先用后付');
      await h().say('13800000001');
      await h().say(OTP);
      expect(await h().state()).toBe(PLUS);
      expect(await h().submitShopPage(h().link(/PLUS/), { accountId: 'acct_001' })).toBe(200);
      await h().click(locale === 'en-US' ? "I've done it" : '我已开通好了');
      expect(await h().state()).toBe(REAL_NAME);

      await h().say(text);
      expect(await h().state()).toBe(REAL_NAME);
      expect(h().text).toContain(answer);
      expect(h().buttonEvents).toEqual(['link', 'AFFIRM', 'DENY']);
    }
  });

  test('at the PLUS step: "nah why do i need plus anyway" gets why PLUS, the step kept', async () => {
    await h().reset('en-US');
    await h().say('turn it on');
    await logIn(h(), '13800000001');
    await h().say('nah why do i need plus anyway');
    expect(await h().state()).toBe(PLUS);
    expect(h().text).toContain('PLUS is the shop');
    expect(h().buttons).toContain('Not now');
  });
});
