// Over HTTP, a QA round in English: after one miss at a confirmation ("I'm not sure what you mean", with buttons), a plain
// "yes" only asked the confirmation again and a second "yes" paid. A yes typed right under the clarifying question answers
// the confirmation it interrupts; a casual "k" there still pays nothing.
import { logIn, useE2e } from './harness';

const h = useE2e();

const UNCLEAR = 'blorp zzz';
const statusOf = async (orderId: string) => (await h().orders('13800000005')).find((o) => o.orderId === orderId)?.status;

async function atEarbudsPayment(locale: 'en-US' | 'zh-CN'): Promise<void> {
  await h().reset(locale);
  await h().say(locale === 'en-US' ? 'my orders' : '我的订单');
  await logIn(h(), '13800000005');
  await h().click(locale === 'en-US' ? /Confirm receipt & pay · Wireless earbuds/ : /确认收货并付款 · Wireless earbuds/);
  expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
}

describe('a yes right after a clarifying question at a confirmation answers the confirmation', () => {
  test.each([
    ['en-US', 'yes'],
    ['en-US', 'yea'],
    ['zh-CN', '是的'],
  ] as const)('(%s) at the earbuds\' payment, a miss then %j pays them', async (locale, yes) => {
    await atEarbudsPayment(locale);
    await h().say(locale === 'en-US' ? UNCLEAR : '呜啦啦啦 zzz');
    expect(await h().state()).toBe('clarifying');

    await h().say(yes);
    expect(await statusOf('JD5001')).toBe('paid');
    expect(await h().state()).not.toBe('flow.purchase.confirmingReceipt');
  });

  test('(en-US) at the earbuds\' return confirmation, a miss then "yes pls" files the return', async () => {
    await h().reset('en-US');
    await h().say('my orders');
    await logIn(h(), '13800000005');
    await h().click(/Return · Wireless earbuds/);
    await h().say('too small');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    await h().say(UNCLEAR);
    expect(await h().state()).toBe('clarifying');

    await h().say('yes pls');
    expect(await statusOf('JD5001')).toBe('return_requested');
  });

  test('(en-US) a casual "k" under it still pays nothing: told how to go ahead, the payment kept', async () => {
    await atEarbudsPayment('en-US');
    await h().say(UNCLEAR);
    expect(await h().state()).toBe('clarifying');

    await h().say('k');
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    expect(await statusOf('JD5001')).toBe('delivered');
  });
});
