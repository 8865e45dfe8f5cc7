// The customer's own overdue orders asked about: whether and how long ("我是不是逾期了"), a worry for their credit, paying in time.
import type { DialogueEvent } from '../../../machines/events';
import { disputesDebt, toldByMessage, toldOfOwing } from './orderQuestions';
import type { Referents } from './referents';
import { ORDER_LIST, PURCHASE_STEPS, RECEIPT_STEP, RETURN_STEPS } from './steps';
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

/** Being late named, as a text or a call tells it ("收到短信说我逾期了", "I got a text saying I'm overdue"). */
const OVERDUE_NAMED = /逾期|超期|\b(?:overdue|past due|late (?:on|with) (?:my |the |a )?(?:payment|bill))\b/i;

/**
 * Told by a text or a call that they are overdue: the same question, whether they are (at the list it was read as paying,
 * the list again, which order is late and by how long unsaid). Where the orders are not at hand it stays the request for
 * them it was, and the list reads the words again (src/bot/dialogueTurn.ts).
 */
const toldOverdue = (words: string): boolean => toldByMessage(words) && OVERDUE_NAMED.test(words);

/** Why they are overdue ("I never even got the lamp! why am I overdue", "凭什么说我逾期了吗"): a dispute, not this question. */
const WHY = /为什么|为啥|凭什么|怎么就|咋就|\bwhy\b|\bhow come\b/i;
/**
 * A plain why standing by itself after the message told of ("收到短信说我逾期了 为什么", "…逾期了为啥", "…, why?"): why it came,
 * which the same answer gives (it was read as paying, the list again). Not an indignant one ("…凭什么"): a dispute.
 */
const WHY_ALONE = /(?:^|[\s，,。.!！?？]|(?<=了))(?:这是)?(?:为什么|为啥|why)(?:呢|啊|呀)?[\s?？!！。.~～]*$/i;
/** Why asked of being overdue itself: for words told by a message, a why standing by itself is not that. */
const asksWhy = (words: string, told: boolean): boolean => WHY.test(told ? words.replace(WHY_ALONE, '') : words);

/** Charges asked with it ("逾期多久了 有罚息吗"): the fees' answer too, as the article gives no figures. */
const CHARGES_ASKED = /罚息|滞纳金|违约金|利息|手续费|费用|收费|扣钱|\b(?:fees?|interest|penalt(?:y|ies)|late charges?)\b/i;

/**
 * The event for such words: where the orders are at hand (the list, a payment or a return under way) or none can be
 * there (pay-later not on), answered in place; elsewhere the orders, where the words are read again once they are
 * listed (src/bot/dialogueTurn.ts), after a login when there is none yet. A debt disputed is a colleague's, not this.
 */
export function overdueAsked(
  words: string,
  statePath: string,
  referents: Referents,
  phoneGiven = false,
): { event: DialogueEvent; answersFirst?: DialogueEvent[] } | undefined {
  const asked = OVERDUE_ASKED.test(words);
  const told = toldOverdue(words);
  if (!(asked || told) || asksWhy(words, told) || disputesDebt(words) || NOT_RECEIVED.test(words)) return undefined;
  const ordersAtHand = referents.orders !== undefined && (statePath === ORDER_LIST || PURCHASE_STEPS.has(statePath));
  const answered = ordersAtHand || referents.account?.payLater.enabled === false;
  // Told, away from the orders, with nothing asked beside it ("hi, I got an sms saying my order is overdue??"): the orders,
  // whose list reads the words again, after a login when there is none yet. Read as paying, the login was "to confirm receipt
  // and pay", which they never asked. Something asked with it ("…what happens now?", "…怎么办") is read as that asks; a phone
  // number said with it is the login's, the words beside it its goal (src/bot/twoRequests.ts withPhoneGoal).
  if (!asked && !answered && (phoneGiven || !toldOfOwing(words))) return undefined;
  // Told by a message: with nothing overdue, the message may be a scam, which the answer warns of (overdueMessage).
  const away: DialogueEvent = asked ? { type: 'ORDERS', question: true } : { type: 'ORDERS' };
  const event: DialogueEvent = answered ? { type: 'TOPIC_ASKED', topic: told ? 'overdueMessage' : 'overdueStatus' } : away;
  return CHARGES_ASKED.test(words) ? { event, answersFirst: [{ type: 'TOPIC_ASKED', topic: 'fees' }] } : { event };
}

