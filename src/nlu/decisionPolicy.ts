// Decides whether a classification is sure enough to act on, or whether the bot should ask with buttons.
import type { Intent } from '../../machines/domain';
import type { Classification } from './classifier';

export interface DecisionPolicy {
  /** Act on the best intent only when its probability reaches this… */
  minConfidence: number;
  /** …and it leads the runner-up by at least this much (two near-equal readings deserve a question). */
  minMargin: number;
}

/**
 * Tuned by 5-fold cross-validation on the TRAINING corpus (never the evaluation set) to minimise
 * `wrong answers + ASK_COST × clarifying questions`; `npm run eval:nlu -- --tune` recomputes it and a test
 * fails when this copy is stale.
 */
export const DECISION_POLICY: DecisionPolicy = { minConfidence: 0.35, minMargin: 0.25 };

export type Decision =
  | { kind: 'intent'; intent: Intent; confidence: number }
  /** `candidates` are 2–3 intents to offer as buttons, best first; never out_of_scope. */
  | { kind: 'unclear'; candidates: Intent[] };

/** Offered when the classifier has nothing to go on (empty text, gibberish ranked only out_of_scope). */
const FALLBACK_CANDIDATES: readonly Intent[] = ['what_is', 'enable', 'help'];
const MIN_CANDIDATES = 2;

export function decide(classification: Classification, policy: DecisionPolicy = DECISION_POLICY): Decision {
  const { intent, confidence, alternatives } = classification;
  const runnerUp = alternatives[1]?.confidence ?? 0;
  if (confidence >= policy.minConfidence && confidence - runnerUp >= policy.minMargin) {
    return { kind: 'intent', intent, confidence };
  }
  // A "did you mean: out of scope?" button helps nobody, so that reading is left out of the question.
  const candidates: Intent[] = alternatives.map((a) => a.intent).filter((i) => i !== 'out_of_scope');
  for (const fallback of FALLBACK_CANDIDATES) {
    if (candidates.length >= MIN_CANDIDATES) break;
    if (!candidates.includes(fallback)) candidates.push(fallback);
  }
  return { kind: 'unclear', candidates };
}
