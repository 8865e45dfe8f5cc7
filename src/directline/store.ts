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
  log: LoggedActivity[];
  /** Watermark of log[0]; older activities were dropped to bound memory, but watermarks never go back. */
  firstSeq: number;
  lastUsed: number;
}

export interface ConversationStore {
  create(id: string, userId: string, locale: string | undefined): Conversation;
  get(id: string): Conversation | undefined;
  /** Appends to the log, giving the activity its id and the next watermark. */
  append(id: string, activity: WireActivity): LoggedActivity | undefined;
  /** Whether the conversation's log (what is still kept of it) holds the activity with this id. */
  has(id: string, activityId: string): boolean;
  /** Activities after `watermark` (all when undefined) and the watermark to ask with next time. */
  since(id: string, watermark: number | undefined): { activities: LoggedActivity[]; watermark: string } | undefined;
  size(): number;
}

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

  return {
    create(id, userId, locale) {
      makeRoom();
      const conversation: Conversation = { id, userId, locale, queue: Promise.resolve() };
      entries.set(id, { conversation, log: [], firstSeq: 1, lastUsed: now() });
      return conversation;
    },
    get: (id) => use(id)?.conversation,
    append(id, activity) {
      const entry = use(id);
      if (!entry) return undefined;
      const seq = entry.firstSeq + entry.log.length;
      // Direct Line's own ids look like "<conversationId>|<7-digit sequence>"; Web Chat only needs them unique.
      const logged: LoggedActivity = { ...activity, id: `${id}|${String(seq).padStart(7, '0')}` };
      entry.log.push(logged);
      if (entry.log.length > limits.maxActivitiesPerConversation) {
        entry.log.shift();
        entry.firstSeq += 1;
      }
      return logged;
    },
    has(id, activityId) {
      const entry = entries.get(id);
      return entry !== undefined && !isIdle(entry) && entry.log.some((a) => a.id === activityId);
    },
    since(id, watermark) {
      const entry = use(id);
      if (!entry) return undefined;
      const last = entry.firstSeq + entry.log.length - 1;
      const from = Math.min(watermark ?? 0, last);
      const activities = entry.log.slice(Math.max(0, from + 1 - entry.firstSeq));
      return { activities, watermark: String(last) };
    },
    size: () => entries.size,
  };
}
