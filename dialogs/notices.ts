// How each notice (a thing to say once, in the turn it happened) reads: one activity per notice.
import type { Activity, CardAction } from 'botbuilder';
import { LOGIN_PAUSE_MINUTES, type Notice } from '../machines/context';
import type { Topic } from '../machines/events';
import { isPayable, isReturnable, type Account, type Intent, type Order, type OrderStatus } from '../machines/domain';
import { NUMBER_LOCKED_STEP, ORDER_LIST, SHOP_STEPS } from '../machines/steps';
import { ask, paragraphs, tell } from './activity';
import { eventAction, intentAction, withdrawHandoffAction } from './actions';
import type { MessageId } from './messages';
import type { ButtonValue } from './buttonValue';
import { codeStepActions, offersLoginToCheck, offersLoginToPay, renderPrompt } from './prompts';
import { daysOverdue, findOrder, formatAmount, hasNoOrders, orderActions, orderStatusText, orderTitle, overdueOrders } from './orders';
import type { Scene } from './scene';
import { maskPhone } from './mask';
import { statusCardActivity } from './statusCard';
import { handedInId } from './handIn';
import { creditLimit, limitAgainst, limitRaise } from './limitAnswers';
import { dueLines, howToPayOrder, orderAmount, paidInTime, payingLater, tryBeforePaying } from './payingAnswers';

type NoticeId = Notice['id'];
type NoticeOf<K extends NoticeId> = Extract<Notice, { id: K }>;
type NoticeRenderer<K extends NoticeId> = (scene: Scene, notice: NoticeOf<K>) => Partial<Activity>;

/** Why an order cannot be paid or returned, by its status (the others get the plain refusal with the status). */
const WHY_NOT: Record<'pay' | 'return', Partial<Record<OrderStatus, MessageId>>> = {
  pay: {
    in_transit: 'notice.orderActionInvalid.pay.in_transit',
    paid: 'notice.orderActionInvalid.pay.paid',
    return_requested: 'notice.orderActionInvalid.pay.return_requested',
  },
  return: {
    paid: 'notice.orderActionInvalid.return.paid',
    overdue: 'notice.orderActionInvalid.return.overdue',
    return_requested: 'notice.orderActionInvalid.return.return_requested',
  },
};

/** Why an order cannot be paid or returned, where its status says it: "still on its way: pay once it has arrived", "paid already". */
function whyNotId(scene: Scene, notice: NoticeOf<'orderActionInvalid'>): MessageId {
  const order = findOrder(scene, notice.orderId);
  if (!order) return 'notice.orderActionInvalid.unknown';
  return (notice.action && WHY_NOT[notice.action][order.status]) ?? 'notice.orderActionInvalid';
}

/** The answer to each FAQ topic; topics that are not questions about the service get the closest fitting reply. */
const FAQ_ANSWER: Record<Intent, MessageId> = {
  what_is: 'faq.what_is',
  requirements: 'faq.requirements',
  plus: 'faq.plus',
  real_name: 'faq.real_name',
  credit: 'faq.credit',
  checkout: 'faq.checkout',
  enable: 'faq.enable',
  status: 'faq.status',
  pay: 'faq.pay',
  return: 'faq.return',
  orders: 'faq.orders',
  greeting: 'notice.greeting',
  thanks: 'notice.thanks',
  goodbye: 'notice.goodbye',
  out_of_scope: 'notice.outOfScope',
  human: 'notice.help',
  help: 'notice.help',
  cancel: 'notice.help',
  restart: 'notice.help',
  affirm: 'notice.help',
  deny: 'notice.help',
};

/** The account in context holds every condition (known once logged in: at the terms, say). */
const meetsEveryCondition = (account: Account | undefined): boolean =>
  account !== undefined && account.plus.active && account.realName.verified && account.credit.eligible;

/**
 * At the PLUS step its own button opens the page: the answer points there, not to the shop's menu (two directions at once).
 * At the real-name step, how it goes on that page too ("what do i need, my id card?", "要拍照吗" were not understood, twice
 * a person): the ID details are entered there, and what it asks for is shown there. The conditions asked by an account
 * that meets them all (at the terms, right after "PLUS ✅ real-name ✅ credit ✅"): that it does, not where to look
 * whether it qualifies.
 */
const faqAnswer = (scene: Scene, topic: Intent): MessageId => {
  if (topic === 'plus' && scene.path === 'flow.onboarding.awaitingPlus') return 'faq.plus.atStep';
  if (topic === 'real_name' && scene.path === 'flow.onboarding.awaitingRealName') return 'faq.real_name.atStep';
  if (topic === 'requirements' && meetsEveryCondition(scene.context.account)) return 'faq.requirements.met';
  // "开通要查征信吗" at the terms got the text for a refused check ("情况变了以后可以再来试试"): the check is a condition, and
  // theirs is passed.
  if (topic === 'credit' && scene.context.account?.credit.eligible === true) return 'faq.credit.passed';
  // Answered as a colleague takes over ("先告诉我怎么开通，然后帮我转人工"): the steps without "I'll guide you through them",
  // which the bot, silent once the person has the chat, could not keep.
  if (topic === 'enable' && scene.path === 'handoff') return 'faq.enable.beforePerson';
  return FAQ_ANSWER[topic];
};

const says = (id: MessageId) => (scene: Scene) => tell(scene, scene.t(id));

/**
 * Paying asked about by a customer with an order overdue ("逾期会怎样", "what happens if I'm late"): what being late does,
 * then that theirs is late already, to pay now. The general answer ends "pay before the due date", that date long past.
 * The buttons below pay it (the list's, or the lamp's own payment where it was asked).
 */
function faq(scene: Scene, notice: NoticeOf<'faq'>): Partial<Activity> {
  const overdue = notice.topic === 'pay' ? overdueOrders(scene) : [];
  if (overdue.length > 0) return tell(scene, scene.t('faq.pay.overdue', { titles: titlesOf(scene, overdue) }));
  return tell(scene, scene.t(faqAnswer(scene, notice.topic)));
}

/**
 * Small talk is no reading of what the customer wanted ("打个招呼", "再见" offered for "快递显示签收了但我没拿到"), nor is a yes
 * (好的 offered after a refused credit check). A no stays: under the question it leads back to the step.
 */
const NOT_OFFERED = new Set<Intent>(['greeting', 'goodbye', 'thanks', 'affirm']);
/** What a customer with pay-later on is past: getting it (先用后付是什么 was offered at a return's confirmation). */
const BEFORE_ENABLING = new Set<Intent>(['enable', 'what_is', 'requirements', 'plus', 'real_name']);
/** What needs pay-later on: its orders and paying them (确认收货并付款 was offered to customers who cannot have it yet). */
const AFTER_ENABLING = new Set<Intent>(['pay', 'orders']);
/** What fits while logging in (确认收货并付款 was offered at the code step): the login's way out, what it is for, a person. */
const AT_LOGIN = new Set<Intent>(['help', 'cancel', 'enable', 'what_is', 'requirements', 'human']);
const loggingIn = (scene: Scene): boolean => (scene.resumesTo ?? scene.path).startsWith('flow.onboarding.login.');
/** Where nothing is under way (the welcome's menu, the short menu): there is nothing to cancel (取消 was offered after a cancel). */
const IDLE_STEPS = new Set(['flow.welcome', 'flow.purchase.menu']);
const idle = (scene: Scene): boolean => IDLE_STEPS.has(scene.resumesTo ?? scene.path);

