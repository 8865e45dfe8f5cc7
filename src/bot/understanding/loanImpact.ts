// Whether pay-later affects a mortgage or another loan: asked about the credit record as lenders see it.
import type { DialogueEvent } from '../../../machines/events';

/**
 * A mortgage or a loan named with an effect on it ("会影响我房贷吗": not understood; "我是说会不会影响我贷款买房" was read as
 * paying, and left the terms for the orders; "will this affect my mortgage?").
 */
const LOAN = String.raw`房贷|车贷|贷款|按揭|买房|买车|办信用卡|申请信用卡`;
const LOAN_AFFECTED = new RegExp(
  [
    String.raw`(?:影响|耽误|妨碍|连累)(?:到)?(?:我的?|以后|将来|之后)?.{0,4}(?:${LOAN})`,
    String.raw`(?:${LOAN}).{0,8}(?:有|会|受)?(?:影响|受影响|批不下来|办不下来|被拒)`,
    String.raw`\b(?:affect|hurt|impact|harm|ruin|damage|hurts|affects)\b.{0,30}\b(?:mortgage|home loan|car loan|loan|credit card application)\b`,
    String.raw`\b(?:mortgage|loan)\b.{0,20}\b(?:affected|hurt|impacted|refused|rejected|denied)\b`,
    String.raw`\b(?:get|getting) (?:a )?(?:mortgage|loan)\b.{0,20}\b(?:later|after|harder|problem)\b`,
  ].join('|'),
  'i',
);

/** "会影响我房贷吗": paying on time keeps the record good, paying late harms it; how lenders weigh it is not the chat's to say. */
export const loanImpactAsked = (words: string): DialogueEvent | undefined =>
  LOAN_AFFECTED.test(words) ? { type: 'TOPIC_ASKED', topic: 'loanImpact' } : undefined;
