// One conversation on the local channel: the customer's activities out, the bot's in, and "the bot's turn is over" detection.
import { randomUUID } from 'node:crypto';
import { ActivityTypes, InputHints, type Activity, type ChannelAccount } from 'botbuilder';

/** The bot's endpoint answer to one posted activity. */
export interface PostAnswer {
  status: number;
  body: string;
}

export type Post = (activity: Partial<Activity>) => Promise<PostAnswer>;

export interface ConversationIdentity {
  id: string;
  channelId: string;
  serviceUrl: string;
  user: ChannelAccount;
  bot: ChannelAccount;
  locale?: string;
}

export interface TurnTiming {
  /** How long the bot must stay silent, once its endpoint answered, for a turn that did not end in a question. */
  quietMs: number;
  /** The most one turn may take, answer and replies together. */
  turnTimeoutMs: number;
}

export interface Turn extends PostAnswer {
  /** Everything the bot sent while the turn ran (typing indicators included), in arrival order. */
  activities: Activity[];
}

/** A message that leaves the floor to the customer is the last one of its turn (the bot marks the others `ignoringInput`). */
const asksForInput = (a: Activity): boolean => a.type === ActivityTypes.Message && a.inputHint === InputHints.ExpectingInput;

export class ChannelConversation {
  /** Every activity the bot sent to this conversation, proactive ones included. */
  readonly activities: Activity[] = [];
  private readonly listeners = new Set<(activity: Activity) => void>();

  constructor(
    readonly identity: ConversationIdentity,
    private readonly post: Post,
    private readonly timing: TurnTiming,
  ) {}

  get id(): string {
    return this.identity.id;
  }

  /** Called by the channel's receiver for each activity the bot sends here. */
  receive(activity: Activity): void {
    this.activities.push(activity);
    for (const listener of [...this.listeners]) listener(activity);
  }

  /** Calls `listener` for each arriving activity until the returned function is called. */
  onActivity(listener: (activity: Activity) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The customer joins: the conversationUpdate a channel sends when a conversation opens, so the bot can greet. */
  join(): Promise<Turn> {
    return this.send({ type: ActivityTypes.ConversationUpdate, membersAdded: [this.identity.user] });
  }

  say(text: string): Promise<Turn> {
    return this.send({ type: ActivityTypes.Message, text });
  }

  /** Posts an activity as the customer and resolves when the bot's turn is over. */
  async send(partial: Partial<Activity>): Promise<Turn> {
    const from = this.activities.length;
    const deadline = Date.now() + this.timing.turnTimeoutMs;
    const answer = await this.post(this.complete(partial));
    await this.settle(from, deadline);
    return { ...answer, activities: this.activities.slice(from) };
  }

  /** Fills in what a channel puts on every activity it delivers. */
  private complete(partial: Partial<Activity>): Partial<Activity> {
    const { id, channelId, serviceUrl, user, bot, locale } = this.identity;
    const now = new Date();
    return {
      id: randomUUID(),
      timestamp: now,
      localTimestamp: now,
      channelId,
      serviceUrl,
      conversation: { id, isGroup: false, conversationType: 'personal', name: '' },
      from: user,
      recipient: bot,
      ...(locale ? { locale } : {}),
      ...partial,
    };
  }

  /**
   * A bot answers the endpoint once its turn is done, but replies may still be on the wire, and a bot that hands work
   * off may answer first: the turn is over at a question (`expectingInput`) or after a quiet spell.
   */
  private async settle(from: number, deadline: number): Promise<void> {
    for (;;) {
      const last = this.activities.length > from ? this.activities[this.activities.length - 1] : undefined;
      if (last && asksForInput(last)) return;
      const left = deadline - Date.now();
      if (left <= 0) return;
      if (!(await this.nextActivity(Math.min(this.timing.quietMs, left)))) return;
    }
  }

  /** True when an activity arrives within `ms`, false when the time runs out first. */
  private nextActivity(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const stop = this.onActivity(() => {
        clearTimeout(timer);
        stop();
        resolve(true);
      });
      const timer = setTimeout(() => {
        stop();
        resolve(false);
      }, ms);
    });
  }
}
