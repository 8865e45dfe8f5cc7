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

/** The customer's channel did not take what a proactive turn sent (unreachable, or it answered with an error). */
export class ChannelUnreachableError extends Error {
  constructor(override readonly cause: unknown) {
    super(`the customer's channel did not take the message: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'EPIPE']);

/** A failed send to the channel: a network error, or the connector's RestError with the channel's HTTP status. */
function isChannelFailure(error: unknown): boolean {
  for (let e = error, depth = 0; typeof e === 'object' && e !== null && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, statusCode, name } = e as { code?: unknown; statusCode?: unknown; name?: unknown };
    if ((typeof code === 'string' && NETWORK_CODES.has(code)) || typeof statusCode === 'number' || name === 'RestError') return true;
  }
  return false;
}

/**
 * Runs `logic` in a proactive turn: adapter middleware (transcripts) included, as for a customer's message. A failure
 * inside it is thrown to the caller, a failed send as a ChannelUnreachableError: the adapter's turn-error handler would
 * only log it, and an agent would be told a message was delivered that never was.
 */
export async function continueConversation(
  adapter: CloudAdapter,
  botAppId: string,
  record: Reachable,
  logic: (context: TurnContext) => Promise<void>,
): Promise<void> {
  let failure: { error: unknown } | undefined;
  // Stored references come from botbuilder itself or from the agent API's schema of one.
  await adapter.continueConversationAsync(botAppId, record.reference as Partial<ConversationReference>, async (context) => {
    try {
      await logic(context);
    } catch (error) {
      failure = { error };
    }
  });
  if (failure) throw isChannelFailure(failure.error) ? new ChannelUnreachableError(failure.error) : failure.error;
}

/** Where a stored conversation rests, read from its saved snapshot without running the machine. */
export function restingStep(record: ConversationRecord): JourneyStep | undefined {
  const stored = storedDialogueSchema.safeParse(record.dialogue);
  return stored.success ? journeyStepOf(statePath(stored.data.snapshot.value)) : undefined;
}
