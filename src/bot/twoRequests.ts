// A message that asks a question and asks for something ("我想开通先用后付，另外问下要手续费吗"): both, the answer first.
import type { Intent } from '../../machines/domain';
import type { DialogueEvent, Topic } from '../../machines/events';
import { foldNumberForms, toSimplified, type Nlu } from '../nlu';
import { findEntities } from '../nlu/entities';
import { isTopic, ORDER_GOALS, understandActivity, type Referents, type Understood } from './understanding';
import { PAYMENT_MEANS } from './understanding/paymentMeans';
import { isFaultReturn } from './understanding/faultReturn';
import { ORDER_ACTION_JOINED, oneOrderThenTheOther, type OrdersInTurn } from './ordersInTurn';
import { problemAsked } from './understanding/returnReason';
import { COMPLAINT_WORDS } from './understanding/topics';
import { languageAskedBeside } from './understanding/conversationRequests';
import { CONSENT_STEPS, FREE_TEXT_STATES, RETURN_STEPS, SHOP_STEPS, TERMS_STEP, WELCOME_STEP } from './understanding/steps';

/** Answers that leave the customer where they are; the topics among them that hold whatever the step or the orders. */
const ANSWER_EVENTS = new Set<DialogueEvent['type']>(['WHAT_IS', 'REQUIREMENTS', 'PLUS', 'REAL_NAME', 'CREDIT']);
const ANSWER_TOPICS = new Set<Topic>([
  'fees', 'charges', 'overdueCredit', 'disable', 'password', 'whyPhone', 'whyCode', 'botIdentity',
  // Whether the chat is the shop's own, why an ID number is not sent here, which number is meant ("你是真的京东客服吗
  // 123456": the code goes on after the answer).
  'loginSafety', 'idNotInChat', 'phoneMeant',
  // Whether a person is needed ("do i need to talk to someone? i want to turn it on": the enabling was lost).
  'personNeeded',
  // What the article does not hold, said with where to look ("之前的订单能改成先用后付吗" in a list of questions).
  'orderSwitch', 'plusTerms', 'plusTrial', 'otherProducts', 'paymentSource', 'returnShipping', 'returnPickup', 'realNameDocuments',
  // Refunds, the inspection period, not confirming receipt ("退货运费谁出啊？钱多久退回来" at the reason step: both answered).
  'refund', 'inspectionPeriod', 'notConfirming',
  // A person asked to hurry the return ("they hurt my ears, can a human approve this faster?": the reason taken, then this).
  'returnSpeedUp',
  // Paying by itself, instalments ("我欠了多少钱 能分期还吗"), the account's number forgotten, another account.
  'autoPay', 'instalments', 'phoneForgotten', 'otherAccount',
  // How long turning it on takes ("需要什么条件 开通要多久": the conditions alone), and a condition said had, which is no
  // question about it ("PLUS我有了, real name怎么弄?" explained how to buy PLUS): at its next step, or away from them.
  'enableTime', 'plusDoneAlready', 'realNameAfterPlus', 'plusSaidActive', 'realNameSaidDone',
  // A penalty for paying late, paying early ("1.逾期怎么办 2.能提前还吗": both answered).
  'overdueCharges', 'earlyPayment',
  // An exchange asked beside a return's reason ("能换货吗？我想换个颜色": where exchanges go, then the reason taken), why an
  // order cannot go back, which goods pay-later can buy.
  'exchange', 'returnWhyNot', 'eligibleGoods',
  // What turning it on gives, asked at the terms beside another question ("开了有什么好处？要手续费吗": the fees were dropped).
  'enableBenefits', 'enableAdvice',
  // The limit raised or a purchase against it, a mortgage, money for having it unused ("额度能提吗？会影响房贷吗").
  'limitRaise', 'limitOver', 'limitWithin', 'loanImpact', 'unusedCost',
  // What it costs, asked at the PLUS step (PLUS's price and pay-later's fees), and where pay-later shows.
  'plusOrPayLaterFees', 'wherePayLater',
  // Personal details' safety, and collection, beside a request ("我想开通 会不会泄露我的信息": the enabling was lost).
  'privacy', 'collection',
  // What the terms say, asked at the terms beside another question ("协议里写了啥？有利息吗": the fees were dropped).
  'terms',
  // The limit, which its answer says or says how to see wherever it is asked ("额度有多少？逾期了会怎样" at the terms got the
  // limit alone).
  'creditLimit',
  // The shop's places the bot sends customers to ("支付管理在哪里 帮我开通": the enabling was lost).
  'placePaymentManagement', 'placeCheckoutPage', 'placeOrderDetails', 'placeAccountSettings',
  // When the money goes and how a due date is set, beside a request ("确认收货就是付款吗？帮我开通": the enabling was lost).
  'payAtConfirm', 'dueDateRule',
  // PLUS lapsed, PLUS's other benefits, a minimum amount ("plus过期了还能用吗？帮我开通").
  'plusLapsed', 'plusOtherBenefits', 'minimumAmount',
]);

/** What a customer asks the bot to do; asked about rather than for ("逾期会怎样？" reads as a paying question), it is no request. */
const REQUESTS = new Set<DialogueEvent['type']>([
  'ENABLE', 'STATUS', 'ORDERS', 'PAY', 'RETURN', 'CHECKOUT',
  // At the order list, an order chosen or named ("我要退耳机，多久能退款" lost the earbuds for the refund question).
  'ORDER_PAY_CHOSEN', 'ORDER_RETURN_CHOSEN', 'ORDER_MENTIONED',
]);