/** No prompt of the bot offers more buttons than this (the welcome, the return's reasons): more read as a wall of choices. */
const MAX_CHOICES = 5;
/** The step's own buttons kept beside the guesses when there are more than fit: its yes and its no, or its link and "done". */
const STEP_CHOICES_KEPT = 2;

const eventTypeOf = (action: CardAction): string | undefined => (action.value as Partial<ButtonValue> | undefined)?.event?.type;

/**
 * The buttons of the step a clarifying question interrupts (提交退货申请 and 不退了 at a return's confirmation, the PLUS
 * page's link): the question dropped them, and the customer could only answer it. A person is offered by the question itself.
 */
function stepActions(scene: Scene): CardAction[] {
  const step = scene.resumesTo;
  if (step === undefined || step === scene.path) return [];
  const prompt = renderPrompt({ ...scene, path: step, notices: [], stayed: false });
  return (prompt.at(-1)?.suggestedActions?.actions ?? []).filter((action) => eventTypeOf(action) !== 'HUMAN');
}

/**
 * Where the buttons of a clarifying question stand: the step's own first (what the customer was just asked: 同意并开通,
 * 暂不开通), then the guesses, then a person, and 取消 last. The guesses came first, 取消 often among them: at the terms a
 * customer who said yes in a typo and tapped the first button cancelled what they had just agreed to.
 */
function placeOf(action: CardAction, own: ReadonlySet<CardAction>): number {
  const event = eventTypeOf(action);
  if (event === 'CANCEL') return 3;
  if (own.has(action)) return 0;
  return event === 'HUMAN' ? 2 : 1;
}

/**
 * The clarifying question offers the candidates that fit where the customer is, the buttons of the step it interrupts (the
 * step's own yes or no, tapped, answers the step: src/bot/dialogueTurn.ts), and a person as the way out, within
 * MAX_CHOICES, in that order (placeOf). Beside the step's own no (暂不开通, 不退了) no "不用了" and no 取消 is guessed: two
 * buttons saying no, one of them dropping the whole errand.
 */
function clarify(scene: Scene, notice: NoticeOf<'clarify'>): Partial<Activity> {
  const { t } = scene;
  const enabled = scene.context.account?.payLater.enabled;
  const step = stepActions(scene);
  // Only a no that is sure to show (among the step's buttons always kept): at a return's reason step 不退了 comes after the
  // reasons, cut off, and 取消 is the way back.
  const stepSaysNo = step.slice(0, STEP_CHOICES_KEPT).some((action) => eventTypeOf(action) === 'DENY');
  const fits = (intent: Intent) =>
    !NOT_OFFERED.has(intent) &&
    !(enabled === true && BEFORE_ENABLING.has(intent)) &&
    !(enabled === false && AFTER_ENABLING.has(intent)) &&
    !(loggingIn(scene) && !AT_LOGIN.has(intent)) &&
    !(intent === 'cancel' && (idle(scene) || stepSaysNo)) &&
    !(intent === 'deny' && step.length > 0);
  const offered = [...new Set<Intent>(notice.candidates.filter(fits))].filter((intent) => intent !== 'human');
  // A guess the step's own buttons already say, or say of one order ("确认收货并付款" beside the lamp's payment's own
  // "确认收货并付款", or its "确认收货并付款 · 台灯"), is left out: two buttons read alike and did different things.
  const stepLabels = step.map((action) => action.title);
  const saidByStep = (action: CardAction) => stepLabels.some((label) => label === action.title || label.startsWith(`${action.title} · `));
  const guesses = (offered.length > 0 ? offered : (['help'] as Intent[])).map((intent) => intentAction(t, intent)).filter((a) => !saidByStep(a));
  const shown = guesses.slice(0, MAX_CHOICES - 1 - Math.min(step.length, STEP_CHOICES_KEPT));
  const known = new Set(shown.map(eventTypeOf));
  const own = step.filter((action) => !known.has(eventTypeOf(action)));
  // The step's own button for a person ("联系人工客服" where the login is paused) is the person: never a second one.
  const personInStep = step.some((action) => action.title === t('button.toAgent'));
  const kept = [...shown, ...own.slice(0, MAX_CHOICES - 1 - shown.length)];
  const choices = personInStep && kept.some((action) => action.title === t('button.toAgent')) ? kept : [...kept, intentAction(t, 'human')];
  // Never two buttons with one label, whatever else offers it: the first (a guess, else the step's own) is kept.
  const unique = choices.filter((a, i) => choices.findIndex((b) => b.title === a.title) === i);
  const ownSet = new Set(own);
  return ask(scene, t('notice.clarify'), [...unique].sort((a, b) => placeOf(a, ownSet) - placeOf(b, ownSet)));
}

/** An order named in words that allows nothing now: why (the list follows). One that does is asked about by the prompt. */
/** "One is coming", with the customer's place in the queue when it is known. */
const waitingMessage = (ahead: number | undefined): MessageId =>
  ahead === undefined
    ? 'notice.alreadyWithAgent'
    : ahead === 0
      ? 'notice.alreadyWithAgent.next'
      : ahead === 1
        ? 'notice.alreadyWithAgent.aheadOne'
        : 'notice.alreadyWithAgent.ahead';

function nothingToDo(scene: Scene, notice: NoticeOf<'nothingToDo'>): Partial<Activity> {
  const order = findOrder(scene, notice.orderId);
  const { t } = scene;
  if (!order) return tell(scene, t('notice.chooseOrder'));
  return tell(scene, t('notice.nothingToDo', { title: order.title, status: orderStatusText(scene, order) }));
}

/**
 * Nothing to pay; with no orders at all, that there are none (it pointed to a list below that is not there, and the list's
 * prompt then said there are none).
 */
function nothingToPay(scene: Scene): Partial<Activity> {
  if (hasNoOrders(scene)) return tell(scene, scene.t('topic.nothingToPay.noOrders'));
  // Goods on their way are paid for once they arrive ("我什么时候要还钱？" said nothing of the rice cooker coming).
  const coming = (scene.context.orders ?? []).filter((o) => o.status === 'in_transit');
  return tell(scene, coming.length === 0 ? scene.t('topic.nothingToPay') : scene.t('topic.nothingToPay.coming', { titles: titlesOf(scene, coming) }));
}

