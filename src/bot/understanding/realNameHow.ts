// How real-name verification goes, or what it takes, asked at its step: read as the step's own explainer.
import type { DialogueEvent } from '../../../machines/events';
import { SHOP_STEPS } from './steps';

/**
 * How to do it: "how do i verify", "how does it work", "怎么认证", "实名怎么弄". At the step "it" and "this" are the
 * verification.
 */
const HOW_ASKED =
  /\bhow (?:do|can|should|would|will) (?:i|we) (?:(?:get|go about|do|complete|finish) )?(?:it|this|that|(?:the |my )?(?:verif\w*|real[- ]?name(?: verification)?|id check))\b|\bhow (?:does|do) (?:it|this|that|(?:the )?(?:verification|real[- ]?name(?: verification)?)) work\b|(?:怎么|如何|咋)(?:样)?(?:去|才能)?(?:做|进行|完成)?(?:实名)?(?:认证|实名|验证)|(?:实名|认证|验证)(?:要|该|得)?(?:怎么|如何|咋)(?:弄|办|做|搞|操作|进行|认证)?/i;

/** What it takes, asked: "what do i need", "what does it ask for", "要准备什么", "需要什么材料". */
const WHAT_ASKED =
  /\bwhat (?:do|does|will|would) (?:i|it|you|they|the (?:shop|page|site)) (?:need|want|require|ask (?:me )?for)\b(?! (?:my \w+ |it |this |that )?for\b)|\bwhat (?:do|will) i have to (?:bring|upload|show|provide|send|prepare)\b|(?:要|需要|得)(?:准备|提供|上传|带)?(?:什么|啥|哪些)(?:材料|证件|东西|资料)?(?:吗|呢|啊)?$/i;

/** A document or a photo named: "my id card?", "do i need to upload a photo or what", "要身份证吗", "要拍照吗", "刷脸吗". */
const THING_NAMED =
  /\b(?:id(?: card)?|identity card|documents?|photos?|pictures?|selfies?|face (?:scan|check|recognition|id)|upload\w*)\b|身份证|证件|照片|拍照|拍摄|自拍|刷脸|人脸|上传/i;
/** ...asked about rather than said ("this is my id card" is no question). */
const ASKED_ABOUT =
  /[?？]|\b(?:do|will|would|must|should|shall) i (?:need|have to|got to)\b|\b(?:need|have) to\b|\bor what\b|\bis (?:a|an|my|the) .{0,24}\b(?:needed|required)\b|吗|么|嘛|不$|要不要|需不需要|用不用|得不得/i;

/** Documents other than the resident ID card, or who the customer is: the realNameDocuments topic answers those. */
const OTHER_DOCUMENTS =
  /护照|港澳|台湾|台胞|回乡证|外国|外籍|居留|居住证|\bpassport\b|\bforeign|\bhong kong\b|\bmaca[uo]\b|\btaiwan|\bnon-?(?:mainland|chinese)\b/i;
/** Another step or subject named (PLUS, the phone, the code, a fee, an order), or why asked (whyTheStep's). */
const SOMETHING_ELSE =
  /plus|会员|手机|号码|验证码|密码|手续费|利息|费用|多少钱|退|订单|多久|多长时间|\bmember|\bphone\b|\bnumber\b|\bcode\b|\bpassword\b|\bfees?\b|\bcost\b|\breturn|\border|\bhow long\b|\bwhy\b|为什么|为啥/i;

const EXPLAINER: DialogueEvent = { type: 'REAL_NAME', question: true };

/**
 * At the real-name step, how verification is done or what it takes ("how do i verify? what do i need, my id card?" and
 * "like do i need to upload a photo or what" were not understood, the second handing the customer over; "要拍照吗" the
 * same): the step's explainer, the step kept with its buttons. Elsewhere, and for other documents, other readings answer.
 */
export function realNameHowAsked(words: string, statePath: string): DialogueEvent | undefined {
  if (SHOP_STEPS[statePath] !== 'realName' || OTHER_DOCUMENTS.test(words) || SOMETHING_ELSE.test(words)) return undefined;
  const asked = HOW_ASKED.test(words) || WHAT_ASKED.test(words) || (THING_NAMED.test(words) && ASKED_ABOUT.test(words));
  return asked ? EXPLAINER : undefined;
}
