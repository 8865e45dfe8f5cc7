// The bot's HTTP server: restify with the Bot Framework endpoint, health and readiness; built by one factory.
import restify, { type Server } from 'restify';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type Activity,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { dialogueMachine } from '../../machines/dialogue';
import { toActors } from '../../machines/ports';
import { createAccountClient, type AccountClient } from '../backend/client';
import type { CasStorage } from '../storage';
import type { Nlu } from '../nlu';
import { createOps, failClosed, STOP_DEADLINE_MS, type Ops } from '../ops';
import { logRefusals, refusalLogged } from '../ops/refusals';
import { isJsonMediaType, NOT_A_JSON_ACTIVITY, parseActivity } from './activitySchema';
import { reuseClients } from './clientReuse';
import { boundChannelSends, isChannelUnreachable } from './channelSends';
import { backendPorts } from './backendPorts';
import { LoginAttempts, limitWrongCodes } from './loginAttempts';
import { spaceCodeResends } from './codeResends';
import { PhoneDigests } from './phoneDigests';
import { storedPhoneSeal } from './phoneSeal';
import { PaylaterBot, type PaylaterBotDeps } from './paylaterBot';
import { readiness } from './readiness';
import { localeFromTag } from './locale';
import { BOT_SERVER_NAME, listenOn } from '../listen';
import { CHANNEL_PATH } from '../directline';
import { tolerateUnreadableJson } from '../agent/http';
import { BACKEND_EVENTS_PATH } from '../webhook/backendEvents';

/** Activities are small; anything larger is refused before it is parsed. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The most backend calls one turn makes in a row: the one-time code's check, the account, the orders asked for. */
const LONGEST_CALL_CHAIN = 3;

/** What a stop needs after the drain, within its deadline: the transcript flush and closing the storage. */
const AFTER_DRAIN_MS = 5000;

/**
 * How long a stop waits for the turns in flight: each ends within its calls' waits (the margin covers storage and
 * sending), but never so long that the flush and the storage's close miss the stop's deadline (with
 * BACKEND_TIMEOUT_MS above ~6 s the whole chain did, and the process was ended with transcript lines unwritten).
 */
export function drainWaitMs(callWaitMs: number): number {
  return Math.min(LONGEST_CALL_CHAIN * callWaitMs + 3000, STOP_DEADLINE_MS - AFTER_DRAIN_MS);
}

export interface BotAppDeps {
  config: Config;
  storage: CasStorage;
  nlu: Nlu;
  logger: Logger;
  client?: AccountClient;
  observers?: PaylaterBotDeps['observers'];
  handoffQueue?: PaylaterBotDeps['handoffQueue'];
  /**
   * The bot's clock (Date.now unless a test moves it on): the spacing of one-time codes, the window wrong codes are
   * counted in, and the day an overdue order's days are counted to.
   */
  now?: () => number;
}

export interface BotApp {
  server: Server;
  adapter: CloudAdapter;
  bot: PaylaterBot;
  ops: Ops;
  listen(port: number, host?: string): Promise<string>;
  /** Stops taking requests (503), lets those in flight finish, then closes the server. */
  close(): Promise<void>;
}

/** CloudAdapter whose activities arrive checked and parsed (parseActivity), so its request handling is not needed. */
class CheckedActivityAdapter extends CloudAdapter {
  processChecked(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authHeader, activity, logic);
  }
}

const APOLOGY = {
  'zh-CN': '抱歉，我这边出了点问题。请再发一次，或者输入“转人工”找同事帮忙。',
  'en-US': 'Sorry, something went wrong on my side. Please send that again, or type "agent" to reach a colleague.',
};

