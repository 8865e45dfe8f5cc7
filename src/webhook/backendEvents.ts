// POST /api/backend-events: the account backend's signed "step done" events, continued proactively in the customer's conversations.
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { Request, Server } from 'restify';
import type { ExternalStep } from '../../machines/events';
import { backendEventSchema, type BackendEvent, type BackendEventType } from '../backend/schemas';
import type { PaylaterBot } from '../bot/paylaterBot';
import { guarded, HttpProblem, requireJsonBody } from '../agent/http';
import { zodReason } from '../zodReason';
import {
  ChannelUnreachableError,
  continueConversation,
  isReachable,
  loadConversation,
  loggedInAccount,
  restingStep,
  type Reachable,
} from '../handoff/conversations';
import type { CasStorage } from '../storage';
import { conversationsOfAccount } from './accountIndex';
import { SeenEvents } from './seenEvents';
import { verifyWebhook } from './signature';
import { refusalLogged } from '../ops/refusals';

export const BACKEND_EVENTS_PATH = '/api/backend-events';

export interface BackendEventsDeps {
  /** BACKEND_WEBHOOK_SECRET; without it every event is refused (503). */
  secret?: string;
  storage: CasStorage;
  adapter: CloudAdapter;
  bot: PaylaterBot;
  botAppId: string;
  logger: Logger;
  nowMs?: () => number;
}

const STEP_OF: Record<BackendEventType, ExternalStep> = { 'plus.activated': 'plus', 'realName.verified': 'realName' };

const REFUSALS = {
  missing: ['unsigned', 'the x-paylater-timestamp and x-paylater-signature headers are required'],
  bad_signature: ['bad_signature', 'the signature does not match the body'],
  stale: ['stale', 'the timestamp is more than 5 minutes away from now'],
} as const;

/** The bytes as they came: the signature covers them, not a re-serialisation of the parsed JSON. */
function rawBodyOf(req: Request): string | Buffer {
  const raw: unknown = req.rawBody ?? req.body;
  return typeof raw === 'string' || Buffer.isBuffer(raw) ? raw : '';
}

/** The event; restify's body parser has already parsed a JSON body, so the raw bytes are parsed only otherwise. */
function parseEvent(req: Request, raw: string | Buffer): BackendEvent {
  let json: unknown = req.body;
  if (typeof json !== 'object' || json === null || Buffer.isBuffer(json)) {
    try {
      json = JSON.parse(raw.toString());
    } catch {
      throw new HttpProblem(400, 'invalid_event', 'the body is not JSON');
    }
  }
  const parsed = backendEventSchema.safeParse(json);
  if (!parsed.success) throw new HttpProblem(400, 'invalid_event', zodReason(parsed.error));
  return parsed.data;
}

/** The account's conversations the bot can write to, the latest first, with their ids. */
async function reachableConversations(storage: CasStorage, accountId: string): Promise<Array<{ id: string; record: Reachable }>> {
  const ids = await conversationsOfAccount(storage, accountId);
  const records = await Promise.all(ids.map(async (id) => ({ id, record: await loadConversation(storage, id) })));
  return records.filter((c): c is { id: string; record: Reachable } => isReachable(c.record));
}

/**
 * Answers: 200 `delivered` (the customer was told and the dialogue moved on, in every conversation of theirs waiting at
 * that step: `conversationIds`, the latest first as `conversationId`; `untold`: those whose channel did not take the
 * message, moved on all the same and told at the customer's next message); 200 `duplicate` (an eventId seen in the last 10
 * minutes: a resend after a lost answer is a success, so the sender stops); 200 `not_waiting` (no conversation of the
 * customer's is at that step any more, e.g. they said "done" first, or an agent has them; `conversationId` is the
 * latest); 202 `no_conversation` (no conversation is logged in as that account: nothing to continue, nothing to retry);
 * 400 for a body off the contract; 401 unsigned, bad_signature or stale; 503 when no secret is configured.
 */
