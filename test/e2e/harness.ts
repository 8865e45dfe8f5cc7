// E2E harness: the real bot server, the real mock backend and the local channel, in-process on free ports, driven as a customer would.
import type { Activity, CardAction } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { MemoryStorage } from '../../src/storage';
import { createNlu } from '../../src/nlu';
import { createBotApp } from '../../src/bot/app';
import { conversationKey } from '../../src/bot/conversationRecord';
import { createAccountClient, type AccountClient } from '../../src/backend/client';
import { statePath } from '../../machines/view';
import { catalogs, type Locale } from '../../dialogs/messages';
import type { Account, Order, Session } from '../../machines/domain';
import {
  actionsOf,
  startLocalChannel,
  tapOf,
  textOf,
  type ChannelConversation,
  type LocalChannel,
  type Turn,
} from '../../src/channel/localChannel';
import { OTP, type RunningMock } from '../mock/harness';
import { DEFAULT_SESSION_TTL_MS } from '../../src/mock/state';
import { startMockAndBot } from '../support/mockAndBot';
import { startAfter } from '../support/startAfter';

/** The one-time code the mock accepts (the mock tests' own; the product default 123456 is configuration). */
export { OTP };

/** A checksum-valid resident ID number (the GB 11643-1999 example), for the real-name stand-in page. */
export const VALID_ID_NUMBER = '11010519491231002X';

/**
 * The date `days` from today (UTC), as the mock sets a persona's due dates (dueInDays in src/mock/personas.json): persona 5's
 * earbuds are due in 7. Written out as a literal, a test passes only on the day it was written.
 */
export const dateInDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A button by its title (exact, or a pattern), or by its number as the terminal chat shows it (1-based). */
export type ButtonTarget = string | RegExp | number;

export interface StartOptions {
  /** BACKEND_TIMEOUT_MS; small in the tests of a slow backend. */
  backendTimeoutMs?: number;
}

/** What the harness controls of the backend, for the failure tests. */
export interface BackendControl {
  /** Stops the mock (connections refused), keeping its accounts and sessions. */
  stop(): Promise<void>;
  /** Starts the stopped mock again on the same port (nothing to do when it runs). */
  start(): Promise<void>;
  /** Holds every mock request this long before answering (0: answer at once). */
  delay(ms: number): void;
  /**
   * Does what every mock request asks at once but holds its answer this long (0: answer at once), as a backend that
   * completes a call its client has given up on (a request held by `delay` is dropped when the client gives up).
   */
  answerLate(ms: number): void;
  /**
   * Does what every mock request asks, then fails instead of answering (undefined: answers as usual): 'drop' closes the
   * connection, a number answers that HTTP status, as a proxy in front of the backend may (502) once the call was made.
   */
  failAfterDoing(failure: 'drop' | number | undefined): void;
  /** Moves the mock's clock past the sessions' lifetime: every login so far has lapsed. */
  expireSessions(): void;
  /** How many requests the mock has had for a route (`POST /v1/otp`) since the harness started. */
  requests(route: string): number;
}

const isMessage = (a: Activity) => a.type === 'message';

export class E2e {
  private conversation!: ChannelConversation;
  private lastTurn!: Turn;

  private constructor(
    readonly botUrl: string,
    /** Stops the bot, then the mock. */
    private readonly stopBotAndMock: () => Promise<void>,
    private readonly storage: MemoryStorage,
    private readonly mock: RunningMock,
    private readonly channel: LocalChannel,
    private readonly client: AccountClient,
    readonly backend: BackendControl,
    /** How far the bot's clock is ahead of the real one (passTime). */
    private readonly botClock: { offsetMs: number },
  ) {}

