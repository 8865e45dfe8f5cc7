// One customer message through the dialogue: restore → understand → transition → wait for the backend → persist → render.
import { waitFor, type AnyMachineSnapshot } from 'xstate';
import type { Activity } from 'botbuilder';
import type { DialogueMachine } from '../../machines/dialogue';
import { persistDialogue, restoreDialogue, startDialogue, type DialogueActor } from '../../machines/snapshot';
import { statePath } from '../../machines/view';
import type { DialogueContext } from '../../machines/context';
import type { DialogueEvent } from '../../machines/events';
import { renderNotices, renderTurn } from '../../dialogs';
import type { Nlu } from '../nlu';
import type { ConversationRecord } from './conversationRecord';
import { understandActivity } from './understanding';
import { chooseLocale, type Locale } from './locale';

export interface DialogueTurnDeps {
  machine: DialogueMachine;
  nlu: Nlu;
  shopUrl: string;
  /** Longest a turn waits for the backend before the machine's own timeout must have fired. */
  maxWaitMs: number;
  /** Called when a backend call starts, so the customer sees a typing indicator. */
  onBusy?: () => void;
  /** Whether a handed-over conversation still waits for an agent (none has taken it); without it, none ever waits. */
  handoffWaiting?: (conversationId: string) => Promise<boolean>;
}

export interface DialogueTurnInput {
  record: ConversationRecord | undefined;
  text?: string;
  value?: unknown;
  /** An event from the backend or an agent, sent as it is instead of understanding words. */
  event?: DialogueEvent;
  activityLocale?: string;
  reference?: Record<string, unknown>;
  conversationId?: string;
}

export interface DialogueTurnResult {
  record: ConversationRecord;
  replies: Partial<Activity>[];
  /** The snapshot after the turn, for handoff and metrics. */
  before: AnyMachineSnapshot;
  after: AnyMachineSnapshot;
  /** Set when the stored snapshot could not be used and the customer was restarted at their first open step. */
  restartReason?: string;
}

function restore(machine: DialogueMachine, record: ConversationRecord | undefined): { actor: DialogueActor; restartReason?: string } {
  if (record?.dialogue === undefined) return { actor: startDialogue(machine) };
  const restored = restoreDialogue(machine, record.dialogue);
  return restored.ok ? { actor: restored.actor } : { actor: restored.actor, restartReason: restored.reason };
}

/**
 * The step the customer's words answer: where the dialogue rests or, under a clarifying question, the step it came from
 * (the question replays the words to it). Read there, a typed button or a return reason is not another "unclear",
 * which would hand the customer to a person.
 */
function answeredStep(snapshot: AnyMachineSnapshot): string {
  const path = statePath(snapshot.value);
  if (path !== 'clarifying') return path;
  const step = (snapshot.historyValue as Record<string, Array<{ path?: string[] }>> | undefined)?.resume?.[0];
  return step?.path ? step.path.join('.') : path;
}

const isWaiting = async (deps: DialogueTurnDeps, conversationId: string | undefined): Promise<boolean> =>
  conversationId !== undefined && deps.handoffWaiting !== undefined && (await deps.handoffWaiting(conversationId));


/**
 * Runs one turn and returns what to store and what to say. It only talks to the backend (through the
 * machine's actors), so it can be redone on fresh state when another instance saved first.
 */
export async function runDialogueTurn(deps: DialogueTurnDeps, input: DialogueTurnInput): Promise<DialogueTurnResult> {
  const { actor, restartReason } = restore(deps.machine, input.record);
  actor.start();
  try {
    const before = actor.getSnapshot();
    const understood = input.event
      ? { event: input.event, language: undefined }
      : understandActivity(deps.nlu, input.text, input.value, answeredStep(before), before.context as DialogueContext);
    const locale: Locale = chooseLocale(understood.language, input.activityLocale, input.record?.locale);

    // Only the agent's release reaches a dialogue that an agent owns; the customer's words go to the agent.
    const withAgent = before.hasTag('agent') && input.event?.type !== 'AGENT_RELEASED';
    // Until an agent takes the conversation, the customer is told one is coming, and may take the request back.
    const waiting = withAgent && input.event === undefined && (await isWaiting(deps, input.conversationId));
    const withdrawn = waiting && (understood.event?.type === 'CANCEL' || understood.event?.type === 'RESTART');
    if (withdrawn) {
      actor.send({ type: 'HANDOFF_WITHDRAWN' });
      if (understood.event?.type === 'RESTART') actor.send(understood.event);
    } else if (!withAgent) {
      // A snapshot that could not be used restarts at the first unfinished step instead of the message's intent.
      const event = restartReason ? { type: 'ENABLE' as const } : understood.event;
      if (event) actor.send(event);
      if (actor.getSnapshot().hasTag('busy')) {
        deps.onBusy?.();
        await waitFor(actor, (s) => !s.hasTag('busy'), { timeout: deps.maxWaitMs });
      }
    }
    const after = actor.getSnapshot();
    const context = after.context as DialogueContext;
    // While an agent owns the conversation the bot says nothing; entering the handoff is announced once.
    const links = { shopUrl: deps.shopUrl };
    // To words written while handed over: "one is coming" while no agent has the conversation, nothing once one has.
    const waitingReply = () =>
      waiting ? renderNotices({ path: statePath(after.value), context, notices: [{ id: 'alreadyWithAgent' }], locale, links }) : [];
    const replies = withAgent && !withdrawn
      ? waitingReply()
      : renderTurn({
          path: statePath(after.value),
          context,
          notices: restartReason ? [{ id: 'resumeFailed' }, ...context.notices] : context.notices,
          locale,
          links,
          returning: input.record !== undefined,
        });
    const record: ConversationRecord = {
      dialogue: persistDialogue(actor),
      locale,
      reference: input.reference ?? input.record?.reference,
      turns: (input.record?.turns ?? 0) + 1,
      updatedAt: new Date().toISOString(),
    };
    return { record, replies, before, after, restartReason };
  } finally {
    actor.stop();
  }
}
