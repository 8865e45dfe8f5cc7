// Finds a conversation in memory or, after a restart, rebuilds it from the bot's transcript, so an open page goes on.
import { z } from 'zod';
import { activityId, type Conversation, type ConversationStore, type LoggedActivity } from './store';
import type { Logger, WireActivity } from './types';

/**
 * The latest `count` activities the bot logged for one of this channel's conversations, oldest first (its
 * transcript). Every activity that passed through the channel's log is there under the id the log gave it.
 */
export type ConversationHistory = (conversationId: string, count: number) => Promise<readonly unknown[]>;

/** What the log needs of a stored activity; the rest is kept as the transcript has it. */
const historyActivitySchema = z
  .object({
    type: z.string(),
    id: z.string(),
    from: z.object({ id: z.string(), role: z.string().optional() }).passthrough().optional(),
  })
  .passthrough();

export interface Conversations {
  /** The conversation, from memory or recovered from its history; undefined when it never started or is gone. */
  find(id: string): Promise<Conversation | undefined>;
}

export interface ConversationsDeps {
  store: ConversationStore;
  /** Without one, a conversation lives as long as this process (the behaviour of a channel with no transcript). */
  history?: ConversationHistory;
  maxActivities: number;
  logger: Logger;
}

export function createConversations({ store, history, maxActivities, logger }: ConversationsDeps): Conversations {
  // A page polls every second or so, and its post may race its poll: one recovery per conversation at a time.
  const recovering = new Map<string, Promise<Conversation | undefined>>();

  const recover = async (read: ConversationHistory, id: string): Promise<Conversation | undefined> => {
    const log = channelLog(id, await read(id, maxActivities));
    const customer = log.find(({ activity }) => activity.from?.role === 'user')?.activity;
    // Only a conversation the customer spoke in can be resumed: the user id comes from their own activities.
    if (!customer?.from) return undefined;
    const conversation = store.get(id) ?? store.restore(id, customer.from.id, localeOf(customer), log);
    logger.info({ conversationId: id, activities: log.length }, 'directline: conversation recovered from its transcript');
    return conversation;
  };

  return {
    async find(id) {
      const held = store.get(id);
      if (held || !history) return held;
      let pending = recovering.get(id);
      if (!pending) {
        pending = recover(history, id)
          .catch((error: unknown) => {
            logger.warn({ conversationId: id, error }, 'directline: could not read the transcript to recover a conversation');
            return undefined;
          })
          .finally(() => recovering.delete(id));
        recovering.set(id, pending);
      }
      return pending;
    },
  };
}

/**
 * The activities of the transcript that were in the channel's log, by their watermark, as the page is shown them.
 * The transcript keeps them masked, so a page reloaded after a restart shows "138****0002" where the customer
 * typed their number: their own words, with the personal numbers hidden as everywhere else at rest.
 */
function channelLog(conversationId: string, history: readonly unknown[]): Array<{ seq: number; activity: LoggedActivity }> {
  const prefix = `${conversationId}|`;
  const bySeq = new Map<number, LoggedActivity>();
  for (const stored of history) {
    const parsed = historyActivitySchema.safeParse(stored);
    if (!parsed.success) continue;
    const { serviceUrl: _internal, ...activity } = parsed.data;
    const id = activity.id;
    if (!id.startsWith(prefix)) continue;
    const seq = Number(id.slice(prefix.length));
    // Only the channel's own ids: anything else (an id the bot made up for a synthetic activity) was never shown.
    if (!Number.isSafeInteger(seq) || seq < 1 || id !== activityId(conversationId, seq)) continue;
    bySeq.set(seq, { ...activity, id });
  }
  return [...bySeq.entries()].sort(([a], [b]) => a - b).map(([seq, activity]) => ({ seq, activity }));
}

const localeOf = (activity: WireActivity): string | undefined => (typeof activity.locale === 'string' ? activity.locale : undefined);