  static async start(options: StartOptions = {}): Promise<E2e> {
    const storage = new MemoryStorage();
    let clockOffsetMs = 0;
    const botClock = { offsetMs: 0 };
    const { mock, bot, close: stopBotAndMock } = await startMockAndBot({
      mock: { now: () => Date.now() + clockOffsetMs },
      async startBot(mock) {
        const config = loadConfig({
          ACCOUNT_API_URL: mock.url,
          SHOP_URL: mock.url,
          STORAGE: 'memory',
          LOG_LEVEL: 'silent',
          ...(options.backendTimeoutMs ? { BACKEND_TIMEOUT_MS: String(options.backendTimeoutMs) } : {}),
        });
        const now = () => Date.now() + botClock.offsetMs;
        const app = createBotApp({ config, storage, nlu: createNlu(), logger: createLogger('silent'), now });
        return { app, url: await app.listen(0, '127.0.0.1') };
      },
      stopBot: ({ app }) => app.close(),
    });
    let delayMs = 0;
    let answerDelayMs = 0;
    let failure: 'drop' | number | undefined;
    // Every request counted by its route, before anything holds or fails it.
    const requestCounts = new Map<string, number>();
    mock.mock.server.pre((req, _res, next) => {
      const route = `${req.method} ${req.path()}`;
      requestCounts.set(route, (requestCounts.get(route) ?? 0) + 1);
      next();
    });
    // The slow-backend switch: a pre-handler holds requests before the mock's routes see them.
    mock.mock.server.pre((_req, _res, next) => (delayMs > 0 ? void setTimeout(next, delayMs) : next()));
    // The late-answer switch: the route runs, its answer (restify's send, which json and errors use, or sendRaw) is held.
    mock.mock.server.pre((_req, res, next) => {
      const holdMs = answerDelayMs;
      if (holdMs > 0) {
        for (const name of ['send', 'sendRaw'] as const) {
          const answer = res[name].bind(res) as (...args: unknown[]) => unknown;
          // restify answers a request its client gave up on by itself meanwhile: then there is nothing left to say.
          const late = (...args: unknown[]) => void (res.headersSent || answer(...args));
          res[name] = ((...args: unknown[]) => (setTimeout(late, holdMs, ...args), res)) as unknown as typeof res.send;
        }
      }
      next();
    });
    // The failing-after-the-call switch: the route runs, and its answer is replaced by a dropped connection or a bare status.
    mock.mock.server.pre((_req, res, next) => {
      const instead = failure;
      if (instead !== undefined) {
        const fail = () => {
          if (instead === 'drop') res.socket?.destroy();
          else if (!res.headersSent) {
            res.writeHead(instead, { 'content-type': 'text/plain' });
            res.end('failed after the call');
          }
          return res;
        };
        for (const name of ['send', 'sendRaw'] as const) res[name] = fail as unknown as typeof res.send;
      }
      next();
    });
    const botUrl = `${bot.url}/api/messages`;
    // The bot answers its endpoint after the turn's replies went out, so a short quiet spell is enough.
    const channel = await startAfter(stopBotAndMock, () =>
      startLocalChannel({ botUrl, channelId: 'e2e', timing: { quietMs: 100, turnTimeoutMs: 10_000 } }),
    );
    const port = Number(new URL(mock.url).port);
    let running = true;
    const backend: BackendControl = {
      stop: async () => {
        if (running) await mock.mock.close();
        running = false;
      },
      start: async () => {
        if (!running) await mock.mock.listen(port, '127.0.0.1');
        running = true;
      },
      delay: (ms) => void (delayMs = ms),
      answerLate: (ms) => void (answerDelayMs = ms),
      failAfterDoing: (how) => void (failure = how),
      expireSessions: () => void (clockOffsetMs += DEFAULT_SESSION_TTL_MS + 1),
      requests: (route) => requestCounts.get(route) ?? 0,
    };
    const client = createAccountClient({ baseUrl: mock.url, timeoutMs: 5000 });
    return new E2e(botUrl, stopBotAndMock, storage, mock, channel, client, backend, botClock);
  }

  async close(): Promise<void> {
    await this.channel.close();
    await this.stopBotAndMock();
  }

  /** Restores the demo personas and opens a new conversation, in which the bot greets. */
  async reset(locale = 'zh-CN'): Promise<void> {
    this.backend.delay(0);
    this.backend.answerLate(0);
    this.backend.failAfterDoing(undefined);
    this.botClock.offsetMs = 0;
    await this.client.reset();
    await this.open(locale);
  }

  /** A new conversation, joined as a channel does when the customer opens the chat. */
  async open(locale?: string): Promise<Activity[]> {
    this.conversation = this.channel.open({ locale });
    return this.record(await this.conversation.join());
  }

  get conversationId(): string {
    return this.conversation.id;
  }

  say(text: string): Promise<Activity[]> {
    return this.conversation.say(text).then((turn) => this.record(turn));
  }

  /** Sends an activity of the customer's as the channel would (a picture, leaving the chat), the channel's fields filled in. */
  async send(activity: Partial<Activity>): Promise<Activity[]> {
    return this.record(await this.conversation.send(activity));
  }

