// QA re-probe: at the terms, two misses handed the customer over; waiting, they tapped the terms' 「同意并开通」 still on
// screen and heard "正在为你转接人工客服，你前面还有 5 位…", nothing turned on. A tap on the step's own button while no agent
// has the conversation goes on with the bot: the request for a person is taken back and the step's answer taken.
import type { Activity, CardAction } from 'botbuilder';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { actionsOf, tapOf, type ChannelConversation } from '../../src/channel/localChannel';
import { messages, useHarness, type Harness } from './harness';

const textOf = (activities: Activity[]): string => messages(activities).map((a) => a.text ?? '').join('\n');
const queued = async (h: Harness): Promise<string[]> =>
  (await h.agent('GET', '/api/agent/conversations')).body.conversations.map((c: { id: string }) => c.id);

describe('the step\'s own button tapped while waiting for a person', () => {
  const h = useHarness();

  /** Persona 4 at the terms, handed over after two misses there; the terms' yes kept as it was on screen. */
  async function waitingWithTheTermsYes(): Promise<{ customer: ChannelConversation; agree: CardAction }> {
    const customer = h.customer();
    const atTerms = await h.login(customer, '13800000004');
    const agree = atTerms.flatMap(actionsOf).find((action) => action.title === zhCN['button.acceptTerms']);
    if (!agree) throw new Error('no 「同意并开通」 at the terms');
    await customer.say('紫色的大象在跳舞');
    await customer.say('嗯哼哈嘿');
    expect(await queued(h)).toContain(customer.id);
    return { customer, agree };
  }

  const tap = (customer: ChannelConversation, button: CardAction) => {
    const tapped = tapOf(button);
    if (tapped.kind === 'open') throw new Error('the terms\' yes is no link');
    return customer.send(tapped.activity);
  };

  test('still queued, 「同意并开通」 takes the request back and turns pay-later on', async () => {
    const { customer, agree } = await waitingWithTheTermsYes();
    const answer = textOf((await tap(customer, agree)).activities);
    expect(answer).toContain(zhCN['notice.handoffWithdrawn']);
    expect(answer).toContain(zhCN['prompt.enabled']);
    expect(answer).not.toContain('正在为你转接人工客服');
    expect(await queued(h)).not.toContain(customer.id);
  });

  test('a yes of another step (stale) takes nothing back: the customer still waits', async () => {
    const { customer } = await waitingWithTheTermsYes();
    const stale = { type: 'message', text: '我已开通好了', value: { event: { type: 'AFFIRM' }, at: 'flow.onboarding.awaitingPlus' } };
    const answer = textOf((await customer.send(stale as Partial<Activity>)).activities);
    expect(answer).not.toContain(zhCN['notice.handoffWithdrawn']);
    expect(answer).toContain('正在为你转接人工客服');
    expect(await queued(h)).toContain(customer.id);
  });

  test('once an agent has taken the conversation, the tap is the agent\'s to see: nothing turned on, the bot quiet', async () => {
    const { customer, agree } = await waitingWithTheTermsYes();
    await h.agent('POST', `/api/agent/conversations/${customer.id}/messages`, { json: { text: '你好，我来帮你' } });
    const answer = textOf((await tap(customer, agree)).activities);
    expect(answer).not.toContain(zhCN['prompt.enabled']);
    expect(answer).not.toContain(zhCN['notice.handoffWithdrawn']);
    expect(await queued(h)).toContain(customer.id);
  });
});