/** Goods on their way, paid for once they arrive: said beside what is due now ("how much do i owe" left the rice cooker unnamed). */
const comingApart = (scene: Scene): string | undefined => {
  const coming = (scene.context.orders ?? []).filter((o) => o.status === 'in_transit');
  return coming.length === 0 ? undefined : scene.t('topic.amountDue.coming', { titles: titlesOf(scene, coming) });
};

/**
 * "我一共欠多少钱" at the order list: the sum of what can be paid now (it showed the list again without a word), the orders
 * it comes from with their dates, and those on their way apart.
 */
function amountDue(scene: Scene): Partial<Activity> {
  const payable = (scene.context.orders ?? []).filter(isPayable);
  if (payable.length === 0) return nothingToPay(scene);
  const total = payable.reduce((sum, o) => sum + o.amount, 0);
  const sum = scene.t('topic.amountDue', { total: formatAmount(total), count: payable.length, lines: dueLines(scene, payable) });
  return tell(scene, paragraphs(sum, comingApart(scene)));
}

/** The order a question named (TOPIC_ASKED's orderId), when it is listed. */
const orderAsked = (scene: Scene, notice?: NoticeOf<'topic'>): Order | undefined => findOrder(scene, notice?.orderId);

/**
 * A question about an order that is not to pay now, answered by its status: paid already; on its way, paid once it arrives;
 * otherwise nothing to do for it now ("when do I have to pay for the shoes" got the earbuds' date).
 */
function settledOrder(scene: Scene, order: Order): Partial<Activity> {
  if (order.status === 'paid') return tell(scene, scene.t('topic.orderPaidYet.paid', { title: order.title }));
  if (order.status === 'in_transit') return payOnArrival(scene);
  return tell(scene, scene.t('notice.nothingToDo', { title: order.title, status: orderStatusText(scene, order) }));
}

/** "耳机哪天要付款": the due dates of what can be paid now (it went straight to the payment's confirmation); of one not to pay, its status. */
function dueDates(scene: Scene, notice?: NoticeOf<'topic'>): Partial<Activity> {
  const named = orderAsked(scene, notice);
  if (named && !isPayable(named)) return settledOrder(scene, named);
  const payable = (scene.context.orders ?? []).filter(isPayable);
  if (payable.length === 0) return nothingToPay(scene);
  return tell(scene, scene.t('topic.dueDate', { lines: dueLines(scene, payable) }));
}

/** The first date of the orders to pay: an overdue one's, past already, before any other. Undated ones come last. */
const byDueDate = (a: Order, b: Order): number => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');

/** "哪个最先到期": the order to pay that is due first, and when (it got "you're welcome!", or the list); those on their way apart. */
function dueFirst(scene: Scene): Partial<Activity> {
  const [first] = (scene.context.orders ?? []).filter(isPayable).sort(byDueDate);
  if (first === undefined) return nothingToPay(scene);
  return tell(scene, paragraphs(scene.t('topic.dueFirst', { lines: dueLines(scene, [first]) }), comingApart(scene)));
}

/**
 * "耳机到期不确认会怎样": what the named order's date passing does (it asked what to do with the earbuds): overdue, the credit
 * record, and to pay or return it before then. One overdue already: it is, pay it soon; one not to pay: its status.
 */
function missedDueDate(scene: Scene, notice: NoticeOf<'topic'>): Partial<Activity> {
  const order = orderAsked(scene, notice);
  if (!order) return tell(scene, scene.t('faq.pay'));
  if (order.status === 'overdue') return tell(scene, scene.t('faq.pay.overdue', { titles: order.title }));
  if (!isPayable(order)) return settledOrder(scene, order);
  return tell(scene, scene.t('topic.missedDueDate', { title: order.title, date: order.dueDate ?? '—' }));
}

/** "电饭煲什么时候能到": which orders are on their way, when they are paid and where to follow them (it offered a return). */
function delivery(scene: Scene): Partial<Activity> {
  const coming = (scene.context.orders ?? []).filter((o) => o.status === 'in_transit');
  if (coming.length === 0) return tell(scene, scene.t('topic.delivery.none'));
  return tell(scene, scene.t('topic.delivery', { titles: coming.map((o) => o.title).join(scene.t('topic.delivery.and')) }));
}

/** "电饭煲收到了，确认收货" for goods still shown on their way: the tracking may lag; try later, or a person (PERSON_TOPICS). */
function arrivedInTransit(scene: Scene): Partial<Activity> {
  const coming = (scene.context.orders ?? []).filter((o) => o.status === 'in_transit');
  return tell(scene, scene.t('topic.arrivedInTransit', { titles: titlesOf(scene, coming) }));
}

/**
 * Goods that did not come ("台灯我根本没收到"): a person to look into it and the way back to the list, nothing to pay (the
 * list's prompt steps aside this turn: its buttons paid for those goods).
 */
const notReceived = (scene: Scene): Partial<Activity> =>
  ask(scene, scene.t('topic.notReceived'), [intentAction(scene.t, 'human'), intentAction(scene.t, 'orders')]);

/**
 * Turning pay-later off asked before it is on ("开通了以后能关吗" at the terms): later, a colleague can (no person now; it
 * got the status card). Not known (before a login), it may be on: a person.
 */
const disableBeforeOn = (scene: Scene, topic: Topic): boolean => topic === 'disable' && scene.context.account?.payLater.enabled === false;

const titlesOf = (scene: Scene, orders: Order[]): string => orders.map((o) => o.title).join(scene.t('topic.delivery.and'));

/** "上次那个退货怎么样了", "退款什么时候到": the returns requested are with the shop; unpaid, nothing is refunded. */
function returnStatus(scene: Scene): Partial<Activity> {
  const requested = (scene.context.orders ?? []).filter((o) => o.status === 'return_requested');
  if (requested.length === 0) return tell(scene, scene.t('faq.return'));
  return tell(scene, scene.t('topic.returnStatus', { titles: titlesOf(scene, requested) }));
}

/**
 * After the status card ("pay-later is on") an answer that asks on with buttons of its own, and that step's prompt stands
 * aside (dialogs/prompts.ts); elsewhere (the list, the welcome) the step's prompt follows with its buttons.
 */
const answerAt = (scene: Scene, text: string, actions: CardAction[]): Partial<Activity> =>
  scene.path === 'flow.onboarding.enabled' ? ask(scene, text, actions) : tell(scene, text);

/** "电饭煲还没到呢能退吗": goods on their way can go back already (isReturnable); without such goods, the returns' answer. */
function returnInTransit(scene: Scene): Partial<Activity> {
  const coming = (scene.context.orders ?? []).filter((o) => o.status === 'in_transit' && isReturnable(o));
  if (coming.length === 0) return tell(scene, scene.t('faq.return'));
  return tell(scene, scene.t('topic.returnInTransit', { titles: titlesOf(scene, coming) }));
}