/**
 * Being overdue said of themselves or their order ("说我逾期了", "我怎么就逾期了", "why am I overdue", "why does it say the
 * lamp is overdue"), not what being late does ("为什么逾期会影响征信": the general answer's).
 */
const OVERDUE_THEIRS =
  /我.{0,6}(?:逾期|超期)|(?:逾期|超期)了|\b(?:am i|i'?m|i am|is (?:it|this|that|my \w+|the \w+)|are (?:they|my \w+))\s+(?:already |now |still )?(?:overdue|past due)\b|\b(?:say|says|said|saying|show|shows|showing|mark|marked)\b.{0,24}\b(?:overdue|past due)\b/i;

/**
 * Why asked indignantly ("凭什么", "怎么就", "how come"): an objection. A plain why ("why is it saying overdue", "为什么逾期了")
 * asks how it came about, which the overdue answer gives (the order, its due date, the days since).
 */
const OBJECTING = /凭什么|怎么就|咋就|怎么会|搞错|弄错|\bhow come\b|\bhow (?:can|could) (?:i|it|that) be\b/i;

/**
 * Being overdue disputed with an overdue order at hand ("凭什么说我逾期了", "how come I am overdue": read as paying, the list
 * again as if to pay the lamp): answered as goods not received said with it are ("I never received the lamp, why should I
 * pay", notReceived): nothing to pay before it is checked, and a person who checks the delivery and the overdue status.
 * Goods not received said in the words, or never having used it (debtDisputed), are read by their own answers.
 */
export function overdueDisputed(words: string, referents: Referents): DialogueEvent | undefined {
  const overdueAtHand = referents.orders?.some((o) => o.status === 'overdue') === true;
  if (!overdueAtHand || !OVERDUE_THEIRS.test(words) || !OBJECTING.test(words)) return undefined;
  if (disputesDebt(words) || NOT_RECEIVED.test(words)) return undefined;
  return { type: 'TOPIC_ASKED', topic: 'notReceived' };
}

/**
 * Said to be overdue oneself ("我好像逾期了", "我已经逾期了", "I think I'm overdue"), not asked whether one is (OVERDUE_ASKED)
 * nor what being late would do ("逾期了会上征信吗": the general answer's).
 */
const SAID_OVERDUE =
  /我(?:好像|好象|可能|应该|大概|貌似|似乎)?(?:已经)?(?:有(?:一笔|一个|笔|个)?(?:订单|账单)?)?逾期了|\bi(?: think i)?(?:'m| am)(?: (?:probably|already|now))? (?:overdue|past due|late (?:on|with) (?:my |the |a )?(?:payment|bill))\b/i;
/** Their credit named with it ("会不会上征信", "影响信用吗", "will it hurt my credit"). */
const CREDIT_NAMED = /征信|信用|\bcredit\b/i;
/**
 * Their own credit feared for ("is my credit ruined now?", "我的信用是不是完了", "征信是不是毁了"); how it is assessed, or
 * what a return does to it, are other questions.
 */
const CREDIT_FEARED =
  /(?:信用|征信)(?:记录)?[^，,。？?]{0,4}(?:完了|完蛋|毁了|废了|坏了|花了|黑了|没了|受影响|有影响|影响大)|(?:毁|搞坏|搞砸|弄坏)(?:了)?(?:我的?)?(?:信用|征信)|\b(?:my|the) credit(?: record| score)?\b.{0,16}\b(?:ruined|damaged|hurt|affected|destroyed|wrecked|shot|trashed|screwed|gone|bad now|ok|okay|fine)\b|\b(?:ruined|wrecked|destroyed|trashed) my credit\b/i;
const creditFearedWhileOverdue = (words: string, referents: Referents): boolean =>
  referents.orders?.some((o) => o.status === 'overdue') === true && CREDIT_FEARED.test(words) && !WHY.test(words) && !RETURN_NAMED.test(words);
/** What to do asked ("怎么办", "what do I do?"), not only said ("我逾期了": paying it, as before). */
const WHAT_NOW = /怎么办|咋办|怎么弄|怎么处理|该怎么|\bwhat (?:do|should|can) i do\b|\bwhat now\b/i;

/**
 * "我好像逾期了怎么办 会不会上征信啊": the customer says they are overdue and worries about their credit (it got the pay FAQ's
 * "pay before the due date" and the credit check's eligibility text): what being late does, and paying now, theirs named
 * where the orders are known, or the login that finds it (dialogs/notices.ts). Why, or a debt disputed, is not this.
 */
export function overdueWorried(words: string, referents: Referents = {}): DialogueEvent | undefined {
  // With an order overdue, their own credit feared for ("is my credit ruined now?") got the credit check's "passed ✅".
  if (creditFearedWhileOverdue(words, referents)) return { type: 'TOPIC_ASKED', topic: 'overdueWorry' };
  if (!(SAID_OVERDUE.test(words) || toldOverdue(words))) return undefined;
  if (WHY.test(words) || disputesDebt(words) || NOT_RECEIVED.test(words)) return undefined;
  if (CREDIT_NAMED.test(words)) return { type: 'TOPIC_ASKED', topic: 'overdueWorry' };
  // Before the login, "我好像逾期了怎么办" (no word of credit) got the pay FAQ's "pay before the due date": the same answer,
  // the credit bureau unsaid. Logged in, paying (the orders, the overdue one among them) answers it as it did.
  return WHAT_NOW.test(words) && referents.account === undefined ? { type: 'TOPIC_ASKED', topic: 'overdueWhatNow' } : undefined;
}

/** Whether paying now is still in time ("现在付 还来得及吗", "现在还能付吗", "is it too late to pay?"). */
const STILL_IN_TIME =
  /来得及|来的及|(?:现在|今天|马上)(?:再)?(?:付|还|交)(?:款|钱)?(?:还)?(?:行|可以|能行|有用)(?:吗|么|不)|(?:现在)?还(?:能|可以)(?:付|还|交)(?:款|钱)?(?:吗|么)|\btoo late to pay\b|\b(?:can|could) i still pay\b|\bstill (?:in time|time) to pay\b/i;
/** A return's timing ("退货还来得及吗") is not the payment's. */
const RETURN_NAMED = /退|\b(?:return|refund|send (?:it|them) back)\b/i;

/**
 * "现在付 还来得及吗" with an order overdue (it got "pay before the due date", that date past, and the list again): yes, pay
 * it now. At the list with one overdue order, its payment's confirmation opens after the answer; with several, the list's
 * buttons pay them; at an overdue order's own payment, the answer, the payment kept; elsewhere with the orders known, the
 * answer and the orders to pay. Orders not known (before the login), or none overdue: not this.
 */
export function stillInTimeAsked(
  words: string,
  statePath: string,
  referents: Referents,
): { event: DialogueEvent; answersFirst?: DialogueEvent[] } | undefined {
  const overdue = referents.orders?.filter((o) => o.status === 'overdue') ?? [];
  if (overdue.length === 0 || !STILL_IN_TIME.test(words) || RETURN_NAMED.test(words) || RETURN_STEPS.has(statePath)) return undefined;
  const answer: DialogueEvent = { type: 'TOPIC_ASKED', topic: 'stillInTime' };
  if (statePath === RECEIPT_STEP) return overdue.some((o) => o.orderId === referents.orderId) ? { event: answer } : undefined;
  if (statePath !== ORDER_LIST) return { event: { type: 'PAY' }, answersFirst: [answer] };
  const [only, ...others] = overdue;
  return others.length === 0 ? { event: { type: 'ORDER_PAY_CHOSEN', orderId: only.orderId }, answersFirst: [answer] } : { event: answer };
}
