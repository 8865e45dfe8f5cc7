// `npm run eval:nlu`: scores the NLU on the held-out set data/nlu/eval.json; `-- --tune` re-derives the threshold.
import { createNlu } from '../src/nlu';
import { loadCorpus } from '../src/nlu/corpus';
import { crossValidate } from '../src/nlu/crossValidation';
import { DECISION_POLICY } from '../src/nlu/decisionPolicy';
import { evaluateClassifier, REQUIRED_ACCURACY, type EvaluationReport } from '../src/nlu/evaluation';
import { assessPolicy, tunePolicy, type PolicyOutcome } from '../src/nlu/policyTuning';

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const fixed = (x: number) => x.toFixed(3);

function printReport(report: EvaluationReport): void {
  console.log(`accuracy ${percent(report.accuracy)} (${report.correct}/${report.total}), macro F1 ${fixed(report.macroF1)}\n`);
  console.log(`${'intent'.padEnd(14)}${'precision'.padStart(10)}${'recall'.padStart(8)}${'F1'.padStart(7)}${'n'.padStart(5)}`);
  for (const s of report.perIntent) {
    console.log(`${s.intent.padEnd(14)}${fixed(s.precision).padStart(10)}${fixed(s.recall).padStart(8)}${fixed(s.f1).padStart(7)}${String(s.support).padStart(5)}`);
  }
  if (report.confusions.length) console.log('\nconfusions (expected → predicted):');
  for (const c of report.confusions.slice(0, 12)) {
    console.log(`  ${c.expected} → ${c.predicted} ×${c.count}: ${c.texts.slice(0, 3).join(' | ')}`);
  }
}

function printPolicy(label: string, outcome: PolicyOutcome): void {
  const { minConfidence, minMargin } = outcome.policy;
  console.log(
    `${label}: confidence ≥ ${minConfidence}, margin ≥ ${minMargin} → answers ${percent(outcome.answeredShare)} ` +
      `without asking, ${percent(outcome.answeredAccuracy)} of those right`,
  );
}

const nlu = createNlu();
const evalSet = loadCorpus('eval');
const report = evaluateClassifier(nlu, evalSet);
printReport(report);
console.log();
printPolicy('decision policy on the eval set', assessPolicy(
  evalSet.map((example) => ({ example, classification: nlu.classify(example.text) })),
  DECISION_POLICY,
));

if (process.argv.includes('--tune')) {
  // Tuning only ever looks at held-out predictions on the training corpus, never at the eval set.
  const tuned = tunePolicy(crossValidate(loadCorpus('train')));
  printPolicy('tuned by cross-validation on train', tuned);
  const stale = tuned.policy.minConfidence !== DECISION_POLICY.minConfidence || tuned.policy.minMargin !== DECISION_POLICY.minMargin;
  if (stale) console.log('→ update DECISION_POLICY in src/nlu/decisionPolicy.ts to the tuned values');
}

if (report.accuracy < REQUIRED_ACCURACY) {
  console.error(`\nFAIL: accuracy ${percent(report.accuracy)} is below ${percent(REQUIRED_ACCURACY)}`);
  process.exitCode = 1;
}
