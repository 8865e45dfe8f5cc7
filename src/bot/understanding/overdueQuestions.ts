// Whether the customer's own orders are overdue, and for how long ("我是不是逾期了", "逾期了几天了"): their orders answer it.
import type { DialogueEvent } from '../../../machines/events';
import { disputesDebt } from './orderQuestions';
import type { Referents } from './referents';
import { ORDER_LIST, PURCHASE_STEPS } from './steps';
import { NOT_RECEIVED } from './topics';

/**
 * Asking after one's own overdue orders ("我是不是逾期了？？急", "我有逾期吗", "有没有逾期", "逾期了几天了", "逾期多久了",
 * "am I overdue?", "how many days overdue is it?"): they got clarifying questions, or the FAQ on paying ("pay before the
 * due date", its date long past). Not what being late does ("逾期会怎样", "逾期了会上征信吗"): those are general answers;
 * nor why, or goods not received: those are disputes, a colleague's.
 */
const OVERDUE_ASKED = new RegExp(
  [
    // Ending there: "是不是逾期了就不能用了", "有没有逾期费" ask something else.
    String.raw`(?:是不是|是否|有没有|有木有)(?:已经|都)?(?:有)?(?:订单)?逾期了?(?:啊|呀|吗|么|呢)?(?:$|[?？!！。.，,\s])`,
    String.raw`有(?:什么|啥|哪笔|哪个|哪些|几笔)?(?:订单|账单)?逾期(?:的)?(?:订单|账单|记录)?(?:吗|么|没有?)`,
    String.raw`逾期了(?:吗|么|没有?)(?:$|[?？!！。.，,\s])`,
    // Not "逾期了多久会上征信": how long until something happens is the general answer's.
    String.raw`(?:逾期了(?:几天|多少天|多久|多长时间)|逾期(?:几天|多少天|多久|多长时间)了)(?!会|就|才|以后|之后|后|的话)`,
    String.raw`\bam i (?:already |now )?(?:overdue|late|past due)\b`,
    String.raw`\b(?:is|are) (?:any(?:thing| of (?:my|the) orders)?|my (?:order|orders|payment|payments|bill)|it|something) (?:already |now )?(?:overdue|past due)\b`,
    String.raw`\bdo i have (?:any(?:thing)?|an?) (?:overdue|late|past[- ]due)\b`,
    String.raw`\bhow (?:many days|long) (?:have i been |am i |is it |has it been |is (?:my|the) \w+ )?(?:overdue|late|past due)\b`,
  ].join('|'),
  'i',
);

/** Why they are overdue ("I never even got the lamp! why am I overdue", "凭什么说我逾期了吗"): a dispute, not this question. */
const WHY = /为什么|为啥|凭什么|怎么就|咋就|\bwhy\b|\bhow come\b/i;

/** Charges asked with it ("逾期多久了 有罚息吗"): the fees' answer too, as the article gives no figures. */
const CHARGES_ASKED = /罚息|滞纳金|违约金|利息|手续费|费用|收费|扣钱|\b(?:fees?|interest|penalt(?:y|ies)|late charges?)\b/i;

/**
 * The event for such words: where the orders are at hand (the list, a payment or a return under way) or none can be
 * there (pay-later not on), answered in place; elsewhere the orders, where the words are read again once they are
 * listed (src/bot/dialogueTurn.ts), after a login when there is none yet. A debt disputed is a colleague's, not this.
 */
export function overdueAsked(words: string, statePath: string, referents: Referents): { event: DialogueEvent; answersFirst?: DialogueEvent[] } | undefined {
  if (!OVERDUE_ASKED.test(words) || WHY.test(words) || disputesDebt(words) || NOT_RECEIVED.test(words)) return undefined;
  const ordersAtHand = referents.orders !== undefined && (statePath === ORDER_LIST || PURCHASE_STEPS.has(statePath));
  const answered = ordersAtHand || referents.account?.payLater.enabled === false;
  const event: DialogueEvent = answered ? { type: 'TOPIC_ASKED', topic: 'overdueStatus' } : { type: 'ORDERS', question: true };
  return CHARGES_ASKED.test(words) ? { event, answersFirst: [{ type: 'TOPIC_ASKED', topic: 'fees' }] } : { event };
}
