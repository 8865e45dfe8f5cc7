// Reaching a stored conversation from outside a turn: its record by id, and a proactive turn on its ConversationReference.
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { CasStorage } from '../storage';
import { storedDialogueSchema } from '../../machines/snapshot';
import { journeyStepOf, statePath, type JourneyStep } from '../../machines/view';
import { conversationKey, conversationRecordSchema, type ConversationRecord } from '../bot/conversationRecord';

export async function loadConversation(storage: CasStorage, conversationId: string): Promise<ConversationRecord | undefined> {
  const key = conversationKey(conversationId);
  const parsed = conversationRecordSchema.safeParse((await storage.read([key]))[key]);
  return parsed.success ? parsed.data : undefined;
}

/** A conversation the bot can write to first: it has a record with a reference (a serviceUrl to post to). */
export type Reachable = ConversationRecord & { reference: Record<string, unknown> & { serviceUrl: string } };

export const isReachable = (record: ConversationRecord | undefined): record is Reachable =>
  typeof record?.reference?.serviceUrl === 'string';

/** Runs `logic` in a proactive turn: adapter middleware (transcripts) included, as for a customer's message. */
export function continueConversation(
  adapter: CloudAdapter,
  botAppId: string,
  record: Reachable,
  logic: (context: TurnContext) => Promise<void>,
): Promise<void> {
  // Stored references come from botbuilder itself or from the agent API's schema of one.
  return adapter.continueConversationAsync(botAppId, record.reference as Partial<ConversationReference>, logic);
}

/** Where a stored conversation rests, read from its saved snapshot without running the machine. */
export function restingStep(record: ConversationRecord): JourneyStep | undefined {
  const stored = storedDialogueSchema.safeParse(record.dialogue);
  return stored.success ? journeyStepOf(statePath(stored.data.snapshot.value)) : undefined;
}
