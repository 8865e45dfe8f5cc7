// One turn's understanding: entities, reply language and a decided intent (or a clarifying question) together.
import type { IntentClassifier } from './classifier';
import { decide, DECISION_POLICY, type Decision, type DecisionPolicy } from './decisionPolicy';
import { findEntities, type Entities } from './entities';
import { detectLanguage, type Locale } from './language';
import { normalizeText } from './normalize';
import { toSimplified } from './simplified';

export type Understanding = (
  | Decision
  /** The message only carried values (a phone number, a code, an order id…): the current step consumes them. */
  | { kind: 'entity' }
) & {
  /** Always present, also on intents: "13800000001 转人工" is `human` with a phone. */
  entities: Entities;
  language: Locale | undefined;
};

/**
 * Words that merely label a value ("我的手机号是 …", "code: …"). A message made of values and these words is
 * `kind: 'entity'`; anything else is classified without the values, which would only add noise.
 */
const VALUE_LABELS = /我的|手机号码|手机号|手机|电话号码|电话|号码|验证码|校验码|动态码|短信码|订单号|身份证号码|身份证号|身份证|是|为|\b(?:my|phone|mobile|number|otp|code|verification|order|id|is)\b/g;

export function understandWith(
  classifier: IntentClassifier,
  raw: string,
  policy: DecisionPolicy = DECISION_POLICY,
): Understanding {
  // Once for all that follows: traditional characters (確認收貨, 驗證碼) read as the simplified the patterns are written in.
  const text = toSimplified(raw);
  const { entities, rest } = findEntities(text);
  const language = detectLanguage(text);
  const hasEntity = Object.keys(entities).length > 0;
  if (hasEntity && normalizeText(rest).replace(VALUE_LABELS, '').trim() === '') {
    return { kind: 'entity', entities, language };
  }
  return { ...decide(classifier.classify(hasEntity ? rest : text), policy), entities, language };
}
