// The intent classifier: labelled utterances → normalize → n-gram features → softmax regression → ranked intents.
import { INTENTS, type Intent } from '../../machines/domain';
import type { Example } from './corpus';
import { featuresOf } from './features';
import { normalizeText } from './normalize';
import { withoutOpeningGreeting } from './openingGreeting';
import { DEFAULT_TRAINING, trainSoftmaxRegression, type TrainingOptions } from './softmaxRegression';

export interface IntentScore {
  intent: Intent;
  confidence: number;
}

export interface Classification {
  /** The most probable intent; `confidence` is its probability (0..1) among the 21 intents. */
  intent: Intent;
  confidence: number;
  /** The three most probable intents, best first (the first is `intent` itself). */
  alternatives: IntentScore[];
}

export interface IntentClassifier {
  classify(text: string): Classification;
}

const ALTERNATIVES = 3;

/**
 * Below this share of known features a message is gibberish or far off-topic ("asdkjh", "阿斯顿发", "？？"):
 * its ranking would only echo the class priors. In 5-fold cross-validation on train, held-out utterances
 * under 0.2 were classified right 8 times out of 30, all with confidences the decision policy rejects anyway.
 */
const MIN_KNOWN_SHARE = 0.2;

/** What such a message gets: no intent, confidence 0, no alternatives to offer. */
const nothingToClassify = (): Classification => ({ intent: 'out_of_scope', confidence: 0, alternatives: [] });

/** What the model weighs of an utterance, in training and in classifying alike. */
const featuresFor = (text: string): string[] => featuresOf(withoutOpeningGreeting(normalizeText(text)));

export function trainClassifier(examples: readonly Example[], options: TrainingOptions = DEFAULT_TRAINING): IntentClassifier {
  const model = trainSoftmaxRegression(
    examples.map((example) => ({ features: featuresFor(example.text), label: example.intent })),
    INTENTS,
    options,
  );
  return {
    classify(text) {
      const { probabilities, knownShare } = model.predict(featuresFor(text));
      if (knownShare < MIN_KNOWN_SHARE) return nothingToClassify();
      const alternatives = topScores(probabilities);
      return { intent: alternatives[0].intent, confidence: alternatives[0].confidence, alternatives };
    },
  };
}

/** A partial selection instead of a sort: this runs on every bot turn. */
function topScores(probabilities: Float64Array): IntentScore[] {
  const top: IntentScore[] = [];
  for (let c = 0; c < probabilities.length; c++) {
    const confidence = probabilities[c];
    if (top.length === ALTERNATIVES && confidence <= top[ALTERNATIVES - 1].confidence) continue;
    let at = Math.min(top.length, ALTERNATIVES - 1);
    while (at > 0 && top[at - 1].confidence < confidence) at--;
    top.splice(at, 0, { intent: INTENTS[c], confidence });
    if (top.length > ALTERNATIVES) top.pop();
  }
  return top;
}