/** An order chosen to pay or to return ("pay for earbuds"): the clearest request a clause can make. */
const ORDER_CHOSEN = new Set<DialogueEvent['type']>(['ORDER_PAY_CHOSEN', 'ORDER_RETURN_CHOSEN']);

/** The answer a step waits for: beside a question, it is the message's request. */
const STEP_ANSWER_REQUESTS: Readonly<Record<string, DialogueEvent['type'] | undefined>> = {
  'flow.purchase.awaitingReturnReason': 'RETURN_REASON_GIVEN',
  'flow.onboarding.login.awaitingPhone': 'PHONE_RECEIVED',
  'flow.onboarding.login.awaitingOtp': 'OTP_RECEIVED',
};

/** What the login leads to, asked for while logging in: the machine answers it and keeps the login (answerWhileLoggingIn). */
const KEPT_WHILE_LOGGING_IN = new Set<DialogueEvent['type']>(['ENABLE', 'STATUS', 'ORDERS', 'PAY', 'RETURN']);

/** Said before enabling that was asked for with the orders: those come after it. */
const ORDERS_AFTER_ENABLING: DialogueEvent = { type: 'TOPIC_ASKED', topic: 'ordersAfterEnabling' };

/**
 * Said beside the rest, they change nothing; any other reading (a no, a person, a phone number) keeps the message whole.
 * Help beside a request is the request ("the agent said u would help. pay for earbuds": the payment was lost).
 */
const ASIDES = new Set<DialogueEvent['type']>(['GREETING', 'THANKS', 'UNCLEAR', 'HELP']);
/**
 * "等等", "wait" said beside the rest ("等等 能换货吗 不想退", "wait, is there any interest or fee? whats the limit?"): a
 * pause in the words, nothing to answer; read as a clause of its own it kept the message whole, a question dropped.
 */
const paused = (event: DialogueEvent): boolean => isTopic(event, 'wait');
const isAside = (event: DialogueEvent): boolean => ASIDES.has(event.type) || paused(event);

/**
 * The number of an item in a list of questions ("1. 怎么开通？2. 条件…", "1、", "2)", "（2）", "③", "一、"): one or two
 * digits, or a Chinese numeral, after no letter, digit or point, not followed by a digit ("¥299.00", "1.5", "13800000001"
 * are no numbers; nor is the 一 of "统一、").
 */
const ITEM_NUMBER = /(?<![\p{L}\p{N}.])(?:[(（]\d{1,2}[)）]|\d{1,2}[.、．)）](?!\d)|[一二三四五六七八九十][、.．])|[①-⑩]/u;
/** A numbered item, or a line of its own: a list ("1.需要什么条件 2.逾期了怎么办 3.转人工", one question a line). */
const LISTED = new RegExp(`\\n|${ITEM_NUMBER.source}`, 'u');
/** The number the first item opens the message with ("1、怎么开通"). */
const FIRST_ITEM = new RegExp(`^\\s*(?:${ITEM_NUMBER.source})\\s*(?=\\S)`, 'u');

/**
 * Where "然后" or "再" follows the first item with no comma ("先告诉我怎么开通然后帮我转人工"): the place the comma would be, so
 * the message reads as with it. 再说 and 再见 close a sentence ("先看看再说"), they start no item. The lookahead comes first: it
 * fails at once almost everywhere, before the lookbehind walks back.
 */
const THEN_UNMARKED = '(?=然后|再(?!说|见))(?<=先(?!用后)[^，,。;；!！?？\\s]+)';

/**
 * Clause ends, and the words that join a second request on ("另外", "顺便问下", "但是", "and also", "and how much…"). Chat
 * often ends a Chinese clause with a space instead ("先用后付是什么 怎么开通" went straight to the login), and numbers a list
 * of questions (ITEM_NUMBER): both end a clause too.
 */
const CLAUSES = new RegExp(
  `[，,。;；!！?？\\n]+|\\.\\s+|(?<=\\p{Script=Han})\\s+(?=\\p{Script=Han})|[:：]?[ \\t]?(?:${ITEM_NUMBER.source})|${THEN_UNMARKED}|另外|顺便|还有|但是|不过|可是|` +
    `\\b(?:and also|also|by the way|btw|but)\\b|\\band (?=how|what|when|where|why|is|are|do|does|can|will)\\b`,
  'iu',
);
/** Enough for a short list of questions; a longer message is read whole (each clause costs a reading of its own). */
const MAX_CLAUSES = 8;

/** Questions about doing something ("逾期会怎样" reads as paying asked about): their answer alone, where the customer is. */
const ASKED_ABOUT: Partial<Record<DialogueEvent['type'], Intent>> = { PAY: 'pay', RETURN: 'return', CHECKOUT: 'checkout' };

/** Where the orders are at hand (the list), a question about them answered in place: where goods on their way are. */
const ORDER_ANSWER_TOPICS = new Set<Topic>(['delivery']);

