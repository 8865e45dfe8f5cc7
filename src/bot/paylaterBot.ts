// The bot's turn handler: greets new customers and runs each message through the dialogue, saving before replying.
import { ActivityTypes, DeliveryModes, TurnContext, type Activity } from 'botbuilder';
import type { Logger } from 'pino';
import { greetingActivities } from '../../dialogs';
import { SKIP_WRITE, withEtagRetry, type CasStorage } from '../storage';
import { conversationKey, conversationRecordSchema, type ConversationRecord } from './conversationRecord';
import { runDialogueTurn, type DialogueTurnDeps, type DialogueTurnInput, type DialogueTurnResult } from './dialogueTurn';
import type { DialogueEvent } from '../../machines/events';
import type { DialogueContext, Notice } from '../../machines/context';
import { KeyedQueue } from './keyedQueue';
import { markErased } from './erasedTurn';
import { LastReplies, markRepeated, messageDigest, rememberMessage } from './repeatedMessages';
import { chooseLocale } from './locale';
import { sendsFiles } from './understanding/attachments';
import { detectLanguage } from '../nlu';
import { markUntold } from './untold';

export interface PaylaterBotDeps extends Omit<DialogueTurnDeps, 'onBusy'> {
  storage: CasStorage;
  logger: Logger;
  /** Told about every finished message turn, after the replies went out (handoff, metrics hook in here). */
  observers?: TurnObserver[];
}

/**
 * The answer to any invoke (an Adaptive Card's Action.Execute, a Teams message extension): 501, as botbuilder's
 * ActivityHandler answers an invoke it has no handler for. A 400 said the channel's request was malformed, and the
 * Emulator and Teams showed it as the channel's error.
 */
const notImplementedInvoke = (name: string | undefined): Partial<Activity> => ({
  type: ActivityTypes.InvokeResponse,
  value: {
    status: 501,
    body: {
      code: 'NotImplemented',
      message: `this bot handles no invoke activities${name ? ` (got ${JSON.stringify(name.slice(0, 100))})` : ''}; its buttons post messages`,
    },
  },
});

/** What is read of a message: no answer the bot understands is longer, and a pasted page costs no more than this. */
export const MAX_UNDERSTOOD_LENGTH = 4000;

const MENTION = /<at>[^<]{0,256}<\/at>/gi;

export type TurnObserver = (context: TurnContext, result: DialogueTurnResult) => Promise<void> | void;

export class PaylaterBot {
  private readonly queue = new KeyedQueue();
  /** What answers a channel's retry of a conversation's latest post, when it took the replies in the HTTP answer. */
  private readonly lastReplies = new LastReplies();

  constructor(private readonly deps: PaylaterBotDeps) {}

  /** Now as an ISO time, by the bot's clock: the times a record keeps agree with those its turns compare them to. */
  private nowIso(): string {
    return new Date((this.deps.now ?? Date.now)()).toISOString();
  }

  async onTurn(context: TurnContext): Promise<void> {
    const { activity } = context;
    // A channel that echoes the bot's own messages back must not start a conversation between the bot and itself.
    const fromBot = activity.from.role === 'bot' || (activity.recipient !== undefined && activity.from.id === activity.recipient.id);
    if (activity.type === ActivityTypes.Message && !fromBot) await this.onMessage(context);
    else if (activity.type === ActivityTypes.ConversationUpdate) await this.onConversationUpdate(context);
    else if (activity.type === ActivityTypes.EndOfConversation && !fromBot) await this.onCustomerLeft(context);
    // This bot offers no invoke operations (no message extensions, no card actions that invoke): said with a reason,
    // where the adapter left to itself answers a bare 501.
    else if (activity.type === ActivityTypes.Invoke) await context.sendActivity(notImplementedInvoke(activity.name));
    // Other activity types (typing, events, message reactions) need no answer.
  }

  /** Reads a stored record; one that fails validation is treated as absent and the customer starts over. */
  private parseRecord(stored: object | undefined): ConversationRecord | undefined {
    if (!stored) return undefined;
    const parsed = conversationRecordSchema.safeParse(stored);
    if (!parsed.success) this.deps.logger.warn({ issue: parsed.error.issues[0] }, 'unreadable conversation record');
    return parsed.success ? parsed.data : undefined;
  }

  private onMessage(context: TurnContext): Promise<DialogueTurnResult | undefined> {
    const { activity } = context;
    // Teams and group chats put "<at>Bot</at>" in the text: the bot's name is no part of what the customer says (its
    // Latin letters read as English).
    const text = activity.text?.replace(MENTION, ' ').trim();
    // A picture or a file (a screenshot, a photo) is not read: the customer is asked to type (understanding/attachments.ts).
    const files = sendsFiles(activity.attachments);
    // Its id tells a channel's retry of a post whose answer was lost from a new message (without one, every post is new).
    const messageId = typeof activity.id === 'string' && activity.id !== '' ? activity.id : undefined;
    return this.runTurn(context, { text: text?.slice(0, MAX_UNDERSTOOD_LENGTH), value: activity.value, files }, { messageId });
  }

