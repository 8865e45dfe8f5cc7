// botbuilder's TranscriptStore over the bot's CasStorage: every conversation's activities, masked, buffered off the turn and written in compact chunks.
import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import type { Logger } from 'pino';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { CasStorage } from '../storage';
import { ChunkedLog } from './chunkedLog';
import { compactActivityCodec } from './compactActivity';
import { toStoredActivity } from './storedActivity';

interface IndexedConversation {
  id: string;
  created: string;
}

export interface TranscriptBufferOptions {
  /** Longest an activity waits in memory before it is written (default 200 ms). */
  flushMs?: number;
  /** Buffered activities that start a write at once, before the timer (default 1,000). */
  flushAt?: number;
  /** Most activities held while the store does not keep up; later ones are dropped with a warning (default 50,000). */
  maxBuffered?: number;
}

/** A conversation's activities waiting to be written, and the callers waiting for that. */
interface Pending {
  channelId: string;
  conversationId: string;
  activities: Activity[];
  written: Array<() => void>;
}

/** Chunks (of 25 activities) returned per page of getTranscriptActivities. */
const CHUNKS_PER_PAGE = 4;

/**
 * How long an erased conversation is remembered, so that lines of a turn that began before the erase and ends after it
 * are dropped: far longer than any turn (a few backend calls, each with its timeout).
 */
const ERASED_MEMORY_MS = 10 * 60_000;

// Ids come from channels; encoding keeps a `/` in one from reaching into another conversation's keys.
const conversationPrefix = (channelId: string, conversationId: string) =>
  `transcript/${encodeURIComponent(channelId)}/${encodeURIComponent(conversationId)}`;
const channelPrefix = (channelId: string) => `transcript-index/${encodeURIComponent(channelId)}`;

/** The typings want a string; an empty one (falsy, as callers test it) says there is no further page. */
const toToken = (chunk: number | undefined): string => (chunk === undefined ? '' : String(chunk));
const fromToken = (token: string | undefined) => (token && /^\d+$/.test(token) ? Number(token) : 0);

/**
 * Activities are masked when logged and kept in memory; every `flushMs` (or at `flushAt` activities) each
 * conversation's batch is written with one compare-and-set, off the turn that produced it. Reads first write
 * what this process still holds for the conversation, so a reader here sees every activity logged before it.
 *
 * The trade-off: a crash (kill -9, power loss) loses the activities of the last flush window, at most `flushMs`
 * of transcript lines. Dialogue state is never buffered (the turn saves it before replying). A graceful stop
 * writes everything (`flush`, called by startBot's stop after the last turn finished).
 */
export class CasTranscriptStore implements TranscriptStore {
  private readonly activities: ChunkedLog<Activity>;
  private readonly conversations: ChunkedLog<IndexedConversation>;
  private readonly pending = new Map<string, Pending>();
  /** Erasures so far: a turn notes the count when it begins (`generation`), and logs with it. */
  private erasures = 0;
  /** Conversations erased lately (by prefix), with the erasure's number. */
  private readonly erased = new Map<string, number>();
  private readonly writing = new Set<Promise<void>>();
  private buffered = 0;
  private dropped = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly flushMs: number;
  private readonly flushAt: number;
  private readonly maxBuffered: number;

  constructor(
    storage: CasStorage,
    private readonly logger: Logger,
    options: TranscriptBufferOptions = {},
  ) {
    this.activities = new ChunkedLog(storage, { codec: compactActivityCodec });
    this.conversations = new ChunkedLog(storage);
    this.flushMs = options.flushMs ?? 200;
    this.flushAt = options.flushAt ?? 1000;
    this.maxBuffered = options.maxBuffered ?? 50_000;
  }

  /** Where this store's history stands, for a turn that begins: pass it to logActivity with the turn's activities. */
  generation(): number {
    return this.erasures;
  }