/** A clause's reading as an answer that leaves the customer where they are, or undefined. */
function answerOf(event: DialogueEvent, ordersAtHand = false): DialogueEvent | undefined {
  if (ANSWER_EVENTS.has(event.type) || (event.type === 'TOPIC_ASKED' && ANSWER_TOPICS.has(event.topic))) return event;
  if (ordersAtHand && event.type === 'TOPIC_ASKED' && ORDER_ANSWER_TOPICS.has(event.topic)) return event;
  const topic = ASKED_ABOUT[event.type];
  return topic && 'question' in event && event.question ? { type: 'FAQ_ASKED', topic } : undefined;
}
const isAnswer = (event: DialogueEvent | undefined, ordersAtHand = false): boolean =>
  event !== undefined && answerOf(event, ordersAtHand) !== undefined;
/**
 * Asked about paying, returns or checkout, the words want the answer; asked about anything else they want it done: "怎么开通"
 * is enabling, "我欠了多少钱" the orders (which show what is owed), as the dialogue takes them alone.
 */
const isRequest = (event: DialogueEvent | undefined): boolean =>
  event !== undefined && REQUESTS.has(event.type) && !(event.type in ASKED_ABOUT && 'question' in event && event.question);

/** Requests asked about ("怎么开通") whose how-to is an answer of its own (the steps it takes). */
const HOW_TO: Partial<Record<DialogueEvent['type'], Intent>> = { ENABLE: 'enable' };
/** How a request asked about is done, or undefined (asked for, or no how-to of its own). */
function howItIsDone(event: DialogueEvent): DialogueEvent | undefined {
  const topic = HOW_TO[event.type];
  return topic && 'question' in event && event.question ? { type: 'FAQ_ASKED', topic } : undefined;
}

/** Asking to be told how ("先告诉我怎么开通", "tell me how to turn it on"): the how-to asked about, though no 怎么 opens it. */
const TELL_ME_HOW = /(?:告诉|教教?|跟|给)我\S{0,4}?(?:怎么|咋|如何)|\btell me how\b/i;
/** A clause asking to be told how a request is done reads as that request asked about. */
const askedHow = (clause: string, event: DialogueEvent): DialogueEvent =>
  event.type in HOW_TO && !('question' in event && event.question) && TELL_ME_HOW.test(clause) ? ({ ...event, question: true } as DialogueEvent) : event;

/**
 * The items said in their order ("先告诉我怎么开通，然后帮我转人工", "first … then …"): a list too, the first answered first,
 * so that a person asked for after a question is one item among them, as in a numbered list. (The 先 of 先用后付 orders nothing.)
 */
const IN_ORDER = new RegExp(`先(?!用后).+[，,。\\s]\\s*(?:然后|再|之后|接着)|${THEN_UNMARKED}|\\bfirst\\b.+\\bthen\\b`, 'iu');

/** Requests that lead to the order list, where the orders are shown anyway: beside one of them, "the orders" asks nothing more. */
const LEADS_TO_THE_LIST = new Set<DialogueEvent['type']>(['PAY', 'RETURN']);
/** The conditions one by one ("是不是要PLUS会员"): beside the conditions' answer, which names each, it is answered. */
const CONDITIONS = new Set<DialogueEvent['type']>(['PLUS', 'REAL_NAME', 'CREDIT']);

export interface UnderstoodRequests extends Understood {
  /** Answered before `event`: the question said beside the request. */
  answersFirst?: DialogueEvent[];
  /**
   * The words of the request without the questions answered beside it, nor a request it took in ("…想确认收货付款，另外还有
   * 个订单一直没到"): what chooses the order once the list is there (the whole message read there as goods not received).
   */
  requestWords?: string;
  /** A second order's request said with the first: its words, for once the first is done (src/bot/ordersInTurn.ts). */
  nextRequestWords?: string;
  /**
   * A phone number typed with words ("13800000005 我要退耳机"): the words beside it, found once. They give the login its goal
   * (withPhoneGoal), and the list that login leads to reads them again (src/bot/dialogueTurn.ts pendingOrderWords).
   */
  phoneWords?: string;
}

/**
 * One event a turn answered one of the two ("我想开通，另外要手续费吗" got the fees and no enabling). When the message
 * reads as one of them and its clauses read as exactly one request and one or more such questions, the questions are
 * answered and the request goes ahead. Where a reason is typed, the reason is the request ("左耳没声音，多久能退款": the
 * answer, then the reason is taken). Where a yes pays or turns pay-later on, the whole message keeps its one reading, but
 * for the limit asked beside the terms' yes (yesWithTheLimit).
 */
export function understandRequests(nlu: Nlu, text: string | undefined, value: unknown, statePath: string, referents: Referents): UnderstoodRequests {
  // A language asked for beside the rest ("我想开通, reply in English please"): the rest is read, answered in that language.
  const language = value === undefined && text !== undefined ? languageAskedBeside(text) : undefined;
  if (language) {
    const rest = understandRequests(nlu, language.rest, value, statePath, referents);
    const clear = rest.event !== undefined && rest.event.type !== 'UNCLEAR';
    return { ...(clear ? rest : { event: { type: 'TOPIC_ASKED', topic: 'languageSwitched' } }), language: language.locale, languageAsked: true };
  }
  const understood = readRequests(nlu, text, value, statePath, referents);
  if (!statePath.startsWith('flow.')) return understood;
  return withAngerAcknowledged(understood.paymentMeans ? withPaymentMeans(understood) : understood, text, value);
}