export function createBotApp(deps: BotAppDeps): BotApp {
  const { config, logger } = deps;
  const ops = createOps(logger, config.METRICS_TOKEN);
  const credentials = {
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  } as ConfigurationBotFrameworkAuthenticationOptions;
  const auth = failClosed(new ConfigurationBotFrameworkAuthentication(credentials), logger);
  // Built once per channel, not per activity: see clientReuse.ts.
  const adapter = new CheckedActivityAdapter(reuseClients(auth, (connector) => boundChannelSends(connector, logger)));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // The replies did not reach the channel (warned in channelSends.ts): an apology would wait for it in vain too.
    if (isChannelUnreachable(error)) return;
    logger.error({ err: error, conversationId: context.activity.conversation?.id }, 'turn failed');
    try {
      // The Emulator shows this trace to bot developers; customers only see the apology. Elsewhere it is not sent:
      // with deliveryMode expectReplies a trace goes out in the HTTP answer, and the error text names internals.
      if (context.activity.channelId === 'emulator') {
        await context.sendTraceActivity('OnTurnError Trace', error.message, 'https://www.botframework.com/schemas/error', 'TurnError');
      }
      await context.sendActivity(APOLOGY[localeFromTag(context.activity.locale) ?? 'zh-CN']);
    } catch (sendError) {
      // The channel cannot be reached (often the very failure that ended the turn). A 500 would not help:
      // the turn may already be stored, and the channel resending it would run it twice.
      logger.error({ err: sendError, conversationId: context.activity.conversation?.id }, 'apology could not be sent');
    }
  };

  const client = ops.instrumentClient(
    deps.client ?? createAccountClient({ baseUrl: config.ACCOUNT_API_URL, timeoutMs: config.BACKEND_TIMEOUT_MS }),
  );
  // How long a turn waits for each of its backend calls (one turn may chain LONGEST_CALL_CHAIN of them).
  const callWaitMs = config.BACKEND_TIMEOUT_MS + 2000;
  // One secret read for both uses of a phone number's digest.
  const phoneDigests = new PhoneDigests(deps.storage);
  const now = deps.now ?? Date.now;
  // A locked-out number is told so before a code asked for too soon is (it could not log in with one anyway).
  const ports = limitWrongCodes(spaceCodeResends(backendPorts(client), now), new LoginAttempts(deps.storage, now, phoneDigests));
  const machine = dialogueMachine.provide({
    actors: toActors(ports),
    // The client gives up first; the machine's own timeout is the safety net behind it.
    delays: { backendTimeout: config.BACKEND_TIMEOUT_MS + 1000 },
  });
  const bot = new PaylaterBot({
    machine,
    nlu: deps.nlu,
    shopUrl: config.SHOP_URL,
    maxWaitMs: callWaitMs,
    storage: ops.instrumentStorage(deps.storage),
    logger,
    observers: [ops.observe, ...(deps.observers ?? [])],
    handoffQueue: deps.handoffQueue,
    phoneDigest: (phone) => phoneDigests.of(phone, 'ownNumber'),
    phoneSeal: storedPhoneSeal(deps.storage),
    now,
  });

  // A trailing slash (GET /api/agent/conversations/) names the same route: it was a 405 from the route with an id.
  const server = restify.createServer({ name: BOT_SERVER_NAME, ignoreTrailingSlash: true });
  // A refused request (bad JSON, too large, a wrong method, an activity with no answer) leaves one line in the log.
  logRefusals(server, logger);
  // First, so that a stopping bot refuses everything new and counts what it still has to finish.
  server.pre(ops.gate);
  // restify's gunzip stream has no error listener: a corrupt compressed body would crash the process.
  server.pre((req, res, next) => {
    const encoding = req.header('content-encoding');
    if (encoding && encoding.toLowerCase() !== 'identity') {
      res.send(415, { code: 'UnsupportedMediaType', message: `content-encoding ${encoding} is not accepted` });
      return next(false);
    }
    return next();
  });
  // The local Direct Line channel's service endpoint reads the bot's own activities itself, with a limit of its own:
  // a handoff event carries up to 100 activities of transcript, more than any customer or channel sends here.
  const parseBody = restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false });
  // The bot's own APIs answer a body that is not JSON themselves, in their documented terms and after their auth.
  const ownApi = (path: string) => path.startsWith('/api/agent/') || path.startsWith(BACKEND_EVENTS_PATH);
  server.use(
    parseBody.map((handler): restify.RequestHandler => {
      const tolerant = tolerateUnreadableJson(handler);
      return (req, res, next) => (req.path().startsWith(CHANNEL_PATH) ? next() : (ownApi(req.path()) ? tolerant : handler)(req, res, next));
    }),
  );

  // The adapter's processActivity directly, not its process(): the body is checked here already, and process() writes
  // every refused request's stack trace to the console, outside the structured log.
  server.post('/api/messages', async (req, res) => {
    // A form or plain text is no activity: bodyParser would read a form's fields as one. Nor is a body without a type,
    // which bodyParser does not read at all (it was a 400 "must be a JSON activity", though the type was what was wrong).
    const mediaType = (req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!isJsonMediaType(mediaType)) {
      res.send(415, { code: 'UnsupportedMediaType', message: mediaType === '' ? NOT_A_JSON_ACTIVITY : `${NOT_A_JSON_ACTIVITY}, not ${mediaType}` });
      return;
    }
    const parsed = parseActivity(req.body);
    if (!parsed.ok) {
      res.send(400, { code: 'BadRequest', message: parsed.problem });
      return;
    }
    try {
      const answer = await adapter.processChecked(req.header('authorization') ?? '', parsed.activity, (context) =>
        ops.run(context, () => bot.onTurn(context)),
      );
      res.send(answer?.status ?? 200, answer?.body);
    } catch (err) {
      if (err instanceof AuthenticationError) {
        logger.warn({ reason: err.message, channelId: parsed.activity.channelId }, 'unauthenticated activity refused');
        refusalLogged(req);
        res.send(401, { code: 'Unauthorized', message: 'a valid Bot Framework token is required' });
        return;
      }
      logger.error({ err }, 'activity failed');
      res.send(500, { code: 'InternalError', message: 'internal error' });
    }
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/metrics', ops.metricsRoute);

  server.get('/readyz', async (_req, res) => {
    const report = await readiness(deps.storage, config.ACCOUNT_API_URL, 1000);
    res.send(report.ready ? 200 : 503, report);
  });

  return {
    server,
    adapter,
    bot,
    ops,
    listen: async (port, host = '0.0.0.0') => `http://127.0.0.1:${await listenOn(server, port, host, 'PORT')}`,
    close: async () => {
      await ops.drain(drainWaitMs(callWaitMs));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
