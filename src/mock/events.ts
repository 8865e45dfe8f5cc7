// Sends the signed "step done" events from the stand-in pages to the bot; a failed delivery is logged, never thrown.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { backendEventSchema, type BackendEvent, type BackendEventType } from '../backend/schemas';
import { signWebhook } from '../webhook/signature';

/** The customer is waiting on the page while we deliver, so a slow bot must not hold it for long. */
const DELIVERY_TIMEOUT_MS = 3000;

export type Notify = (type: BackendEventType, accountId: string) => Promise<void>;

export interface EventSenderOptions {
  webhookUrl?: string;
  webhookSecret?: string;
  logger: Logger;
}

export function createEventSender({ webhookUrl, webhookSecret, logger }: EventSenderOptions): Notify {
  if (!webhookUrl) return async () => undefined;
  if (!webhookSecret) {
    // The bot refuses unsigned events, so sending them would only look like a bug on the bot's side.
    logger.warn('BACKEND_WEBHOOK_SECRET is not set: the stand-in pages will not notify the bot');
    return async () => undefined;
  }

  return async (type, accountId) => {
    const event: BackendEvent = backendEventSchema.parse({
      eventId: randomUUID(),
      type,
      accountId,
      occurredAt: new Date().toISOString(),
    });
    const rawBody = JSON.stringify(event);
    try {
      const response = await fetch(webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signWebhook(webhookSecret, rawBody, Date.now() / 1000) },
        body: rawBody,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      await response.body?.cancel(); // the answer's content does not matter; free the connection
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      logger.info({ eventId: event.eventId, type, accountId }, 'webhook delivered');
    } catch (error) {
      logger.warn({ eventId: event.eventId, type, accountId, webhookUrl, err: String(error) }, 'webhook delivery failed');
    }
  };
}
