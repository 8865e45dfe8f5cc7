// After a refused credit check, the questions it raises in the customer's own words: why, how to do better, when again.
import type { DialogueEvent } from '../../../machines/events';

/** When it can be tried again ("过多久能再试", "那要多久才能恢复", "when can I try again"): both were handed to a person. */
const WHEN_AGAIN =
  /多久|多长时间|几天|几个月|什么时候|啥时候|何时|再试|重新(?:申请|试|开通?)|恢复|\bhow long\b|\bwhen (?:can|could|should|will|do) i\b|\btry (?:it )?again\b|\b(?:re-?apply|apply again)\b/i;
/** Why, when the customer's credit seems good to them ("为啥啊 我信用一直挺好的": a clarifying question offering 好的). */
const WHY = /为啥|为什么|为何|怎么会|凭什么|信用.{0,4}(?:好|不错|没问题|正常|良好)|\bwhy\b|\bhow come\b|\bmy credit(?: score)? is (?:good|fine|great|ok)\b/i;
/** How to do better ("how can I improve it": the credit's answer says what helps). */
const BETTER = /提高|提升|改善|变好|养好|怎么办|咋办|怎么弄|\bimprove\b|\bbetter\b|\bfix\b|\braise\b|\bboost\b|\bwhat can i do\b/i;

/**
 * Trying again named in so many words ("下个月能再试吗", "can I try again next month"), away from the refusal step by a
 * customer the credit check refused (it got a clarifying question offering 结算时怎么用). Not "多久" or "什么时候" alone:
 * away from the refusal they ask about other things.
 */
const TRY_AGAIN = /再试|再申请|再开通|重新(?:申请|试|开通)|\btry (?:it )?again\b|\b(?:re-?apply|apply again)\b/i;

/**
 * Whether the customer's own credit is good now ("我的信用现在恢复了吗", "is my credit ok now?"): a clarifying question, or at
 * the refusal "no period known". It is the status check, which needs the login and reads the account again. Not the
 * conditions ("信用不好能开吗", "我的信用怎么样才算好").
 */
const CREDIT_NOW =
  /信用(?:分|记录|评估|情况)?(?:现在)?(?:已经)?(?:恢复|好|够|达标|合格|符合(?:要求|条件)?|变好|正常|上来|提上来|可以)了?(?:吗|么|没有?|不)[?？。!！~～\s]*$|我(?:的|现在的?)信用(?:分|记录|评估|情况)?(?:现在)?(?:怎么样|如何|咋样|够不够|行不行|达标没|好不好)(?![才算])|(?:查|看)(?:一?下|看)?我(?:现在)?的信用|\b(?:is|has) my credit(?: score| record)? (?:ok|okay|good|fine|recovered|better|enough|improved)(?: now| yet)?\b|\bhas my credit(?: score| record)? (?:recovered|improved|gotten better)\b|\b(?:check|look at) my credit\b/i;

export const creditNowAsked = (words: string): boolean => CREDIT_NOW.test(words);

/** "下个月能再试吗" once the refusal is left, its answer the same as at the refusal. */
export const creditRetryAsked = (words: string): DialogueEvent | undefined =>
  TRY_AGAIN.test(words) ? { type: 'TOPIC_ASKED', topic: 'creditRetry' } : undefined;

/** How long something else takes ("实名认证要多久", "退款多久到账"): its own answer, not when credit may be tried again. */
const OTHER_WAIT = /实名|认证|plus|会员|退款|到账|发货|快递|物流|\bverif|\breal[- ]?name\b|\brefund|\bdeliver|\bship/i;

/** The question a message asks at the credit refusal, or undefined (a yes, a no, a person are the step's own). */
export function creditRefusalQuestion(words: string): DialogueEvent | undefined {
  if (WHEN_AGAIN.test(words) && !OTHER_WAIT.test(words)) return { type: 'TOPIC_ASKED', topic: 'creditRetry' };
  if (WHY.test(words)) return { type: 'TOPIC_ASKED', topic: 'creditWhy' };
  if (BETTER.test(words)) return { type: 'CREDIT', question: true };
  return undefined;
}
