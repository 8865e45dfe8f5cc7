// A customer handed to a person because the bot did not understand them twice takes the request back in their own words.
import { zhCN } from '../../dialogs/messages/zh-CN';
import { messages, useHarness } from './harness';

describe('taking back an automatic handoff in natural words', () => {
  const h = useHarness();

  // "不用了 我还是问你吧" was answered "正在为你转接人工客服…": only the exact "不用了" or "取消" worked.
  test('"不用了 我还是问你吧" brings the customer back to the bot and out of the agents\' queue', async () => {
    const customer = h.customer();
    await customer.say('紫色的大象在跳舞');
    await customer.say('嗯哼哈嘿');
    const queued = await h.agent('GET', '/api/agent/conversations');
    expect(queued.body.conversations.map((c: { id: string }) => c.id)).toContain(customer.id);

    const back = messages((await customer.say('不用了 我还是问你吧')).activities);
    expect(back[0].text).toBe(zhCN['notice.handoffWithdrawn']);
    const after = await h.agent('GET', '/api/agent/conversations');
    expect(after.body.conversations.map((c: { id: string }) => c.id)).not.toContain(customer.id);
  });
});
