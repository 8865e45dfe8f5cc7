// Why or whether a shop-page step is needed, or what PLUS costs, asked at it: the step's own explainer, even when a no or
// a cancel comes with the question.
import type { DialogueEvent } from '../../../machines/events';
import { HELD_IN_WORDS } from './conditionsHeld';
import { SHOP_STEPS } from './steps';

/**
 * Why it is needed, in words: "why do you need it", "why is this necessary", "what do you need my ID for", "为什么一定要实名",
 * "为啥要身份证", "要这个干嘛". The object, when there is one, comes after the verb (checked by `aboutTheStep`).
 */
const WHY_NEEDED =
  /\bwhy\b[^.?!]{0,40}?\b(?:need|needs|needed|require|requires|required|necessary|have to|has to|must|should)\b([^.?!]*)|\bwhat (?:do|does) (?:you|i|it|they|the shop) (?:need|want|use) ([^.?!]*?)\bfor\b|\bwhat(?:'s| is) (?:it|this|that) (?:needed )?for\b()|(?:为什么|为啥|干嘛|干吗|凭什么|怎么还)(?:一定|非得?|必须|还|都|偏)*(?:要|得|需要)([^，,。？?！!]*)|(?:要|需要)(?:这个|它|这|实名|认证|身份证|会员|plus)(?:认证)?(?:干嘛|干吗|干什么|做什么|有什么用|有啥用)()/i;

/** What is not it ("why do you need my phone number", "为什么要付款"): another thing asked about, answered elsewhere. */
const SOMETHING_ELSE = /phone|number|code|password|money|pay|fee|cost|wait|手机|号码|验证码|密码|钱|付|费|等/i;

/** Each step named in its own words: the answer is that step's even when the other is asked at it. */
const NAMED: Record<'plus' | 'realName', RegExp> = {
  plus: /plus|会员|\bmember(?:ship)?\b/i,
  realName: /实名|身份证|认证|real[- ]?name|\bid\b|\bidentity\b|\bverif/i,
};
const ANSWER: Record<'plus' | 'realName', DialogueEvent> = {
  plus: { type: 'PLUS', question: true },
  realName: { type: 'REAL_NAME', question: true },
};

/**
 * Whether it is needed at all ("ok wait is it free?? and do i need it" dropped the second half; "必须要吗" got a clarifying
 * question): the explainer says it is. Said of the step by "it"/"this", its name or no object at all.
 */
const NEEDED_ASKED =
  /\b(?:do|must|would|will) i (?:really |actually |still |even )?(?:need|have to (?:get|buy|have|do)|need to (?:get|buy|have|do)) (?:it|this|that|one|plus|(?:the )?verification|(?:a )?real[- ]?name)\b(?! for)|\bis (?:it|this|that|plus|(?:the )?verification) (?:really |actually |even )?(?:required|necessary|needed|mandatory|compulsory|a must)\b|(?:一定|必须|非得|非要|必需)(?:得|要)?(?:买|开|开通|办|做|认证|有)?(?:plus|会员|这个|它|实名)?(?:的)?(?:吗|么|嘛|不|呢)|非(?:买|开|办|做)不可/i;

/**
 * At the PLUS step, a price asked with nothing else named ("is it free??", "免费吗", "要钱吗", "how much is it"): PLUS's,
 * not pay-later's fees (the fees' answer came). Its explainer says it is a paid membership and where the prices are, as
 * for "plus多少钱" (its refund or cancelling is plusTerms').
 */
const PRICE_ASKED =
  /\bis (?:it|this|that|plus) (?:free|paid)\b|\b(?:does|will|would) (?:it|this|that|plus) cost\b|\bhow much (?:is|does|for) (?:it|this|that|plus)\b|^(?:那|那这个|这个|它)?(?:是)?(?:免费|收费|要钱|要花钱|花钱|付费)(?:的)?(?:吗|么|嘛|不|啊|呢)?[?？]*$|^(?:那|这个|它)?(?:要)?多少钱(?:啊|呀)?[?？]*$/i;

/** Anything else these words could be asked of: pay-later itself, its fees, the login, a return or an order. */
const OTHER_SUBJECT =
  /先用后付|手续费|利息|滞纳|逾期|手机|号码|验证码|退|运费|订单|pay ?later|\binterest\b|\bfees?\b|\bphone\b|\bnumber\b|\bcode\b|\breturn|\brefund|\border|\bshipping\b/i;

/**
 * At a shop-page step, the customer asks why (or whether) the step is needed ("nah i dont want to give my id online. why do you need
 * it anyway?" was read as cancel and left the onboarding with the question unanswered): the step's explainer, the step
 * kept with its "not now" on offer. Said of the step by its name, or by "it"/"this" or no object at all; another thing
 * named ("why do you need my phone number") is left to the other readings.
 */
export function whyTheStep(words: string, statePath: string): DialogueEvent | undefined {
  const step = SHOP_STEPS[statePath];
  if (step === undefined) return undefined;
  const otherSubject = OTHER_SUBJECT.test(words);
  const whether = otherSubject ? null : NEEDED_ASKED.exec(words);
  if (whether !== null) return ANSWER[namedIn(whether[0]) ?? step];
  if (step === 'plus' && !otherSubject && PRICE_ASKED.test(words)) return ANSWER.plus;
  const asked = WHY_NEEDED.exec(words);
  if (asked === null) return undefined;
  const object = asked.slice(1).find((group) => group !== undefined) ?? '';
  const named = namedIn(asked[0]);
  if (named) return ANSWER[named];
  return SOMETHING_ELSE.test(object) ? undefined : ANSWER[step];
}

/** The step the words name, if any. */
const namedIn = (words: string): 'plus' | 'realName' | undefined =>
  (Object.keys(NAMED) as Array<'plus' | 'realName'>).find((step) => NAMED[step].test(words));

/**
 * At a shop-page step, why it is needed asked with the other step said done ("我已经是PLUS会员了 为什么还要认证" at real-name
 * was checked as done; "我已经实名了 为什么还要买plus" got the PLUS explainer): the two are separate conditions, both needed,
 * the step kept. Asked of the other step, or of something else, it is read as before.
 */
export function otherDoneWhyThis(words: string, statePath: string): DialogueEvent | undefined {
  const step = SHOP_STEPS[statePath];
  if (step === undefined || !HELD_IN_WORDS[step === 'plus' ? 'realName' : 'plus'].test(words) || OTHER_SUBJECT.test(words)) return undefined;
  const asked = WHY_NEEDED.exec(words) ?? NEEDED_ASKED.exec(words);
  if (asked === null) return undefined;
  const object = asked.slice(1).find((group) => group !== undefined) ?? '';
  return (namedIn(asked[0]) ?? step) === step && !SOMETHING_ELSE.test(object) ? { type: 'TOPIC_ASKED', topic: 'bothConditions' } : undefined;
}
