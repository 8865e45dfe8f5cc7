// Handoff test harness: the composed bot (startBot), the mock backend wired to its webhook, and the local channel, in-process on free ports.
import type { Activity } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { startBot, type RunningBot } from '../../src/bot/startBot';
import { startLocalChannel, type ChannelConversation, type LocalChannel } from '../../src/channel/localChannel';
import { signWebhook } from '../../src/webhook/signature';
import { OTP, type RunningMock } from '../mock/harness';
import { freePort } from '../durability/support/freePort';
import { startMockAndBot } from '../support/mockAndBot';
import { startAfter } from '../support/startAfter';
import { waitUntil } from '../support/waitUntil';

export { OTP };
export const AGENT_TOKEN = 'agent-token-for-tests';
export const WEBHOOK_SECRET = 'webhook-secret-for-tests';
export const SERVICE_TOKEN = 'service-token-for-tests';

/**
 * A mainland mobile number and an 18-character ID number that are not masked, wherever they appear. Not inside a hex
 * run: the masking keeps UUIDs whole, and a random one ("…-a6bc-14522706809e") can hold 11 such digits (it failed CI).
 */
export const UNMASKED_PHONE = /(?<![\dA-Fa-f])1[3-9]\d{9}(?![\dA-Fa-f])/;
export const UNMASKED_ID_NUMBER = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/;

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

export interface Harness {
  bot: RunningBot;
  mock: RunningMock;
  channel: LocalChannel;
  /** Every line the bot and the mock logged (pino JSON), for the masking checks. */
  logLines: string[];
  /** A customer's conversation on the local channel (nothing is sent until they speak). */
  customer(options?: { locale?: string; id?: string }): ChannelConversation;
  /** Fails on an unmasked phone or ID number in any log line, or in the stored transcript of any customer's conversation. */
  expectNothingUnmasked(): Promise<void>;
  /** Logs the customer in through the chat: enable → phone → one-time code. */
  login(conversation: ChannelConversation, phone: string): Promise<Activity[]>;
  agent(method: string, path: string, init?: { json?: unknown; token?: string | null }): Promise<Answer>;
  /** Posts to the webhook with exactly these bytes and headers. */
  postEvent(rawBody: string, headers: Record<string, string>): Promise<Answer>;
  /** Posts a backend event signed as the backend does, `ageSec` seconds ago. */
  sendEvent(event: object, ageSec?: number): Promise<Answer>;
  /** Holds every request to the mock backend `ms` before its routes see it (0: at once again). */
  delay(ms: number): void;
  close(): Promise<void>;
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  const json = (response.headers.get('content-type') ?? '').includes('json') && text !== '';
  return { status: response.status, headers: response.headers, text, body: json ? JSON.parse(text) : undefined };
}

/** Starts everything; `env` overrides the configuration (an empty string unsets a variable). */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const logLines: string[] = [];
  const opened: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void logLines.push(line) });
  // Reserved up front: the mock must know the bot's webhook URL before the bot starts.
  const port = await freePort();
  const settings = {
    AGENT_API_TOKEN: AGENT_TOKEN,
    BACKEND_WEBHOOK_SECRET: WEBHOOK_SECRET,
    ACCOUNT_API_SERVICE_TOKEN: SERVICE_TOKEN,
    ...env,
  };
  const { mock, bot, close: stopBotAndMock } = await startMockAndBot({
    mock: {
      webhookUrl: `http://127.0.0.1:${port}/api/backend-events`,
      webhookSecret: settings.BACKEND_WEBHOOK_SECRET,
      serviceToken: settings.ACCOUNT_API_SERVICE_TOKEN,
      logger: logger.child({ name: 'mock-backend' }),
    },
    startBot: (mock) =>
      startBot(
        loadConfig({
          PORT: String(port),
          ACCOUNT_API_URL: mock.url,
          SHOP_URL: mock.url,
          MOCK_OTP_CODE: OTP,
          STORAGE: 'memory',
          LOG_LEVEL: 'debug',
          ...settings,
        }),
        logger,
      ),
    stopBot: (bot) => bot.stop(),
  });
  let delayMs = 0;
  // The slow-backend switch: a pre-handler holds requests before the mock's routes see them.
  mock.mock.server.pre((_req, _res, next) => (delayMs > 0 ? void setTimeout(next, delayMs) : next()));
  const channel = await startAfter(stopBotAndMock, () =>
    startLocalChannel({ botUrl: `${bot.url}/api/messages`, channelId: 'test', timing: { quietMs: 300 } }),
  );

  const agent: Harness['agent'] = async (method, path, init = {}) => {
    const token = init.token === undefined ? AGENT_TOKEN : init.token;
    const headers: Record<string, string> = {};
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    const body = init.json === undefined ? undefined : JSON.stringify(init.json);
    return answerOf(await fetch(`${bot.url}${path}`, { method, headers, body }));
  };

  const postEvent: Harness['postEvent'] = async (rawBody, headers) =>
    answerOf(await fetch(`${bot.url}/api/backend-events`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: rawBody }));

  return {
    bot,
    mock,
    channel,
    logLines,
    customer(options = {}) {
      const conversation = channel.open({ locale: 'zh-CN', ...options });
      opened.push(conversation.id);
      return conversation;
    },
    async expectNothingUnmasked() {
      expect(logLines.length).toBeGreaterThan(0);
      await settle();
      const transcripts = await Promise.all(opened.map(async (id) => (await agent('GET', `/api/agent/conversations/${id}/transcript`)).text));
      for (const text of [...logLines, ...transcripts]) {
        expect(text).not.toMatch(UNMASKED_PHONE);
        expect(text).not.toMatch(UNMASKED_ID_NUMBER);
      }
    },
    async login(conversation, phone) {
      await conversation.say('我想开通先用后付');
      await conversation.say(phone);
      return (await conversation.say(OTP)).activities;
    },
    agent,
    postEvent,
    sendEvent(event, ageSec = 0) {
      const raw = JSON.stringify(event);
      return postEvent(raw, signWebhook(settings.BACKEND_WEBHOOK_SECRET, raw, Date.now() / 1000 - ageSec));
    },
    delay: (ms) => void (delayMs = ms),
    async close() {
      delayMs = 0;
      await channel.close();
      await stopBotAndMock();
    },
  };
}

