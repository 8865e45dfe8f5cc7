// The real bot behind the customer chat page, for browser tests: mock backend + startBot on free ports, and page helpers.
import { Writable } from 'node:stream';
import type { Page } from 'playwright-core';
import { startBot } from '../../src/bot/startBot';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { startMockAndBot } from '../support/mockAndBot';

/** The demo one-time code (MOCK_OTP_CODE's default), as a customer trying `npm start` types it. */
export const OTP = '123456';
export const AGENT_TOKEN = 'agent-token-for-the-browser-tests';
const SESSION_KEY = 'paylater.webchat.session';

export interface StartOptions {
  /** BACKEND_TIMEOUT_MS: how long the bot waits for one backend call before apologising. */
  backendTimeoutMs?: number;
}

/** How the mock backend answers the bot; the switch sits in front of the mock's routes. */
export interface BackendSpeed {
  /** Answers every request after `ms`, unless the caller gave up first (then it is dropped, never served). */
  slow(ms: number): void;
  /** Answers nothing: every request waits until the caller gives up. */
  stall(): void;
  normal(): void;
}

export interface PayLaterAccount {
  accountId: string;
  payLater: { enabled: boolean; limit?: number };
}

export interface RealBotHarness {
  /** The bot's base URL: the chat page is at `/`. */
  url: string;
  backend: BackendSpeed;
  /** The account as the mock's own HTTP API has it now (logged in with the demo code). */
  account(phone: string): Promise<PayLaterAccount>;
  /** POST /v1/_reset: the demo personas as in the fixture. */
  resetAccounts(): Promise<void>;
  /** What an agent's console does: POST /api/agent/conversations/{id}/messages; resolves to the HTTP status. */
  agentSays(conversationId: string, text: string): Promise<number>;
  /** The bot's log lines at warn level and above, to explain a failure. */
  warnings: string[];
  close(): Promise<void>;
}

export async function startRealBot(options: StartOptions = {}): Promise<RealBotHarness> {
  const warnings: string[] = [];
  const logger = createLogger('warn', new Writable({ write: (chunk, _enc, done) => void (warnings.push(String(chunk)), done()) }));

  const { mock, bot, close: stopBotAndMock } = await startMockAndBot({
    mock: { otpCode: OTP, logger: logger.child({ name: 'mock-backend' }) },
    // Composed like `npm start` (src/index.ts): the same startBot, on a free port and in-memory storage.
    startBot: (mock) =>
      startBot(
        {
          ...loadConfig({
            STORAGE: 'memory',
            ACCOUNT_API_URL: mock.url,
            SHOP_URL: mock.url,
            MOCK_OTP_CODE: OTP,
            AGENT_API_TOKEN: AGENT_TOKEN,
            LOG_LEVEL: 'warn',
            ...(options.backendTimeoutMs ? { BACKEND_TIMEOUT_MS: String(options.backendTimeoutMs) } : {}),
          }),
          // Any free port: not a setting the environment may give (PORT is 1-65535), so set past the checks.
          PORT: 0,
        },
        logger,
      ),
    stopBot: (bot) => bot.stop(),
  });
  let hold: number | 'forever' = 0;
  // restify runs pre-handlers ahead of routing on every request, so this one holds requests before any route sees them.
  mock.mock.server.pre((_req, res, next) => {
    if (hold === 0) return next();
    if (hold === 'forever') return undefined;
    // Before we answer, 'close' means the caller aborted (the bot's client timed out).
    let gone = false;
    res.once('close', () => void (gone = true));
    setTimeout(() => (gone ? undefined : next()), hold);
    return undefined;
  });

  const mockJson = async (method: string, path: string, body?: unknown, token?: string): Promise<any> => {
    const res = await fetch(mock.url + path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`mock backend ${method} ${path} answered ${res.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  };

  return {
    url: bot.url,
    backend: {
      slow: (ms) => void (hold = ms),
      stall: () => void (hold = 'forever'),
      normal: () => void (hold = 0),
    },
    async account(phone) {
      const session = await mockJson('POST', '/v1/sessions', { phone, code: OTP });
      return mockJson('GET', `/v1/accounts/${session.accountId}`, undefined, session.token);
    },
    resetAccounts: () => mockJson('POST', '/v1/_reset'),
    async agentSays(conversationId, text) {
      const res = await fetch(`${bot.url}/api/agent/conversations/${encodeURIComponent(conversationId)}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${AGENT_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      await res.arrayBuffer();
      return res.status;
    },
    warnings,
    async close() {
      hold = 0;
      await stopBotAndMock();
    },
  };
}

// ---- The page, as a customer uses it ----

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message bubble in Web Chat's transcript containing this text (a bot message may have several paragraphs). */
export const bubble = (page: Page, text: string) => page.locator('.webchat__bubble__content').filter({ hasText: text });

/**
 * Waits for a bubble with this text; if none comes, fails with what the page does show (its bubbles, whether it
 * reports the connection lost), so that a rare failure says what the customer saw.
 */
export async function waitForBubble(page: Page, text: string, timeoutMs = 30_000): Promise<void> {
  try {
    await bubble(page, text).waitFor({ timeout: timeoutMs });
  } catch (error) {
    const shown = await page.locator('.webchat__bubble__content').allInnerTexts().catch(() => ['(unreadable)']);
    const lost = await page.locator('.connection-lost').isVisible().catch(() => false);
    throw new Error(`no bubble with ${JSON.stringify(text)} in ${timeoutMs} ms; connection lost shown: ${lost}; the page shows:\n${shown.map((b) => `  | ${b.replace(/\n/g, ' ')}`).join('\n')}`, { cause: error });
  }
}

/** A bubble whose whole text is exactly this (the customer's own messages). */
export const exactBubble = (page: Page, text: string) =>
  page.locator('.webchat__bubble__content').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`) });

/** A button the bot offered: a suggested action or an Adaptive Card button. */
export const button = (page: Page, title: string) =>
  page.locator('.webchat__suggested-action, .ac-pushButton').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`) });

export const typingIndicator = (page: Page) => page.locator('.webchat__typing-indicator');

/** Types into the send box with the keyboard and presses Enter, as a customer does. */
export async function type(page: Page, text: string): Promise<void> {
  await page.locator('[data-id="webchat-sendbox-input"]').click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The Direct Line conversation the page saved for reloads. */
export async function conversationOf(page: Page): Promise<string> {
  await page.waitForFunction(`!!sessionStorage.getItem('${SESSION_KEY}')`);
  return page.evaluate(`JSON.parse(sessionStorage.getItem('${SESSION_KEY}')).conversationId`) as Promise<string>;
}

/** Everything the page's Direct Line client can read of its conversation, as raw JSON text. */
export function conversationLogOf(page: Page): Promise<string> {
  return page.evaluate(`(async () => {
    const { conversationId, token } = JSON.parse(sessionStorage.getItem('${SESSION_KEY}'));
    const res = await fetch('/v3/directline/conversations/' + encodeURIComponent(conversationId) + '/activities?watermark=', {
      headers: { Authorization: 'Bearer ' + token },
    });
    return res.text();
  })()`) as Promise<string>;
}

/** Collects what the page reports as wrong: uncaught errors and console errors and warnings (Web Chat warns there). */
export function watchProblems(page: Page, into: string[]): void {
  page.on('pageerror', (err) => into.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') into.push(`console.${msg.type()}: ${msg.text()}`);
  });
}
