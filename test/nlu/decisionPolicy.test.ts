// The threshold and margin decide between acting and asking, and are the ones cross-validation on train picks.
import { loadCorpus } from '../../src/nlu/corpus';
import { crossValidate } from '../../src/nlu/crossValidation';
import { decide, DECISION_POLICY } from '../../src/nlu/decisionPolicy';
import { tunePolicy } from '../../src/nlu/policyTuning';

const policy = { minConfidence: 0.4, minMargin: 0.2 };

describe('decide', () => {
  it('acts on a confident leader', () => {
    const decision = decide({
      intent: 'enable', confidence: 0.8,
      alternatives: [{ intent: 'enable', confidence: 0.8 }, { intent: 'status', confidence: 0.1 }, { intent: 'plus', confidence: 0.05 }],
    }, policy);
    expect(decision).toEqual({ kind: 'intent', intent: 'enable', confidence: 0.8 });
  });

  it('asks when the leader is unsure', () => {
    const decision = decide({
      intent: 'enable', confidence: 0.3,
      alternatives: [{ intent: 'enable', confidence: 0.3 }, { intent: 'status', confidence: 0.05 }, { intent: 'plus', confidence: 0.05 }],
    }, policy);
    expect(decision).toEqual({ kind: 'unclear', candidates: ['enable', 'status', 'plus'] });
  });

  it('asks when two readings are neck and neck, and never offers out_of_scope as a button', () => {
    const decision = decide({
      intent: 'status', confidence: 0.45,
      alternatives: [{ intent: 'status', confidence: 0.45 }, { intent: 'out_of_scope', confidence: 0.4 }, { intent: 'checkout', confidence: 0.1 }],
    }, policy);
    expect(decision).toEqual({ kind: 'unclear', candidates: ['status', 'checkout'] });
  });

  it('offers general choices when there is nothing to go on', () => {
    expect(decide({ intent: 'out_of_scope', confidence: 0, alternatives: [] }, policy)).toEqual({
      kind: 'unclear', candidates: ['what_is', 'enable'],
    });
  });
});

describe('DECISION_POLICY', () => {
  it('is what 5-fold cross-validation on the training corpus selects (run `npm run eval:nlu -- --tune` to update)', () => {
    expect(tunePolicy(crossValidate(loadCorpus('train'))).policy).toEqual(DECISION_POLICY);
  });
});
