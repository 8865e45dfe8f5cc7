// Delivers activities to the bot's messaging endpoint as a channel does, one turn at a time per conversation.
import { createHttpSender } from '../httpSender';
import type { Conversation } from './store';
import type { Logger, WireActivity } from './types';

export type Delivery = { ok: true } | { ok: false; reason: string };

export interface BotForwarder {
  forward(conversation: Conversation, activity: WireActivity): Promise<Delivery>;
}

export function createBotForwarder(opts: { botEndpoint: string; timeoutMs: number; logger: Logger }): BotForwarder {
  const send = createHttpSender();
  const post = async (activity: WireActivity): Promise<Delivery> => {
    try {
      const { status } = await send('POST', opts.botEndpoint, { 'content-type': 'application/json' }, JSON.stringify(activity), opts.timeoutMs);
      if (status >= 200 && status < 300) return { ok: true };
      return { ok: false, reason: `bot answered HTTP ${status}` };
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
