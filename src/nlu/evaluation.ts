// Scores a classifier on labelled utterances: accuracy, per-intent precision/recall/F1 and the worst confusions.
import { INTENTS, type Intent } from '../../machines/domain';
import type { IntentClassifier } from './classifier';
import type { Example } from './corpus';

/** The bar for the held-out evaluation set; `npm run eval:nlu` and the tests both enforce it. */
export const REQUIRED_ACCURACY = 0.9;

export interface IntentScores {
  intent: Intent;
  precision: number;
  recall: number;
  f1: number;
  /** How many utterances of this intent the set holds. */
  support: number;
}

export interface Confusion {
  expected: Intent;
  predicted: Intent;
  count: number;
  texts: string[];
}

export interface EvaluationReport {
  total: number;
  correct: number;
  accuracy: number;
  macroF1: number;
  perIntent: IntentScores[];
  /** Expected → predicted pairs that went wrong, most frequent first. */
  confusions: Confusion[];
}

export function evaluateClassifier(classifier: IntentClassifier, examples: readonly Example[]): EvaluationReport {
  const truePositives = new Map<Intent, number>();
  const predictedCounts = new Map<Intent, number>();
  const supportCounts = new Map<Intent, number>();
  const confusions = new Map<string, Confusion>();
  const bump = (map: Map<Intent, number>, intent: Intent) => map.set(intent, (map.get(intent) ?? 0) + 1);

  for (const { text, intent: expected } of examples) {
    const predicted = classifier.classify(text).intent;
    bump(supportCounts, expected);
    bump(predictedCounts, predicted);
    if (predicted === expected) {
      bump(truePositives, expected);
      continue;
    }
    const key = `${expected}>${predicted}`;
    const confusion = confusions.get(key) ?? { expected, predicted, count: 0, texts: [] };
    confusion.count++;
    confusion.texts.push(text);
    confusions.set(key, confusion);
  }

  const perIntent = INTENTS.map((intent): IntentScores => {
    const tp = truePositives.get(intent) ?? 0;
    const support = supportCounts.get(intent) ?? 0;
    const predicted = predictedCounts.get(intent) ?? 0;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { intent, precision, recall, f1, support };
  });
  const correct = [...truePositives.values()].reduce((sum, n) => sum + n, 0);
  const scored = perIntent.filter((s) => s.support > 0);
  return {
    total: examples.length,
    correct,
    accuracy: examples.length ? correct / examples.length : 0,
    macroF1: scored.reduce((sum, s) => sum + s.f1, 0) / (scored.length || 1),
    perIntent,
    confusions: [...confusions.values()].sort((a, b) => b.count - a.count),
  };
}
