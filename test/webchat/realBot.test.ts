// End to end in headless Chromium with the real bot: a customer enables 先用后付 on the chat page by its buttons and keyboard.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { startTogether } from '../support/startTogether';
import {
  OTP,
  bubble,
  button,
  conversationLogOf,
  conversationOf,
  exactBubble,
  startRealBot,
  type,
  typingIndicator,
  watchProblems,
  type RealBotHarness,
} from './realBotHarness';

const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
const PHONE = '13800000004'; // PLUS, verified, good credit, pay-later not enabled
/** Small, so a stalled backend is given up on quickly; the mock answers in milliseconds otherwise. */
const BACKEND_TIMEOUT_MS = 2000;

const GREETING = '你好，我是先用后付小助手';
const ASK_PHONE = '请发送你商城账号绑定的手机号';
const CODE_SENT = '验证码已发送到 138****0004。';
const ASK_CODE = '请把收到的短信验证码发给我';
const TERMS = '条件都满足了：PLUS会员 ✅ 实名认证 ✅ 信用 ✅';
const ENABLED = '你的先用后付已经开通了';

jest.setTimeout(60_000);

describe('the chat page with the real bot, in a real browser', () => {
  let harness: RealBotHarness;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const newCustomerPage = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ viewport: { width: 480, height: 860 }, locale: 'zh-CN' });
    const opened = await context.newPage();
    watchProblems(opened, problems);
    await opened.goto(harness.url);
    await bubble(opened, GREETING).waitFor();
    return { context, page: opened };
  };

  const screenshot = async (target: Page, file: string) => {
    // Web Chat scrolls to the newest message with an animation; the picture waits for it to settle.
    await target.waitForTimeout(600);
    mkdirSync(ARTIFACTS, { recursive: true });
    await target.screenshot({ path: path.join(ARTIFACTS, file) });
  };

  beforeAll(async () => {
    await startTogether([startRealBot({ backendTimeoutMs: BACKEND_TIMEOUT_MS }), launchChromium()], ([started, launched]) => {
      if (started) harness = started;
      if (launched) browser = launched;
    });
    ({ page } = await newCustomerPage());
    harness.warnings.splice(0); // the start-up notices (webhook secret unset) are expected here
  });

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  afterEach(() => {
    // The bot's own warnings explain most failures of a browser test.
    if (harness?.warnings.length) console.log(harness.warnings.join(''));
    harness?.warnings.splice(0);
  });

  test('persona 13800000004 enables pay-later by buttons and keyboard, reloading mid-flow, and the backend has it enabled', async () => {
    // The greeting offers buttons; the customer clicks the first step.
    await expect(page.locator('.assistant-name').textContent()).resolves.toBe('先用后付 助手');
    await button(page, '开通先用后付').click();
    await bubble(page, ASK_PHONE).waitFor();

    await type(page, PHONE);
    await bubble(page, CODE_SENT).waitFor();
    await bubble(page, ASK_CODE).waitFor();
    const conversation = await conversationOf(page);

    // A reload while the bot waits for the code: the same conversation, shown again, and the code is still taken.
    await page.reload();
    await bubble(page, ASK_CODE).waitFor();
    expect(await conversationOf(page)).toBe(conversation);
    await expect(bubble(page, GREETING).count()).resolves.toBe(1);
    await type(page, OTP);
    await bubble(page, TERMS).waitFor();

    // A reload at the terms: the question and its buttons are there again and still answer.
    await page.reload();
    await bubble(page, TERMS).waitFor();
    expect(await conversationOf(page)).toBe(conversation);
    await expect(exactBubble(page, PHONE).count()).resolves.toBe(1);
    await button(page, '同意并开通').click();
    await bubble(page, ENABLED).waitFor();
    await button(page, '看看怎么用').waitFor();

    await expect(harness.account(PHONE)).resolves.toMatchObject({ payLater: { enabled: true } });
    await screenshot(page, 'webchat-real.png');
  });

  test("a second customer (another browser context) sees only their own greeting, and an agent's message reaches only them at once", async () => {
    const first = await conversationOf(page);
    const { context: other, page: otherPage } = await newCustomerPage();
    try {
      expect(await conversationOf(otherPage)).not.toBe(first);
      await expect(otherPage.locator('.webchat__bubble__content').count()).resolves.toBe(1);
      await expect(otherPage.locator('#webchat').innerText()).resolves.not.toMatch(new RegExp(`${PHONE}|${ENABLED}`));

      await type(otherPage, '转人工');
      await bubble(otherPage, '我已经请人工客服过来了').waitFor();
      const conversation = await conversationOf(otherPage);
      const agentText = '您好，我是人工客服小李，我来帮您看看。';
      expect(await harness.agentSays(conversation, agentText)).toBe(200);
      // Well within Web Chat's 5 s hold of a reply to an activity it never saw (what a proactive turn replies to).
      await bubble(otherPage, agentText).waitFor({ timeout: 4000 });

      // The handoff event carries the transcript; none of it may give the page the channel's secret serviceUrl.
      await expect(conversationLogOf(otherPage)).resolves.not.toContain('/directline-channel/');
      await page.waitForTimeout(1200); // more than two polls of the first customer's page
      await expect(page.locator('#webchat').innerText()).resolves.not.toContain(agentText);
    } finally {
      await other.close();
    }
  });

  test("an agent's message carries the agent's label above the words; the bot's messages do not", async () => {
    const { context: other, page: agentPage } = await newCustomerPage();
    try {
      await type(agentPage, '转人工');
      await bubble(agentPage, '我已经请人工客服过来了').waitFor();
      const agentText = '您好，这里是人工客服小王。';
      expect(await harness.agentSays(await conversationOf(agentPage), agentText)).toBe(200);
      await bubble(agentPage, agentText).waitFor({ timeout: 4000 });

      // The label is its own first line in the agent's bubble, and in no other bubble.
      const labels = agentPage.locator('.webchat__bubble__content strong').filter({ hasText: /^\s*人工客服\s*$/ });
      await expect(labels.count()).resolves.toBe(1);
      await expect(bubble(agentPage, agentText).innerText()).resolves.toMatch(new RegExp(`^\\s*人工客服\\s*\\n+\\s*${agentText}\\s*$`));
      await expect(bubble(agentPage, GREETING).locator('strong').count()).resolves.toBe(0);
      await screenshot(agentPage, 'webchat-agent-message.png');
    } finally {
      await other.close();
    }
  });

  test('a slow backend shows the typing indicator; a stalled one an apology and a retry button that finishes the step', async () => {
    await harness.resetAccounts();
    const { context: other, page: slowPage } = await newCustomerPage();
    try {
      await button(slowPage, '开通先用后付').click();
      await bubble(slowPage, ASK_PHONE).waitFor();

      // Slow but in time: the bot says it is typing while the backend works, then answers.
      harness.backend.slow(1500);
      await type(slowPage, PHONE);
      await typingIndicator(slowPage).waitFor();
      await bubble(slowPage, CODE_SENT).waitFor();
      await typingIndicator(slowPage).waitFor({ state: 'detached' });

      harness.backend.normal();
      await type(slowPage, OTP);
      await bubble(slowPage, TERMS).waitFor();

      // No answer at all: after BACKEND_TIMEOUT_MS the bot apologises and offers to try again.
      harness.backend.stall();
      const clicked = Date.now();
      await button(slowPage, '同意并开通').click();
      await typingIndicator(slowPage).waitFor();
      await bubble(slowPage, '抱歉，系统响应太慢，我这边没等到结果。').waitFor();
      await bubble(slowPage, '要我再试一次开通吗？').waitFor();
      expect(Date.now() - clicked).toBeGreaterThanOrEqual(BACKEND_TIMEOUT_MS);
      await button(slowPage, '转人工客服').waitFor();
      await screenshot(slowPage, 'webchat-slow-backend.png');

      harness.backend.normal();
      await expect(harness.account(PHONE)).resolves.toMatchObject({ payLater: { enabled: false } });
      await button(slowPage, '再试一次').click();
      await bubble(slowPage, ENABLED).waitFor();
      await expect(harness.account(PHONE)).resolves.toMatchObject({ payLater: { enabled: true } });
    } finally {
      harness.backend.normal();
      await other.close();
    }
  });

  test('the pages ran without script errors or Web Chat warnings', () => {
    expect(problems).toEqual([]);
  });
});
