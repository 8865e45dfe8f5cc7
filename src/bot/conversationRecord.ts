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
  updatedAt: z.string(),
});

export type ConversationRecord = z.infer<typeof conversationRecordSchema>;

export const conversationKey = (conversationId: string): string => `conversation/${conversationId}`;