/**
 * "为什么不能退" once a paid order's return was refused (it got the list again): returns here are of orders not paid yet,
 * the paid ones named; a paid one goes to the shop's after-sales or a person (PERSON_TOPICS).
 */
function returnWhyNot(scene: Scene, notice?: NoticeOf<'topic'>): Partial<Activity> {
  // "鞋子能退吗 穿着脚疼" of paid shoes (it said only "nothing to do"): not here, then why and where, as asked why.
  const named = orderAsked(scene, notice);
  if (named?.status === 'paid') return tell(scene, paragraphs(scene.t('topic.returnWhyNot.asked', { title: named.title }), scene.t('topic.returnWhyNot')));
  const paid = (scene.context.orders ?? []).filter((o) => o.status === 'paid');
  return tell(scene, paid.length === 0 ? scene.t('topic.returnWhyNot') : scene.t('topic.returnWhyNot.paid', { titles: titlesOf(scene, paid) }));
}

/**
 * "who is this? I didn't ask for anything": the bot says what it is, and, when an agent handed the customer on to it, that
 * customer service asked it to help with what the agent handed on (the task it keeps).
 */
function whoAsked(scene: Scene): Partial<Activity> {
  const handedOn = scene.handedIn ? handedInId(scene.handedIn) : undefined;
  return tell(scene, handedOn ? scene.t('topic.whoAsked.handedIn', { why: scene.t(handedOn) }) : scene.t('topic.whoAsked'));
}

/** "那电饭煲什么时候要付钱": on its way, nothing to pay before it arrives (it got the pay FAQ and another order's date). */
function payOnArrival(scene: Scene): Partial<Activity> {
  const coming = (scene.context.orders ?? []).filter((o) => o.status === 'in_transit');
  if (coming.length === 0) return dueDates(scene);
  return answerAt(scene, scene.t('topic.payOnArrival', { titles: titlesOf(scene, coming) }), [intentAction(scene.t, 'orders')]);
}

/** "我根本没用过先用后付 怎么就欠钱了": a colleague checks; a person first (PERSON_TOPICS), then the orders. */
const debtDisputed = (scene: Scene): Partial<Activity> =>
  answerAt(scene, scene.t('topic.debtDisputed'), [intentAction(scene.t, 'human'), intentAction(scene.t, 'orders')]);

/** Whether credit is hurt: late payment is; an overdue order is named to pay soon. */
const onCredit = (topic: 'creditImpact' | 'creditRecord') => (scene: Scene): Partial<Activity> => {
  const orders = scene.context.orders ?? [];
  const overdue = orders.filter((o) => o.status === 'overdue');
  const reminder = overdue.length > 0 ? scene.t('topic.credit.overdue', { titles: titlesOf(scene, overdue) }) : undefined;
  // Just paid while overdue ("付完了对我信用有影响吗"): "paid by the due date, no effect" misleads; the late days may have
  // counted, and paying stopped more.
  const paidLate = orders.filter((o) => o.status === 'paid' && scene.context.paidLate?.includes(o.orderId));
  const late = paidLate.length > 0 ? scene.t('topic.credit.paidLate', { titles: titlesOf(scene, paidLate) }) : undefined;
  return tell(scene, paragraphs(late ?? scene.t(`topic.${topic}`), reminder));
};

/**
 * "能晚几天再还吗 这个月手头紧" with an order overdue: its date is past (it was told to pay "before the due date"); paying
 * soon limits the harm, now or with a person. Without one, the date cannot be put off; but a time asked for that is still
 * before the due date ("can i pay next week instead?" a week before it) is fine, said with the date.
 */
function dueExtension(scene: Scene, notice: NoticeOf<'topic'>): Partial<Activity> {
  const inTime = paidInTimeHere(scene, notice);
  if (inTime) return payingLater(scene, inTime);
  const overdue = overdueOrders(scene);
  if (dueDateUnknown(scene, notice)) {
    const where = scene.context.session === undefined ? scene.t('topic.tryBeforePaying.unknown') : undefined;
    return tell(scene, paragraphs(scene.t('topic.dueExtension.dateUnknown'), where));
  }
  if (overdue.length === 0) return tell(scene, scene.t('topic.dueExtension'));
  const text = scene.t('topic.dueExtension.overdue', { titles: titlesOf(scene, overdue) });
  return answerAt(scene, text, [intentAction(scene.t, 'pay'), intentAction(scene.t, 'human')]);
}

/**
 * A later time to pay asked with no due date at hand to set it against (not logged in, nothing to pay), nothing overdue:
 * it is no late payment yet ("can i pay tomorrow?" before the login was told the date cannot be moved).
 */
const dueDateUnknown = (scene: Scene, notice: NoticeOf<'topic'>): boolean =>
  notice.inDays !== undefined &&
  overdueOrders(scene).length === 0 &&
  !(scene.context.orders ?? []).some((o) => isPayable(o) && o.dueDate !== undefined);

/** A later time to pay asked that is in time, with nothing overdue (an overdue order is to be paid now whatever was asked). */
const paidInTimeHere = (scene: Scene, notice: NoticeOf<'topic'>) =>
  overdueOrders(scene).length === 0 ? paidInTime(scene, notice.inDays, notice.orderId) : undefined;

/**
 * "hi my phone is 139… call me please": the bot cannot phone; a colleague answers here (PERSON_TOPICS), or, not logged in
 * at the welcome, the login to go on, with a button of its own (offersLoginToCheck).
 */
const callBack = (scene: Scene): Partial<Activity> => {
  const text = scene.t('topic.callBack');
  return offersLoginToCheck(scene) ? ask(scene, text, [eventAction(scene.t('button.logInToCheck'), { type: 'STATUS' })]) : tell(scene, text);
};

/**
 * Said to be overdue, with the credit asked ("我好像逾期了怎么办 会不会上征信啊"): what being late does (the article speaks of
 * the credit record, not of a credit bureau) and that paying now helps (it got "pay before the due date" and the credit
 * check's eligibility text). Their overdue order is named where the orders are at hand (the buttons below pay it); not
 * logged in, the login finds it, offered with its own button at the welcome (dialogs/prompts.ts offersLoginToPay).
 * Logged in with nothing overdue, that none is. Said with no word of credit ("我好像逾期了怎么办", overdueWhatNow), the same
 * without the credit bureau, which was not asked about.
 */
const overdueWorry = (lead: 'topic.overdueWorry' | 'topic.overdueWhatNow') => (scene: Scene): Partial<Activity> => {
  const { t } = scene;
  const overdue = overdueOrders(scene);
  if (overdue.length > 0) return tell(scene, paragraphs(t(lead), t('topic.overdueWorry.theirs', { titles: titlesOf(scene, overdue) })));
  if (offersLoginToPay(scene)) {
    return ask(scene, paragraphs(t(lead), t('topic.overdueWorry.logIn')), [eventAction(t('button.logInToPay'), { type: 'PAY' })]);
  }
  if (scene.context.session === undefined) return tell(scene, paragraphs(t(lead), t('topic.overdueWorry.afterLogin')));
  const enabled = scene.context.account?.payLater.enabled;
  const none = enabled === false ? 'topic.overdueStatus.notEnabled' : scene.context.orders ? 'topic.overdueStatus.none' : undefined;
  return tell(scene, paragraphs(t('topic.overdueCredit'), none && t(none)));
};