  /**
   * Never throws or rejects: TranscriptLoggerMiddleware does not await it, and a lost transcript line must not
   * fail a turn. Resolves once the activity is written (or its write failed and was logged).
   * A conversation is added to its channel's index with its first activity. With `generation` (taken when the turn
   * began: src/transcripts/middleware.ts), a line of a conversation erased since is dropped: the turn ended after the
   * erase, and would bring back what it erased.
   */
  logActivity(activity: Activity, generation?: number): Promise<void> {
    const channelId = activity.channelId;
    const conversationId = activity.conversation?.id;
    if (!channelId || !conversationId) return Promise.resolve();
    const prefix = conversationPrefix(channelId, conversationId);
    // Nearly always empty: a conversation erased lately is rare.
    const erasedAt = this.erased.size > 0 ? this.erased.get(prefix) : undefined;
    if (generation !== undefined && erasedAt !== undefined && generation < erasedAt) return Promise.resolve();
    if (this.buffered >= this.maxBuffered) {
      if (this.dropped++ === 0) this.logger.warn({ maxBuffered: this.maxBuffered }, 'transcript: the store does not keep up, activities dropped');
      return Promise.resolve();
    }
    let stored: Activity;
    try {
      stored = toStoredActivity(activity);
    } catch (err) {
      this.logger.warn({ err, conversationId, activityType: activity.type }, 'transcript: activity not stored');
      return Promise.resolve();
    }
    let batch = this.pending.get(prefix);
    if (!batch) {
      batch = { channelId, conversationId, activities: [], written: [] };
      this.pending.set(prefix, batch);
    }
    batch.activities.push(stored);
    this.buffered += 1;
    const written = new Promise<void>((resolve) => batch.written.push(resolve));
    if (this.buffered >= this.flushAt) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.flushMs);
      // A bot that is otherwise done does not wait for the timer; stopping calls flush().
      this.timer.unref();
    }
    return written;
  }

  /** Writes everything buffered; resolves when that and every write already under way have finished. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batches: Array<Promise<void>> = [];
    for (const prefix of [...this.pending.keys()]) {
      batches.push(this.write(prefix));
      // One conversation per turn of the event loop: with the embedded store a write runs synchronously, and
      // fifty of them in a row would hold every waiting turn for ~10 ms (the bench's p99).
      await yieldToEventLoop();
    }
    await Promise.all([...batches, ...this.writing]);
    if (this.dropped > 0) {
      this.logger.warn({ dropped: this.dropped }, 'transcript: activities dropped while the buffer was full');
      this.dropped = 0;
    }
  }

  /** Starts writing one conversation's buffered activities; resolves when they are written (failures are logged). */
  private write(prefix: string): Promise<void> {
    const batch = this.pending.get(prefix);
    if (!batch) return Promise.resolve();
    this.pending.delete(prefix);
    this.buffered -= batch.activities.length;
    const { channelId, conversationId, activities } = batch;
    const done = (async () => {
      try {
        const first = await this.activities.append(prefix, activities);
        if (first === 0) await this.conversations.append(channelPrefix(channelId), [{ id: conversationId, created: new Date().toISOString() }]);
      } catch (err) {
        this.logger.warn({ err, conversationId, activities: activities.length }, 'transcript: activities not stored');
      } finally {
        for (const resolve of batch.written) resolve();
      }
    })();
    this.writing.add(done);
    void done.then(() => this.writing.delete(done));
    return done;
  }

  /** What this process logged for the conversation, written: reads see it. */
  private async settle(channelId: string, conversationId: string): Promise<string> {
    const prefix = conversationPrefix(channelId, conversationId);
    await this.write(prefix);
    await this.activities.settled(prefix);
    return prefix;
  }

  async getTranscriptActivities(
    channelId: string,
    conversationId: string,
    continuationToken?: string,
    startDate?: Date,
  ): Promise<PagedResult<Activity>> {
    const prefix = await this.settle(channelId, conversationId);
    const page = await this.activities.page(prefix, fromToken(continuationToken), CHUNKS_PER_PAGE);
    return { items: page.items.filter((a) => isSince(a, startDate)), continuationToken: toToken(page.nextChunk) };
  }

  /** The whole transcript, oldest first (what an agent downloads). */
  async all(channelId: string, conversationId: string): Promise<Activity[]> {
    return this.activities.all(await this.settle(channelId, conversationId));
  }

  /** The latest activities, for a handoff event that must stay small however long the conversation was. */
  async latest(channelId: string, conversationId: string, count: number): Promise<Activity[]> {
    return this.activities.tail(await this.settle(channelId, conversationId), count);
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    await this.flush();
    const page = await this.conversations.page(channelPrefix(channelId), fromToken(continuationToken), CHUNKS_PER_PAGE);
    return {
      items: page.items.map((c) => ({ channelId, id: c.id, created: new Date(c.created) })),
      continuationToken: toToken(page.nextChunk),
    };
  }

  /**
   * Erases a conversation's transcript: its activities, its entry in the channel's index, and what this process still
   * holds of it (dropped, not written: buffered lines, and those of turns under way, which are logged when they end).
   * The index is read whole to find the entry (8 chunks, 200 conversations, per read): erasing is rare.
   */
  async deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    const prefix = conversationPrefix(channelId, conversationId);
    this.forget(prefix);
    // Writes already under way (the index entry is added after a new conversation's first lines) finish first.
    await Promise.all([...this.writing]);
    await this.activities.delete(prefix);
    await this.conversations.remove(channelPrefix(channelId), (indexed) => indexed.id === conversationId);
  }

  /** Drops what is buffered for the conversation, and remembers the erase for the turns still under way. */
  private forget(prefix: string): void {
    const batch = this.pending.get(prefix);
    if (batch) {
      this.pending.delete(prefix);
      this.buffered -= batch.activities.length;
      for (const resolve of batch.written) resolve();
    }
    const erasure = ++this.erasures;
    this.erased.set(prefix, erasure);
    // Kept no longer than a turn can last: the ids of erased conversations are not kept either.
    setTimeout(() => {
      if (this.erased.get(prefix) === erasure) this.erased.delete(prefix);
    }, ERASED_MEMORY_MS).unref();
  }
}

function isSince(activity: Activity, startDate: Date | undefined): boolean {
  if (!startDate) return true;
  const at = Date.parse(String(activity.timestamp ?? ''));
  return Number.isNaN(at) || at >= startDate.getTime();
}
