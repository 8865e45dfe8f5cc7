// What words ask about the customer's orders: the sum or the dates due, a payment made elsewhere, a problem, where goods are.
import type { DialogueEvent } from '../../../machines/events';
import { isPayable, isReturnable, type Order } from '../../../machines/domain';
import { orderAskedAbout, orderNamed } from '../orderMention';
import { withoutRemarksBeside } from './consent';
import { MONEY_BACK_WHEN } from './topics';
import type { Referents } from './referents';
import { ORDER_LIST, RECEIPT_STEP, RETURN_STEPS } from './steps';

/**
 * How much is owed in all ("我一共欠多少钱", "还有什么要付的吗", "how much do I owe", "anything left to pay?"), or whether
 * anything is ("我欠钱吗", "do I owe anything?": a clarifying question before the login).
 */
const AMOUNT_DUE =
  /欠(?:你们)?多少|(?:是不是)?(?:还)?欠(?:你们|商城)?(?:钱|款)(?:了)?(?:吗|么|没有?)|是不是(?:还)?欠(?:你们|商城)?(?:钱|款)|\bdo i (?:still )?owe (?:you |you guys )?(?:anything|any ?thing|money|any money)\b|(?:一共|总共|合计|总计)?(?:还)?(?:要|得|需要|该)(?:还|付|交)多少|待付(?:多少|金额|的)|(?:还有|有)(?:什么|啥|哪些|哪几笔|哪笔|没有)?(?:要|需要|得|该|没|没有|未)(?:付|还|交)(?:款|钱)?的|\banything (?:else |left |more )?(?:to pay|(?:that )?i (?:still )?(?:need|have) to pay)\b|\bhow much (?:do i owe|is (?:due|owed)|(?:do|should) i (?:still )?(?:have to )?pay)\b|\btotal (?:due|owed|to pay)\b/i;

/**
 * The sum of the order being paid for, asked at its confirmation ("付多少", "多少钱", "how much is it?": it left for the
 * list, the confirmation dropped). Not the sum of all orders ("一共欠多少": AMOUNT_DUE), nor other money (fees, the limit).
 */
const ORDER_AMOUNT_ASKED = /(?:付|给|交|花)多少(?:钱)?|多少钱|(?:价格|金额|价钱)(?:是)?多少|\bhow much\b/i;
const NOT_THE_ORDER_AMOUNT = /一共|总共|合计|总计|欠|还有|额度|运费|邮费|手续费|利息|服务费|会员|plus|\blimit\b|\bowe\b|\btotal\b|\bfees?\b|\binterest\b|\bshipping\b/i;

/** How long is left to pay ("我还有多少天要还钱", "还有几天要付款"): only of orders there are. */
const TIME_LEFT = /还有(?:多少天|几天|多久|多长时间)[^，,。？?]{0,4}(?:付款?|还款|还钱|交钱|到期)/;

/**
 * How much is owed, or how long is left to pay it, asked where the orders are not at hand ("还有什么要付的吗" after turning
 * it on got the requirements, "我还有多少天要还钱" a clarifying question): the orders, where the words are read again.
 */
export const asksAmountDue = (words: string): boolean => AMOUNT_DUE.test(words) || TIME_LEFT.test(words);

/**
 * Asking when to pay: the due dates, not the payment ("耳机哪天要付款" went to its confirmation). The date asked by its own
 * name too ("截止日期是哪天": the FAQ on paying, the earbuds' date unsaid).
 */
export const DUE_ASKED =
  /(?:哪天|哪一天|什么时候|啥时候|几号|几天|多少天|多久|最晚)[^，,。？?]{0,6}(?:付款?|还款|还钱|交钱|到期|截止)|(?:付款|还款)的?(?:截止|期限)(?:日期|时间)?(?:是|在)?(?:哪天|哪一天|什么时候|几号)|哪天到期|到期(?:日|时间)?(?:是|在)?(?:哪天|什么时候|几号)|(?:截止|最后)(?:日期|时间|日|期限|一天)?(?:是|在|到)?(?:哪天|哪一天|什么时候|啥时候|几号|多少号)|\bwhen (?:is|are|r) (?:it|they|the \w+|my \w+)(?: \w+)? due\b|\bdue date\b|\bdeadline\b|\bwhen (?:do|should|must) i (?:have to )?pay\b|\bhow (?:long|many days) do i have\b/i;