/**
 * "现在付 还来得及吗" with an order overdue (it got "pay before the due date", that date past): yes, now; it is late already,
 * and paying stops it staying so. The order being paid is the one named; its payment's confirmation follows.
 */
function stillInTime(scene: Scene): Partial<Activity> {
  const paying = findOrder(scene, scene.context.orderId);
  const overdue = paying?.status === 'overdue' ? [paying] : overdueOrders(scene);
  if (overdue.length === 0) return tell(scene, scene.t('faq.pay'));
  return tell(scene, scene.t('topic.stillInTime', { titles: titlesOf(scene, overdue) }));
}

/**
 * An order named that is not listed: pick one from the list below, or, when nothing in it can be done ("目前没有需要你处理的
 * 订单"), what there is (it asked to pick from a list with no buttons).
 */
const orderNotListed = (scene: Scene): Partial<Activity> =>
  tell(scene, scene.t((scene.context.orders ?? []).some((o) => orderActions(scene, o).length > 0) ? 'topic.orderNotListed' : 'topic.orderNotListed.nothingToDo'));

/**
 * "我是不是逾期了", "逾期了几天了": each overdue order with its amount, its due date and the days since (it got a clarifying
 * question, or "pay before the due date"), what being late does, and paying now (the step's buttons below pay it); or
 * that none is.
 */
function overdueStatus(scene: Scene): Partial<Activity> {
  const overdue = overdueOrders(scene);
  if (overdue.length === 0) {
    return tell(scene, scene.t(scene.context.account?.payLater.enabled === false ? 'topic.overdueStatus.notEnabled' : 'topic.overdueStatus.none'));
  }
  const lines = overdue.map((o) => {
    const days = daysOverdue(o, scene.today);
    const id = days === undefined ? 'topic.overdueStatus.line.undated' : days === 1 ? 'topic.overdueStatus.line.oneDay' : 'topic.overdueStatus.line';
    return scene.t(id, { title: o.title, amount: formatAmount(o.amount), date: o.dueDate ?? '—', days: days ?? 0 });
  });
  return tell(scene, scene.t('topic.overdueStatus', { lines: lines.join('\n') }));
}

/**
 * "收到短信说我逾期了": the overdue status; with nothing overdue, a message saying otherwise may be a scam (it said only "none
 * overdue"): not to click its links nor send money, and the shop's own orders page is where to look.
 */
function overdueMessage(scene: Scene): Partial<Activity> {
  const status = overdueStatus(scene);
  const noneOverdue = scene.context.account?.payLater.enabled === false || (scene.context.orders !== undefined && overdueOrders(scene).length === 0);
  return noneOverdue ? tell(scene, paragraphs(status.text, scene.t('topic.overdueMessage'))) : status;
}

/**
 * "我会被催收吗": the article says only that late payment harms the credit record; how the shop collects, the chat cannot
 * say (a person, PERSON_TOPICS). An overdue order is named, to pay now.
 */
function collection(scene: Scene): Partial<Activity> {
  const overdue = overdueOrders(scene);
  if (overdue.length === 0) return tell(scene, scene.t('topic.collection'));
  const text = paragraphs(scene.t('topic.collection'), scene.t('topic.collection.overdue', { titles: titlesOf(scene, overdue) }));
  return answerAt(scene, text, [intentAction(scene.t, 'pay'), intentAction(scene.t, 'human')]);
}

/** "刚才那个号也能开吗": each account by itself; logged in, another one needs a restart first (the session is this one's). */
const otherAccount = (scene: Scene): Partial<Activity> =>
  tell(scene, scene.t(scene.context.session ? 'topic.otherAccount' : 'topic.otherAccount.notLoggedIn'));

/**
 * "PLUS我有了" away from its step: what the account shows, once logged in; before that, it is checked at the login (the
 * customer's word is not the account's).
 */
const saidHeld = (topic: 'plusSaidActive' | 'realNameSaidDone', held: (account: Account) => boolean) => (scene: Scene): Partial<Activity> => {
  const account = scene.context.account;
  return tell(scene, scene.t(account === undefined ? `topic.${topic}` : held(account) ? `topic.${topic}.seen` : `topic.${topic}.notSeen`));
};

/**
 * A plain yes to the list asking which order to pay or return (the goal), which the yes cannot choose: the orders that can
 * be, and how to pick one, a return's reason asked next (the list came again without a word). At the list the answer
 * carries its buttons, and the list's prompt stands aside (dialogs/orders.ts).
 */
function whichOrder(scene: Scene): Partial<Activity> {
  const { goal } = scene.context;
  const orders = scene.context.orders ?? [];
  const action = goal === 'pay' || goal === 'return' ? goal : undefined;
  const able = action ? orders.filter(action === 'pay' ? isPayable : isReturnable) : [];
  const text = action && able.length > 0 ? scene.t(`topic.whichOrder.${action}`, { titles: titlesOf(scene, able) }) : scene.t('topic.whichOrder');
  const actions = orders.flatMap((o) => orderActions(scene, o));
  return scene.path === ORDER_LIST && actions.length > 0 ? ask(scene, text, actions) : tell(scene, text);
}

/**
 * A link, page or app that does not work ("the link is broken"): at a shop-page step, open the page again with the link
 * below (the step's prompt follows with it); elsewhere, try again in a while. A colleague either way (PERSON_TOPICS).
 */
const technicalProblem = (scene: Scene): Partial<Activity> =>
  tell(scene, scene.t(SHOP_STEPS[scene.path] !== undefined ? 'topic.technicalProblem.shopStep' : 'topic.technicalProblem'));

/**
 * "付了没", "我不是付过了吗" at an order's payment: whether that order is paid, by its status (it left for the list). Unpaid,
 * a payment made elsewhere may not show yet: not to pay twice.
 */
function orderPaidYet(scene: Scene): Partial<Activity> {
  const order = findOrder(scene, scene.context.orderId);
  if (!order) return tell(scene, scene.t('topic.alreadyPaid'));
  const vars = { title: order.title, status: orderStatusText(scene, order) };
  return tell(scene, scene.t(order.status === 'paid' ? 'topic.orderPaidYet.paid' : 'topic.orderPaidYet', vars));
}

/**
 * The login refused when the status was asked: why the option may not show in general, where to check, and the login
 * offered again with a button (offersLoginToCheck; the welcome's menu stands aside).
 */
