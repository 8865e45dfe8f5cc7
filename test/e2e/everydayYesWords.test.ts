// Everyday ways of saying yes at a confirmation ("that's fine", "fine", "ok fine, go ahead", "可以的") consent as "yes"
// does; the same word with a goodbye or a "not now" beside it does not.
import { atOrderList, logIn, useE2e } from './harness';

const h = useE2e();

/** Persona 4 at the terms, in `locale`, asked for in its words. */
async function atTheTerms(locale: 'en-US' | 'zh-CN'): Promise<void> {
  await h().reset(locale);
  await h().say(locale === 'en-US' ? 'I want to turn on pay later' : '我要开通');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
}

const enabled = async () => (await h().account('13800000004')).payLater.enabled;

describe('at the terms', () => {
  // "that's fine" said goodbye, "ok fine, go ahead" had the terms asked again, "fine" was not understood.
  test.each(["that's fine", 'ok fine, go ahead', 'fine', 'fine by me', 'sounds good'])('%j turns pay-later on, as "yeah sure" does', async (text) => {
    await atTheTerms('en-US');
    await h().say(text);
    expect(await h().state()).toBe('flow.onboarding.enabled');
    expect(await enabled()).toBe(true);
    expect(h().text).not.toMatch(/bye|not sure what you mean/i);
  });

  test.each(['行吧', '可以的', '那就开吧', '没问题 开通吧'])('%j turns pay-later on', async (text) => {
    await atTheTerms('zh-CN');
    await h().say(text);
    expect(await h().state()).toBe('flow.onboarding.enabled');
    expect(await enabled()).toBe(true);
  });

  test.each(['fine, bye', "that's fine, not now", 'no thats fine'])('%j turns nothing on', async (text) => {
    await atTheTerms('en-US');
    await h().say(text);
    expect(await h().state()).not.toBe('flow.onboarding.enabled');
    expect(await enabled()).toBe(false);
  });
});

describe('at the other confirmations', () => {
  test.each(["that's fine", 'fine'])('%j at the earbuds\' payment pays', async (text) => {
    await atOrderList(h(), '13800000005', 'en-US');
    await h().click(/Confirm receipt & pay · Wireless earbuds/);
    await h().say(text);
    expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('paid');
  });

  test('"可以的" at the earbuds\' return files it', async () => {
    await atOrderList(h(), '13800000005', 'zh-CN');
    await h().click(/申请退货 · Wireless earbuds/);
    await h().say('尺码不合适');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    await h().say('可以的');
    expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).not.toBe('delivered');
  });

  test('"fine, bye" at the payment pays nothing', async () => {
    await atOrderList(h(), '13800000005', 'en-US');
    await h().click(/Confirm receipt & pay · Wireless earbuds/);
    await h().say('fine, bye');
    expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('delivered');
  });
});
