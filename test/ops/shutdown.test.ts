// SIGTERM: the bot stops taking turns (503), finishes the turn in flight, saves it, and exits 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dialogueMachine } from '../../machines/dialogue';
import { restoreDialogue } from '../../machines/snapshot';
import { statePath } from '../../machines/view';
import { SqliteStorage } from '../../src/storage';
import { say, tap } from '../durability/support/botClient';
import { startBotProcess, type BotProcess } from '../durability/support/botProcess';
import { freePort } from '../durability/support/freePort';
import { startMockAndBot, type MockAndBot } from '../support/mockAndBot';
import { waitUntil } from '../support/waitUntil';

/** Long enough that the refused request surely arrives while the slow turn is still in flight, even on a loaded machine. */
const BACKEND_DELAY_MS = 3000;

let running: MockAndBot<BotProcess> | undefined;
let dataDir: string;
let bot: BotProcess;
/** Set by the mock when the slow backend call has arrived, i.e. the turn is in flight. */
let otpRequested: () => void;
const inFlight = new Promise<void>((resolve) => (otpRequested = resolve));

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'bot-sigterm-'));
  running = await startMockAndBot({
    startBot: (mock) => startBotProcess({ STORAGE: 'embedded', DATA_DIR: dataDir, ACCOUNT_API_URL: mock.url, BACKEND_TIMEOUT_MS: '10000' }),
    stopBot: (started) => started.stop(),
  });
  bot = running.bot;
  // The one-time-code request is slow, so that SIGTERM arrives while a turn waits for it.
  running.mock.mock.server.pre((req, _res, next) => {
    if (req.url !== '/v1/otp') return next();
    otpRequested();
    setTimeout(next, BACKEND_DELAY_MS);
  });
}, 60_000);

afterAll(async () => {
  await running?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('on SIGTERM new requests get 503, the turn in flight is answered and saved, and the process exits 0', async () => {
  expect((await say(bot.url, 'sigterm', tap('ENABLE'))).status).toBe(200);
  const pending = say(bot.url, 'sigterm', '13800000001');
  await inFlight;
  bot.kill('SIGTERM');
  await waitUntil(() => bot.logs.some((l) => String(l.msg).startsWith('stopping')), {
    what: 'the bot to log that it is stopping',
    timeoutMs: 10_000,
    intervalMs: 10,
  });

  const refused = await say(bot.url, 'sigterm-late', tap('ENABLE'));
  expect(refused.status).toBe(503);
  const readiness = await fetch(`${bot.url}/readyz`);
  expect(readiness.status).toBe(503);

  const answered = await pending;
  expect(answered.status).toBe(200);
  expect(answered.replies.length).toBeGreaterThan(0);
  expect(await bot.exited).toEqual({ code: 0, signal: null });
  expect(bot.logs.map((l) => l.msg)).toContain('stopped');

  // The answered turn was saved before the process went; the refused one never ran.
  const storage = new SqliteStorage({ dataDir });
  try {
    const stored = await storage.read(['conversation/sigterm', 'conversation/sigterm-late']);
    expect(Object.keys(stored)).toEqual(['conversation/sigterm']);
    const restored = restoreDialogue(dialogueMachine, stored['conversation/sigterm'].dialogue);
    expect(restored.ok).toBe(true);
    expect(statePath(restored.actor.getSnapshot().value)).toBe('flow.onboarding.login.awaitingOtp');
  } finally {
    await storage.close();
  }
}, 60_000);

test('`npm start` (bot and mock backend in one process) stops on SIGTERM too, closing both', async () => {
  const mockPort = await freePort();
  const both = await startBotProcess(
    { STORAGE: 'memory', MOCK_BACKEND_PORT: String(mockPort), ACCOUNT_API_URL: `http://127.0.0.1:${mockPort}` },
    'src/index.ts',
  );
  try {
    expect((await say(both.url, 'sigterm-start', tap('ENABLE'))).status).toBe(200);
    both.kill('SIGTERM');
    expect(await both.exited).toEqual({ code: 0, signal: null });
    expect(both.logs.map((l) => l.msg)).toContain('stopped');
  } finally {
    if (both.child.exitCode === null) both.kill('SIGKILL');
  }
}, 60_000);
