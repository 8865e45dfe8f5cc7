// Finds a conversation in memory or, after a restart, rebuilds it from the bot's transcript, so an open page goes on.
import { z } from 'zod';
import { withoutServiceUrl } from './activities';
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

/** What a lookup found: the conversation, none, or no answer from the transcript's store (try again later). */
export type Lookup = { kind: 'found'; conversation: Conversation } | { kind: 'absent' } | { kind: 'unavailable' };

export interface Conversations {
  /**
   * The conversation, from memory or recovered from its history. `pageUser` is the user id of a page's token: a
   * page may recover its conversation however old it is. Without it (the bot or an agent sending), only one
   * active within `recentMs` is recovered: no page older than a token's lifetime can come back to read it.
   */
  find(id: string, pageUser?: string): Promise<Lookup>;
}

export interface ConversationsDeps {
  store: ConversationStore;
  /** Without one, a conversation lives as long as this process (the behaviour of a channel with no transcript). */
  history?: ConversationHistory;
  maxActivities: number;
  /** How old a conversation's last activity may be for the bot's side to recover it (a token's lifetime). */
  recentMs: number;
  now: () => number;
  logger: Logger;
}

/**
 * Watermarks a recovered log skips after its last activity. The transcript is written every 200 ms, so a crash
 * can lose the last few activities a page has already seen; numbering new ones after a gap keeps them from
 * reusing those ids (and the page from ignoring them). Watermarks only need to grow, so the gap costs nothing.
 */
export const RECOVERY_GAP = 1000;

export function createConversations({ store, history, maxActivities, recentMs, now, logger }: ConversationsDeps): Conversations {
  // A page polls every second or so, and its post may race its poll: one recovery per conversation at a time.
  const recovering = new Map<string, Promise<Lookup>>();

  const recover = async (read: ConversationHistory, id: string, pageUser: string | undefined): Promise<Lookup> => {
    const log = channelLog(id, await read(id, maxActivities));
    const customer = log.find(({ activity }) => activity.from?.role === 'user')?.activity;
    // Only a conversation the customer spoke in can be resumed.
    if (!customer?.from) return { kind: 'absent' };
    if (pageUser === undefined && !isRecent(log, now() - recentMs)) return { kind: 'absent' };
    const held = store.get(id);
    if (held) return { kind: 'found', conversation: held };
    const last = log[log.length - 1].seq;
    const conversation = store.restore(id, pageUser ?? customer.from.id, localeOf(customer), log, last + 1 + RECOVERY_GAP);
    logger.info({ conversationId: id, activities: log.length }, 'directline: conversation recovered from its transcript');
    return { kind: 'found', conversation };
  };

  return {
    async find(id, pageUser) {
      const held = store.get(id);
      if (held) return { kind: 'found', conversation: held };
      if (!history) return { kind: 'absent' };
      // The bot's side may be refused what a page is given (see find), so the two never share an answer.
      const key = `${pageUser === undefined ? 'bot' : 'page'}:${id}`;
      let pending = recovering.get(key);
      if (!pending) {
        pending = recover(history, id, pageUser)
          .catch((error: unknown): Lookup => {
            logger.warn({ conversationId: id, error }, 'directline: could not read the transcript to recover a conversation');
            return { kind: 'unavailable' };
          })
          .finally(() => recovering.delete(key));
        recovering.set(key, pending);
      }
      return pending;
    },
  };
}

function isRecent(log: Array<{ activity: LoggedActivity }>, since: number): boolean {
  return log.some(({ activity }) => Date.parse(String(activity.timestamp ?? '')) >= since);
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
    const id = parsed.data.id;
    if (!id.startsWith(prefix)) continue;
    const seq = Number(id.slice(prefix.length));
    // Only the channel's own ids: anything else (an id the bot made up for a synthetic activity) was never shown.
    if (!Number.isSafeInteger(seq) || seq < 1 || id !== activityId(conversationId, seq)) continue;
    // The transcript keeps activities as the bot sent them, serviceUrls inside (a handoff event's reference) included.
    bySeq.set(seq, { ...withoutServiceUrl(parsed.data), id });
  }
  return [...bySeq.entries()].sort(([a], [b]) => a - b).map(([seq, activity]) => ({ seq, activity }));
}

const localeOf = (activity: WireActivity): string | undefined => (typeof activity.locale === 'string' ? activity.locale : undefined);
