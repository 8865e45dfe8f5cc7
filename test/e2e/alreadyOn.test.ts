// Asked to turn pay-later on when it is on already: the customer hears it is on, with the limit and what to do next, and
// no "it is on 🎉" as if it had just been turned on.
import { catalogs } from '../../dialogs/messages';
import { logIn, useE2e } from './harness';

const h = useE2e();

describe('an account that has pay-later on asks to turn it on', () => {
  // Before the login the orders are unknown: the status card (with what is owed) follows the line.
  test.each([
    { locale: 'en-US', ask: 'turn it on' },
    { locale: 'zh-CN', ask: '开通先用后付' },
  ] as const)('($locale) "$ask" before the login: it is on already, then the card with the limit; no "it is on 🎉"', async ({ locale, ask }) => {
    const t = catalogs[locale];
    await h().reset(locale);
    await h().say(ask);
    await logIn(h(), '13800000005');
    expect(await h().state()).toBe('flow.onboarding.enabled');
    expect(h().replies[0].text).toBe(t['notice.payLaterAlreadyOn']);
    expect(h().text).toContain('5,000.00');
    expect(h().text).not.toContain(t['prompt.enabled']);
  });

  // The prober's case: "Use first, pay later is on 🎉 Your limit: ¥5,000.00." as if just turned on.
  test.each([
    { locale: 'en-US', orders: 'my orders', ask: 'turn it on' },
    { locale: 'zh-CN', orders: '我的订单', ask: '开通先用后付' },
  ] as const)('($locale) "$ask" once logged in: it is on already, the limit, and the orders to pay offered', async ({ locale, orders, ask }) => {
    const t = catalogs[locale];
    await h().reset(locale);
    await h().say(orders);
    await logIn(h(), '13800000005');
    await h().say(ask);
    expect(await h().state()).toBe('flow.onboarding.enabled');
    expect(h().text).toContain(t['notice.payLaterAlreadyOn']);
    expect(h().text).toContain(t['prompt.enabled.limit'].replace('{limit}', '¥5,000.00'));
    expect(h().text).toContain(t['prompt.enabled.owed']);
    expect(h().text).not.toContain('🎉');
    expect(h().buttons).toEqual([t['intent.orders'], t['button.howToUse']]);
  });

  test('asked again where it was just said to be on: said again, with the limit', async () => {
    const t = catalogs['en-US'];
    await h().reset('en-US');
    await h().say('my orders');
    await logIn(h(), '13800000005');
    await h().say('turn it on');
    await h().say('turn it on please');
    expect(await h().state()).toBe('flow.onboarding.enabled');
    expect(h().text).toContain(t['notice.payLaterAlreadyOn']);
    expect(h().text).toContain(t['prompt.enabled.limit'].replace('{limit}', '¥5,000.00'));
    expect(h().text).not.toContain('🎉');
  });

  test('turned on at the terms, it is celebrated as before', async () => {
    const t = catalogs['en-US'];
    await h().reset('en-US');
    await h().say('turn it on');
    await logIn(h(), '13800000004');
    await h().say('yes');
    expect(await h().state()).toBe('flow.onboarding.enabled');
    expect(h().text).toContain(t['prompt.enabled']);
    expect(h().text).not.toContain(t['notice.payLaterAlreadyOn']);
  });

  test('the status asked before the login: the card alone says it, no "already on" line', async () => {
    await h().reset('en-US');
    await h().say('check my status');
    await logIn(h(), '13800000005');
    expect(h().text).not.toContain(catalogs['en-US']['notice.payLaterAlreadyOn']);
    expect(h().text).toContain('5,000.00');
  });
});
