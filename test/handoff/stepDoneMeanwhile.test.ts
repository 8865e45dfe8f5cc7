// A shop-page step done while the customer was with a person (or waiting for one): the shop's notice found them in the
// handoff and was not delivered, and back with the bot they were asked to do the step again.
import type { Activity } from 'botbuilder';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { customerWithAgent, messages, settle, useHarness, waitForActivity, waitingCustomer } from './harness';

/** What a step's prompt shows: its words and its buttons (a link with its address, the others by title). */
const promptOf = (activity: Activity | undefined) => ({
  text: activity?.text,
  buttons: activity?.suggestedActions?.actions.map((action) => (action.type === 'openUrl' ? String(action.value) : action.title)),
});

describe('back from a person at a shop-page step', () => {
  const h = useHarness();

  test('taking the request back after verifying meanwhile goes on to the terms', async () => {
    const customer = await waitingCustomer(h, { phone: '13800000002', asks: '转人工' });
    h.mock.mock.state.verifyRealName('acct_002');
    const back = messages((await customer.say('取消')).activities);
    expect(back.map((a) => a.text).join('\n')).toContain('实名认证已经完成');
    expect(back.flatMap((a) => a.suggestedActions?.actions.map((action) => action.title) ?? [])).toContain('同意并开通');
  });

  test('a release after buying PLUS meanwhile goes on to verification; one with nothing done asks for the step again', async () => {
    const customer = await customerWithAgent(h, { phone: '13800000001', asks: '转人工', agentWrote: '您好' });
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

  // The check on the way back is the bot's own: the customer never said the step was done, so a step still not done is
  // asked for again as its prompt asks it, without "I can't see it yet" and its offer of a person.
  test.each([
    { how: 'an agent releases the conversation', phone: '13800000002', back: zhCN['notice.agentReleased'] },
    { how: 'the customer takes the request back', phone: '13800000001', back: zhCN['notice.handoffWithdrawn'] },
  ])('when $how at a shop-page step still not done, the step is asked again as at first', async ({ how, phone, back }) => {
    const customer = h.customer();
    const step = promptOf(messages(await h.login(customer, phone)).at(-1));
    expect(step.buttons?.some((button) => button.includes('/shop/'))).toBe(true);
    await customer.say('转人工');
    let replies: Activity[];
    if (how.startsWith('an agent')) {
      await h.agent('POST', `/api/agent/conversations/${customer.id}/messages`, { json: { text: '您好' } });
      const seen = customer.activities.length;
      expect(await h.agent('POST', `/api/agent/conversations/${customer.id}/release`, { json: {} })).toMatchObject({ status: 200 });
      await settle();
      replies = messages(customer.activities.slice(seen));
    } else {
      replies = messages((await customer.say('取消')).activities);
    }
    expect(replies.map((a) => a.text)).toEqual([back, step.text]);
    expect(promptOf(replies.at(-1))).toEqual(step);
  });
});