const REQUEST_UPSET: DialogueEvent = { type: 'TOPIC_ASKED', topic: 'requestUpset' };
/** A worry asked ("不会是骗人的吧"), no anger at all: as understanding.ts tells it from a complaint. */
const WORRIED = /^(?:不会|该不会|应该不会|别是)|会不会/;

/**
 * "你们这破系统 垃圾 快点给我开通！！" went ahead without a word on the anger: a request said with a complaint's words (the
 * ones a complaint alone is read by) gets a line of regret before it is done. A complaint read as the message, or a person
 * asked for, has an answer of its own.
 */
function withAngerAcknowledged(understood: UnderstoodRequests, text: string | undefined, value: unknown): UnderstoodRequests {
  if (value !== undefined || text === undefined || !isRequest(understood.event)) return understood;
  const words = toSimplified(text.trim());
  if (!COMPLAINT_WORDS.test(words) || WORRIED.test(words) || understood.answersFirst?.some((answer) => isTopic(answer, 'complaint'))) return understood;
  return { ...understood, answersFirst: [REQUEST_UPSET, ...(understood.answersFirst ?? [])] };
}

/** Beside a means of payment, readings that ask nothing more than whether it can be used ("可以用花呗吗" reads as 可以付款吗). */
const ABOUT_THE_MEANS = new Set<DialogueEvent['type']>(['UNCLEAR', 'OUT_OF_SCOPE', 'AFFIRM', 'DENY', 'HELP']);

/**
 * "用微信付款" went straight to the payment's confirmation without a word on the means: the chat cannot choose one. That is
 * said before a request the words make (the payment goes on as asked); asked about ("能用支付宝付吗"), it is the answer,
 * the step kept. Anything else said with it (a person, a card number) is left as it is.
 */
function withPaymentMeans(understood: UnderstoodRequests): UnderstoodRequests {
  const { event } = understood;
  if (isRequest(event)) return { ...understood, answersFirst: [PAYMENT_MEANS, ...(understood.answersFirst ?? [])] };
  const asked = event === undefined || ABOUT_THE_MEANS.has(event.type) || ('question' in event && event.question === true);
  return asked ? { ...understood, event: PAYMENT_MEANS, answersFirst: undefined } : understood;
}

/**
 * A clause that only opens the message ("在吗", "客服你好", "我想问几个问题", "请问"): an aside, known without reading it
 * (each reading costs a classification and the readings' patterns).
 */
const OPENING =
  /^(?:在吗|在不在|你好|您好|客服(?:你好|您好)?|亲|hi|hello|hey|请问|(?:我)?(?:想|有|要)?(?:问|咨询)(?:一下|下)?(?:几个|一些|[两三四五]个|个)?问题)[啊呀哈呢吗么~～]*$/i;

/**
 * "在哪里", "在哪找" alone after a clause: where the thing that clause named is ("什么叫结算页 在哪里": read alone, the where
 * was the real-name answer). It goes with the clause before it.
 */
const WHERE_ONLY = /^(?:那|那个)?(?:在|到)?(?:哪里|哪儿|哪|什么地方)(?:能|可以)?(?:找|看|进|打开)?(?:得?到)?(?:呢|啊|呀)?$/;

/**
 * A clause that ends as a condition ("确认收货的话", "付款的时候"): the question after it is asked under it ("确认收货的话 钱是马上扣吗"
 * read "确认收货的话" alone as paying). It goes with the clause after it.
 */
const CONDITION_ONLY = /(?:的话|的时候)$/;

/** The message's clauses but its openings, when it has several and not too many to read one by one. */
function clausesOf(text: string): string[] | undefined {
  const clauses = text
    .split(CLAUSES)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '' && !OPENING.test(clause))
    .reduce<string[]>((joined, clause) => {
      const previous = joined.at(-1);
      const goesWith = previous !== undefined && (WHERE_ONLY.test(clause) || CONDITION_ONLY.test(previous));
      return goesWith ? [...joined.slice(0, -1), `${previous} ${clause}`] : [...joined, clause];
    }, []);
  return clauses.length < 2 || clauses.length > MAX_CLAUSES ? undefined : clauses;
}

/** A clause with its reading. */
type ClauseRead = { clause: string; event: DialogueEvent };

/**
 * The clauses read one by one (a request asked how to do read as asked about: askedHow), none that reads as nothing.
 * Undefined at the first reading not `placed`: the message is kept whole, and the clauses after it need no reading.
 */
function readClauses(nlu: Nlu, clauses: string[], statePath: string, referents: Referents, placed: (event: DialogueEvent) => boolean): ClauseRead[] | undefined {
  const read: ClauseRead[] = [];
  for (const clause of clauses) {
    const reading = understandActivity(nlu, clause, undefined, statePath, referents).event;
    if (reading === undefined) continue;
    const event = askedHow(clause, reading);
    if (!placed(event)) return undefined;
    read.push(...eitherAsked(nlu, clause, event, statePath, referents));
  }
  return read;
}

/** What a topic is a question about, where a side of an "or" may ask about it in general words. */
const TOPIC_SUBJECTS: Partial<Record<Topic, DialogueEvent['type']>> = { payAtConfirm: 'PAY', dueDateRule: 'PAY' };

