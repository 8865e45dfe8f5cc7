// The NLU the bot uses: trains the intent classifier from data/nlu/train.json at start-up (~0.1 s) and serves turns.
import { trainClassifier, type Classification } from './classifier';
import { loadCorpus, type Example } from './corpus';
import type { DecisionPolicy } from './decisionPolicy';
import { understandWith, type Understanding } from './understand';

export interface Nlu {
  /** The raw ranking, as `npm run classify` prints it. */
  classify(text: string): Classification;
  /** What the turn loop wants: an intent to act on, a question to ask, or values to consume. */
  understand(text: string): Understanding;
}

export interface NluOptions {
  /** Defaults to data/nlu/train.json; tests pass their own to train on a subset. */
  examples?: readonly Example[];
  policy?: DecisionPolicy;
}

export function createNlu(options: NluOptions = {}): Nlu {
  const classifier = trainClassifier(options.examples ?? loadCorpus('train'));
  return {
    classify: (text) => classifier.classify(text),
    understand: (text) => understandWith(classifier, text, options.policy),
  };
}
