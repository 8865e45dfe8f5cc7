// POST /api/backend-events: the account backend's signed "step done" events, continued proactively in the customer's conversation.
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { Request, Server } from 'restify';
import type { ExternalStep } from '../../machines/events';
import { backendEventSchema, type BackendEvent, type BackendEventType } from '../backend/schemas';
import type { PaylaterBot } from '../bot/paylaterBot';
import { guarded, HttpProblem } from '../agent/http';
import { zodReason } from '../zodReason';
import { continueConversation, isReachable, loadConversation, restingStep } from '../handoff/conversations';
import type { CasStorage } from '../storage';
import { conversationOfAccount } from './accountIndex';
import { SeenEvents } from './seenEvents';
import { verifyWebhook } from './signature';

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

/**
 * Answers: 200 `delivered` (the customer was told and the dialogue moved on); 200 `duplicate` (an eventId seen in
 * the last 10 minutes: a resend after a lost answer is a success, so the sender stops); 200 `not_waiting` (the
 * customer is not at that step any more, e.g. they said "done" first, or an agent has them); 202 `no_conversation`
 * (no conversation is logged in as that account: nothing to continue, nothing to retry); 400 for a body off the
 * contract; 401 unsigned, bad_signature or stale; 503 when no secret is configured.
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
        throw new HttpProblem(401, code, message);
      }
      const event = parseEvent(req, raw);
      const about = { eventId: event.eventId, type: event.type, accountId: event.accountId };
      if (!(await seen.remember(event.eventId))) {
        logger.info(about, 'backend event: duplicate ignored');
        return void res.json(200, { status: 'duplicate', eventId: event.eventId });
      }
      const conversationId = await conversationOfAccount(storage, event.accountId);
      const record = conversationId ? await loadConversation(storage, conversationId) : undefined;
      if (!conversationId || !isReachable(record)) {
        logger.info(about, 'backend event: no conversation for the account');
        return void res.json(202, { status: 'no_conversation', eventId: event.eventId });
      }
      const step = STEP_OF[event.type];
      // Only a customer still at that step is continued: elsewhere the recheck would only repeat the current prompt. A
      // clarifying question asked there leaves them at it (the event goes back to the step, as an answer would).
      if (restingStep(record) !== step) {
        logger.info({ ...about, conversationId }, 'backend event: customer not at that step');
        return void res.json(200, { status: 'not_waiting', eventId: event.eventId, conversationId });
      }
      try {
        await continueConversation(adapter, botAppId, record, async (context) => {
          await bot.dispatch(context, { type: 'BACKEND_STEP_COMPLETED', step });
        });
      } catch (err) {
        // Not handled, so not remembered: the sender's retry gets another chance.
        await seen.forget(event.eventId);
        throw err;
      }
      logger.info({ ...about, conversationId }, 'backend event: conversation continued');
      res.json(200, { status: 'delivered', eventId: event.eventId, conversationId });
    }),
  );
}