/** Where a clause may join two questions ("does it cost money or hurt my credit score", "要钱吗还是会影响征信"). */
const EITHER = /\s+or\s+|还是|或者|或是/i;

/** The clauses (clausesOf); one alone where it may join two questions ("does it cost anything or affect my credit?"). */
const questionClausesOf = (text: string): string[] | undefined => clausesOf(text) ?? (EITHER.test(text) ? [text] : undefined);

/**
 * A question clause that joins two questions by "or" read as one of them ("does it cost money or hurt my credit score?" got
 * the fees alone): each side read as a question of its own, with an answer of its own, is each answered. Otherwise (one
 * question worded two ways, "any interest or fee", or a side that asks nothing) the clause keeps its one reading.
 */
function eitherAsked(nlu: Nlu, clause: string, event: DialogueEvent, statePath: string, referents: Referents): ClauseRead[] {
  const at = EITHER.exec(clause);
  if (at === null || !isAnswer(event)) return [{ clause, event }];
  const sides = [clause.slice(0, at.index), clause.slice(at.index + at[0].length)].map((side) => side.trim());
  const [first, second] = sides.map((side) => (side === '' ? undefined : understandActivity(nlu, side, undefined, statePath, referents).event));
  const two = first !== undefined && second !== undefined && isAnswer(first) && isAnswer(second) && answerKey(first) !== answerKey(second);
  // A topic read in the whole and in one side, the other side asking about its subject in general ("do I pay on the due
  // date or when I confirm?": "when I confirm?" alone is how paying works): one question, the topic answers it.
  const subject = event.type === 'TOPIC_ASKED' ? TOPIC_SUBJECTS[event.topic] : undefined;
  const oneTopic =
    subject !== undefined &&
    [first, second].some((side) => side !== undefined && answerKey(side) === answerKey(event)) &&
    [first, second].some((side) => side?.type === subject && 'question' in side && side.question === true);
  return two && !oneTopic ? [{ clause: sides[0], event: first }, { clause: sides[1], event: second }] : [{ clause, event }];
}

/** Beside the terms' yes and the limit asked, words that change nothing. */
const BESIDE_THE_YES = new Set<DialogueEvent['type']>(['AFFIRM', 'GREETING', 'THANKS']);

/**
 * At the terms, the step's own yes with the limit asked beside it ("行 那就开吧 顺便问下额度多少"; it got "no limit before it
 * is on" and the terms again): the yes is taken, and the "it is on" reply says the limit, which is only set then. Any other
 * question beside a yes keeps the message whole, as at a payment: it may bear on the consent ("同意，另外要手续费吗").
 */
function yesWithTheLimit(nlu: Nlu, text: string, referents: Referents, whole: Understood): Understood {
  if (!isTopic(whole.event, 'creditLimit') && !isTopic(whole.event, 'hesitantYes')) return whole;
  const clauses = clausesOf(text);
  if (clauses === undefined) return whole;
  const events = clauses.map((clause) => understandActivity(nlu, clause, undefined, TERMS_STEP, referents).event);
  const yes = events.find((event) => event?.type === 'AFFIRM');
  const limitAsked = events.some((event) => isTopic(event, 'creditLimit'));
  const nothingElse = events.every((event) => event !== undefined && (BESIDE_THE_YES.has(event.type) || isTopic(event, 'creditLimit')));
  return yes && limitAsked && nothingElse ? { ...whole, event: yes } : whole;
}

/** An answer's identity: asked about or asked for ("怎么认证" and "要身份证吗" at the real-name step), it says the same. */
const answerKey = (answer: DialogueEvent): string => JSON.stringify({ ...answer, question: undefined });

/**
 * Each answer once ("怎么认证 要身份证吗" got the real-name answer twice); a condition asked beside the conditions' answer,
 * which names each, is answered by it.
 */
function distinctAnswers(answers: DialogueEvent[]): DialogueEvent[] {
  const conditionsAnswered = answers.some((answer) => answer.type === 'REQUIREMENTS');
  return answers.filter(
    (answer, i) =>
      answers.findIndex((other) => answerKey(other) === answerKey(answer)) === i && !(conditionsAnswered && CONDITIONS.has(answer.type)),
  );
}

/** Beside questions at a consent step, words that change nothing. */
const BESIDE_THE_QUESTIONS = new Set<DialogueEvent['type']>(['GREETING', 'THANKS']);

/**
 * Where a yes pays, files a return or turns pay-later on, questions and nothing else ("is there interest? and when do i
 * have to pay" at the terms got the fees alone): each is answered, the step kept. Any other clause (a yes, a no, words not
 * placed) keeps the message its one careful reading: it may bear on the consent ("同意，另外要手续费吗").
 */
function questionsOnly(nlu: Nlu, text: string, statePath: string, referents: Referents, whole: UnderstoodRequests): UnderstoodRequests {
  if (!isAnswer(whole.event)) return whole;
  const clauses = questionClausesOf(text);
  const ordersAtHand = referents.orders !== undefined && statePath.startsWith('flow.purchase.');
  const placed = (event: DialogueEvent) => BESIDE_THE_QUESTIONS.has(event.type) || paused(event) || isAnswer(event, ordersAtHand);
  const read = clauses && readClauses(nlu, clauses, statePath, referents, placed);
  if (read === undefined) return whole;
  const distinct = distinctAnswers(read.flatMap(({ event }) => answerOf(event, ordersAtHand) ?? []));
  return distinct.length < 2 ? whole : { ...whole, event: distinct.at(-1), answersFirst: distinct.slice(0, -1) };
}