const statusWithoutLogin = (scene: Scene): Partial<Activity> => {
  const text = scene.t('topic.statusWithoutLogin');
  return offersLoginToCheck(scene) ? ask(scene, text, [eventAction(scene.t('button.logInToCheck'), { type: 'STATUS' })]) : tell(scene, text);
};

/** The steps where the login asks for the phone or the code: the code is spoken of there (loginSafety). */
const LOGIN_SAFETY_AT: Readonly<Record<string, MessageId>> = {
  'flow.onboarding.login.awaitingPhone': 'topic.loginSafety.phone',
  'flow.onboarding.login.awaitingOtp': 'topic.loginSafety.code',
};

/**
 * "你是真的京东客服吗": the shop's own assistant, a bot, a person on request, first. Codes only where the login asks for one
 * (it explained SMS codes to a customer who had been sent none); elsewhere, what the chat never asks for.
 */
const loginSafety = (scene: Scene): Partial<Activity> =>
  tell(scene, paragraphs(scene.t('topic.loginSafety'), scene.t(LOGIN_SAFETY_AT[scene.path] ?? 'topic.loginSafety.noSecrets')));

/** "我想给我爸开通": on the member's own account; logged in, this account is the customer's, so a restart comes first. */
const forFamily = (scene: Scene): Partial<Activity> =>
  tell(scene, paragraphs(scene.t('topic.forFamily'), scene.t(scene.context.session ? 'topic.forFamily.loggedIn' : 'topic.forFamily.notLoggedIn')));

/**
 * Whether it can be done without logging in ("不登录不行吗？"): when the customer's status is what the login is for, that
 * answer (it repeated the phone prompt); otherwise that enabling needs the login.
 */
const loginNeeded = (scene: Scene): Partial<Activity> =>
  scene.context.goal === 'status' && scene.context.session === undefined ? statusWithoutLogin(scene) : tell(scene, scene.t('topic.loginNeeded'));

/**
 * "先用后付在哪里": with it on, choose it at checkout; otherwise where it shows once on and where to check, with checking or
 * turning it on offered (not logged in at the welcome, by buttons of its own; in the onboarding its step follows instead).
 */
function wherePayLater(scene: Scene): Partial<Activity> {
  const { t } = scene;
  if (scene.context.account?.payLater.enabled === true) return tell(scene, t('topic.wherePayLater.on'));
  if (scene.path.startsWith('flow.onboarding.')) return tell(scene, t('topic.wherePayLater'));
  const text = paragraphs(t('topic.wherePayLater'), t('topic.wherePayLater.offer'));
  if (!offersLoginToCheck(scene)) return tell(scene, text);
  return ask(scene, text, [eventAction(t('button.logInToCheck'), { type: 'STATUS' }), intentAction(t, 'enable')]);
}

/**
 * "要等多久" at a locked number: the minutes the backend gave when the lock was told (said as then), or, unknown, the
 * longest wait (LOGIN_PAUSE_MINUTES, the window of src/bot/loginAttempts.ts).
 */
function lockedNumberWait(scene: Scene): string {
  const minutes = scene.context.phoneLockMinutes;
  if (minutes === undefined) return scene.t('topic.loginPauseWait.locked.unknown', { minutes: LOGIN_PAUSE_MINUTES });
  return minutes > 1 ? scene.t('topic.loginPauseWait.locked', { minutes }) : scene.t('topic.loginPauseWait.locked.soon');
}

/** The topics answered with the orders (or the account) at hand, or by where the customer is; the others are a text each. */
const ORDER_TOPICS: Partial<Record<Topic, (scene: Scene, notice: NoticeOf<'topic'>) => Partial<Activity>>> = {
  amountDue, dueDate: dueDates, dueFirst, missedDueDate, delivery, arrivedInTransit, notReceived, returnStatus, returnInTransit, payOnArrival, debtDisputed, dueExtension,
  creditImpact: onCredit('creditImpact'), creditRecord: onCredit('creditRecord'), orderNotListed, overdueStatus, otherAccount, whichOrder,
  orderPaidYet, returnWhyNot, overdueWorry: overdueWorry('topic.overdueWorry'), overdueWhatNow: overdueWorry('topic.overdueWhatNow'), stillInTime, tryBeforePaying, orderAmount: (scene) => orderAmount(scene) ?? amountDue(scene),
  plusSaidActive: saidHeld('plusSaidActive', (account) => account.plus.active),
  realNameSaidDone: saidHeld('realNameSaidDone', (account) => account.realName.verified),
  // Nothing to pay, asked or handed on: what is on its way is named, paid once it arrives (not "see the list" alone).
  nothingToPay,
  technicalProblem, statusWithoutLogin, loginNeeded, whoAsked, wherePayLater, callBack, howToPayOrder,
  loginSafety, forFamily, overdueMessage, collection,
  // "要等多久才能再试？" where the login stopped: no wait for a new login ("开通" again); the number's own pause is at most
  // this long. Where the number itself is locked, its wait.
  loginPauseWait: (scene) =>
    tell(scene, scene.path === NUMBER_LOCKED_STEP ? lockedNumberWait(scene) : scene.t('topic.loginPauseWait', { minutes: LOGIN_PAUSE_MINUTES })),
  // "为什么" where the login stopped: too many wrong codes, for the account's safety, and how to start again. Where the
  // number is locked: its wrong codes (not necessarily typed here), and that other numbers are not.
  loginPauseWhy: (scene) => tell(scene, scene.t(scene.path === NUMBER_LOCKED_STEP ? 'topic.loginPauseWhy.locked' : 'topic.loginPauseWhy')),
  // "验证码是6位数吗": 6 digits, in the text just sent to the number the customer gave (masked).
  codeLength: (scene) => tell(scene, scene.t('topic.codeLength', { phone: maskPhone(scene.context.phone ?? '') })),
  creditLimit, limitRaise, limitOver: limitAgainst('topic.limitOver'), limitWithin: limitAgainst('topic.limitWithin'),
  // "你觉得我该开吗？": up to the customer, then what it gives (a question about what it gives gets that alone).
  enableAdvice: (scene) => tell(scene, paragraphs(scene.t('topic.enableAdvice'), scene.t('topic.enableBenefits'))),
  // "开了不用会扣钱吗": turning it on and having it costs nothing, then the fees' answer.
  unusedCost: (scene) => tell(scene, paragraphs(scene.t('topic.unusedCost'), scene.t('topic.fees'))),
  // "付款截止日是怎么算的 收货后几天？": no rule to give; each order's own date counts, theirs listed when there are some to pay.
  dueDateRule: (scene) => {
    const payable = (scene.context.orders ?? []).filter(isPayable);
    const yours = payable.length > 0 ? scene.t('topic.dueDateRule.yours', { lines: dueLines(scene, payable) }) : undefined;
    return tell(scene, paragraphs(scene.t('topic.dueDateRule'), yours));
  },
};

