// Whether to turn pay-later on, or what it gives, asked at the terms (or what PLUS gives at its step): read as that, the step kept.
import type { DialogueEvent } from '../../../machines/events';
import { SHOP_STEPS, TERMS_STEP } from './steps';

/**
 * What it gives ("开了有什么好处", "有啥用", "好处是什么", "what's the benefit?", "what do I get out of it?") or whether the
 * customer should ("你觉得我该开吗？", "值得开吗", "有必要开吗", "should I?", "would you recommend it?", "is it worth it?").
 */
const BENEFITS_ASKED =
  /(?:有|有些|有哪些)?(?:什么|啥|哪些)(?:好处|用处|优势|优点|意义|用|便利)|(?:好处|优势|优点|用处)(?:是)?(?:什么|啥|在哪)|\bwhat(?:'s| is| are)? (?:the )?(?:benefits?|advantages?|point|upside)\b|\bwhat do i get\b|\bwhat(?:'s| is) in it for me\b|\bwhy would i (?:want|need|use)\b/i;
const ADVICE_ASKED =
  /(?:你觉得|你说|你看|你建议|建议|推荐)(?:我)?(?:该不该|应不应该|要不要|该|应该|值得)?(?:开|开通)|(?:我)?(?:该不该|应不应该|值不值得|有没有必要)(?:开|开通)|(?:我)?(?:该|应该|值得|有必要)(?:开|开通)(?:吗|么|嘛|不)|\bshould i\b(?: (?:turn it on|enable it|get it|do it|go for it|agree|accept))?[?!.]*$|\bdo you (?:think|recommend)\b|\bwould you recommend\b|\bis it worth(?: it)?\b/i;

/** Another subject named (PLUS, the verification, the login, an order, a return): its own readings answer it. */
const SOMETHING_ELSE = /plus|会员|实名|认证|验证码|手机|订单|退|\bmember|\bverif|\bcode\b|\bphone\b|\border|\breturn/i;

const ADVICE: DialogueEvent = { type: 'TOPIC_ASKED', topic: 'enableAdvice' };
const BENEFITS: DialogueEvent = { type: 'TOPIC_ASKED', topic: 'enableBenefits' };
/** At the PLUS step what it gives is PLUS's: its explainer, which says pay-later is one of PLUS's benefits. */
const PLUS_BENEFITS: DialogueEvent = { type: 'PLUS', question: true };

/**
 * At the terms, whether to turn it on or what it gives ("你觉得我该开吗？" then "开了有什么好处" were not understood, and the
 * second handed the customer over): the terms kept. Whether to: the customer's choice, then what it gives and what to keep
 * in mind; the bot answers evenly, it does not push the customer to accept. What it gives: that, first (it opened with "I
 * won't decide for you", which nobody had asked).
 */
export function enableBenefitsAsked(words: string, statePath: string): DialogueEvent | undefined {
  // "开了有什么好处" at the PLUS step, where the customer is asked to buy PLUS, was not understood ("开了" in it is no
  // recheck): the 开 is PLUS's.
  if (SHOP_STEPS[statePath] === 'plus') return !SOMETHING_ELSE.test(words) && BENEFITS_ASKED.test(words) ? PLUS_BENEFITS : undefined;
  if (statePath !== TERMS_STEP || SOMETHING_ELSE.test(words)) return undefined;
  if (ADVICE_ASKED.test(words)) return ADVICE;
  return BENEFITS_ASKED.test(words) ? BENEFITS : undefined;
}
