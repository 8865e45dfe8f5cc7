// A long web chat conversation handed to a person: the bot's handoff event (with up to 100 activities of transcript) reaches the page.
import { startBotProcess, type BotProcess } from '../durability/support/botProcess';
import { startMock, type RunningMock } from '../mock/harness';
import { directLineClient } from './client';

let mock: RunningMock;
let bot: BotProcess;

beforeAll(async () => {
  mock = await startMock();
  bot = await startBotProcess({ STORAGE: 'memory', ACCOUNT_API_URL: mock.url, LOG_LEVEL: 'warn' });
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await mock?.close();
});

test('the handoff event of a long conversation, larger than a customer may send the bot, reaches the page and the turn ends well', async () => {
  const dl = directLineClient(bot.url);
  const { token, conversationId } = await dl.open('zh-CN');
  const say = (text: string) => dl.post(token, conversationId, { type: 'message', text, from: { id: 'x' } });
  for (let i = 0; i < 40; i++) expect((await say('先用后付需要满足什么条件')).status).toBe(200);
  expect((await say('转人工')).status).toBe(200);
  const { activities } = await dl.pollUntil(token, conversationId, (seen) => seen.some((a) => a.type === 'event' && a.name === 'handoff.initiate'), '', 15_000);
  const handoff = activities.find((a) => a.name === 'handoff.initiate');
  // As the bot sent it (with the serviceUrls the channel strips) it was over the 64 KB limit of /api/messages.
  expect(Buffer.byteLength(JSON.stringify(handoff))).toBeGreaterThan(56 * 1024);
  const afterRequest = activities.slice(activities.findIndex((a) => a.text === '转人工'));
  expect(afterRequest.filter((a) => a.type === 'message' && a.from?.role === 'bot').map((a) => a.text)).toEqual([
    expect.stringContaining('人工客服'),
  ]);
}, 60_000);