/**
 * The code asked for again after its check failed, or after "重试" (the code step's prompt stands aside: dialogs/prompts.ts):
 * a new code, or a person, as other failures offer a retry and a person.
 */
const codeAsked = (scene: Scene, text: string): Partial<Activity> =>
  ask(scene, text, [eventAction(scene.t('button.resendOtp'), { type: 'OTP_RESEND_REQUESTED' }), intentAction(scene.t, 'human')]);

/**
 * No new code yet (one went less than a minute ago): when it went, that a text takes up to a minute, and when to ask
 * again, in seconds where known (a backend's own refusal tells neither). The code step's buttons stay with it.
 */
const codeSentLately: NoticeRenderer<'codeSentLately'> = (scene, n) => {
  // Under two seconds (or not known), "just now" and "in a little while": no "1 seconds".
  const when =
    n.secondsAgo !== undefined && n.secondsAgo >= 2
      ? scene.t('notice.codeSentLately.secondsAgo', { seconds: n.secondsAgo })
      : scene.t('notice.codeSentLately.justNow');
  const again =
    n.secondsLeft !== undefined && n.secondsLeft >= 2
      ? scene.t('notice.codeSentLately.askIn', { seconds: n.secondsLeft })
      : scene.t('notice.codeSentLately.askSoon');
  const text = scene.t('notice.codeSentLately', { phone: maskPhone(scene.context.phone ?? ''), when, again });
  return ask(scene, text, codeStepActions(scene.t));
};

/**
 * What is wrong with a mobile number typed wrong, by how many digits it had: "138000000001" was answered with the help
 * menu, "12800000001" was asked for "11 digits". Unknown (no digits told): only that it looks wrong.
 */
const phoneSlip = (scene: Scene, digits: number | undefined): string => {
  if (digits === undefined) return scene.t('notice.invalidPhone.unclear');
  if (digits === 12) return scene.t('notice.invalidPhone.oneTooMany');
  if (digits === 10) return scene.t('notice.invalidPhone.oneShort');
  return digits === 11 ? scene.t('notice.invalidPhone.notMobile') : scene.t('notice.invalidPhone.length', { digits });
};