export function registerBackendEvents(server: Server, deps: BackendEventsDeps): void {
  const { secret, storage, adapter, bot, botAppId, logger } = deps;
  const nowMs = deps.nowMs ?? Date.now;
  if (!secret) {
    logger.warn(`backend events disabled: BACKEND_WEBHOOK_SECRET is not set, ${BACKEND_EVENTS_PATH} refuses every event (503)`);
    server.post(
      BACKEND_EVENTS_PATH,
      guarded(logger, async () => {
        throw new HttpProblem(503, 'webhook_disabled', 'backend events are disabled: BACKEND_WEBHOOK_SECRET is not set');
      }),
    );
    return;
  }
  const seen = new SeenEvents(storage, nowMs);

  server.post(
    BACKEND_EVENTS_PATH,
    guarded(logger, async (req, res) => {
      const raw = rawBodyOf(req);
      const verification = verifyWebhook(secret, raw, req.headers, nowMs() / 1000);
      if (!verification.ok) {
        const [code, message] = REFUSALS[verification.reason];
        logger.warn({ reason: code }, 'backend event refused');
        refusalLogged(req);
        throw new HttpProblem(401, code, message);
      }
      // Signed, but not JSON (a form's fields would be read as the event's): refused as the agent API refuses one.
      requireJsonBody(req);
      const event = parseEvent(req, raw);
      const about = { eventId: event.eventId, type: event.type, accountId: event.accountId };
      if (!(await seen.remember(event.eventId))) {
        logger.info(about, 'backend event: duplicate ignored');
        return void res.json(200, { status: 'duplicate', eventId: event.eventId });
      }
      const conversations = await reachableConversations(storage, event.accountId);
      if (conversations.length === 0) {
        logger.info(about, 'backend event: no conversation for the account');
        return void res.json(202, { status: 'no_conversation', eventId: event.eventId });
      }
      const step = STEP_OF[event.type];
      // Every conversation still logged in as the account and at that step is continued: the customer may have waited
      // there in one chat and done the step from another. Elsewhere the recheck would only repeat the current prompt. A
      // clarifying question asked there leaves them at it (the event goes back to the step, as an answer would).
      const waiting = conversations.filter(({ record }) => loggedInAccount(record) === event.accountId && restingStep(record) === step);
      if (waiting.length === 0) {
        const conversationId = conversations[0].id;
        logger.info({ ...about, conversationId }, 'backend event: customer not at that step');
        return void res.json(200, { status: 'not_waiting', eventId: event.eventId, conversationId });
      }
      const outcomes = await Promise.allSettled(
        waiting.map(({ record }) =>
          continueConversation(adapter, botAppId, record, async (context) => {
            await bot.dispatch(context, { type: 'BACKEND_STEP_COMPLETED', step });
          }),
        ),
      );
      // A channel that did not take the message (unreachable; the Emulator's serviceUrl changes when it restarts) leaves
      // the dialogue moved on with the notice kept for the customer's next turn (src/bot/paylaterBot.ts): handled, and a
      // retry would find the conversation no longer at the step.
      const unreachable = (o: PromiseSettledResult<void>) => o.status === 'rejected' && o.reason instanceof ChannelUnreachableError;
      const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected' && !unreachable(o));
      if (failure) {
        // Not handled everywhere, so not remembered: the sender's retry gets another chance, and finds the conversations
        // continued this time no longer at the step.
        await seen.forget(event.eventId);
        throw failure.reason;
      }
      const conversationIds = waiting.map(({ id }) => id);
      const untold = waiting.filter((_, i) => unreachable(outcomes[i])).map(({ id }) => id);
      if (untold.length > 0) logger.warn({ ...about, conversationIds: untold }, 'backend event: channel unreachable, told at the next message');
      logger.info({ ...about, conversationIds }, 'backend event: conversations continued');
      res.json(200, {
        status: 'delivered',
        eventId: event.eventId,
        conversationId: conversationIds[0],
        conversationIds,
        ...(untold.length > 0 ? { untold } : {}),
      });
    }),
  );
}
