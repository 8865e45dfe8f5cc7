// k-fold cross-validation over the training corpus: every example classified by a model that never saw it.
import { trainClassifier, type Classification } from './classifier';
import type { Example } from './corpus';

export interface HeldOutPrediction {
  example: Example;
  classification: Classification;
}

export const DEFAULT_FOLDS = 5;

export function crossValidate(examples: readonly Example[], folds = DEFAULT_FOLDS): HeldOutPrediction[] {
  // Stratified and deterministic: the n-th utterance of each intent goes to fold n mod k.
  const seen = new Map<string, number>();
  const foldOf = examples.map((example) => {
    const n = seen.get(example.intent) ?? 0;
    seen.set(example.intent, n + 1);
    return n % folds;
  });
  const predictions: HeldOutPrediction[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const classifier = trainClassifier(examples.filter((_, i) => foldOf[i] !== fold));
    examples.forEach((example, i) => {
      if (foldOf[i] === fold) predictions.push({ example, classification: classifier.classify(example.text) });
    });
  }
  return predictions;
}
