// Erasing a web chat conversation (agent API, on the customer's request): the page's channel forgets its activities
// too; it kept them in memory until the conversation went idle, readable with the page's token.
import { directLineClient, texts } from '../directline/client';
import { AGENT_TOKEN, OTP, startRealBot, type RealBotHarness } from './realBotHarness';

let h: RealBotHarness;

beforeAll(async () => {
  h = await startRealBot();
});
afterAll(() => h.close());

test('after an erase the channel serves none of the conversation, and the customer writing again starts afresh', async () => {
  const dl = directLineClient(h.url);
  const { token, conversationId } = await dl.open();
  const greeted = await dl.pollUntil(token, conversationId, (a) => texts(a).length > 0);
  await dl.post(token, conversationId, { type: 'message', from: { id: 'ignored' }, text: '13800000005' });
  await dl.post(token, conversationId, { type: 'message', from: { id: 'ignored' }, text: OTP });
  const before = await dl.poll(token, conversationId);
  expect(texts(before.body.activities).join('\n')).toContain('138****0005');

  const erased = await fetch(`${h.url}/api/agent/conversations/${encodeURIComponent(conversationId)}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${AGENT_TOKEN}` },
  });
  expect(erased.status).toBe(204);

  // Nothing of it, from the start or from the page's last watermark; the watermark does not go back.
  const after = await dl.poll(token, conversationId);
  expect(after.status).toBe(200);
  expect(after.body.activities).toEqual([]);
  expect(Number(after.body.watermark)).toBeGreaterThanOrEqual(Number(before.body.watermark));
  expect((await dl.poll(token, conversationId, greeted.watermark)).body.activities).toEqual([]);

  // The page still works: the next message is a new conversation (not logged in).
  await dl.post(token, conversationId, { type: 'message', from: { id: 'ignored' }, text: '我的订单' });
  const fresh = await dl.pollUntil(token, conversationId, (a) => texts(a).some((t) => t?.includes('登录')));
  expect(texts(fresh.activities).join('\n')).not.toMatch(/138(\*{4}|0000)0005/);
});
