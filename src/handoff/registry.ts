// The conversations waiting for or owned by an agent, kept in the shared storage so every bot instance sees the same queue.
import { z } from 'zod';
import { SKIP_WRITE, withEtagRetry, type CasStorage } from '../storage';
import type { QueuePlace } from '../bot/dialogueTurn';
import { customerSummarySchema } from './customer';

/** The customer's latest messages kept for the agent; older ones are in the transcript. */
export const MAX_WAITING_MESSAGES = 50;

/** The customer's messages before the handoff kept with the entry, and the characters kept of each. */
export const MAX_EARLIER_MESSAGES = 3;
export const MAX_EARLIER_LENGTH = 500;

const customerMessageSchema = z.object({ text: z.string(), at: z.string() });

export const handoffEntrySchema = z.object({
  conversationId: z.string(),
  /** The dialogue's HandoffReason (customer_request, not_understood, credit_refused, login_blocked, complaint, plus_payment). */
  reason: z.string(),
  step: z.string(),
  statePath: z.string(),
  locale: z.string(),
  since: z.string(),
  /**
   * `waiting` until an agent first writes to the customer, then `owned`; `withdrawn` when the customer took the request
   * back first (the entry is closed right after; until then no agent can take it).
   */
  status: z.enum(['waiting', 'owned', 'withdrawn']),
  /** The agent who took the conversation, when they named themselves. */
  agent: z.string().optional(),
  /** When an agent last wrote to the customer (ISO); an owned conversation silent for AGENT_AWAY_MS goes back to the bot. */
  lastAgentAt: z.string().optional(),
  customer: customerSummarySchema,
  /** What the customer wrote since the handoff, masked. */
  messages: z.array(customerMessageSchema),
  /**
   * The customer's last messages before the handoff (masked, at most MAX_EARLIER_MESSAGES, each cut to
   * MAX_EARLIER_LENGTH): the questions behind it, which /messages would not hold. Absent in entries opened before it was kept.
   */
  earlier: z.array(customerMessageSchema).max(MAX_EARLIER_MESSAGES).optional(),
});

export type HandoffEntry = z.infer<typeof handoffEntrySchema>;

/** The entry is another named agent's: both named themselves, differently. */
export const isOtherAgent = (entry: HandoffEntry, agent: string | undefined): boolean =>
  entry.agent !== undefined && agent !== undefined && entry.agent !== agent;

const indexSchema = z.object({ conversations: z.array(z.string()) });
type Index = z.infer<typeof indexSchema>;

const INDEX_KEY = 'handoff/index';
const entryKey = (conversationId: string) => `handoff/conversation/${conversationId}`;

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The queue's order: oldest handoff first, then by id, so that every entry has its own place (a page's cursor). */
export const queueOrder = (a: Pick<HandoffEntry, 'since' | 'conversationId'>, b: Pick<HandoffEntry, 'since' | 'conversationId'>): number =>
  compareStrings(a.since, b.since) || compareStrings(a.conversationId, b.conversationId);

/**
 * One document per conversation plus an index of ids: listing is two reads, and an update touches only its own
 * conversation. The index is written after the entry on open and before it on close, so an
 * id in the index without an entry is possible (a crash in between) and is skipped when listing.
 */
/**
 * An agent who has not written for this long while their customer writes has left: the customer, whose words go to
 * the agent, could not get out by themselves.
 */
export const AGENT_AWAY_MS = 30 * 60_000;

export class HandoffRegistry {
  constructor(
    private readonly storage: CasStorage,
    private readonly now: () => number = Date.now,
  ) {}

  async open(entry: Omit<HandoffEntry, 'status' | 'messages'>): Promise<HandoffEntry> {
    const opened: HandoffEntry = { ...entry, status: 'waiting', messages: [] };
    await this.storage.write({ [entryKey(entry.conversationId)]: opened });
    await this.updateIndex((ids) => (ids.includes(entry.conversationId) ? ids : [...ids, entry.conversationId]));
    return opened;
  }

  async close(conversationId: string): Promise<void> {
    await this.updateIndex((ids) => ids.filter((id) => id !== conversationId));
    await this.storage.delete([entryKey(conversationId)]);
  }

  async get(conversationId: string): Promise<HandoffEntry | undefined> {
    const parsed = handoffEntrySchema.safeParse((await this.storage.read([entryKey(conversationId)]))[entryKey(conversationId)]);
    return parsed.success ? parsed.data : undefined;
  }

  /** Oldest handoff first, the order an agent should pick them up in. */
  async list(): Promise<HandoffEntry[]> {
    const index = indexSchema.safeParse((await this.storage.read([INDEX_KEY]))[INDEX_KEY]);
    const ids = index.success ? index.data.conversations : [];
    if (ids.length === 0) return [];
    const stored = await this.storage.read(ids.map(entryKey));
    return ids
      .flatMap((id) => {
        const parsed = handoffEntrySchema.safeParse(stored[entryKey(id)]);
        return parsed.success && parsed.data.status !== 'withdrawn' ? [parsed.data] : [];
      })
      .sort(queueOrder);
  }

  /**
   * A message of the customer's while with an agent. `locale`: the language the bot answered it in; while no agent has
   * the conversation the bot follows the customer's language ("说中文吧"), and the queue shows the one it speaks now (it
   * kept the hand-over's). In the same write as the message.
   */
  addCustomerMessage(conversationId: string, text: string, locale?: string): Promise<HandoffEntry | undefined> {
    return this.update(conversationId, (entry) => ({
      ...entry,
      ...(locale !== undefined && entry.status === 'waiting' ? { locale } : {}),
      messages: [...entry.messages, { text, at: new Date().toISOString() }].slice(-MAX_WAITING_MESSAGES),
    }));
  }

