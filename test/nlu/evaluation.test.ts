// The held-out evaluation set is classified at least as well as the issue demands (same computation as eval:nlu).
import { createNlu } from '../../src/nlu';
import { loadCorpus } from '../../src/nlu/corpus';
import { evaluateClassifier, REQUIRED_ACCURACY } from '../../src/nlu/evaluation';

describe('the NLU on the evaluation set', () => {
  const report = evaluateClassifier(createNlu(), loadCorpus('eval'));

  it(`reaches ${REQUIRED_ACCURACY * 100}% accuracy`, () => {
    expect(report.accuracy).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
  });

  it('recognises every intent at least some of the time', () => {
    for (const scores of report.perIntent) expect({ intent: scores.intent, ok: scores.f1 >= 0.7 }).toEqual({ intent: scores.intent, ok: true });
  });

  it('counts precision and recall per intent consistently with the total', () => {
    expect(report.perIntent.reduce((sum, s) => sum + s.support, 0)).toBe(report.total);
    expect(report.confusions.reduce((sum, c) => sum + c.count, 0)).toBe(report.total - report.correct);
  });
});