/**
 * A return taken back with a question beside it ("我不想退了，运费谁出？" at its reason step or its confirmation): the return
 * was taken back and the question dropped. When the clauses are the taking back (the 不退了 button's DENY) and questions
 * the answers hold, the answers come first, then the return is taken back. Any other clause keeps the message whole.
 */
function withdrawalWithQuestions(nlu: Nlu, text: string, statePath: string, referents: Referents, whole: UnderstoodRequests): UnderstoodRequests {
  const clauses = clausesOf(text);
  const ordersAtHand = referents.orders !== undefined;
  const placed = (event: DialogueEvent) => isAside(event) || event.type === 'DENY' || isAnswer(event, ordersAtHand);
  const read = clauses && readClauses(nlu, clauses, statePath, referents, placed);
  if (read === undefined) return whole;
  const withdrawn = read.some(({ event }) => event.type === 'DENY');
  const distinct = distinctAnswers(read.flatMap(({ event }) => answerOf(event, ordersAtHand) ?? []));
  return withdrawn && distinct.length > 0 ? { ...whole, answersFirst: distinct } : whole;
}

/** The message without the numbers it opens with ("1、怎么开通" is "怎么开通"). */
function withoutOpeningNumbers(text: string): string {
  const unnumbered = text.replace(FIRST_ITEM, '');
  return unnumbered === text ? text : withoutOpeningNumbers(unnumbered);
}

function readRequests(nlu: Nlu, text: string | undefined, value: unknown, statePath: string, referents: Referents): UnderstoodRequests {
  // In the dialogue's flow only: a clarifying question or a person waits for its own answer.
  if (value !== undefined || text === undefined || !statePath.startsWith('flow.')) {
    return withPhoneWords(understandActivity(nlu, text, value, statePath, referents), text);
  }
  // "1、怎么开通" read as enabling asked for: the number hid the 怎么 that asks. A numbered message is read from its first
  // item's words (the other items are split below), the number dropped before any reading (each reading costs a
  // classification). Where a yes consents the message keeps its one careful reading; a return's reason is kept as typed.
  const numbersKept = CONSENT_STEPS.has(statePath) || FREE_TEXT_STATES.has(statePath);
  return readTyped(nlu, numbersKept ? text : withoutOpeningNumbers(text), statePath, referents);
}

/** A reading that is a phone number, with the words typed beside it (UnderstoodRequests.phoneWords). */
function withPhoneWords(read: Understood, text: string | undefined): UnderstoodRequests {
  if (read.event?.type !== 'PHONE_RECEIVED' || text === undefined) return read;
  return { ...read, phoneWords: findEntities(foldNumberForms(text)).rest.trim() };
}

/**
 * A phone number said with a request for the orders and a question ("我手机号是138…，帮我看看订单，顺便问下逾期了怎么办"):
 * read whole, the question hid the request (the login led to the status card, the question unanswered). The words beside
 * the number, read clause by clause as they are without one (at a login step, as at the welcome), give the login its
 * goal; once the list is there it reads them again and answers the question with the orders known (src/bot/dialogueTurn.ts).
 */
function withPhoneGoal(nlu: Nlu, statePath: string, referents: Referents, whole: UnderstoodRequests): UnderstoodRequests {
  const phone = whole.event;
  if (phone?.type !== 'PHONE_RECEIVED' || phone.goal !== undefined) return whole;
  const rest = whole.phoneWords ?? '';
  const at = STEP_ANSWER_REQUESTS[statePath] === undefined ? statePath : WELCOME_STEP;
  const request = rest === '' ? undefined : readTyped(nlu, rest, at, referents).event;
  const goal = request && !('question' in request && request.question) ? ORDER_GOALS[request.type] : undefined;
  return goal ? { ...whole, event: { ...phone, goal } } : whole;
}

/**
 * Two orders' requests joined by a plain "and" ("pay for my earbuds and return the rice cooker": read whole, it was not
 * understood, while "…and also…" went one then the other): split there, they go in turn when each names its own order and
 * nothing but asides is said beside them. Any other reading of the parts keeps the message as it was read before.
 */
function ordersJoinedByAnd(nlu: Nlu, text: string, statePath: string, referents: Referents): OrdersInTurn | undefined {
  if (!ORDER_ACTION_JOINED.test(text)) return undefined;
  const clauses = clausesOf(text.split(ORDER_ACTION_JOINED).join(', '));
  const read = clauses && readClauses(nlu, clauses, statePath, referents, (event) => ASIDES.has(event.type) || isRequest(event));
  if (read === undefined) return undefined;
  return oneOrderThenTheOther(read, read.map(({ event }) => event).filter((event) => !ASIDES.has(event.type)), referents.orders);
}

