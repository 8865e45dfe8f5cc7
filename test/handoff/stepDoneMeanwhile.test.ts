// A shop-page step done while the customer was with a person (or waiting for one): the shop's notice found them in the
// handoff and was not delivered, and back with the bot they were asked to do the step again.
import { messages, startHarness, waitForActivity, type Harness } from './harness';

describe('back from a person at a shop-page step', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());
  beforeEach(() => h.mock.request('POST', '/v1/_reset'));

  test('taking the request back after verifying meanwhile goes on to the terms', async () => {
    const customer = h.customer();
    await h.login(customer, '13800000002');
    await customer.say('转人工');
    h.mock.mock.state.verifyRealName('acct_002');
    const back = messages((await customer.say('取消')).activities);
    expect(back.map((a) => a.text).join('\n')).toContain('实名认证已经完成');
    expect(back.flatMap((a) => a.suggestedActions?.actions.map((action) => action.title) ?? [])).toContain('同意并开通');
  });

  test('a release after buying PLUS meanwhile goes on to verification; one with nothing done asks for the step again', async () => {
    const customer = h.customer();
    await h.login(customer, '13800000001');
    await customer.say('转人工');
    await h.agent('POST', `/api/agent/conversations/${customer.id}/messages`, { json: { text: '您好' } });
    h.mock.mock.state.activatePlus('acct_001');
    const received = customer.activities.length;
    const released = await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: {} });
    expect(released).toMatchObject({ status: 200, body: { step: 'realName' } });
    await waitForActivity(customer, (a) => (a.text ?? '').includes('PLUS会员已经生效'), { from: received });

    await customer.say('转人工');
    const again = customer.activities.length;
    expect(await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: {} })).toMatchObject({ body: { step: 'realName' } });
    await waitForActivity(customer, (a) => (a.text ?? '').includes('实名认证'), { from: again });
  });
});
