// botbuilder's TranscriptLoggerMiddleware, told per turn when the turn began, so that an erase during a turn wins over its lines.
import { TranscriptLoggerMiddleware, type Activity, type Middleware, type TranscriptLogger } from 'botbuilder';
import { wasErased } from '../bot/erasedTurn';
import { wasRepeated } from '../bot/repeatedMessages';
import type { CasTranscriptStore } from './casTranscriptStore';

/**
 * The logger writes a turn's activities when the turn ends, the customer's message included: a conversation erased
 * meanwhile would get them back. Each turn's lines go with the store's generation at its start (the store drops those
 * of a conversation this instance erased since), and none go when the turn itself found the conversation erased (by
 * any instance: its save lost to the delete), nor when it answered a channel's retry of a post (the original's are
 * there: an agent would read the message, and its answer, twice).
 */
export function transcriptMiddleware(store: CasTranscriptStore): Middleware {
  return {
    onTurn(context, next) {
      const generation = store.generation();
      const logger: TranscriptLogger = {
        logActivity: (activity: Activity) =>
          wasErased(context) || wasRepeated(context) ? undefined : store.logActivity(activity, generation),
      };
      return new TranscriptLoggerMiddleware(logger).onTurn(context, next);
    },
  };
}