  /**
   * Runs a dialogue event that did not come from the customer's words (a backend webhook, an agent's release)
   * in a proactive turn context, exactly like a message turn.
   */
  dispatch(context: TurnContext, event: DialogueEvent): Promise<DialogueTurnResult | undefined> {
    return this.runTurn(context, { event });
  }

  private async runTurn(
    context: TurnContext,
    input: Pick<DialogueTurnInput, 'text' | 'value' | 'files' | 'event'>,
    { customerLeft = false, messageId }: { customerLeft?: boolean; messageId?: string } = {},
  ): Promise<DialogueTurnResult | undefined> {
    const { activity } = context;
    const key = conversationKey(activity.conversation.id);
    const digest = messageId === undefined ? undefined : messageDigest(messageId);
    const inAnswer = activity.deliveryMode === DeliveryModes.ExpectReplies;
    const reference = TurnContext.getConversationReference(activity) as Record<string, unknown>;
    // A channel that asked for the replies in the HTTP answer (expectReplies) gets them all at once, after the
    // backend answered: a typing indicator there would only arrive together with the message it announces. A customer
    // who left sees nothing.
    // The shop's notice is rechecked with the backend, and a recheck that finds the step not done says nothing
    // (src/bot/dialogueTurn.ts): "typing…" would announce a message that never comes.
    let typingSent = customerLeft || inAnswer || input.event?.type === 'BACKEND_STEP_COMPLETED';
    const onBusy = (locale: string) => {
      if (typingSent) return;
      typingSent = true;
      context.sendActivity({ type: ActivityTypes.Typing, locale }).catch((error) => this.deps.logger.debug({ error }, 'typing failed'));
    };
    // The whole turn, its replies and observers included, holds the conversation's place in the queue: the customer's
    // next message waits until, say, a handoff's queue entry is open, so it reaches the agent and "取消" finds it.
    return this.queue.run(key, async () => {
      let result: DialogueTurnResult | undefined;
      // Whether an attempt found the record: one gone at the next attempt (its save lost the compare-and-set to a
      // delete) was erased while the turn ran.
      let found = false;
      let erased = false;
      let repeated = false;
      const { retries } = await withEtagRetry<ConversationRecord>(this.deps.storage, key, async (stored) => {
        result = undefined;
        repeated = false;
        if (stored) found = true;
        else if (found) {
          // An agent erased the conversation on the customer's request: the erase wins. Redone as a new conversation,
          // the turn would store again what was just deleted.
          erased = true;
          return SKIP_WRITE;
        }
        // A customer leaving a conversation the bot never stored: there is nothing to end, and nothing to keep.
        else if (customerLeft) return SKIP_WRITE;
        const record = this.parseRecord(stored);
        // The channel resent a post the conversation has had (its answer was lost on the way): it ran once, and a
        // second run would answer it again as if said twice (a wrong code counted twice, a payment's button stale).
        // Checked here, on the record this attempt saves over: a copy waiting behind its original in the queue, or
        // racing it on another instance, finds it once the original saved.
        if (digest !== undefined && record?.recentMessages?.includes(digest)) {
          repeated = true;
          return SKIP_WRITE;
        }
        result = await runDialogueTurn(
          { ...this.deps, onBusy },
          {
            ...input,
            record,
            activityLocale: activity.locale,
            conversationId: activity.conversation.id,
            // A proactive turn's activity is synthetic; the customer's own reference stays as stored.
            reference: input.event ? undefined : reference,
          },
        );
        // Kept through turns that are no message of the customer's (a webhook's, an agent's, the customer leaving).
        const recentMessages = digest === undefined ? record?.recentMessages : rememberMessage(record?.recentMessages, digest);
        if (recentMessages) result = { ...result, record: { ...result.record, recentMessages } };
        return customerLeft ? { ...result.record, customerLeftAt: this.nowIso() } : result.record;
      });
      if (retries > 0) this.deps.logger.info({ conversationId: activity.conversation.id, retries }, 'turn redone after a concurrent write');
      if (erased) {
        // Nothing of it is sent, observed or logged to the transcript (src/transcripts/middleware.ts).
        markErased(context);
        this.deps.logger.info({ conversationId: activity.conversation.id }, 'turn dropped: the conversation was erased while it ran');
        return undefined;
      }
      if (repeated) {
        // Answered as the original was, when this process holds its replies and the channel takes them in the HTTP
        // answer; otherwise with nothing (with normal delivery the original's replies went out already).
        markRepeated(context);
        const replies = inAnswer && digest !== undefined ? this.lastReplies.find(activity.conversation.id, digest) : undefined;
        this.deps.logger.info({ conversationId: activity.conversation.id, answeredAgain: replies !== undefined }, 'retried message not run again');
        if (replies && replies.length > 0) await context.sendActivities(replies);
        return undefined;
      }
      if (!result) return undefined;
      if (inAnswer && digest !== undefined) this.lastReplies.keep(activity.conversation.id, digest, result.replies);
      // The state is saved before anything is sent: a reply never describes a state that could be lost. The observers
      // keep their books (the agents' queue) on the saved state even when the channel did not take the replies. A
      // customer who left is told nothing: nobody is there to read it.
      let unsent: { error: unknown } | undefined;
      if (result.replies.length > 0 && !customerLeft) {
        await context.sendActivities(result.replies).catch((error: unknown) => void (unsent = { error }));
      }
      for (const observe of this.deps.observers ?? []) await observe(context, result);
      // The shop's notice or an agent's release moved the dialogue on, but the customer never heard so: kept to be said at
      // their next turn (src/bot/untold.ts).
      const notices = (result.after.context as DialogueContext).notices;
      if (unsent && markUntold(input.event, notices, result.record)) await this.keepUntold(key, result.record, input.event, notices);
      if (unsent) throw unsent.error;
      return result;
    });
  }

