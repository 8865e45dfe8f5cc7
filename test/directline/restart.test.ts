// A web chat conversation outlives a restart of the bot: the open page polls on and the dialogue continues at its
// step; a page reloaded afterwards resumes with its token and gets its history back, personal numbers masked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMock, OTP, type RunningMock } from '../mock/harness';
import { startBotProcess, type BotProcess } from '../durability/support/botProcess';
import { directLineClient, texts, type WireActivity } from './client';

let mock: RunningMock;
let dataDir: string;
let bot: BotProcess | undefined;

const env = () => ({ STORAGE: 'embedded', DATA_DIR: dataDir, ACCOUNT_API_URL: mock.url, LOG_LEVEL: 'warn' });
const tap = (type: string) => ({ type: 'message', text: '', value: { event: { type } }, from: { id: 'ignored' } });
const say = (text: string) => ({ type: 'message', text, from: { id: 'ignored' } });
const botMessages = (activities: WireActivity[]) => activities.filter((a) => a.type === 'message' && a.from?.role === 'bot');

async function stopBot(): Promise<void> {
  if (!bot || bot.child.exitCode !== null) return;
  bot.kill('SIGTERM');
  await bot.exited;
}

beforeAll(async () => {
  mock = await startMock();
  dataDir = mkdtempSync(join(tmpdir(), 'bot-dl-restart-'));
}, 30_000);

afterAll(async () => {
  if (bot && bot.child.exitCode === null) bot.kill('SIGKILL');
  await mock.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a restart loses neither the open page, nor its step, nor what a reloaded page shows', async () => {
  bot = await startBotProcess(env());
  let dl = directLineClient(bot.url);
  const { token, conversationId } = await dl.open('zh-CN');
  await dl.pollUntil(token, conversationId, (seen) => botMessages(seen).length > 0);

  expect((await dl.post(token, conversationId, tap('ENABLE'))).status).toBe(200);
  expect((await dl.post(token, conversationId, say('13800000002'))).status).toBe(200);
  const before = await dl.pollUntil(token, conversationId, (seen) => texts(seen).some((t) => t?.includes('138****0002')));
  const watermark = before.watermark;

  await stopBot();
  bot = await startBotProcess(env());
  dl = directLineClient(bot.url);

  // The open page polls on from its watermark: nothing is new, nothing is missing, and no 404 ends its chat. (The
  // watermark jumps ahead: new activities are numbered after a gap, see RECOVERY_GAP.)
  const resumed = await dl.poll(token, conversationId, watermark);
  expect(resumed).toMatchObject({ status: 200, body: { activities: [] } });
  expect(Number(resumed.body.watermark)).toBeGreaterThan(Number(watermark));

  // The code answers the step the customer was on before the restart.
  expect((await dl.post(token, conversationId, say(OTP))).status).toBe(200);
  const after = await dl.pollUntil(token, conversationId, (seen) => botMessages(seen).some((a) => a.text?.includes('实名')), watermark);
  const earlierIds = new Set(before.activities.map((a) => a.id));
  expect(after.activities.every((a) => !earlierIds.has(a.id))).toBe(true);
  expect(Number(after.watermark)).toBeGreaterThan(Number(watermark));

  // A reload: the saved token is refreshed (it was signed before the restart) and the history is read from the start.
  expect((await dl.refresh(token)).status).toBe(200);
  const reloaded = await dl.poll(token, conversationId);
  expect(reloaded.status).toBe(200);
  const ids = reloaded.body.activities.map((a) => a.id);
  expect(ids).toEqual([...before.activities, ...after.activities].map((a) => a.id));
  const typedPhone = reloaded.body.activities.find((a) => a.from?.role === 'user' && a.text?.includes('138'));
  expect(typedPhone?.text).toBe('138****0002');
  expect(JSON.stringify(reloaded.body)).not.toContain('13800000002');
  expect(JSON.stringify(reloaded.body)).not.toContain('directline-channel');
}, 90_000);

test("a conversation handed to a person comes back without the channel's secret URL, which the handoff event carried", async () => {
  if (!bot || bot.child.exitCode !== null) bot = await startBotProcess(env());
  let dl = directLineClient(bot.url);
  const { token, conversationId } = await dl.open('zh-CN');
  expect((await dl.post(token, conversationId, say('转人工'))).status).toBe(200);
  await dl.pollUntil(token, conversationId, (seen) => seen.some((a) => a.name === 'handoff.initiate'));

  await stopBot();
  bot = await startBotProcess(env());
  dl = directLineClient(bot.url);
  const reloaded = await dl.poll(token, conversationId);
  expect(reloaded.status).toBe(200);
  expect(reloaded.body.activities.map((a) => a.name ?? a.type)).toContain('handoff.initiate');
  expect(JSON.stringify(reloaded.body)).not.toContain('directline-channel');
}, 90_000);

test('a token for a conversation that never started still finds nothing after a restart', async () => {
  if (!bot || bot.child.exitCode !== null) bot = await startBotProcess(env());
  const dl = directLineClient(bot.url);
  const { body } = await dl.generate();
  await stopBot();
  bot = await startBotProcess(env());
  expect((await directLineClient(bot.url).refresh(body.token)).status).toBe(404);
  await stopBot();
}, 90_000);