  /** The agent takes the conversation; undefined (nothing written) when the customer withdrew first or it was closed. */
  /** Undefined when the customer took the request back, or another named agent has the conversation. */
  markOwned(conversationId: string, agent?: string): Promise<HandoffEntry | undefined> {
    return this.update(conversationId, (entry) => {
      if (entry.status === 'withdrawn' || isOtherAgent(entry, agent)) return SKIP_WRITE;
      return { ...entry, status: 'owned', agent: entry.agent ?? agent, lastAgentAt: new Date(this.now()).toISOString() };
    });
  }

  /**
   * The customer lodged a complaint while waiting: the queue shows it as the reason, so the agents see it before they take
   * the conversation (the reason it was handed over for is in the handoff event and the transcript).
   */
  async complaint(conversationId: string): Promise<void> {
    await this.update(conversationId, (entry) => (entry.status === 'waiting' && entry.reason !== 'complaint' ? { ...entry, reason: 'complaint' } : SKIP_WRITE));
  }

  /** An agent's first message did not reach the customer: no agent has the conversation after all. */
  markWaiting(conversationId: string): Promise<HandoffEntry | undefined> {
    return this.update(conversationId, (entry) => (entry.status === 'owned' ? { ...entry, status: 'waiting', agent: undefined } : SKIP_WRITE));
  }

  /**
   * Whether no agent has taken the conversation yet; asked by a turn whose dialogue is in the handoff. A missing entry
   * counts as waiting: a dialogue left in the handoff without one (a close racing a new handoff) must still let the
   * customer take it back. A withdrawn one is a withdrawal whose turn did not land (it failed, or was redone): it is
   * waiting again, visible to agents, so that what the customer writes next reaches them.
   */
  async waiting(conversationId: string): Promise<boolean> {
    const entry = await this.get(conversationId);
    if (entry?.status === 'withdrawn') {
      await this.update(conversationId, (current) => (current.status === 'withdrawn' ? { ...current, status: 'waiting' } : SKIP_WRITE));
    }
    return entry?.status !== 'owned';
  }

  /**
   * Where a waiting conversation stands in the queue; undefined when it is not waiting. Conversations an agent owns are
   * not ahead of anybody: their agent is already busy with them.
   */
  async place(conversationId: string): Promise<QueuePlace | undefined> {
    const waiting = await this.waitingEntries();
    const ahead = waiting.findIndex((entry) => entry.conversationId === conversationId);
    if (ahead < 0) return undefined;
    return { ahead, waitedMs: Math.max(0, this.now() - Date.parse(waiting[ahead].since)) };
  }

  /** How many conversations wait for an agent, other than this one. */
  async waitingOthers(conversationId: string): Promise<number> {
    return (await this.waitingEntries()).filter((entry) => entry.conversationId !== conversationId).length;
  }

  /** The conversations no agent has taken yet, oldest first. */
  private async waitingEntries(): Promise<HandoffEntry[]> {
    return (await this.list()).filter((entry) => entry.status === 'waiting');
  }

  /**
   * The customer takes the request back, in one compare-and-set against an agent taking it: false when an agent owns
   * it already (the words are then the agent's). Doing it twice (a redone turn) gives the same answer.
   */
  async withdraw(conversationId: string): Promise<boolean> {
    let owned = false;
    await withEtagRetry<HandoffEntry>(this.storage, entryKey(conversationId), (stored) => {
      const entry = handoffEntrySchema.safeParse(stored);
      owned = entry.success && entry.data.status === 'owned';
      return entry.success && !owned ? { ...entry.data, status: 'withdrawn' } : SKIP_WRITE;
    });
    return !owned;
  }

  /**
   * The agent who had the conversation has not written for AGENT_AWAY_MS: it goes back to the bot (true), in one
   * compare-and-set against the agent writing meanwhile.
   */
  async away(conversationId: string): Promise<boolean> {
    const left = await this.update(conversationId, (entry) => {
      const last = entry.lastAgentAt ? Date.parse(entry.lastAgentAt) : NaN;
      return entry.status === 'owned' && this.now() - last >= AGENT_AWAY_MS ? { ...entry, status: 'withdrawn' } : SKIP_WRITE;
    });
    return left !== undefined;
  }

  /** Changes an existing entry; undefined when the conversation is not with an agent (nothing is written then). */
  private async update(
    conversationId: string,
    change: (entry: HandoffEntry) => HandoffEntry | typeof SKIP_WRITE,
  ): Promise<HandoffEntry | undefined> {
    const { value } = await withEtagRetry<HandoffEntry>(this.storage, entryKey(conversationId), (stored) => {
      const entry = handoffEntrySchema.safeParse(stored);
      // A missing entry stays missing: an update must not bring back a handoff that was closed.
      return entry.success ? change(entry.data) : SKIP_WRITE;
    });
    return value;
  }

  private async updateIndex(change: (ids: string[]) => string[]): Promise<void> {
    await withEtagRetry<Index>(this.storage, INDEX_KEY, (stored) => {
      const index = indexSchema.safeParse(stored);
      return { conversations: change(index.success ? index.data.conversations : []) };
    });
  }
}