  /** Says something with the activity's locale set, as a page whose language the customer switched sends it. */
  async sayWithLocale(text: string, locale: string): Promise<Activity[]> {
    return this.record(await this.conversation.send({ type: 'message', text, locale }));
  }

  /** Taps a button of the bot's last turn, sending what a channel sends for it (for messageBack: its text and value). */
  async click(target: ButtonTarget): Promise<Activity[]> {
    const tap = tapOf(this.button(target));
    if (tap.kind === 'open') throw new Error(`button ${String(target)} opens ${tap.url}; use link() and fetch it`);
    return this.record(await this.conversation.send(tap.activity));
  }

  /** A button of the bot's last turn, kept to be tapped later (`tap`), as a chat keeps earlier buttons on screen. */
  keep(target: ButtonTarget): CardAction {
    return this.button(target);
  }

  /** Taps a button kept from an earlier turn. */
  async tap(button: CardAction): Promise<Activity[]> {
    const tap = tapOf(button);
    if (tap.kind === 'open') throw new Error(`button ${button.title} opens ${tap.url}`);
    return this.record(await this.conversation.send(tap.activity));
  }

  /** The address an openUrl button of the last turn points at. */
  link(target: ButtonTarget): string {
    const tap = tapOf(this.button(target));
    if (tap.kind !== 'open') throw new Error(`button ${String(target)} sends a message, it is not a link`);
    return tap.url;
  }

  /** The messages of the bot's last turn. */
  get replies(): Activity[] {
    return this.lastTurn.activities.filter(isMessage);
  }

  /** Everything the bot sent in its last turn, typing indicators included. */
  get turn(): Turn {
    return this.lastTurn;
  }

  /** What the last turn said, as a text-only channel shows it. */
  get text(): string {
    return this.replies.map(textOf).join('\n\n');
  }

  /** The titles of the last turn's buttons. */
  get buttons(): string[] {
    return this.actions().map((a) => a.title ?? '');
  }

  /** The dialogue events the last turn's buttons send (`ENABLE`, `AFFIRM`, …; `link` for a link). */
  get buttonEvents(): string[] {
    return this.actions().map((a) => (a.value as { event?: { type?: string } } | undefined)?.event?.type ?? 'link');
  }

  /** Where the dialogue rests, read from the bot's storage: `flow.onboarding.enabled`, `handoff`, … */
  async state(): Promise<string> {
    const key = conversationKey(this.conversation.id);
    const record = (await this.storage.read([key]))[key] as { dialogue?: { snapshot?: { value?: unknown } } } | undefined;
    return record?.dialogue?.snapshot?.value === undefined ? 'none' : statePath(record.dialogue.snapshot.value);
  }

  /** A conversation's record as the bot stored it (its turn count, the message ids it remembers, the snapshot). */
  async storedRecord(conversationId = this.conversation.id): Promise<Record<string, unknown> | undefined> {
    const key = conversationKey(conversationId);
    return (await this.storage.read([key]))[key] as Record<string, unknown> | undefined;
  }

  /**
   * As if the customer's last turn was `ms` earlier than it was: the turn reads a pause from the stored record's time
   * (src/bot/dialogueTurn.ts SHOP_STEP_RECHECK_AFTER_MS).
   */
  async backdate(ms: number): Promise<void> {
    const key = conversationKey(this.conversation.id);
    const record = (await this.storage.read([key]))[key] as { updatedAt: string } | undefined;
    if (record === undefined) throw new Error('no stored conversation to backdate');
    const updatedAt = new Date(Date.parse(record.updatedAt) - ms).toISOString();
    await this.storage.write({ [key]: { ...record, updatedAt, eTag: '*' } });
  }

  /**
   * As if the customer waited `ms` before their next message: the bot's clock moves on (a one-time code's resend
   * cooldown runs out) until the next test; the mock's stays, so logins do not lapse.
   */
  passTime(ms: number): void {
    this.botClock.offsetMs += ms;
  }

  /** The account as the backend has it now, seen through a session of its own. */
  async account(phone: string): Promise<Account> {
    return this.client.getAccount(await this.login(phone));
  }

  async orders(phone: string): Promise<Order[]> {
    return this.client.listOrders(await this.login(phone));
  }

