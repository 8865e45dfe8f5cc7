// What the bot stores per conversation: the dialogue snapshot, the customer's language and how to reach them.
import { z } from 'zod';
import { localeSchema } from '../../dialogs/locale';

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
   * When the customer left the conversation (the channel ended it, or removed them): an agent writing to them is told
   * so. Kept through proactive turns, gone at the customer's next message (src/bot/paylaterBot.ts).
   */
  customerLeftAt: z.string().optional(),
  /**
   * The last turn gave the conversation back from an agent who had taken it (src/bot/dialogueTurn.ts): the credit step's
   * prompt then offered no person, so a typed yes to it is no yes to one. Gone at the next turn.
   */
  releasedByAgent: z.literal(true).optional(),
  updatedAt: z.string(),
});

export type ConversationRecord = z.infer<typeof conversationRecordSchema>;

export const conversationKey = (conversationId: string): string => `conversation/${conversationId}`;
