// What the shop's notice that a shop-page step is done told the customer, or could not tell them: kept for their next turn.
import type { Notice } from '../../machines/context';
import type { DialogueEvent, ExternalStep } from '../../machines/events';
import { REAL_NAME_STEP, TERMS_STEP } from '../../machines/steps';
import type { ConversationRecord } from './conversationRecord';

type ShopStepDone = NonNullable<ConversationRecord['shopStepDone']>;

/**
 * A "done" this soon after the shop's notice moved the customer on is about the step it reported, not the next one: the
 * notice and the customer's "I've done it" crossed. Later, they have read what comes next and may mean that.
 */
export const STEP_JUST_DONE_MS = 2 * 60_000;

/** Real-name verification named in the "done": it claims that step, which is checked as usual. */
const NAMES_REAL_NAME = /实名|认证|身份|verif|real[- ]?name|\bid\b/i;

/** The steps the shop's notice reported done that the customer's channel did not take: said at their next turn. */
export const untoldSteps = (record: ConversationRecord | undefined): ExternalStep[] =>
  record?.shopStepDone?.untold ? record.shopStepDone.steps : [];

/** A notice of the turn that already says `step` is done, in its own words: the kept one is not said beside it. */
const saysDone = (notice: Notice, step: ExternalStep): boolean =>
  (notice.id === 'stepDone' && notice.step === step) ||
  (notice.id === 'topic' && (notice.topic === 'stepDoneAlready' || (step === 'plus' && notice.topic === 'plusDoneAlready')));

/** The turn's notices, the untold "step done" first: the customer hears what moved them on before the answer. */
export function withUntold(untold: ExternalStep[], notices: Notice[]): Notice[] {
  const unsaid = untold.filter((step) => !notices.some((n) => saysDone(n, step)));
  return [...unsaid.map((step): Notice => ({ id: 'stepDone', step })), ...notices];
}

/**
 * "Done" typed at the real-name step right after the shop's notice took the customer there from PLUS (or with that notice
 * never delivered): the customer means the PLUS they just bought, and hears it is active and what comes next. Checked as
 * real-name done, it answered "I can't see your verification yet" to a step they had not been asked to do. A "done" that
 * names the verification, and the step's own button, are still checked.
 */
export function doneForStepJustDone(
  step: string,
  event: DialogueEvent | undefined,
  typed: string | undefined,
  record: ConversationRecord | undefined,
  nowMs: number,
): DialogueEvent | undefined {
  const done = record?.shopStepDone;
  if (step !== REAL_NAME_STEP || event?.type !== 'AFFIRM' || typed === undefined || !done?.steps.includes('plus')) return event;
  const crossed = done.untold === true || nowMs - Date.parse(done.at) < STEP_JUST_DONE_MS;
  return crossed && !NAMES_REAL_NAME.test(typed) ? { type: 'TOPIC_ASKED', topic: 'plusDoneAlready' } : event;
}

/**
 * A yes at the terms whose notice never reached the customer (the shop's "verified" went out to an unreachable channel):
 * they have not seen the terms, and "开通" turned pay-later on with them unseen. Not taken: the turn says the step done
 * and the terms in full (src/bot/dialogueTurn.ts), and the customer's next yes takes them.
 */
export function yesToUnseenTerms(
  step: string,
  event: DialogueEvent | undefined,
  untold: readonly ExternalStep[],
): DialogueEvent | undefined {
  const yes = event?.type === 'AFFIRM' || event?.type === 'ENABLE';
  return step === TERMS_STEP && untold.length > 0 && yes ? undefined : event;
}

/**
 * What the record keeps after a turn. The customer's own turn said the untold steps, or answered a "done" with them: gone.
 * The shop's notice keeps the steps it reported done (with those still untold, which its message says first), to be
 * marked untold should its message not go out (src/bot/paylaterBot.ts). Other proactive turns (an agent's, the customer
 * leaving) leave it as it was.
 */
export function shopStepDoneAfter(
  event: DialogueEvent | undefined,
  record: ConversationRecord | undefined,
  untold: ExternalStep[],
  notices: Notice[],
  nowMs: number,
): ShopStepDone | undefined {
  if (event === undefined) return undefined;
  if (event.type !== 'BACKEND_STEP_COMPLETED') return record?.shopStepDone;
  const reported = notices.some((n) => n.id === 'stepDone' && n.step === event.step);
  const steps = [...new Set([...untold, ...(reported ? [event.step] : [])])];
  return steps.length > 0 ? { steps, at: new Date(nowMs).toISOString() } : undefined;
}