/** What happens after the date is the pay answer's ("付款截止日期过了会怎样"). */
const AFTER_THE_DATE = /过了|逾期|会怎样|会怎么样|怎么办|\bwhat happens\b|\bif i (?:miss|don'?t|do not|am late)\b|\blate\b/i;

/** Their own dues named ("my payments", "我的账单", "我什么时候要还款": repaying is of a debt of theirs), not paying in general. */
const OWN_DUES = /我的|我[^，,。？?]{0,8}(?:还款|还钱)|\bmy\b/i;

/**
 * A due date asked by a customer known to have pay-later, away from the orders ("截止日期是哪天" after turning it on: the FAQ
 * on paying, the earbuds' date unsaid): their own dates, on the orders, where the words are read again. Before the login,
 * only their own dues named ("when r my payments due", "我什么时候要还款": the FAQ on paying, then "what else?"); asked in
 * general ("截止日期是哪天", "when do I have to pay"), the FAQ answers it.
 */
export const asksOwnDueDate = (words: string, referents: Referents): boolean =>
  (referents.account?.payLater.enabled === true || (referents.account === undefined && OWN_DUES.test(words))) &&
  DUE_ASKED.test(words) &&
  !AFTER_THE_DATE.test(words);
/**
 * Saying it was paid elsewhere ("我昨天已经在APP上付过了"; "我在app上付过了", "在别处付过了" with no 已经: a clarifying
 * question): not to pay again (a pay button was offered). Not asked ("付了吗").
 */
const ALREADY_PAID =
  /(?:已经|早就|昨天|刚才|刚刚|前天|上周|我刚)[^，,。？?]{0,8}(?:付过|付了|支付了|支付过|付款了|付完)(?!了?(?:吗|么|没))|(?:在|从|用)(?:app|商城|京东|手机|网页|网上|官网|小程序|别处|别的地方|其他地方|其它地方|那边|店里)(?:上|里|上面|那边)?(?:就|都|也)?(?:已经|早就)?(?:付过|付了|支付了|支付过|付款了|付完|还过|还了)(?:款|钱)?(?!了?(?:吗|么|没))|\bi(?:'ve| have)? already paid\b|\bi paid (?:for )?(?:it|them) already\b|\bi(?:'ve| have)? paid (?:for )?(?:it |them )?(?:in|on|through|via) (?:the )?(?:app|shop|store|website|site)\b/i;
/**
 * A fault feared, not found ("怕用两天就坏了", "会不会坏", "万一坏了怎么办", "what if it breaks"): a worry before paying, no
 * fault of the goods.
 */
const FAULT_FEARED =
  /(?:怕|担心|万一|会不会|要是|如果|假如|生怕)[^，,。]{0,10}(?:坏|出问题|有问题|质量(?:不好|不行|差)|不能用|用不了|故障|毛病)|\bwhat if (?:it|they) (?:breaks?|stops? working)\b|\b(?:worried|afraid) (?:it|they)(?:'ll| will| might| may)? (?:break|stop working)\b|\bin case (?:it|they) breaks?\b/i;
/** Something wrong with the goods, said of an order that can no longer be returned here ("质量不行" was a plain no at the payment). */
const PROBLEM_WORDS =
  /有问题|坏了|坏的|(?:质量|做工|音质)(?:问题|不好|不行|(?:太|很|真|特别|非常)?(?:差|烂))|不能用|用不了|不好用|没声音|不响|不亮|破损|碎了|缺件|\b(?:broken|defective|faulty|damaged|does ?n'?t work|not working)\b/i;

/**
 * Asking whether returning (or this) hurts their credit ("退货影响信用吗", "这会影响我信用吗"): it got the eligibility text.
 * Being late is the overdue answer's (topics.ts).
 */
const CREDIT_IMPACT =
  /(?:影响|伤|损害|降低|扣)(?:到)?(?:我的?)?(?:个人)?(?:信用|征信)|(?:信用|征信)(?:分|记录)?(?:会|有)?(?:受)?影响|\b(?:affect|hurt|damage|impact|lower|harm)s? (?:my |the )?credit\b/i;
const ASKING = /吗|么|会不会|有没有|是否|[?？]|^(?:does|will|would|can|is|could)\b/i;

/** Whether something (a return, this) hurts their credit, asked; being late is the overdue answer's. */
export const asksCreditImpact = (words: string): boolean => CREDIT_IMPACT.test(words) && ASKING.test(words) && !AFTER_THE_DATE.test(words);

/** Returns named ("退货影响信用吗", "will returning it hurt my credit?"). */
const RETURNS_NAMED = /退|\b(?:return|refund|send (?:it|them) back)/i;
/**
 * Which answer on credit: about returns where they are in question (named, a return under way, or an order at hand that
 * can go back, or orders not known yet: "这会影响我信用吗" at the earbuds' payment), else late payment alone ("会影响征信吗" after the status card of a
 * customer with an overdue lamp got a word on returns).
 */
export function creditTopic(words: string, statePath: string, referents: Referents): DialogueEvent {
  const returnsInQuestion =
    RETURNS_NAMED.test(words) || RETURN_STEPS.has(statePath) || (statePath.startsWith('flow.purchase.') && (referents.orders?.some(isReturnable) ?? true));
  return { type: 'TOPIC_ASKED', topic: returnsInQuestion ? 'creditImpact' : 'creditRecord' };
}

/**
 * When to pay for goods still on their way ("那电饭煲什么时候要付钱": the pay FAQ, the earbuds' due date and the list, the
 * rice cooker never named): the order named is on its way.
 */
export function asksDueOnArrival(words: string, orders: readonly Order[]): boolean {
  if (!DUE_ASKED.test(words) || AFTER_THE_DATE.test(words)) return false;
  const named = orderNamed(words, orders);
  return named !== undefined && named !== 'several' && named.status === 'in_transit';
}

/**
 * How a return requested is going, or its refund ("上次那个退货怎么样了", "退款什么时候到", "how is my return going?"): got the
 * list asking which order to return, or the returns' FAQ. Read only where a listed order's return is requested.
 */
const RETURN_PROGRESS =
  /(?:退货|退款|退钱|售后)(?:申请)?[^，,。？?]{0,6}(?:怎么样|咋样|如何|进度|处理(?:得)?(?:怎么样|好了|完了|了吗|了没)|好了(?:吗|没)|结果|到哪|在哪)|\b(?:return|refund)\b.{0,20}\b(?:status|going|processed|update)\b|\b(?:status|update) (?:of|on) (?:my |the )?(?:return|refund)\b/i;

export const asksReturnProgress = (words: string, referents: Referents): boolean =>
  referents.orders?.some((o) => o.status === 'return_requested') === true && (RETURN_PROGRESS.test(words) || REFUND_WHEN.test(words));

/**
 * How a return goes, asked with no orders at hand yet ("上次那个退货怎么样了" in a new conversation: it was told the login
 * would "apply for a return", then asked which order to return): the orders, where the words are answered (pendingOrderWords).
 */
export const asksReturnProgressUnseen = (words: string, referents: Referents): boolean => referents.orders === undefined && RETURN_PROGRESS.test(words);

/**
 * A debt disputed: never having used it or bought the goods, said with owing ("你们是不是骗子 我根本没用过先用后付 怎么就欠钱了":
 * an apology and the status card). Goods not received are the not-received answer's.
 */
const NEVER_USED =
  /(?:没|没有|从没|从来没)(?:用|使用|开|开通|买|下单|下过单|下)过|没(?:用|买|下单)(?:过)?(?:什么|任何)|不是我(?:买|下单|下|开|用)的?|\bi (?:never|didn'?t|did not|have never|'ve never) (?:use|used|buy|bought|order|ordered|sign(?:ed)? up|open|opened|enable|enabled)\b/i;
const OWING = /欠|逾期|账单|催(?:款|收|我)|扣(?:了)?(?:我)?(?:的)?钱|要我(?:付|还)|让我(?:付|还)|\b(?:owe|owing|debt|overdue|bill(?:ed)?|charged?)\b|\blate (?:on|with) (?:my |the |a )?(?:payments?|bills?)\b/i;
export const disputesDebt = (words: string): boolean => NEVER_USED.test(words) && OWING.test(words);

/** A text, a call or a notice received that says so ("收到短信说我逾期了", "I got a text saying I'm overdue"). */
const TOLD = /(?:收到|来了|接到)(?:了)?(?:一条|一个|个)?(?:短信|消息|通知|电话)|(?:短信|消息|通知)(?:上)?说|\b(?:got|get|received|getting)\b.{0,12}\b(?:text|txt|sms|message|msg|email|e-mail|notification|notice|call)\b/i;
export const toldByMessage = (words: string): boolean => TOLD.test(words);
/** A question word anywhere: the words ask more than "is this right??". */
const ASKS_SOMETHING = /怎么|咋|为什么|为啥|什么|会怎样|多少|能不能|可以吗|\b(?:what|how|why|when|where|which|who|can|could|should|will|do i|is it|am i)\b/i;
/**
 * Being told of owing, with only puzzled question marks ("hi i got a text saying im overdue??"): a report, no question
 * (it got the FAQ on paying while "收到短信说我逾期了" led to the login and the orders). "…what happens now?" still asks.
 */
export const toldOfOwing = (words: string): boolean => TOLD.test(words) && OWING.test(words) && !ASKS_SOMETHING.test(words);

/** Money, not goods: a refund or a payment comes into an account, not by courier ("退款什么时候到账", "钱什么时候到账"). */
const MONEY = /退款|退钱|钱|到账|款项|\brefund|\bmoney\b|\bpayment\b/i;

/**
 * Where a refund is, or when it comes ("之前的退款到哪了", "退了钱什么时候到账？", "钱什么时候退给我"): a question about
 * returns.
 */
const REFUND_WHEN = new RegExp(
  `${/(?:退款|退钱|退(?:了|的)?钱)[^，,。]{0,8}(?:到账|到哪|在哪|多久|什么时候|啥时候)|(?:到账|到哪|在哪|多久|什么时候|啥时候)[^，,。]{0,8}(?:退款|退钱)|\b(?:when|where)\b.{0,30}\brefund|\brefund\b.{0,30}\b(?:arrive|come|where)\b/.source}|${MONEY_BACK_WHEN.source}`,
  'i',
);

/** Asking where goods are or when they come, of one named order ("where is my rice cooker?"). */
const WHERE_IS_NAMED = /在哪|到哪|\bwhere(?:'s| is| are)\b|\bwhen (?:will|does|do|is|are)\b.{0,40}\b(?:arrive|come|get here|be delivered|be here)\b/i;

/** Whether goods can go back, asked ("能退吗", "可以退货吗", "退得了吗", "can I return it"). */
const CAN_RETURN = /(?:能|可以|可不可以|能不能)(?:先)?(?:退|拒收)|退得了|退(?:货|掉)?(?:吗|么|不)[\s?？。.!！~～]*$|\bcan i (?:still )?(?:return|refuse|send back)\b/i;
/** Goods said not come yet ("还没到呢"), the order left unnamed. */
const NOT_COME_YET = /还没到|没到货|还在路上|还没收到|没收到|\bnot (?:arrived|here|delivered) yet\b|\b(?:has|have) ?n'?t (?:arrived|come)\b|\bon (?:its|their|the) way\b/i;

/**
 * Whether goods on their way can go back ("电饭煲还没到呢能退吗" at the earbuds' return got the general returns text): the
 * order named is on its way, or, none named, goods said not come yet with one on its way. They can (isReturnable): no
 * waiting for them to arrive.
 */
export function asksReturnInTransit(words: string, orders: readonly Order[]): boolean {
  if (!CAN_RETURN.test(words)) return false;
  const named = orderNamed(words, orders);
  if (named === 'several') return false;
  if (named !== undefined) return named.status === 'in_transit' && isReturnable(named);
  return NOT_COME_YET.test(words) && orders.some((o) => o.status === 'in_transit');
}

/**
 * Another order than the one being confirmed, named as not come, when it is on its way ("yes, the rice cooker never came
 * though" at the earbuds' payment: the not-received answer left the payment). Its answer is where it is; the confirmation
 * stays, and its yes is no consent (plain yes words only).
 */
export function otherOrderOnItsWay(words: string, referents: Referents): boolean {
  const named = orderNamed(words, referents.orders ?? []);
  return named !== undefined && named !== 'several' && named.orderId !== referents.orderId && named.status === 'in_transit';
}

/** Which order is due first ("哪个最先到期", "which one is due soonest?"): it was read as thanks, or as paying. */
const DUE_FIRST =
  /(?:最先|最早|最快|先)(?:要)?(?:到期|截止)|(?:最先|最早|先)(?:要)?(?:付|还)(?:款|钱)?的?(?:是)?(?:哪|什么)|(?:哪个|哪笔|哪一笔|哪单|哪件)[^，,。？?]{0,4}(?:最先|最早|先)(?:要)?(?:付|还)|\bdue (?:soonest|first|earliest|next)\b|\b(?:soonest|earliest|next) (?:due|deadline)\b|\bwhich (?:one|order)s? (?:should|do) i pay first\b/i;

/** The date named, and what follows it asked ("耳机到期不确认会怎样", "what if i don't confirm the earbuds by the due date"). */
const DATE_NAMED = /到期|截止|期限|过期|逾期|\bdue\b|\bdeadline\b/i;
const WHAT_FOLLOWS = /会怎样|会怎么样|会怎么|会如何|怎么办|咋办|什么后果|啥后果|有什么影响|有啥影响|\bwhat (?:if|happens|will happen|would happen)\b|\bwhat'?ll happen\b/i;

/**
 * A question about one named order that its status answers: when to pay for it, or whether it can go back, when it is paid
 * ("when do I have to pay for the shoes" got the earbuds' date; "can i return the shoes? they hurt" that there was nothing
 * to do), and what its due date passing does ("耳机到期不确认会怎样": it asked what to do with the earbuds). An order that can
 * be paid, asked when, gets every date, its own among them, as before.
 */
function namedOrderQuestion(words: string, orders: readonly Order[]): DialogueEvent | undefined {
  const order = orderAskedAbout(words, orders);
  if (order === undefined) return undefined;
  // In one breath with the order: "我要付耳机的钱，逾期会怎样" asks to pay it, and in general what being late does.
  const dateMissed = words.split(/[，,。；;!！]/).some((part) => DATE_NAMED.test(part) && WHAT_FOLLOWS.test(part) && orderAskedAbout(part, orders) === order);
  if (dateMissed) return { type: 'TOPIC_ASKED', topic: 'missedDueDate', orderId: order.orderId };
  if (DUE_ASKED.test(words) && !AFTER_THE_DATE.test(words) && !isPayable(order)) return { type: 'TOPIC_ASKED', topic: 'dueDate', orderId: order.orderId };
  // A fault said with it ("跑步鞋坏了能退吗") is its return asked for, refused with why (faultReturn.ts).
  const returnAsked = CAN_RETURN.test(words) && !PROBLEM_WORDS.test(words);
  return returnAsked && order.status === 'paid' ? { type: 'TOPIC_ASKED', topic: 'returnWhyNot', orderId: order.orderId } : undefined;
}

/**
 * What the words ask of the orders at hand: the sum of the one being paid for, their due dates or the sum due, a payment
 * made elsewhere, whether it hurts their credit, where goods on their way are, whether those can go back (away from the
 * list, whose own reading offers what the order named allows), a problem.
 */
export function orderTopic(words: string, statePath: string, referents: Referents): DialogueEvent | undefined {
  const orders = referents.orders ?? [];
  if (statePath === RECEIPT_STEP && referents.orderId !== undefined && ORDER_AMOUNT_ASKED.test(words) && !NOT_THE_ORDER_AMOUNT.test(words)) {
    return { type: 'TOPIC_ASKED', topic: 'orderAmount' };
  }
  if (saysArrivedInTransit(words, orders)) return { type: 'TOPIC_ASKED', topic: 'arrivedInTransit' };
  if (AMOUNT_DUE.test(words)) return { type: 'TOPIC_ASKED', topic: 'amountDue' };
  if (DUE_FIRST.test(words)) return { type: 'TOPIC_ASKED', topic: 'dueFirst' };
  if (asksDueOnArrival(words, orders)) return { type: 'TOPIC_ASKED', topic: 'payOnArrival' };
  const aboutOne = namedOrderQuestion(words, orders);
  if (aboutOne) return aboutOne;
  if (DUE_ASKED.test(words) && !AFTER_THE_DATE.test(words)) return { type: 'TOPIC_ASKED', topic: 'dueDate' };
  if (ALREADY_PAID.test(words)) return { type: 'TOPIC_ASKED', topic: 'alreadyPaid' };
  if (asksCreditImpact(words)) return creditTopic(words, statePath, referents);
  if (statePath !== ORDER_LIST && asksReturnInTransit(words, orders)) return { type: 'TOPIC_ASKED', topic: 'returnInTransit' };
  // Refunds and money are no delivery (they got the rice cooker's): a refund is the returns' answer, other money the
  // intents'.
  if (REFUND_WHEN.test(words)) return { type: 'RETURN', question: true };
  // "电饭煲什么时候能到啊": on its way, paid once it arrives, followed in the shop (it was asked what to do with it, a
  // return offered). Of goods not on their way, or of several orders, the list's own reading and the intents answer.
  const named = orderNamed(words, orders);
  if (named !== 'several' && !MONEY.test(words) && (WHERE_IS_IT.test(words) || (named && WHERE_IS_NAMED.test(words)))) {
    if (named ? named.status === 'in_transit' : orders.some((o) => o.status === 'in_transit')) return { type: 'TOPIC_ASKED', topic: 'delivery' };
  }
  // A fault feared at a payment ("怕用两天就坏了") is a worry: no rush to pay, the goods can be tried first and returned if
  // something is wrong (it went to the return as a fault). Of goods that cannot go back, read as any other words.
  const paying = statePath === RECEIPT_STEP ? orders.find((o) => o.orderId === referents.orderId) : undefined;
  if (statePath === RECEIPT_STEP && FAULT_FEARED.test(words)) return isReturnable(paying) ? { type: 'TOPIC_ASKED', topic: 'faultWorry' } : undefined;
  // The box or an invoice is no fault of the goods ("盒子坏了 东西没事"): only the other clauses say what is wrong.
  const aboutGoods = statePath === RECEIPT_STEP ? withoutRemarksBeside(words, orders) : words;
  if (!PROBLEM_WORDS.test(aboutGoods) || /吗|么/.test(words)) return undefined;
  // At a payment's confirmation, a problem with that order is told it can be returned instead (taken as the return,
  // the customer's next words became its reason, "付款吧" too); at the list, the list's own reading offers what each
  // order allows, unless none can be returned ("我不想付，台灯有问题" for an overdue lamp).
  if (statePath === RECEIPT_STEP) {
    return { type: 'TOPIC_ASKED', topic: isReturnable(paying) ? 'returnInstead' : 'orderProblem' };
  }
  return statePath === ORDER_LIST && !orders.some(isReturnable) ? { type: 'TOPIC_ASKED', topic: 'orderProblem' } : undefined;
}

/** Goods said to have come ("电饭煲收到了", "the rice cooker arrived"); not asked, not denied ("还没收到", "收到了吗"). */
const ARRIVED = /(?:收到|到货|签收|拿到|送到|(?<![买找想做办遇看听得拿收送])到)(?:了|啦)|已(?:经)?(?:收到|签收|到货|拿到|送到)|\b(?:got|received)\b|\b(?:arrived|came|was delivered|has been delivered)\b/i;
const NOT_ARRIVED = /[没未不]|还没|[?？]|吗|么|\b(?:not|never|n't|yet)\b|n'?t\b/i;

/**
 * An order the backend shows on its way, said to have arrived ("电饭煲收到了，确认收货": it was told flatly to wait for the
 * goods): the tracking may lag. By its name only: "收到了" alone is of the goods in question.
 */
function saysArrivedInTransit(words: string, orders: readonly Order[]): boolean {
  if (!ARRIVED.test(words) || NOT_ARRIVED.test(words)) return false;
  const named = orderNamed(words, orders);
  return named !== undefined && named !== 'several' && named.status === 'in_transit';
}

/**
 * Asking whether the order being paid for is paid ("付了没", "我不是付过了吗", "付了吗", "is it paid?") at its confirmation:
 * its status answers it, the confirmation kept (it left for the list, the order in question dropped).
 */
export const PAID_YET =
  /(?:付款|支付)(?:成功|完成)?了(?:吗|么|没有?)|(?<!不)付过了?(?:吗|么|没有?)|(?<![不对])付了(?:吗|么|没有?)|\b(?:did|has|was) (?:my |the |this )?payment\b.{0,20}\b(?:go through|work|succeed|done)\b|\b(?:is|was) (?:it|this|this order) (?:already )?paid\b|\bdid ?n'?t i (?:already )?pay\b|\bhaven'?t i (?:already )?paid\b/i;

/**
 * Asking whether a payment or a return went through ("我刚才耳机付款成功了吗", "跑步鞋付过了吗", "付了没"): the orders show it,
 * not the onboarding status. Not "不退了吗".
 */
export const ORDER_DONE_YET = /(?:付款|支付|退货|退款)(?:成功|完成|申请)?了(?:吗|没有?)|(?<!不)付过了?(?:吗|么|没有?)|(?<!不)付了没有?|\b(?:did|has|was) (?:my |the )?(?:payment|return)\b.{0,20}\b(?:go through|work|succeed|done)\b/i;

/** Asking where goods are. */
export const WHERE_IS_IT =
  /(?:什么|啥)时候(?:能)?(?:到(?!账)|送到|发货)|(?:到|送到)哪(?:里|儿)?了|物流|快递(?:到|在)|发货了?(?:吗|没)|\bwhen will (?:it|they|my \w+|the \w+) (?:arrive|come|be delivered)\b|\bwhere(?:'s| is) my (?:order|package|parcel|delivery)\b/i;

/**
 * Withdrawing a return already submitted ("我不想退了，能撤销吗", "退货申请能撤回吗", "can I cancel the return?"): it got the
 * returns' answer and how to start one; "我后悔了 不退了 能撤销吗" was not understood. Read only where a listed order's return
 * is requested.
 */
const RETURN_WITHDRAWAL =
  /(?:撤销|撤回|撤消|取消|收回|作废)(?:掉)?(?:这个|那个|刚才|刚刚|之前)?的?(?:退货|退款|售后)(?:申请)?|(?:撤销|撤回|撤消|取消|收回|作废)[^，,。？?\s]{1,12}?的(?:退货|退款|售后)|(?:退货|退款)(?:申请)?(?:能|可以|可不可以|能不能|怎么|如何|要怎么)?(?:撤销|撤回|撤消|取消|收回)|(?:不(?:想|要)?退了|后悔了).{0,10}(?:撤销|撤回|撤消|取消|收回)|\b(?:cancel|withdraw|undo|take back|revoke)\b.{0,20}\b(?:return|refund)\b|\b(?:return|refund)(?: request)? (?:be )?(?:cancell?ed|withdrawn|undone)\b/i;

export const asksReturnWithdrawal = (words: string, referents: Referents): boolean =>
  referents.orders?.some((o) => o.status === 'return_requested') === true && RETURN_WITHDRAWAL.test(words);
