// The NLU's public surface for the rest of src/: import from 'src/nlu', not from its inner modules.
export { createNlu, type Nlu, type NluOptions } from './nlu';
export type { Classification, IntentScore } from './classifier';
export type { Understanding } from './understand';
export { DECISION_POLICY, type Decision, type DecisionPolicy } from './decisionPolicy';
export { extractEntities, type Entities } from './entities';
export { detectLanguage, isBriefCjk, isBriefLatin, type Locale } from './language';
export { toSimplified } from './simplified';
export { foldNumberForms } from './normalize';
