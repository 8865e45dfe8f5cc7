// A shop-page step done while the bot asks a clarifying question at it: the shop's notice is not lost. The customer is
// taken on by the bot at once, as at the step itself, and their next words do not bring the finished step back.
import { randomUUID } from 'node:crypto';
import { catalogs } from '../../dialogs/messages';
import { ID_NUMBER, OTP, linksOf, messages, settle, submitShopPage, useHarness, waitForActivity } from './harness';


describe('a backend event while the bot asks a clarifying question', () => {
  const h = useHarness();

  const submitPage = (link: string, fields: Record<string, string>) => submitShopPage(h, link, fields);

  test('PLUS bought on the shop page while the bot asks what the customer meant: the bot goes on to real-name verification', async () => {
    const t = catalogs['zh-CN'];
    const customer = h.customer();
    const [plusLink] = linksOf(await h.login(customer, '13800000001'));
    const asked = messages((await customer.say('呜啦啦啦 zzz')).activities);
    expect(asked.map((a) => a.text)).toContain(t['notice.clarify']);

    const seen = customer.activities.length;
    await submitPage(plusLink, { accountId: 'acct_001' });
    const next = await waitForActivity(customer, (a) => linksOf([a]).length > 0, { from: seen });
    expect(linksOf([next])).toEqual([expect.stringContaining('/shop/real-name?account=acct_001')]);
    expect(messages(customer.activities.slice(seen)).map((a) => a.text)).toContain(t['notice.stepDone.plus.next']);

    // The customer's "好的" no longer answers the PLUS step.
    const after = messages((await customer.say('好的')).activities);
    expect(after.map((a) => a.text).join('\n')).not.toContain('PLUS会员');
  });

  test('in English, real-name verification done while the bot asks what the customer meant: the bot goes on to the terms', async () => {
    const t = catalogs['en-US'];
    const customer = h.customer({ locale: 'en-US' });
    await customer.say('I want to turn on pay later');
    await customer.say('13800000002');
    const [realNameLink] = linksOf((await customer.say(OTP)).activities);
    expect(realNameLink).toContain('/shop/real-name?account=acct_002');
    const asked = messages((await customer.say('asdf qwer zxcv')).activities);
    expect(asked.map((a) => a.text)).toContain(t['notice.clarify']);

    const seen = customer.activities.length;
    await submitPage(realNameLink, { accountId: 'acct_002', name: '张三', idNumber: ID_NUMBER });
    // Good credit: next come the terms, a question with buttons and no link.
    const terms = await waitForActivity(customer, (a) => a.type === 'message' && a.inputHint === 'expectingInput', { from: seen });
    expect(linksOf([terms])).toEqual([]);
    expect(messages(customer.activities.slice(seen)).map((a) => a.text)).toContain(t['notice.stepDone.realName']);
    expect(messages(customer.activities.slice(seen)).every((a) => a.locale === 'en-US')).toBe(true);
  });

  test('an event for another step than the one the question came from is acknowledged without a word to the customer', async () => {
    const customer = h.customer();
    await h.login(customer, '13800000002'); // PLUS already: at the real-name step
    await customer.say('呜啦啦啦 zzz');
    const seen = customer.activities.length;
    const event = { eventId: randomUUID(), type: 'plus.activated', accountId: 'acct_002', occurredAt: new Date().toISOString() };
    expect(await h.sendEvent(event)).toMatchObject({ status: 200, body: { status: 'not_waiting', conversationId: customer.id } });
    await settle(200);
    expect(customer.activities).toHaveLength(seen);
  });
});