/** "A、B和C" / "A, B and C". */
const listed = (scene: Scene, items: string[]): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(scene.t('list.separator'))}${scene.t('list.and')}${items.at(-1)}`;

const RENDERERS: { [K in NoticeId]: NoticeRenderer<K> } = {
  faq,
  help: says('notice.help'),
  cancelled: says('notice.cancelled'),
  restarted: says('notice.restarted'),
  agentAway: says('notice.agentAway'),
  phoneLocked: (scene, n) =>
    tell(
      scene,
      n.minutesLeft === undefined
        ? scene.t('notice.phoneLocked.later')
        : n.minutesLeft > 1
          ? scene.t('notice.phoneLocked', { minutes: n.minutesLeft })
          : scene.t('notice.phoneLocked.soon'),
    ),
  phoneFirst: says('notice.phoneFirst'),
  loggedOut: says('notice.loggedOut'),
  notLoggedIn: says('notice.notLoggedIn'),
  goodbye: says('notice.goodbye'),
  thanks: says('notice.thanks'),
  greeting: says('notice.greeting'),
  outOfScope: says('notice.outOfScope'),
  clarify,
  statusCard: (scene) => statusCardActivity(scene),
  statusNeedsLogin: says('notice.statusNeedsLogin'),
  topic: (scene, n) =>
    ORDER_TOPICS[n.topic]?.(scene, n) ?? tell(scene, scene.t(disableBeforeOn(scene, n.topic) ? 'topic.disable.notOnYet' : `topic.${n.topic}`)),
  needsLogin: (scene, n) => tell(scene, scene.t(`notice.needsLogin.${n.goal}`)),
  invalidPhone: (scene, n) =>
    tell(scene, scene.t(n.repeated ? 'notice.invalidPhone.again' : 'notice.invalidPhone', { what: phoneSlip(scene, n.digits) })),
  invalidCode: says('notice.invalidCode'),
  otpSent: (scene, n) => tell(scene, scene.t(n.again ? 'notice.otpSent.again' : 'notice.otpSent', { phone: maskPhone(scene.context.phone ?? '') })),
  codeSentLately,
  codeNotNeeded: says('notice.codeNotNeeded'),
  wrongCode: (scene, n) =>
    tell(scene, n.attemptsLeft > 1 ? scene.t('notice.wrongCode.some', { attempts: n.attemptsLeft }) : scene.t('notice.wrongCode.last')),
  backendFailed: (scene, n) => tell(scene, scene.t(`notice.backendFailed.${n.kind}`)),
  outcomeUnknown: (scene, n) => tell(scene, scene.t(`notice.outcomeUnknown.${n.action}`, { title: orderTitle(scene, n.orderId) })),
  notDoneLoginFirst: (scene, n) => tell(scene, scene.t(`notice.notDoneLoginFirst.${n.action}`)),
  leftAsIs: (scene, n) => tell(scene, scene.t(`notice.leftAsIs.${n.action}`)),
  // Said paid for (PLUS): it may take a moment to show, and not to buy it again.
  stepNotDoneYet: (scene, n) => tell(scene, scene.t(n.paid ? 'notice.stepNotDoneYet.plus.paid' : `notice.stepNotDoneYet.${n.step}`)),
  // "What comes next" only when it is known to be real-name verification.
  stepDone: (scene, n) =>
    tell(
      scene,
      scene.t(n.step === 'plus' && scene.context.account?.realName.verified === false ? 'notice.stepDone.plus.next' : `notice.stepDone.${n.step}`),
    ),
  // "Not now" at the PLUS or the real-name step left that step: "I won't turn it on" read as if pay-later itself had been
  // refused, so the step is named and the way back to it. A "no" at the welcome or the terms is about pay-later.
  termsDeclined: (scene, n) => tell(scene, scene.t(n.step ? `notice.termsDeclined.${n.step}` : 'notice.termsDeclined')),
  notEligible: says('notice.notEligible'),
  payLaterAlreadyOn: says('notice.payLaterAlreadyOn'),
  orderPaid: (scene, n) => tell(scene, scene.t('notice.orderPaid', { title: orderTitle(scene, n.orderId) })),
  orderPaidBefore: (scene, n) => tell(scene, scene.t('notice.orderPaidBefore', { title: orderTitle(scene, n.orderId) })),
  returnRequested: (scene, n) => tell(scene, scene.t('notice.returnRequested', { title: orderTitle(scene, n.orderId) })),
  orderActionInvalid: (scene, n) => {
    const order = findOrder(scene, n.orderId);
    const vars = order && { title: order.title, status: orderStatusText(scene, order) };
    return tell(scene, scene.t(whyNotId(scene, n), vars));
  },
  nothingToDo,
  chooseOrder: says('notice.chooseOrder'),
  agentReleased: (scene, n) => tell(scene, releaseLine(scene, n)),
  agentAskedToEnable: says('notice.agentAskedToEnable'),
  alreadyWithAgent: (scene, n) => {
    const withdraw = withdrawHandoffAction(scene.t);
    // Everything was said a moment ago, at the same place in the queue: only that the words were passed on.
    if (n.again) return ask(scene, scene.t('notice.alreadyWithAgent.again'), [withdraw]);
    // After the warning about a secret typed: only to hold on, nothing said of it passed on.
    if (n.holdOn) return ask(scene, scene.t('notice.alreadyWithAgent.holdOn'), [withdraw]);
    const apology = n.waitedMinutes === undefined ? undefined : scene.t('notice.alreadyWithAgent.longWait', { minutes: n.waitedMinutes });
    const complaint = n.complaint ? scene.t('notice.alreadyWithAgent.complaint') : undefined;
    const text = paragraphs(complaint, apology, scene.t(waitingMessage(n.ahead), { ahead: n.ahead ?? 0 }));
    return ask(scene, text, [withdraw]);
  },
  handoffWithdrawn: says('notice.handoffWithdrawn'),
  loginBlocked: says('notice.loginBlocked'),
  idNumberNotHere: says('notice.idNumberNotHere'),
  codeNotToShare: says('notice.codeNotToShare'),
  codeNotChecked: (scene, n) =>
    codeAsked(scene, scene.t(n.kind === 'unavailable' ? 'notice.codeNotChecked.unavailable' : 'notice.codeNotChecked.other')),
  typeCodeAgain: (scene) => codeAsked(scene, scene.t('notice.typeCodeAgain')),
  alreadyLoggedIn: (scene) => tell(scene, scene.t('notice.alreadyLoggedIn', { phone: scene.context.account?.phoneMasked ?? '' })),
  secretsShared: (scene, n) =>
    tell(scene, scene.t('notice.secretsShared', { items: listed(scene, n.shared.map((kind) => scene.t(`secret.${kind}`))) })),
  resumeFailed: says('notice.resumeFailed'),
};

/**
 * The release line, one message whatever goes with it. With an intent, what the agent asked the bot to do ("客服让我接着帮你
 * 处理订单。"; enable before a login says the login comes first, dialogs/render.ts leaves that notice out), and as whom the
 * customer is logged in; after an agent wrote, led by "customer service has finished". From the queue, no agent having
 * written, nobody is said to have helped: no colleague could take it, or, an account verified, the bot goes on.
 */
function releaseLine(scene: Scene, n: Extract<Notice, { id: 'agentReleased' }>): string {
  const { t } = scene;
  const whyId = n.intent === undefined ? undefined : scene.notices.some((x) => x.id === 'agentAskedToEnable') ? 'notice.agentAskedToEnable' : handedInId(n.intent);
  const why = whyId && (n.loggedInAs ? t('notice.handedIn.loggedIn', { why: t(whyId), phone: n.loggedInAs }) : t(whyId));
  if (n.notTaken) return why ?? t('notice.agentReleased.notTaken');
  if (n.unanswered) return why ?? (n.loggedInAs ? t('notice.agentReleased.unanswered.loggedIn', { phone: n.loggedInAs }) : t('notice.agentReleased.unanswered'));
  if (why) return t('notice.agentReleased.handedOn', { why });
  return n.loggedInAs ? t('notice.agentReleased.loggedIn', { phone: n.loggedInAs }) : t('notice.agentReleased');
}

/**
 * Answers that say a colleague can help ("说「转人工」就行"): the turn's last message offers that as a button too. Some say
 * it only in one wording: a return refused for a paid or an overdue order (not for one on its way), the FAQs on credit
 * and returns, what a listed order allows (not when the order is gone). The help lists a person among what the bot can do
 * (it follows "不用转人工"), and a person asked for or taken back is no answer of the kind.
 */
const PERSON_TOPICS = new Set<Topic>([
  'disable', 'fees', 'complaint', 'alreadyPaid', 'orderProblem', 'botIdentity', 'whoAsked', 'creditImpact', 'charges', 'notReceived',
  'nothingToReturn', 'optionNotShown', 'returnWithdrawal', 'arrivedInTransit', 'phoneChanged', 'creditWhy', 'creditRetry', 'dueExtension', 'debtDisputed', 'returnStatus', 'deleteData',
  'returnShipping', 'returnPickup', 'realNameDocuments', 'reasonChangeFiled', 'personNeeded', 'technicalProblem', 'orderPaidYet',
  // Whether anyone is there: the bot is, and a person is one tap away.
  'anyoneThere',
  // A colleague cannot hurry a return, but may still be wanted for the rest.
  'returnSpeedUp',
  // An exchange, and the return of a paid order, are a colleague's (or the shop's order page).
  'exchange', 'returnWhyNot',
  // How the shop collects overdue payments: the chat cannot say.
  'collection',
  // No call from the bot: a colleague here in the chat instead.
  'callBack',
  // Raising the limit is not the chat's; how a lender weighs the credit record; the full terms; the fees after "unused".
  'limitRaise', 'limitOver', 'loanImpact', 'terms', 'unusedCost',
]);
const PERSON_FAQS = new Set<Intent>(['credit', 'return']);
const PERSON_WHY_NOT = new Set<MessageId>(['notice.orderActionInvalid.return.paid', 'notice.orderActionInvalid.return.overdue']);
const PERSON_NOTICES = new Set<NoticeId>(['stepNotDoneYet', 'agentAway', 'loginBlocked']);

export function offersPerson(scene: Scene, notice: Notice): boolean {
  switch (notice.id) {
    case 'topic':
      // Who writes, asked away from the login (whose steps keep their own buttons): a bot, and a person on request.
      if (notice.topic === 'loginSafety') return LOGIN_SAFETY_AT[scene.path] === undefined;
      // Paying later but in time is fine: nothing for a colleague to look at.
      if (notice.topic === 'dueExtension' && paidInTimeHere(scene, notice)) return false;
      return PERSON_TOPICS.has(notice.topic) && !disableBeforeOn(scene, notice.topic);
    case 'faq':
      // The credit check passed: nothing for a colleague to look into.
      return PERSON_FAQS.has(notice.topic) && faqAnswer(scene, notice.topic) !== 'faq.credit.passed';
    case 'orderActionInvalid':
      return PERSON_WHY_NOT.has(whyNotId(scene, notice));
    case 'nothingToDo':
      return findOrder(scene, notice.orderId) !== undefined;
    case 'invalidPhone':
      return notice.repeated === true;
    // Nobody took the conversation: a person may be tried again (unless the agent handed a request on instead).
    case 'agentReleased':
      return notice.notTaken === true && notice.intent === undefined;
    default:
      return PERSON_NOTICES.has(notice.id);
  }
}

export function renderNotice(scene: Scene, notice: Notice): Partial<Activity> {
  return (RENDERERS[notice.id] as NoticeRenderer<NoticeId>)(scene, notice);
}
