// The turn observer behind bot → human handoff: opens the agent's queue entry and sends `handoff.initiate`, records what the customer writes meanwhile, closes on release.
import { ActivityTypes, EventFactory, TurnContext, type Activity } from 'botbuilder';
import type { Logger } from 'pino';
import type { DialogueContext } from '../../machines/context';
import { tappedButtonText } from '../../dialogs';
import { MAX_UNDERSTOOD_LENGTH, type TurnObserver } from '../bot/paylaterBot';
import type { DialogueTurnResult } from '../bot/dialogueTurn';
import { maskSensitive } from '../bot/mask';
import { toStoredActivity, type CasTranscriptStore } from '../transcripts';
import { customerSummary, whereabouts, type CustomerSummary } from './customer';
import { MAX_EARLIER_LENGTH, MAX_EARLIER_MESSAGES, type HandoffRegistry } from './registry';

/** The most activities the handoff event carries; the agent API serves the whole transcript. */
export const MAX_HANDOFF_TRANSCRIPT = 100;

/** The `value` of the handoff.initiate event: what the agent needs to pick the conversation up. */
export interface HandoffContext {
  conversationId: string;
  reason: string;
  step: string;
  statePath: string;
  locale: string;
  since: string;
  customer: CustomerSummary;
}

export interface HandoffObserverDeps {
  registry: HandoffRegistry;
  transcripts: CasTranscriptStore;
  logger: Logger;
}

/**
 * This turn's activities are logged only when it ends, so the stored transcript lacks them: the customer's
 * message and the replies already sent are added as the transcript logger will store them.
 */
function thisTurn(context: TurnContext, replies: Partial<Activity>[]): Activity[] {
  const reference = TurnContext.getConversationReference(context.activity);
  const incoming = context.activity.type === ActivityTypes.Message ? [context.activity] : [];
  const sent = replies.map((reply) => TurnContext.applyConversationReference({ ...reply, timestamp: new Date() }, reference));
  return [...incoming, ...sent].map(toStoredActivity);
}

/**
 * The customer's last messages in a (masked) transcript, for the queue: what they asked before the handoff. The customer's
 * are those not sent from the bot's account (an agent's words are sent from it too).
 */
function customerMessages(transcript: Activity[], botId: string | undefined): Array<{ text: string; at: string }> {
  return transcript
    .filter((a) => a.type === ActivityTypes.Message && typeof a.text === 'string' && a.text.trim() !== '' && a.from?.id !== botId)
    .slice(-MAX_EARLIER_MESSAGES)
    .map((a) => {
      const at = new Date(a.timestamp ?? Number.NaN);
      return { text: maskSensitive(a.text).slice(0, MAX_EARLIER_LENGTH), at: (Number.isNaN(at.getTime()) ? new Date() : at).toISOString() };
    });
}

export function handoffObserver({ registry, transcripts, logger }: HandoffObserverDeps): TurnObserver {
  async function open(context: TurnContext, result: DialogueTurnResult): Promise<void> {
    const { activity } = context;
    const dialogue = result.after.context as DialogueContext;
    const handoff: HandoffContext = {
      conversationId: activity.conversation.id,
      reason: dialogue.handoffReason ?? 'customer_request',
      ...whereabouts(result.after),
      locale: result.record.locale,
      since: new Date().toISOString(),
      customer: customerSummary(dialogue),
    };
    const stored = await transcripts.latest(activity.channelId, activity.conversation.id, MAX_HANDOFF_TRANSCRIPT);
    const transcript = [...stored, ...thisTurn(context, result.replies)].slice(-MAX_HANDOFF_TRANSCRIPT);
    await registry.open({ ...handoff, earlier: customerMessages(transcript, activity.recipient?.id) });
    await context.sendActivity(EventFactory.createHandoffInitiation(context, handoff, { activities: transcript }));
    logger.info({ conversationId: handoff.conversationId, reason: handoff.reason, step: handoff.step }, 'handoff: conversation handed to an agent');
  }

  return async (context, result) => {
    const wasWithAgent = result.before.hasTag('agent');
    const isWithAgent = result.after.hasTag('agent');
    const conversationId = context.activity.conversation.id;
    if (!wasWithAgent && isWithAgent) return open(context, result);
    if (wasWithAgent && !isWithAgent) {
      await registry.close(conversationId);
      logger.info({ conversationId }, 'handoff: conversation back with the bot');
      return;
    }
    const message = context.activity.type === ActivityTypes.Message ? context.activity : undefined;
    // A button tapped (a stale one too) reaches the agent as a tap with its label: the agent would not otherwise know the
    // customer tapped "不用人工了", and a channel that sends only the button's value left no words at all.
    const tapped = message && tappedButtonText(message.value, message.text, result.record.locale, result.after.context as DialogueContext);
    const text = tapped ?? message?.text;
    // As much as the bot reads of a message: the queue entry is rewritten at each one, and the transcript has it all.
    // With the language the bot answered in: a waiting customer who switched is answered in theirs (dialogueTurn.ts).
    if (isWithAgent && text) {
      await registry.addCustomerMessage(conversationId, maskSensitive(text.slice(0, MAX_UNDERSTOOD_LENGTH)), result.record.locale);
    }
  };
}
