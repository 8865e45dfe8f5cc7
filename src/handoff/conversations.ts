// Reaching a stored conversation from outside a turn: its record by id, and a proactive turn on its ConversationReference.
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { CasStorage } from '../storage';
import { dialogueMachine } from '../../machines/dialogue';
import { restoreDialogue, storedDialogueSchema } from '../../machines/snapshot';
import { sessionSchema } from '../../machines/domain';
import { journeyStepOf, statePath, type JourneyStep } from '../../machines/view';
import { conversationKey, conversationRecordSchema, type ConversationRecord } from '../bot/conversationRecord';
import { whereabouts, type Whereabouts } from './customer';

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
    // Registered last, this hook wraps the connector's own send: only its failures are the channel's (a storage
    // error in the turn is not).
    context.onSendActivities(async (_context, _activities, send) => {
      try {
        return await send();
      } catch (error) {
        throw error instanceof ChannelUnreachableError ? error : new ChannelUnreachableError(error);
      }
    });
    try {
      await logic(context);
    } catch (error) {
      failure = { error };
    }
  });
  if (failure) throw failure.error;
}

/** The dotted path of a state a stored history names by id ("dialogue.flow.onboarding.awaitingPlus", "awaitingOtp"). */
function pathOfStateId(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  try {
    return dialogueMachine.getStateNodeById(id).path.join('.');
  } catch {
    return undefined;
  }
}

/**
 * Where a stored conversation rests, read from its saved snapshot without running the machine. Under a clarifying
 * question, at the step the question came from: whatever comes next (an answer, the shop's notice that the step is
 * done) goes back there. With an agent, in the handoff.
 */
export function restingStep(record: ConversationRecord): JourneyStep | undefined {
  const stored = storedDialogueSchema.safeParse(record.dialogue);
  if (!stored.success) return undefined;
  const { value, historyValue } = stored.data.snapshot;
  const path = statePath(value);
  const questionedStep = path === 'clarifying' ? pathOfStateId(Object.values(historyValue ?? {})[0]?.[0]?.id) : undefined;
  return journeyStepOf(questionedStep ?? path);
}

/**
 * Where a stored conversation is, as an agent is told after a turn: the saved snapshot restored (not run), so a turn
 * that saved but could not send still answers with the step it left the customer at. Nothing for an unusable snapshot.
 */
export function storedWhereabouts(record: ConversationRecord | undefined): Whereabouts | undefined {
  if (!record) return undefined;
  const restored = restoreDialogue(dialogueMachine, record.dialogue);
  return restored.ok ? whereabouts(restored.actor.getSnapshot()) : undefined;
}

/** The account a stored conversation is logged in to, read from its saved snapshot. */
export function loggedInAccount(record: ConversationRecord): string | undefined {
  const stored = storedDialogueSchema.safeParse(record.dialogue);
  const session = stored.success ? sessionSchema.safeParse(stored.data.snapshot.context.session) : undefined;
  return session?.success ? session.data.accountId : undefined;
}
