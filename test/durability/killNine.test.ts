// kill -9 between turns loses nothing: the real bot on embedded SQLite is SIGKILLed, started again, and the customer carries on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OTP, startMock, type RunningMock } from '../mock/harness';
import { say, tap } from './support/botClient';
import { startBotProcess, turnLinesSoon, type BotProcess } from './support/botProcess';

let mock: RunningMock;
let dataDir: string;
const bots: BotProcess[] = [];

const startBot = async () => {
  const bot = await startBotProcess({ STORAGE: 'embedded', DATA_DIR: dataDir, ACCOUNT_API_URL: mock.url });
  bots.push(bot);
  return bot;
};

beforeAll(async () => {
  mock = await startMock();
  dataDir = mkdtempSync(join(tmpdir(), 'bot-kill9-'));
});

afterAll(async () => {
  for (const bot of bots) if (bot.child.exitCode === null && bot.child.signalCode === null) bot.kill('SIGKILL');
  await mock.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a customer waiting for the one-time code when the bot is SIGKILLed logs in with it after the restart', async () => {
  const first = await startBot();
  for (const input of [tap('ENABLE'), '13800000001']) expect((await say(first.url, 'kill9-a', input)).status).toBe(200);
  // Another conversation, left at the welcome, to check that conversations do not bleed into each other.
  expect((await say(first.url, 'kill9-b', 'hello')).status).toBe(200);
  expect((await turnLinesSoon(first.logs, 'kill9-a', 2)).at(-1)?.state).toBe('flow.onboarding.login.awaitingOtp');

  first.kill('SIGKILL');
  expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });

  const second = await startBot();
  const answer = await say(second.url, 'kill9-a', OTP);
  expect(answer.status).toBe(200);
  // A code is only understood in awaitingOtp: reaching the PLUS step proves the conversation resumed there.
  expect(await turnLinesSoon(second.logs, 'kill9-a', 1)).toEqual([expect.objectContaining({ outcome: 'ok', state: 'flow.onboarding.awaitingPlus' })]);
  await say(second.url, 'kill9-b', tap('HELP'));
  expect(await turnLinesSoon(second.logs, 'kill9-b', 1)).toEqual([expect.objectContaining({ outcome: 'ok', state: 'flow.welcome' })]);

  second.kill('SIGTERM');
  expect(await second.exited).toEqual({ code: 0, signal: null });
}, 60_000);
