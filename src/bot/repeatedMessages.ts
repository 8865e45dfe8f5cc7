// Recognizes a channel's retried post (a message activity id the conversation has had already) and keeps what answers it.
import { createHash } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';

/**
 * How many of a conversation's latest message ids its record remembers. A channel resends the post whose answer it
 * lost, within seconds; a customer typing fast may have a few more posts in flight behind it.
 */
export const REMEMBERED_MESSAGES = 8;

/** Characters of a digest: 60 bits, so two of a conversation's last eight ids share one about once in 10^17 messages. */
const DIGEST_LENGTH = 10;

/**
 * What the record keeps of an activity id: channels' ids run from a few characters to a hundred (Teams, Direct
 * Line's "<conversation>|<sequence>", the Emulator's UUIDs); a digest is short and of one size whatever they are.
 */
export const messageDigest = (activityId: string): string =>
  createHash('sha256').update(activityId).digest('base64url').slice(0, DIGEST_LENGTH);

/** The conversation's remembered digests with this turn's added, the oldest dropped past REMEMBERED_MESSAGES. */
export function rememberMessage(recent: readonly string[] | undefined, digest: string): string[] {
  return [...(recent ?? []), digest].slice(-REMEMBERED_MESSAGES);
}

const REPEATED = Symbol('repeatedMessage');

/** Marks a turn that answered a retried post: it is no new turn for the transcript or the metrics. */
export function markRepeated(context: TurnContext): void {
  context.turnState.set(REPEATED, true);
}

export const wasRepeated = (context: TurnContext): boolean => context.turnState.get(REPEATED) === true;

interface Kept {
  digest: string;
  replies: Partial<Activity>[];
  at: number;
}

export interface LastRepliesOptions {
  /** Conversations whose last replies are held (default 1,000); those kept longest ago make room first. */
  limit?: number;
  /** How long they are held (default 10 minutes): retries come within seconds. */
  maxAgeMs?: number;
  now?: () => number;
}

/**
 * The replies of each conversation's latest message turn whose channel takes them in the HTTP answer
 * (expectReplies), held in this process's memory to answer a retry of that post the same way. Not in the
 * conversation's record: a turn's replies are ~0.3-1.3 KB, which every turn would write and every conversation keep,
 * against a budget of 4 KB a conversation (docs/performance.md). Nor read from the transcript: it is masked, and
 * written after the turn, so a retry that waited behind its original would not find them yet. A retry this process
 * does not hold the replies of (it went to another instance, or came after a restart) is answered with nothing;
 * it runs no turn either way (the record's ids decide that).
 */
export class LastReplies {
  private readonly kept = new Map<string, Kept>();
  private readonly limit: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(options: LastRepliesOptions = {}) {
    this.limit = options.limit ?? 1000;
    this.maxAgeMs = options.maxAgeMs ?? 10 * 60_000;
    this.now = options.now ?? Date.now;
  }

  keep(conversationId: string, digest: string, replies: Partial<Activity>[]): void {
    const at = this.now();
    // Deleted first, so the map's order is the order of keeping: the oldest are at its front.
    this.kept.delete(conversationId);
    this.kept.set(conversationId, { digest, replies, at });
    for (const [id, kept] of this.kept) {
      if (this.kept.size <= this.limit && at - kept.at <= this.maxAgeMs) break;
      this.kept.delete(id);
    }
  }

  /** The replies of the post with this digest, if it was the conversation's latest here and is recent. */
  find(conversationId: string, digest: string): Partial<Activity>[] | undefined {
    const kept = this.kept.get(conversationId);
    if (!kept || kept.digest !== digest || this.now() - kept.at > this.maxAgeMs) return undefined;
    return kept.replies;
  }

  get size(): number {
    return this.kept.size;
  }
}