/**
 * A shop-page step said done or paid for, with a person asked for in a clause of its own ("我付了钱但是页面卡住了 到底开成功没有
 * 我要找人" at the PLUS step): read whole it was the claim, checked, and the customer told to say 转人工 to have the payment
 * looked at. The person is what was asked for; said paid, told it is that payment (`paid`). Only a message read as such a
 * claim is read clause by clause here: the others keep their reading without the cost. In a list the person is one item.
 */
function personBesideClaim(nlu: Nlu, text: string, statePath: string, referents: Referents, whole: UnderstoodRequests, listed: boolean): UnderstoodRequests | undefined {
  const claim = whole.event;
  if (claim?.type !== 'AFFIRM' || SHOP_STEPS[statePath] === undefined || listed) return undefined;
  const clauses = clausesOf(text);
  const read = clauses && readClauses(nlu, clauses, statePath, referents, () => true);
  const person = read?.find(({ event }) => event.type === 'HUMAN')?.event;
  if (person === undefined) return undefined;
  // A complaint lodged keeps its own reason; any other person asked for hears of the payment said made.
  return { ...whole, event: 'complaint' in person || !('paid' in claim) ? person : { type: 'HUMAN', paid: true } };
}

/** Typed words in the dialogue's flow: read whole, then clause by clause where they may hold more than one thing. */
function readTyped(nlu: Nlu, text: string, statePath: string, referents: Referents): UnderstoodRequests {
  const whole = withPhoneWords(understandActivity(nlu, text, undefined, statePath, referents), text);
  const withTheLimit = statePath === TERMS_STEP ? yesWithTheLimit(nlu, text, referents, whole) : whole;
  if (withTheLimit !== whole) return withTheLimit;
  if (RETURN_STEPS.has(statePath) && whole.event?.type === 'DENY') return withdrawalWithQuestions(nlu, text, statePath, referents, whole);
  if (CONSENT_STEPS.has(statePath)) return questionsOnly(nlu, text, statePath, referents, whole);
  const withGoal = withPhoneGoal(nlu, statePath, referents, whole);
  if (withGoal !== whole) return withGoal;
  // Where the step waits for a reason, a phone number or a code, that answer is the request ("13800000004，逾期会怎样").
  // In a list a person asked for is one item among the others, answered first ("1.需要什么条件 2.逾期了怎么办 3.转人工" was
  // handed over with none answered); said in a sentence ("手续费多少 我要转人工"), the question goes to the person with it.
  const stepAnswer = STEP_ANSWER_REQUESTS[statePath];
  const listed = LISTED.test(text) || IN_ORDER.test(text);
  const isRequestHere = (event: DialogueEvent | undefined): boolean =>
    stepAnswer !== undefined ? event?.type === stepAnswer : isRequest(event) || (listed && event?.type === 'HUMAN');
  const ordersAtHand = referents.orders !== undefined && statePath.startsWith('flow.purchase.');
  // While logging in, what the login leads to asked for ("额度有多少" read as the status, "我要开通") is answered there and the
  // login kept (the machine's answerWhileLoggingIn): beside a question, one answer among them ("额度有多少？逾期了会怎样" at
  // the phone step got the late payment alone). Beside the number or the code itself the message is read whole, as before.
  const loggingIn = stepAnswer === 'PHONE_RECEIVED' || stepAnswer === 'OTP_RECEIVED';
  const keptWhileLoggingIn = (event: DialogueEvent): DialogueEvent | undefined =>
    loggingIn && KEPT_WHILE_LOGGING_IN.has(event.type) ? event : undefined;
  const answerHere = (event: DialogueEvent): DialogueEvent | undefined => answerOf(event, ordersAtHand) ?? keptWhileLoggingIn(event);
  const isAnswerHere = (event: DialogueEvent | undefined): boolean => event !== undefined && answerHere(event) !== undefined;
  const person = personBesideClaim(nlu, text, statePath, referents, whole, listed);
  if (person) return person;
  // Read as a question the classifier could not place ("查下我的订单，另外先用后付是什么"), its clauses may each be clear; so
  // may two orders named ("帮我把耳机付了 顺便看看电饭煲到哪了": one to pay, one asked about).
  const twoOrders = whole.event?.type === 'TOPIC_ASKED' && whole.event.topic === 'oneOrderAtATime';
  if (!isAnswerHere(whole.event) && !isRequestHere(whole.event) && whole.event?.type !== 'UNCLEAR' && !twoOrders) return whole;
  // PLUS cancelled or refunded asked beside its price ("plus会员多少钱一年啊？开了能退吗"): the 退 is PLUS's, named in the
  // clause before (alone, "开了能退吗" got the goods' return answer); the one answer says where both are.
  if (isTopic(whole.event, 'plusTerms')) return whole;
  // So is PLUS lapsed, or its other benefits, with the question about pay-later in a clause of its own ("my PLUS expired, can
  // I still use pay later?": the conditions came too): the one answer is about pay-later with that PLUS.
  if (isTopic(whole.event, 'plusLapsed') || isTopic(whole.event, 'plusOtherBenefits')) return whole;
  // A problem with the goods asked about at the reason step ("充不进电，这正常吗？") is the reason, whole: its asking part, read
  // alone, got the returns' answer before the confirmation.
  if (whole.event?.type === 'RETURN_REASON_GIVEN' && FREE_TEXT_STATES.has(statePath) && problemAsked(text) !== undefined) return whole;
  // Read whole as a return already answered yes to ("电饭煲不想要了，可以退吗": the clause "可以退吗" alone got the general
  // returns' answer), or as a return whose reason is an exchange wished for ("耳机想换个颜色 退了吧": the clauses alone were
  // the exchange answer and a return of no order, the earbuds and the reason lost): that reading.
  const returnAsked = whole.event?.type === 'ORDER_RETURN_CHOSEN' || whole.event?.type === 'RETURN';
  const keptWhole = (answer: DialogueEvent) => isTopic(answer, 'returnPossible') || (returnAsked && isTopic(answer, 'exchange'));
  if (isFaultReturn(text, whole.event) || whole.answersFirst?.some(keptWhole)) return whole;
  const joined = stepAnswer === undefined ? ordersJoinedByAnd(nlu, text, statePath, referents) : undefined;
  if (joined) return { ...whole, ...joined };
  const clauses = questionClausesOf(text);
  // Any other reading (a no, a person, a phone number) keeps the message whole.
  const placed = (event: DialogueEvent) => isAside(event) || isRequestHere(event) || isAnswerHere(event);
  const read = clauses && readClauses(nlu, clauses, statePath, referents, placed);
  if (read === undefined) return whole;
  const events = read.map(({ event }) => event);
  const stepAnswered = events.some((event) => event.type === stepAnswer);
  if (stepAnswered && events.some((event) => answerOf(event, ordersAtHand) === undefined && keptWhileLoggingIn(event))) return whole;
  // Beside a person asked for in a list, enabling asked about is answered how it goes ("1.怎么开通 2.转人工" was handed over,
  // the how-to unanswered, as two requests): the person comes last and takes it from there.
  const personListed = listed && stepAnswer === undefined && events.some((event) => event.type === 'HUMAN');
  const answeredBesideThePerson = (event: DialogueEvent): DialogueEvent | undefined => (personListed ? howItIsDone(event) : undefined);
  // Beside another question ("怎么开通？要钱吗？", "1、怎么开通 2、要钱吗"), it is answered too, in its place among them (the
  // fees came, then the login, the steps never said); the login goes on after. Not once pay-later is on: nothing to enable.
  const otherQuestions = events.some((event) => !isRequestHere(event) && isAnswer(event, ordersAtHand));
  const howToToo = otherQuestions && stepAnswer === undefined && referents.account?.payLater.enabled !== true;
  const howToAnswered = (event: DialogueEvent): DialogueEvent | undefined =>
    answeredBesideThePerson(event) ?? (howToToo ? howItIsDone(event) : undefined);
  const said = events.filter((event) => isRequestHere(event) && answeredBesideThePerson(event) === undefined);
  // "想确认收货付款，另外还有个订单一直没到": a payment or a return shows the orders anyway.
  const toTheList = said.filter((event) => LEADS_TO_THE_LIST.has(event.type));
  const takenIn = toTheList.length === 1 ? said.filter((event) => event.type === 'ORDERS') : [];
  const requests = said.filter((event) => !takenIn.includes(event));
  const answers = events.flatMap(
    (event) => howToAnswered(event) ?? (isRequestHere(event) ? [] : (answerHere(event) ?? [])),
  );
  const distinct = distinctAnswers(answers);
  // Enabling and the orders ("我想开通先用后付，顺便看看我的订单"), two requests, asked back which one: a turn goes one way, so
  // enabling goes on, and the orders are named for after it. With pay-later on already, the orders are what is left.
  const enabling = requests.find((event) => event.type === 'ENABLE');
  const orders = requests.find((event) => event.type === 'ORDERS');
  if (enabling && orders && requests.length === 2) {
    const on = referents.account?.payLater.enabled === true;
    const first = on ? distinct : [...distinct, ORDERS_AFTER_ENABLING];
    return { ...whole, event: on ? orders : enabling, ...(first.length > 0 ? { answersFirst: first } : {}) };
  }
  // Nothing answered beside it, an order chosen in so many words by the last clause ("who r u? the agent said u would help.
  // pay for earbuds": read whole, it was a question about paying) is the message's request: what comes before is an aside.
  // Read whole as the choice already, the message keeps that reading (with the reason it may carry).
  const lastChoosesAnOrder =
    requests.length === 1 && read.at(-1)?.event === requests[0] && ORDER_CHOSEN.has(requests[0].type) && !ORDER_CHOSEN.has(whole.event?.type ?? 'UNCLEAR');
  // Two orders' requests before their list ("pay for my earbuds and also return the rice cooker"): one, then the other.
  const inTurn = oneOrderThenTheOther(read, requests, referents.orders);
  if (inTurn) return { ...whole, ...inTurn, answersFirst: [...distinct, ...inTurn.answersFirst] };
  if (requests.length > 1 || (distinct.length === 0 && !lastChoosesAnOrder)) return whole;
  // Two questions and no request ("先用后付是啥？要什么条件"): both answered, the last as the message's event.
  if (requests.length === 0) return distinct.length < 2 ? whole : { ...whole, event: distinct.at(-1), answersFirst: distinct.slice(0, -1) };
  const requestWords = read
    .filter(({ event }) => event === requests[0] || ASIDES.has(event.type))
    .map(({ clause }) => clause)
    .join('，');
  return { ...whole, event: requests[0], answersFirst: distinct, requestWords };
}