  /** Confirms receipt and pays an order outside the conversation, as the shop's app would. */
  async payElsewhere(phone: string, orderId: string): Promise<void> {
    const paid = await this.client.confirmReceipt(await this.login(phone), orderId);
    if (!paid.ok) throw new Error(`the mock refused to pay ${orderId}: ${paid.error}`);
  }

  /** Opens a stand-in shop page and submits its form the way a browser does (form-urlencoded, to the page's own URL). */
  async submitShopPage(url: string, fields: Record<string, string>): Promise<number> {
    const { pathname, search } = new URL(url);
    const page = await this.mock.request('GET', pathname + search);
    if (page.status !== 200) throw new Error(`${url} answered ${page.status}`);
    return (await this.mock.submitForm(pathname + search, fields)).status;
  }

  /** A raw POST to the bot's endpoint, for the tests of its HTTP edge. */
  async post(body: string, contentType = 'application/json'): Promise<{ status: number; body: string }> {
    const response = await fetch(this.botUrl, { method: 'POST', headers: { 'content-type': contentType }, body });
    return { status: response.status, body: await response.text() };
  }

  /** A well-formed activity for this conversation, as the channel would send it, to vary in edge tests. */
  activity(fields: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      type: 'message',
      channelId: 'e2e',
      serviceUrl: this.channelUrl,
      conversation: { id: this.conversation.id },
      from: { id: 'customer' },
      recipient: { id: 'bot' },
      text: '你好',
      ...fields,
    };
  }

  get channelUrl(): string {
    return this.channel.serviceUrl;
  }

  private async login(phone: string): Promise<Session> {
    const session = await this.client.createSession(phone, OTP);
    if (!session.ok) throw new Error(`the mock refused ${phone}: ${session.error}`);
    return session.value;
  }

  private actions(): CardAction[] {
    return this.replies.flatMap(actionsOf);
  }

  private button(target: ButtonTarget): CardAction {
    const actions = this.actions();
    const found =
      typeof target === 'number'
        ? actions[target - 1]
        : actions.find((a) => (typeof target === 'string' ? a.title === target : target.test(a.title ?? '')));
    if (!found) throw new Error(`no button ${String(target)}; the bot offered: ${this.buttons.join(' | ') || 'none'}`);
    return found;
  }

  private record(turn: Turn): Activity[] {
    this.lastTurn = turn;
    return this.replies;
  }
}

/** Starts one harness for a test file: `const h = useE2e();` then `h().say(…)` in tests; each test starts afresh. */
export function useE2e(options: StartOptions = {}): () => E2e {
  let harness: E2e | undefined;
  beforeAll(async () => {
    harness = await E2e.start(options);
  });
  afterAll(async () => harness?.close());
  beforeEach(async () => harness?.reset());
  return () => {
    if (!harness) throw new Error('the e2e harness did not start');
    return harness;
  };
}

/** Logs in from wherever the conversation is: phone number, then the one-time code. */
export async function logIn(h: E2e, phone: string): Promise<void> {
  await h.say(phone);
  await h.say(OTP);
}

/**
 * Logged in as `phone` from "我的订单": at the order list. Given a `locale`: in a fresh conversation in it, asked in its words,
 * and checked to be at the list. Not checked without one: persona 4, not enabled, is offered pay-later there instead.
 */
export async function atOrderList(h: E2e, phone: string, locale?: Locale): Promise<void> {
  if (locale !== undefined) await h.reset(locale);
  await h.say(locale === 'en-US' ? 'my orders' : '我的订单');
  await logIn(h, phone);
  if (locale !== undefined) expect(await h.state()).toBe('flow.purchase.showingOrders');
}

/**
 * Says `words` at a fresh welcome in `locale`, which ask after the orders before any login: the login is asked for, to
 * look at the orders; then logs in as `phone`, which shows the order list. Returns what the bot said when it asked.
 */
export async function atOrderListAfterAsking(h: E2e, words: string, phone: string, locale: Locale): Promise<string> {
  await h.reset(locale);
  await h.say(words);
  expect(await h.state()).toBe('flow.onboarding.login.awaitingPhone');
  expect(h.text).toContain(catalogs[locale]['notice.needsLogin.orders']);
  const asked = h.text;
  await logIn(h, phone);
  return asked;
}

/** At the earbuds' return-reason step (persona 13800000005). */
export async function returningEarbuds(h: E2e): Promise<void> {
  await atOrderList(h, '13800000005');
  await h.click('申请退货 · Wireless earbuds 无线耳机');
}
