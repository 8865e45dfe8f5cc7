// End to end in headless Chromium: the shop's chat page, Web Chat's stock Direct Line client, and a CloudAdapter echo bot.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { registerWebChatPage } from '../../src/webchat';
import { GREETING_ZH, startEchoBot, type EchoBotHarness } from '../directline/echoBot';
import { launchChromium } from './browser';

const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
const SCREENSHOT = path.join(ARTIFACTS, 'webchat.png');
const SESSION_KEY = 'paylater.webchat.session';

jest.setTimeout(60_000);

/** A message bubble in Web Chat's transcript with exactly this text. */
const bubble = (page: Page, text: string) =>
  page.locator('.webchat__bubble__content').filter({ hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) });

const sendBox = (page: Page) => page.locator('[data-id="webchat-sendbox-input"]');

async function say(page: Page, text: string) {
  await sendBox(page).fill(text);
  await sendBox(page).press('Enter');
}

async function savedConversationId(page: Page): Promise<string> {
  await page.waitForFunction(`!!sessionStorage.getItem('${SESSION_KEY}')`);
  return page.evaluate(`JSON.parse(sessionStorage.getItem('${SESSION_KEY}')).conversationId`) as Promise<string>;
}

describe('the customer chat page in a real browser', () => {
  let bot: EchoBotHarness;
  let browser: Browser;
  let customer: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  // The channel's clock, moved forward in the last test to expire tokens.
  let clockOffsetMs = 0;

  beforeAll(async () => {
    // No global bodyParser here: the channel reads its own request bodies (the other suite covers the parsed case).
    bot = await startEchoBot({ directLine: { now: () => Date.now() + clockOffsetMs } });
    registerWebChatPage(bot.server);
    browser = await launchChromium();
    customer = await browser.newContext({ viewport: { width: 480, height: 860 }, locale: 'zh-CN' });
    page = await customer.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  test('the page greets in Chinese; a suggested action and a typed question are answered; typing, cards and proactive messages show', async () => {
    await page.goto(bot.baseUrl);
    await expect(page.locator('.assistant-name').textContent()).resolves.toBe('先用后付 助手');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await bubble(page, GREETING_ZH).waitFor();

    await page.locator('.webchat__suggested-action', { hasText: '如何开通' }).click();
    await bubble(page, 'echo[zh-CN]: 如何开通').waitFor();

    await say(page, '我想在结算页用先用后付');
    await bubble(page, 'echo[zh-CN]: 我想在结算页用先用后付').waitFor();

    await say(page, 'typing');
    await page.locator('.webchat__typing-indicator').waitFor();
    await bubble(page, 'done typing').waitFor();

    await say(page, 'card');
    // Rendered by Web Chat's Adaptive Cards renderer, as the bot's real cards will be.
    await page.locator('.ac-pushButton', { hasText: '开通先用后付' }).waitFor();

    // What an agent's message or a backend-triggered follow-up looks like: the bot sends from its stored reference.
    const conversationId = await savedConversationId(page);
    await bot.sendProactive(conversationId, '人工客服小李：您好，我来帮您处理。');
    await bubble(page, '人工客服小李：您好，我来帮您处理。').waitFor();
  });

  test('a reload mid-flow keeps the conversation: same id, the transcript again, no second greeting, and the chat goes on', async () => {
    const before = await savedConversationId(page);
    await page.reload();
    await bubble(page, 'echo[zh-CN]: 我想在结算页用先用后付').waitFor();
    await bubble(page, '人工客服小李：您好，我来帮您处理。').waitFor();
    expect(await savedConversationId(page)).toBe(before);
    await expect(bubble(page, GREETING_ZH).count()).resolves.toBe(1);
    const updates = bot.received.filter((a) => a.conversation?.id === before && a.type === 'conversationUpdate');
    expect(updates).toHaveLength(1);

    await say(page, '刷新后继续');
    await bubble(page, 'echo[zh-CN]: 刷新后继续').waitFor();

    await page.waitForTimeout(800); // let Web Chat's scroll-to-bottom animation finish before the picture
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  test('the language switch sets the page and the activities to English, and is remembered across a reload', async () => {
    await page.locator('.lang-switch button[data-locale="en-US"]').click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-US');
    await expect(page.locator('.assistant-name').textContent()).resolves.toContain('Pay Later Assistant');
    await say(page, 'hello');
    await bubble(page, 'echo[en-US]: hello').waitFor();

    await page.reload();
    await bubble(page, 'echo[en-US]: hello').waitFor();
    await expect(page.locator('.lang-switch button[data-locale="en-US"]').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.locator('.lang-switch button[data-locale="zh-CN"]').click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
  });

  test("a second customer (another browser context) gets their own conversation and cannot read the first one's", async () => {
    const first = await savedConversationId(page);
    const other = await browser.newContext({ viewport: { width: 480, height: 860 } });
    try {
      const otherPage = await other.newPage();
      await otherPage.goto(bot.baseUrl);
      await bubble(otherPage, GREETING_ZH).waitFor();
      const second = await savedConversationId(otherPage);
      expect(second).not.toBe(first);
      await expect(otherPage.locator('#webchat').innerText()).resolves.not.toContain('我想在结算页用先用后付');

      await say(otherPage, '第二位顾客');
      await bubble(otherPage, 'echo[zh-CN]: 第二位顾客').waitFor();

      // Even asking by id, the second customer's token opens only their own conversation.
      const status = await otherPage.evaluate(`(async () => {
        const { token } = JSON.parse(sessionStorage.getItem('${SESSION_KEY}'));
        const res = await fetch('/v3/directline/conversations/${first}/activities?watermark=', { headers: { Authorization: 'Bearer ' + token } });
        return res.status;
      })()`);
      expect(status).toBe(403);

      await page.waitForTimeout(1200); // more than two polls of the first page
      await expect(page.locator('#webchat').innerText()).resolves.not.toContain('第二位顾客');
    } finally {
      await other.close();
    }
  });

  test('a page whose saved conversation is gone (server restarted, token from elsewhere) starts a new one', async () => {
    const other = await browser.newContext();
    try {
      const stalePage = await other.newPage();
      await stalePage.goto(bot.baseUrl);
      await bubble(stalePage, GREETING_ZH).waitFor();
      await stalePage.evaluate(`sessionStorage.setItem('${SESSION_KEY}', JSON.stringify({ conversationId: 'gone', token: 'a.b.c' }))`);
      await stalePage.reload();
      await bubble(stalePage, GREETING_ZH).waitFor();
      const fresh = await savedConversationId(stalePage);
      expect(fresh).not.toBe('gone');
      await expect(stalePage.locator('.connection-lost').isHidden()).resolves.toBe(true);
    } finally {
      await other.close();
    }
  });

  test('the page ran without script errors (CSP included)', () => {
    expect(pageErrors).toEqual([]);
  });

  // Last: expiring tokens also cuts off the other pages still open in this suite.
  test('a page whose token has expired tells the customer the connection was lost and offers to start over', async () => {
    const other = await browser.newContext();
    try {
      const sleepyPage = await other.newPage();
      await sleepyPage.goto(bot.baseUrl);
      await bubble(sleepyPage, GREETING_ZH).waitFor();
      clockOffsetMs = 31 * 60 * 1000;
      await sleepyPage.locator('.connection-lost').waitFor();
      await expect(sleepyPage.locator('.connection-lost .restart').textContent()).resolves.toBe('重新开始');
      clockOffsetMs = 0;
      const expired = await savedConversationId(sleepyPage);
      await sleepyPage.locator('.connection-lost .restart').click();
      await bubble(sleepyPage, GREETING_ZH).waitFor();
      expect(await savedConversationId(sleepyPage)).not.toBe(expired);
    } finally {
      clockOffsetMs = 0;
      await other.close();
    }
  });
});
