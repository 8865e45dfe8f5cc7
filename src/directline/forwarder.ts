// Delivers activities to the bot's messaging endpoint as a channel does, one turn at a time per conversation.
import type { Conversation } from './store';
import type { Logger, WireActivity } from './types';

export type Delivery = { ok: true } | { ok: false; reason: string };

export interface BotForwarder {
  forward(conversation: Conversation, activity: WireActivity): Promise<Delivery>;
}

export function createBotForwarder(opts: { botEndpoint: string; timeoutMs: number; logger: Logger }): BotForwarder {
  const post = async (activity: WireActivity): Promise<Delivery> => {
    try {
      const res = await fetch(opts.botEndpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
      await res.arrayBuffer(); // drain, so the connection is reused
      if (res.ok) return { ok: true };
      return { ok: false, reason: `bot answered HTTP ${res.status}` };
    } catch (err) {
      return { ok: false, reason: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
    }
  };

  return {
    forward(conversation, activity) {
      // Chained: a second message must not start a turn while the first one's state is still being saved.
      const delivery = conversation.queue.then(() => post(activity));
      conversation.queue = delivery;
      return delivery.then((result) => {
        if (!result.ok) {
          opts.logger.warn(
            { conversationId: conversation.id, activityType: activity.type, reason: result.reason },
            'directline: the bot did not take the activity',
          );
        }
        return result;
      });
    },
  };
}
