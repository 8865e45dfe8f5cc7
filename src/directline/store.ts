// Bounded in-memory conversation store: each conversation's activity log, numbered by watermark, with idle expiry.
import type { WireActivity } from './types';

/** An activity as the channel stores and delivers it; the log assigns `id`. */
export type LoggedActivity = WireActivity & { id: string };

export interface Conversation {
  readonly id: string;
  readonly userId: string;
  readonly locale: string | undefined;
  /** Forwarding to the bot is chained here so the bot sees one conversation's turns in order, one at a time. */
  queue: Promise<unknown>;
}

export interface StoreLimits {
  maxConversations: number;
  idleTtlMs: number;
  maxActivitiesPerConversation: number;
}

interface Entry {
  conversation: Conversation;
  /** Oldest first. Numbered without gaps while this process logs; a recovered log may have gaps (see restore). */
  log: Array<{ seq: number; activity: LoggedActivity }>;
  /** Watermark of the next activity; watermarks never go back, even when old activities are dropped. */
  nextSeq: number;
  lastUsed: number;
}

export interface ConversationStore {
  create(id: string, userId: string, locale: string | undefined): Conversation;
  /**
   * Puts back a conversation this process lost (a restart) from what was kept of it elsewhere, each activity with
   * the watermark it had; new activities are numbered from `nextSeq` on (above the highest).
   */
  restore(
    id: string,
    userId: string,
    locale: string | undefined,
    log: Array<{ seq: number; activity: LoggedActivity }>,
    nextSeq: number,
  ): Conversation;
  get(id: string): Conversation | undefined;
  /** Appends to the log, giving the activity its id and the next watermark. */
  append(id: string, activity: WireActivity): LoggedActivity | undefined;
  /** Whether the conversation's log (what is still kept of it) holds the activity with this id. */
  has(id: string, activityId: string): boolean;
  /** Drops the conversation's activities (an erased conversation); watermarks go on from where they were. */
  clear(id: string): void;
  /** Activities after `watermark` (all when undefined) and the watermark to ask with next time. */
  since(id: string, watermark: number | undefined): { activities: LoggedActivity[]; watermark: string } | undefined;
  size(): number;
}

/** Direct Line's own ids look like "<conversationId>|<7-digit sequence>"; Web Chat only needs them unique. */
export const activityId = (conversationId: string, seq: number) => `${conversationId}|${String(seq).padStart(7, '0')}`;

export function createConversationStore(limits: StoreLimits, now: () => number = Date.now): ConversationStore {
  // A Map keeps insertion order; re-inserting on use makes its first key the least recently used.
  const entries = new Map<string, Entry>();

  const isIdle = (entry: Entry) => now() - entry.lastUsed > limits.idleTtlMs;

  const use = (id: string): Entry | undefined => {
    const entry = entries.get(id);
    if (!entry) return undefined;
    entries.delete(id);
    if (isIdle(entry)) return undefined;
    entry.lastUsed = now();
    entries.set(id, entry);
    return entry;
  };

  const makeRoom = () => {
    for (const [id, entry] of entries) if (isIdle(entry)) entries.delete(id);
    while (entries.size >= limits.maxConversations) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      entries.delete(oldest.value);
    }
  };

  const add = (entry: Omit<Entry, 'lastUsed'>): Conversation => {
    makeRoom();
    entries.set(entry.conversation.id, { ...entry, lastUsed: now() });
    return entry.conversation;
  };
  const newConversation = (id: string, userId: string, locale: string | undefined): Conversation => ({
    id,
    userId,
    locale,
    queue: Promise.resolve(),
  });

  return {
    create: (id, userId, locale) => add({ conversation: newConversation(id, userId, locale), log: [], nextSeq: 1 }),
    restore(id, userId, locale, log, nextSeq) {
      const kept = log.slice(-limits.maxActivitiesPerConversation);
      const highest = kept.reduce((max, { seq }) => Math.max(max, seq), 0);
      return add({ conversation: newConversation(id, userId, locale), log: kept, nextSeq: Math.max(nextSeq, highest + 1) });
    },
    get: (id) => use(id)?.conversation,
    append(id, activity) {
      const entry = use(id);
      if (!entry) return undefined;
      const seq = entry.nextSeq++;
      const logged: LoggedActivity = { ...activity, id: activityId(id, seq) };
      entry.log.push({ seq, activity: logged });
      if (entry.log.length > limits.maxActivitiesPerConversation) entry.log.shift();
      return logged;
    },
    has(id, activityId) {
      const entry = entries.get(id);
      return entry !== undefined && !isIdle(entry) && entry.log.some(({ activity }) => activity.id === activityId);
    },
    clear(id) {
      const entry = entries.get(id);
      if (entry) entry.log = [];
    },
    since(id, watermark) {
      const entry = use(id);
      if (!entry) return undefined;
      // A watermark from the future (another process's) is clamped rather than skipping what comes next.
      const last = entry.nextSeq - 1;
      const from = Math.min(watermark ?? 0, last);
      // Polled every half second by each open page, usually with nothing new: look back from the end only.
      let start = entry.log.length;
      while (start > 0 && entry.log[start - 1].seq > from) start -= 1;
      return { activities: entry.log.slice(start).map(({ activity }) => activity), watermark: String(last) };
    },
    size: () => entries.size,
  };
}
