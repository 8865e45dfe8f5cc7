// botbuilder's TranscriptStore over the bot's CasStorage: every conversation's activities, masked, in chunks that keep each write small.
import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import type { Logger } from 'pino';
import type { CasStorage } from '../storage';
import { ChunkedLog } from './chunkedLog';
import { toStoredActivity } from './storedActivity';

interface IndexedConversation {
  id: string;
  created: string;
}

/** Chunks (of 25 activities) returned per page of getTranscriptActivities. */
const CHUNKS_PER_PAGE = 4;

// Ids come from channels; encoding keeps a `/` in one from reaching into another conversation's keys.
const conversationPrefix = (channelId: string, conversationId: string) =>
  `transcript/${encodeURIComponent(channelId)}/${encodeURIComponent(conversationId)}`;
const channelPrefix = (channelId: string) => `transcript-index/${encodeURIComponent(channelId)}`;

/** The typings want a string; an empty one (falsy, as callers test it) says there is no further page. */
const toToken = (chunk: number | undefined): string => (chunk === undefined ? '' : String(chunk));
const fromToken = (token: string | undefined) => (token && /^\d+$/.test(token) ? Number(token) : 0);

export class CasTranscriptStore implements TranscriptStore {
  private readonly activities: ChunkedLog<Activity>;
  private readonly conversations: ChunkedLog<IndexedConversation>;

  constructor(
    storage: CasStorage,
    private readonly logger: Logger,
  ) {
    this.activities = new ChunkedLog(storage);
    this.conversations = new ChunkedLog(storage);
  }

  /**
   * Never throws: TranscriptLoggerMiddleware does not await it, and a lost transcript line must not fail a turn.
   * A conversation is added to its channel's index with its first activity.
   */
  async logActivity(activity: Activity): Promise<void> {
    const channelId = activity.channelId;
    const conversationId = activity.conversation?.id;
    if (!channelId || !conversationId) return;
    try {
      const seq = await this.activities.append(conversationPrefix(channelId, conversationId), toStoredActivity(activity));
      if (seq === 0) await this.conversations.append(channelPrefix(channelId), { id: conversationId, created: new Date().toISOString() });
    } catch (err) {
      this.logger.warn({ err, conversationId, activityType: activity.type }, 'transcript: activity not stored');
    }
  }

  async getTranscriptActivities(
    channelId: string,
    conversationId: string,
    continuationToken?: string,
    startDate?: Date,
  ): Promise<PagedResult<Activity>> {
    const page = await this.activities.page(conversationPrefix(channelId, conversationId), fromToken(continuationToken), CHUNKS_PER_PAGE);
    return { items: page.items.filter((a) => isSince(a, startDate)), continuationToken: toToken(page.nextChunk) };
  }

  /** The whole transcript, oldest first (what an agent downloads). */
  all(channelId: string, conversationId: string): Promise<Activity[]> {
    return this.activities.all(conversationPrefix(channelId, conversationId));
  }

  /** The latest activities, for a handoff event that must stay small however long the conversation was. */
  latest(channelId: string, conversationId: string, count: number): Promise<Activity[]> {
    return this.activities.tail(conversationPrefix(channelId, conversationId), count);
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    const page = await this.conversations.page(channelPrefix(channelId), fromToken(continuationToken), CHUNKS_PER_PAGE);
    return {
      items: page.items.map((c) => ({ channelId, id: c.id, created: new Date(c.created) })),
      continuationToken: toToken(page.nextChunk),
    };
  }

  /** Removes the activities; the channel index keeps the id (it is append-only), and lists it with no activities. */
  async deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    await this.activities.delete(conversationPrefix(channelId, conversationId));
  }
}

function isSince(activity: Activity, startDate: Date | undefined): boolean {
  if (!startDate) return true;
  const at = Date.parse(String(activity.timestamp ?? ''));
  return Number.isNaN(at) || at >= startDate.getTime();
}
