// In a real browser: the bot restarts while a customer is mid-way through enabling; the open page carries on at its
// step, and a reload afterwards shows the whole conversation again (the typed phone number masked).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBot, type RunningBot } from '../../src/bot/startBot';
import { loadConfig, type Config } from '../../src/config';
import { freePort } from '../durability/support/freePort';
import { startMock, type RunningMock } from '../mock/harness';
import { startTogether } from '../support/startTogether';
import { launchChromium } from './browser';
import { OTP, bubble, button, conversationOf, exactBubble, type, waitForBubble, watchProblems } from './realBotHarness';

const PHONE = '13800000004'; // PLUS, verified, good credit, pay-later not enabled
const ASK_CODE = '请把收到的短信验证码发给我';
const TERMS = '条件都满足了：PLUS会员 ✅ 实名认证 ✅ 信用 ✅';

jest.setTimeout(60_000);

let mock: RunningMock;
let browser: Browser;
let bot: RunningBot | undefined;
let dataDir: string;
let config: Config;
const problems: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'webchat-restart-'));
  await startTogether([startMock({ otpCode: OTP }), launchChromium()], ([startedMock, launched]) => {
    if (startedMock) mock = startedMock;
    if (launched) browser = launched;
  });
  // A fixed port: the page keeps talking to the same origin across the restart, as behind a real address.
  config = loadConfig({
    PORT: String(await freePort()),
    STORAGE: 'embedded',
    DATA_DIR: dataDir,
    ACCOUNT_API_URL: mock.url,
    SHOP_URL: mock.url,
    MOCK_OTP_CODE: OTP,
    LOG_LEVEL: 'silent',
  });
  bot = await startBot(config);
});

afterAll(async () => {
  await browser?.close();
  await bot?.stop();
  await mock?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a restart mid-flow: the open page goes on at its step, and a reload shows the conversation again', async () => {
  const page: Page = await (await browser.newContext({ viewport: { width: 480, height: 860 }, locale: 'zh-CN' })).newPage();
  watchProblems(page, problems);
  await page.goto(bot!.url);
  await button(page, '开通先用后付').click();
  await type(page, PHONE);
  await bubble(page, ASK_CODE).waitFor();
  const conversation = await conversationOf(page);

  await bot!.stop();
  await page.waitForTimeout(1500); // the page polls a server that is not there for a few rounds
  bot = await startBot(config);
  await type(page, OTP);
  await waitForBubble(page, TERMS);
  await expect(page.locator('.connection-lost').isVisible()).resolves.toBe(false);

  await page.reload();
  await bubble(page, TERMS).waitFor();
  expect(await conversationOf(page)).toBe(conversation);
  await expect(exactBubble(page, '138****0004').count()).resolves.toBe(1);
  await expect(exactBubble(page, OTP).count()).resolves.toBe(1);
  await button(page, '同意并开通').click();
  await bubble(page, '你的先用后付已经开通了').waitFor();
  // Only the polls that found no server while it restarted, or a stopping one (it answers 503 to new requests while
  // its last turns finish); nothing else went wrong on the page.
  const restarting = (p: string) => p.includes('ERR_CONNECTION_REFUSED') || p.includes('status of 503');
  expect(problems.filter((p) => !restarting(p))).toEqual([]);
});