/**
 * One harness for the enclosing describe block: started before its tests, closed after them, the mock's personas restored
 * before each test. The object is filled in once started (a plain object, so no getter is needed as with useE2e): use it
 * inside tests and hooks only.
 */
export function useHarness(env: Record<string, string> = {}): Harness {
  const h = {} as Harness;
  beforeAll(async () => void Object.assign(h, await startHarness(env)));
  // Optional: when the start failed, its own error is the one to see.
  afterAll(() => h.close?.());
  beforeEach(() => h.mock.request('POST', '/v1/_reset'));
  return h;
}

export interface WaitingCustomerOptions {
  /** What the customer says to ask for a person. */
  asks: string;
  /** The conversation's locale (the channel's default, zh-CN, when not given). */
  locale?: string;
  /** Logs in as this phone number through the chat first. */
  phone?: string;
}

/** A customer who has asked for a person and waits for one, logged in first when `phone` is given. */
export async function waitingCustomer(h: Harness, { asks, locale, phone }: WaitingCustomerOptions): Promise<ChannelConversation> {
  // Only a given locale is passed: an undefined one would override the channel's default.
  const customer = h.customer(locale === undefined ? {} : { locale });
  if (phone !== undefined) await h.login(customer, phone);
  await customer.say(asks);
  return customer;
}

/** A customer who asked for a person, to whom an agent has since written `agentWrote` (the agent has the conversation). */
export async function customerWithAgent(h: Harness, options: WaitingCustomerOptions & { agentWrote: string }): Promise<ChannelConversation> {
  const customer = await waitingCustomer(h, options);
  await h.agent('POST', `/api/agent/conversations/${customer.id}/messages`, { json: { text: options.agentWrote } });
  return customer;
}

/** Resolves with the first activity from position `from` on (already received or arriving in time) that fits. */
export function waitForActivity(
  conversation: ChannelConversation,
  fits: (activity: Activity) => boolean,
  { from = 0, timeoutMs = 5000 }: { from?: number; timeoutMs?: number } = {},
): Promise<Activity> {
  const since = () => conversation.activities.slice(from);
  return waitUntil(() => since().find(fits), {
    what: () => `a fitting activity; got ${JSON.stringify(since().map((a) => a.text ?? a.name ?? a.type))}`,
    timeoutMs,
    intervalMs: 10,
  });
}

export const messages = (activities: Activity[]): Activity[] => activities.filter((a) => a.type === 'message');

export const isHandoffEvent = (a: Activity): boolean => a.type === 'event' && a.name === 'handoff.initiate';

/** The links the customer is offered (openUrl buttons), where the step the bot is at shows. */
export const linksOf = (activities: Activity[]): string[] =>
  activities.flatMap((a) => (a.suggestedActions?.actions ?? []).filter((b) => b.type === 'openUrl').map((b) => String(b.value)));

/** Lets the transcript logger finish: it writes a turn's activities after the turn, without being awaited. */
export const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));

/** A checksum-valid resident ID number (the GB 11643-1999 example), for the real-name stand-in page. */
export const ID_NUMBER = '11010519491231002X';

/** Opens a shop page from the chat's link and submits its form, as the customer's browser does. */
export async function submitShopPage(h: Harness, link: string, fields: Record<string, string>): Promise<void> {
  const { pathname, search } = new URL(link);
  expect((await h.mock.request('GET', pathname + search)).status).toBe(200);
  expect((await h.mock.submitForm(pathname, fields)).status).toBe(200);
}

/** The ConversationReference an agent hub passes for a customer on the local channel. */
export function referenceOf(conversation: ChannelConversation): Record<string, unknown> {
  const { id, channelId, serviceUrl, user, bot } = conversation.identity;
  return { conversation: { id }, serviceUrl, channelId, user, bot };
}
