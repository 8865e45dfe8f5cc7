// What a proactive turn said that the customer's channel did not take (the shop's notice that a step is done, an agent's
// release and what its intent showed): kept with the conversation record and said once, first, at the customer's next turn.
import type { Notice } from '../../machines/context';
import type { Intent } from '../../machines/domain';
import type { DialogueEvent, ExternalStep } from '../../machines/events';
import type { ConversationRecord } from './conversationRecord';
import { untoldSteps, withUntold as withUntoldSteps } from './shopStepDone';

type ReleaseNotice = Extract<Notice, { id: 'agentReleased' }>;
type UntoldRelease = NonNullable<ConversationRecord['untoldRelease']>;

/** What a turn has to say first because the customer did not hear it. */
export interface Untold {
  /** The steps the shop's notice reported done (src/bot/shopStepDone.ts). */
  steps: ExternalStep[];
  /** The agent's release line. */
  release?: ReleaseNotice;
  /**
   * The intent the agent released with, whose answer (the status card, the orders) went unheard with the line: run again
   * right after it (src/bot/dialogueTurn.ts), as handed on by the agent. Only with `release`.
   */
  intent?: Intent;
}

const isRelease = (notice: Notice): notice is ReleaseNotice => notice.id === 'agentReleased';

/**
 * What a turn finds untold. The customer's own turn says all of it; the shop's next notice says the steps (the release
 * line waits for the customer, who is sent nothing else in between). A conversation found with an agent again has its
 * release line taken back with it: the customer is not told the bot is back while a person has them.
 */
export function untoldFor(event: DialogueEvent | undefined, record: ConversationRecord | undefined, withAgent: boolean): Untold {
  const steps = event === undefined || event.type === 'BACKEND_STEP_COMPLETED' ? untoldSteps(record) : [];
  const kept = event === undefined && !withAgent ? record?.untoldRelease : undefined;
  if (!kept) return { steps };
  const handedOn = kept.intent ? { intent: kept.intent } : {};
  const loggedIn = kept.loggedInAs ? { loggedInAs: kept.loggedInAs } : {};
  const unanswered = kept.unanswered ? { unanswered: true as const } : {};
  const release: ReleaseNotice = kept.notTaken
    ? { id: 'agentReleased', notTaken: true, ...handedOn }
    : { id: 'agentReleased', ...unanswered, ...loggedIn, ...handedOn };
  return kept.intent ? { steps, release, intent: kept.intent } : { steps, release };
}

/** The turn's notices with what was untold first, in the order it was meant: the release line, then the steps done. */
export function withUntold(untold: Untold, notices: Notice[]): Notice[] {
  const withSteps = withUntoldSteps(untold.steps, notices);
  return untold.release && !notices.some(isRelease) ? [untold.release, ...withSteps] : withSteps;
}

/**
 * The release line kept after a turn. The customer's turn said it (or, with an agent again, dropped it); an agent's new
 * release says its own; a turn that leaves the conversation with an agent drops it. Other proactive turns (the shop's
 * notice, the customer leaving) leave it for the customer's next turn.
 */
export function untoldReleaseAfter(
  event: DialogueEvent | undefined,
  record: ConversationRecord | undefined,
  withAgent: boolean,
): UntoldRelease | undefined {
  if (event === undefined || event.type === 'AGENT_RELEASED' || withAgent) return undefined;
  return record?.untoldRelease;
}

/**
 * `record` (the one the proactive turn saved) with what that turn's message said marked untold, its message not having
 * gone out: the steps the shop's notice reported done, or the agent's release line with the intent it was released with
 * (what it showed is rendered from the dialogue as it is then, not kept). Undefined when it keeps nothing.
 */
export function markUntold(event: DialogueEvent | undefined, notices: Notice[], record: ConversationRecord): ConversationRecord | undefined {
  if (event?.type === 'BACKEND_STEP_COMPLETED' && record.shopStepDone) return { ...record, shopStepDone: { ...record.shopStepDone, untold: true } };
  // A release that left the conversation with an agent again (kept only then: ConversationRecord.handoff) has no line to keep.
  const release = event?.type === 'AGENT_RELEASED' && record.handoff === undefined ? notices.find(isRelease) : undefined;
  if (!release || event?.type !== 'AGENT_RELEASED') return undefined;
  const intent = event.intent ? { intent: event.intent } : {};
  const loggedIn = release.loggedInAs ? { loggedInAs: release.loggedInAs } : {};
  const unanswered = release.unanswered ? { unanswered: true as const } : {};
  return { ...record, untoldRelease: release.notTaken ? { notTaken: true, ...intent } : { ...unanswered, ...loggedIn, ...intent } };
}
