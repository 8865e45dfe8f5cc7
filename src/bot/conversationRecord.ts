// What the bot stores per conversation: the dialogue snapshot, the customer's language and how to reach them.
import { z } from 'zod';
import { localeSchema } from '../../dialogs/locale';
import { LOGIN_OFFERS } from '../../dialogs/prompts';
import { INTENTS } from '../../machines/domain';
import { EXTERNAL_STEPS } from '../../machines/events';
import { REMEMBERED_MESSAGES } from './repeatedMessages';

export const conversationRecordSchema = z.object({
  /** The versioned dialogue snapshot; `restoreDialogue` validates and migrates it. */
  dialogue: z.unknown(),
  locale: localeSchema,
  /** The ConversationReference, for proactive messages (webhooks, agent messages). */
  reference: z.record(z.unknown()).optional(),
  turns: z.number().int().min(0),
  /** The activities' locale at the last turn: a change is the customer's choice (the web chat's language switch). */
  channelLocale: z.string().max(32).optional(),
  /**
   * The words of a request about orders made before the list could be shown ("耳机想退货" before logging in), masked: once
   * the list is there they choose the order (src/bot/dialogueTurn.ts).
   */
  orderWords: z.string().max(200).optional(),
  /**
   * The orderWords were said with the phone number ("我手机号是138…，帮我看看订单，顺便问下逾期了怎么办"): the questions in them
   * went unanswered at the login, and are answered once the list is there, with the orders known (src/bot/dialogueTurn.ts).
   */
  orderQuestionsOpen: z.literal(true).optional(),
  /**
   * A second order's request said with the first ("…pay for my earbuds and also return the rice cooker"), masked: once the
   * first is done and the list is back, these words choose the second (src/bot/dialogueTurn.ts).
   */
  nextOrderWords: z.string().max(200).optional(),
  /**
   * When the customer left the conversation (the channel ended it, or removed them): an agent writing to them is told
   * so. Kept through proactive turns, gone at the customer's next message (src/bot/paylaterBot.ts).
   */
  customerLeftAt: z.string().optional(),
  /**
   * The last turn gave the conversation back from an agent who had taken it (src/bot/dialogueTurn.ts): the credit step's
   * prompt then offered no person, so a typed yes to it is no yes to one. Gone at the next turn.
   */
  releasedByAgent: z.literal(true).optional(),
  /**
   * The agent's release line that the customer's channel did not take (src/bot/paylaterBot.ts): "customer service has finished, I'll take it from here", or with
   * `notTaken` "no colleague could take it", `loggedInAs` the masked number of the account the agent logged them in to,
   * and the `intent` the agent released with, whose answer (the status card, the orders) went unheard with it. Said first at the customer's next turn, the intent run again after it, then gone; gone too
   * once the conversation is given back anew or is with an agent again (src/bot/untold.ts). A value that does not fit is
   * dropped rather than the record, which would start the customer over; an intent that does not, rather than the line.
   */
  untoldRelease: z
    .object({
      notTaken: z.literal(true).optional(),
      /** Released from the queue with a verified account, no agent having written: nobody is said to have helped. */
      unanswered: z.literal(true).optional().catch(undefined),
      loggedInAs: z.string().max(32).optional().catch(undefined),
      intent: z.enum(INTENTS).optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
  /**
   * What a support agent last handed on to the bot (POST /api/agent/handoffs, a release with an intent): a customer who
   * asks who is writing and why ("I didn't ask for anything") hears customer service asked it to help with that. Kept with
   * the conversation; one that does not fit is dropped rather than the record.
   */
  handedIn: z.enum(INTENTS).optional().catch(undefined),
  /**
   * The last turn's welcome was the whole greeting, which asks whether to turn pay-later on, or an answer offering a login
   * (dialogs/prompts.ts welcomeAsksYes): an approving emoji ("👍") or a bare yes at the next turn is a yes to it; after the
   * short "what else?" it is thanks, or an ok. Gone at the next turn.
   */
  welcomeAsked: z.literal(true).optional(),
  /**
   * The last turn's answer offered a login with its own button, for this (dialogs/prompts.ts loginOffered): a phone number
   * typed at the next turn instead of tapping it is that login, and leads where the button would. Gone at the next turn;
   * a value that does not fit is dropped rather than the record.
   */
  loginOffered: z.enum(LOGIN_OFFERS).optional().catch(undefined),
  /**
   * While the conversation is handed over (src/bot/dialogueTurn.ts): the language it was handed over in (a word or two of
   * English written while waiting switches only a conversation that was not Chinese then), and when a waiting customer was
   * last told the whole "one is coming", at which place in the queue, with the long wait's apology or not: until the place
   * changes or a few minutes pass, they hear only a short "received". Gone once the bot has the conversation again.
   */
  handoff: z
    .object({
      locale: localeSchema,
      told: z.object({ at: z.string(), ahead: z.number().int().min(0).optional(), longWait: z.literal(true).optional() }).optional(),
    })
    .optional()
    .catch(undefined),
  /**
   * Digests of the ids of the latest message activities the conversation ran a turn for, oldest first: a channel's
   * retry of one of them runs no second turn (src/bot/repeatedMessages.ts). Records from before it have none; a list
   * that does not fit is dropped rather than the record, which would start the customer over.
   */
  recentMessages: z.array(z.string().max(16)).max(REMEMBERED_MESSAGES).optional().catch(undefined),
  /**
   * The shop's notice that shop-page steps were done moved the conversation on in its last turn, a proactive one
   * (src/webhook/backendEvents.ts): which steps, when, and `untold` when the customer's channel did not take that message
   * (unreachable; the Emulator's serviceUrl changes when it restarts). At the customer's next turn an untold one is said
   * first, and a "done" for the step just done is answered with it, not checked as the next step's (src/bot/dialogueTurn.ts).
   * Gone after that turn.
   */
  shopStepDone: z
    .object({ steps: z.array(z.enum(EXTERNAL_STEPS)).min(1).max(EXTERNAL_STEPS.length), at: z.string(), untold: z.literal(true).optional() })
    .optional()
    .catch(undefined),
  updatedAt: z.string(),
});

export type ConversationRecord = z.infer<typeof conversationRecordSchema>;

export const conversationKey = (conversationId: string): string => `conversation/${conversationId}`;
