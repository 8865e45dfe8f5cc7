// Picks the decision policy (confidence threshold + margin) that costs least on held-out training predictions.
import type { HeldOutPrediction } from './crossValidation';
import { decide, type DecisionPolicy } from './decisionPolicy';

/**
 * A clarifying question costs the customer one click; a wrong answer costs a detour and trust. We count a
 * question as 0.3 of a wrong answer: ask when the best reading is right less than ~70 % of the time.
 */
export const ASK_COST = 0.3;

export interface PolicyOutcome {
  policy: DecisionPolicy;
  /** Mean cost per utterance: wrong answers count 1, questions ASK_COST, right answers 0. */
  cost: number;
  /** Share of utterances answered without a question, and how many of those were right. */
  answeredShare: number;
  answeredAccuracy: number;
}

export function assessPolicy(predictions: readonly HeldOutPrediction[], policy: DecisionPolicy): PolicyOutcome {
  let answered = 0;
  let right = 0;
  for (const { example, classification } of predictions) {
    const decision = decide(classification, policy);
    if (decision.kind !== 'intent') continue;
    answered++;
    if (decision.intent === example.intent) right++;
  }
  const total = predictions.length;
  const cost = (answered - right + ASK_COST * (total - answered)) / total;
  return { policy, cost, answeredShare: answered / total, answeredAccuracy: answered ? right / answered : 1 };
}

/**
 * Grid search in steps of 0.05. Thresholds below the margin change nothing, so many policies tie; among equals we
 * keep the highest confidence threshold (new phrasings tend to score lower than the folds did) and the
 * smallest margin.
 */
export function tunePolicy(predictions: readonly HeldOutPrediction[]): PolicyOutcome {
  let best: PolicyOutcome | undefined;
  for (let c = 19; c >= 0; c--) {
    for (let m = 0; m <= 10; m++) {
      const outcome = assessPolicy(predictions, { minConfidence: c / 20, minMargin: m / 20 });
      if (!best || outcome.cost < best.cost - 1e-12) best = outcome;
    }
  }
  return best!;
}
