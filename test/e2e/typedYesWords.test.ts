// A yes typed by sound ("恩 开把" for 嗯 开吧, "好八"), or after making up one's mind ("考虑好了 开吧"), consents at a
// confirmation as the plain yes does (both got a clarifying question whose first button was 取消); a made-up mind before a
// no ("考虑好了 不开了", "想好了 还是算了") is still the no.
import { atOrderList, logIn, useE2e } from './harness';

const h = useE2e();

/** Persona 4 at the terms. */
async function atTheTerms(): Promise<void> {
  await h().reset('zh-CN');
  await h().say('我要开通');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
}

const enabled = async () => (await h().account('13800000004')).payLater.enabled;
const earbudsStatus = async () => (await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status;

describe('at the terms', () => {
  test.each(['恩 开把', '恩恩开把', '摁 开吧', '嗯 开八', '好把', '考虑好了 开吧', '想清楚了，开通吧', '我决定了 同意', '考虑好了 那就开吧'])(
    '%j turns pay-later on',
    async (text) => {
      await atTheTerms();
      await h().say(text);
      expect(await h().state()).toBe('flow.onboarding.enabled');
      expect(await enabled()).toBe(true);
      expect(h().text).not.toContain('我不太确定你的意思');
    },
  );

  test.each(['考虑好了 不开了', '想好了 还是算了', '决定了 先不开'])('%j turns nothing on', async (text) => {
    await atTheTerms();
    await h().say(text);
    expect(await h().state()).not.toBe('flow.onboarding.enabled');
    expect(await enabled()).toBe(false);
  });

  test('"考虑好了" alone is told how to go ahead, the terms kept (it was not understood)', async () => {
    await atTheTerms();
    await h().say('考虑好了');
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
    expect(await enabled()).toBe(false);
    expect(h().text).not.toContain('我不太确定你的意思');
  });
});

describe('at the other confirmations', () => {
  test.each(['恩 付把', '想好了 确认收货'])('%j at the earbuds\' payment pays', async (text) => {
    await atOrderList(h(), '13800000005', 'zh-CN');
    await h().click(/确认收货并付款 · Wireless earbuds/);
    await h().say(text);
    expect(await earbudsStatus()).toBe('paid');
  });

  test('"决定了 退吧" at the earbuds\' return files it', async () => {
    await atOrderList(h(), '13800000005', 'zh-CN');
    await h().click(/申请退货 · Wireless earbuds/);
    await h().say('尺码不合适');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    await h().say('决定了 退吧');
    expect(await earbudsStatus()).not.toBe('delivered');
  });

  test('"想好了 还是不付了" at the payment pays nothing', async () => {
    await atOrderList(h(), '13800000005', 'zh-CN');
    await h().click(/确认收货并付款 · Wireless earbuds/);
    await h().say('想好了 还是不付了');
    expect(await earbudsStatus()).toBe('delivered');
  });
});