  /**
   * Marks what a proactive turn's message said as untold (the steps the shop's notice reported done, an agent's release
   * line), on the record that turn saved: a turn saved since (the customer's, on another instance) has answered already.
   */
  private async keepUntold(key: string, saved: ConversationRecord, event: DialogueEvent | undefined, notices: Notice[]): Promise<void> {
    await withEtagRetry<ConversationRecord>(this.deps.storage, key, (stored) => {
      const current = this.parseRecord(stored);
      if (!current || current.updatedAt !== saved.updatedAt || current.turns !== saved.turns) return SKIP_WRITE;
      return markUntold(event, notices, current) ?? SKIP_WRITE;
    });
  }

  /**
   * The customer left: the channel ended the conversation (endOfConversation) or removed them from it. A handoff they
   * were in ends as if they had taken it back (HANDOFF_WITHDRAWN): the agents' queue drops them, an agent writing
   * afterwards is told they left, and should the conversation come back, the bot has it at their step.
   */
  private async onCustomerLeft(context: TurnContext): Promise<void> {
    const result = await this.runTurn(context, { event: { type: 'HANDOFF_WITHDRAWN' } }, { customerLeft: true });
    if (result) {
      const handoffEnded = result.before.hasTag('agent') && !result.after.hasTag('agent');
      this.deps.logger.info({ conversationId: context.activity.conversation.id, handoffEnded }, 'customer left the conversation');
    }
  }

  /** Greets each customer who joins (not the bot itself), and remembers how to reach them; notes one who left. */
  private async onConversationUpdate(context: TurnContext): Promise<void> {
    const { activity } = context;
    const isBot = (member: { id: string }) => member.id === activity.recipient?.id;
    // The bot itself removed is not the customer leaving: it could not tell anyone anything any more anyway.
    if ((activity.membersRemoved ?? []).some((m) => !isBot(m))) await this.onCustomerLeft(context);
    const joined = (activity.membersAdded ?? []).filter((m) => !isBot(m));
    if (joined.length === 0) return;
    const key = conversationKey(activity.conversation.id);
    const reference = TurnContext.getConversationReference(activity) as Record<string, unknown>;
    // In the conversation's queue like a turn, greeting included: a first message's answer never comes before it.
    await this.queue.run(key, async () => {
      let known = false;
      const { value: record } = await withEtagRetry<ConversationRecord>(this.deps.storage, key, (stored) => {
        const current = this.parseRecord(stored);
        // Any record means the customer was greeted (or handed over) already: a channel may repeat its conversationUpdate.
        known = current !== undefined;
        if (current) {
          // A customer who comes back is no longer one who left.
          const { customerLeftAt: _left, ...back } = current;
          return { ...back, reference };
        }
        return {
          dialogue: undefined,
          locale: chooseLocale(detectLanguage(activity.text ?? ''), activity.locale, undefined),
          reference,
          turns: 0,
          updatedAt: this.nowIso(),
          ...(activity.locale ? { channelLocale: activity.locale } : {}),
          // The greeting sent below asks whether to turn it on: a "👍" next is a yes to it.
          welcomeAsked: true,
        };
      });
      // A customer who comes back to a conversation already under way is not greeted as new.
      if (!known) await context.sendActivities(greetingActivities(record.locale, this.deps.shopUrl));
    });
  }
}
