// Turns a customer's activity into the one dialogue event it means: a button, a value, an intent, or a question back.
import type { DialogueEvent, SecretKind, Topic } from '../../machines/events';
import { intentEventType, SECRET_KINDS } from '../../machines/events';
import { buttonStep, buttonValueSchema, STEP_BOUND_EVENTS } from '../../dialogs/buttonValue';
import type { Locale } from '../../dialogs/locale';
import { detectLanguage, foldNumberForms, toSimplified, type Nlu } from '../nlu';
import { findEntities } from '../nlu/entities';
import {
  actionAfterYes, actionNamed, brokenGoods, GOODS_NAMED, onlyChoice, orderNamed, plainAction, returnsAnotherOrder, orderEventFromWords, unwantedGoods,
  yesToGoal,
} from './orderMention';
import { bare } from './understanding/bareWords';
import { ACKNOWLEDGED, BARE_OK, BARE_YES, LAUGHTER, QUESTION_COMING, SOMETHING_WRONG, STILL_THERE } from './understanding/courtesies';
import { okSpelledCasually, withOkSpelledOut } from './understanding/okSpellings';
import { loginQuestion } from './understanding/loginQuestions';
import { idInChatAsked, loginSafetyAsked, privacyWorried } from './understanding/safetyWorries';
import { familyAsked } from './understanding/familyAccount';
import {
  BACK_WORDS, changeOfMind, ENABLE_AFTER_ALL, enableTakenUp, onboardingTakenUp, ORDER_LEFT_AS_IS, otherOrder, returnTakenUp, returnWithdrawn,
} from './understanding/changeOfMind';
import { holdsCardNumber, typesPassword } from './mask';
import {
  ACCEPT_WORDS, ASKS, BARE_DIGIT, CONSENTING, PLAIN_YES, REFUSAL, saysNo, STEP_DONE_ALREADY, TERMS_WORDS, trailsOff, UNSURE_YES,
  withoutAsides,
} from './understanding/consent';
import {
  BEWILDERED, BOT_IDENTITY, CONFUSED, WHO_ASKED, LANGUAGE_REQUESTS, LETS_START, LOGIN_TO_CHECK, LOGIN_WORDS, LOGOUT_NOT, LOGOUT_WORDS, MAX_LOGOUT_LENGTH, NOT_FOLLOWED, WHAT_NOW, WHERE_WE_WERE, BACK_AGAIN,
} from './understanding/conversationRequests';
import {
  asksAmountDue, asksCreditImpact, asksOwnDueDate, asksDueOnArrival, asksReturnProgress, asksReturnProgressUnseen, asksReturnWithdrawal, creditTopic,
  disputesDebt, DUE_ASKED, ORDER_DONE_YET, orderTopic, otherOrderOnItsWay, PAID_YET, toldOfOwing, WHERE_IS_IT,
} from './understanding/orderQuestions';
import { creditNowAsked, creditRefusalQuestion, creditRetryAsked } from './understanding/creditRefusal';
import { meansQuestion, PAYMENT_MEANS, withoutPaymentMeans } from './understanding/paymentMeans';
import {
  ANYONE_THERE, CAN_I_USE, DELETE_DATA, forClassifier, NEWCOMER, NO_WORDS, PERSON_LAST_CLAUSE, UNSEEN_AT_CHECKOUT, withNameFixed,
} from './understanding/generalReadings';
import { emojiMood } from './understanding/emojiMoods';
import { onboardingAsk } from './understanding/onboardingAsks';
import { overdueAsked, overdueDisputed, overdueWorried, stillInTimeAsked } from './understanding/overdueQuestions';
import { everydayQuestion, namesInEnglish } from './understanding/everydayQuestions';
import { casualEnglish, withNameSpaced } from './understanding/casualEnglish';
import { EMAIL, mistypedPhoneDigits, offersPhone, ORDER_NUMBER_GIVEN } from './understanding/phoneOffer';
import { QUESTION } from './understanding/questions';
import type { Referents } from './understanding/referents';
import {
  ASKING_TOPICS, asksAtReason, CANCEL_WORDS, CONTROL_INTENTS, correctedReason, faultyAtPayment, NOT_A_REASON_CONFIDENCE, notAReason,
  problemAsked, QUESTION_INTENTS, reasonCalledWrong, reasonChangeAsked, reasonEvent, returnWithReason, saysWhatIsWrong, somethingCalledWrong,
  unwantedAtConfirmation, unwantedAtPayment, withoutUpset, withReasonPlain, wondersInAStatement,
} from './understanding/returnReason';
import { LOOKING_YES, RETRIED_BY, stepEvent } from './understanding/stepAnswers';
import { otherDoneWhyThis, whyTheStep } from './understanding/stepWhy';
import { plusCostWeighed } from './understanding/plusCost';
import { plusPaidSaid } from './understanding/plusPaid';
import { chargesAskedAtPlus } from './understanding/plusStepFees';
import { payLaterWhereAsked } from './understanding/wherePayLater';
import { placeAsked } from './understanding/placesAsked';
import { enableBenefitsAsked } from './understanding/enableBenefits';
import { limitQuestion } from './understanding/limitQuestions';
import { loanImpactAsked } from './understanding/loanImpact';
import { unusedCostAsked } from './understanding/unusedCost';
import { returnSpeedUpAsked } from './understanding/returnSpeedUp';
import { tryBeforePayingAsked } from './understanding/tryBeforePaying';
import { faultAtList, faultReturnAtList, faultReturnAway, unwantedReturnAtList, unwantedReturnAway } from './understanding/faultReturn';
import { actionDeclined, actionInstead, declinedEvent, refuses, unrefusedAction } from './understanding/declinedAction';
import { payingSaidWarmly } from './understanding/payingSaidWarmly';
import { payingLaterAsked } from './understanding/payingLater';
import { howToPayAsked } from './understanding/howToPay';
import { callBackAsked } from './understanding/callBack';
import { realNameHowAsked } from './understanding/realNameHow';
import { conditionHeld } from './understanding/conditionsHeld';
import {
  CONSENT_STEPS, CREDIT_REFUSED_STEP, FREE_TEXT_STATES, ORDER_LIST, PHONE_STEP, PURCHASE_STEPS, RECEIPT_STEP, RETURN_CONFIRMATION, RETURN_STEPS, SHOP_STEPS, TERMS_STEP, WELCOME_STEP,
  YES_SHOWS_STEPS,
} from './understanding/steps';
import { COMPLAINT_LODGED, HUMAN_WORDS, PERSON_ASKED, PERSON_NEEDED_ASKED, withoutPersonDeclined, withoutPersonIfNeedBe } from './understanding/personRequests';
import {
  BESIDE_A_COMPLAINT, CODE_CALLED_PASSWORD, COMPLAINT_WORDS, NOT_RECEIVED, NOT_RECEIVED_STEPS, NOT_RECEIVED_UNLESS, NUMBER_NAMED, OPTION_NOT_SHOWN, OWN_GOODS,
  BEFORE_PAY_LATER_STEPS, CREDIT_LIMIT, PHONE_CHANGED, PHONE_CHANGED_UNLESS, topicOf,
} from './understanding/topics';

export { consentsInOwnWords } from './understanding/consent';
export { handoffWithdrawal, requestAfterWithdrawal, takesUpRequest } from './understanding/handoffWithdrawal';
export type { Referents } from './understanding/referents';
export { SHOP_STEPS } from './understanding/steps';

export interface Understood {
  event: DialogueEvent | undefined;
  /** The language of the words, when they show one. */
  language: Locale | undefined;
  /** The customer asked for the language in so many words ("说中文吧", "English please"): it holds, however brief. */
  languageAsked?: boolean;
  /** The words named a means of payment ("用微信付款"), which the chat cannot choose: said before the rest (twoRequests.ts). */
  paymentMeans?: boolean;
  /** Sent before `event`: what else the words said that the bot answers first. */
  answersFirst?: DialogueEvent[];
}

/**
 * At the order list, words that name one of the `referents`' orders ("退电饭煲", "第一个付款") choose it. A means of payment
 * named ("用微信付款", "pay with WeChat") is read as a plain payment ("付款", "pay": one was out of scope, one a checkout
 * question), and marked: the chat cannot choose it. Where a yes pays or turns pay-later on, that is no yes to paying that
 * way: the step stays. A return's reason is kept as typed.
 */
export function understandActivity(
  nlu: Nlu,
  text: string | undefined,
  value: unknown,
  statePath: string,
  referents: Referents = {},
): Understood {
  const read = understandWords(nlu, text, value, statePath, referents);
  // "嗯...", "好。。。" where a yes pays, files a return or turns pay-later on: a yes trailing off is hesitation, told how to
  // go ahead as "嗯…" is ("嗯..." read as a plain yes and turned pay-later on). So is an ok in a chat spelling ("k", "kk",
  // "okie"): too casual to consent to credit terms, a payment or a return ("k" turned pay-later on, and paid ¥299).
  const casual = text !== undefined && (trailsOff(text) || okSpelledCasually(text));
  const hesitant = CONSENT_STEPS.has(statePath) && value === undefined && read.event?.type === 'AFFIRM' && casual;
  return hesitant ? { ...read, event: { type: 'TOPIC_ASKED', topic: 'hesitantYes' } } : read;
}

/** The words read, a means of payment named in them set aside (understandActivity). */
function understandWords(nlu: Nlu, text: string | undefined, value: unknown, statePath: string, referents: Referents): Understood {
  const typed = value === undefined && text !== undefined && !FREE_TEXT_STATES.has(statePath) ? toSimplified(text.trim()) : undefined;
  // A question about the means ("跟花呗有啥区别", "从哪扣钱？银行卡还是余额") is read whole (readActivity answers it).
  const aboutMeans = typed !== undefined && meansQuestion(typed, payLaterOff(statePath, referents)) !== undefined;
  const payment = typed === undefined || aboutMeans ? undefined : withoutPaymentMeans(typed);
  if (payment === undefined) return withPlainReason(withReasonSaid(readActivity(nlu, text, value, statePath, referents), typed), text, value, referents);
  const read = readActivity(nlu, payment, undefined, statePath, referents);
  const consents = CONSENT_STEPS.has(statePath) && (YES_TO_PAYING.has(read.event?.type) || isTopic(read.event, 'hesitantYes'));
  return { ...read, event: consents ? PAYMENT_MEANS : read.event, paymentMeans: true };
}

/**
 * A return asked for with its reason that chose no order ("我要退货，尺码太大" with two orders that can go back): the reason
 * goes with it, for the order chosen next (it was asked again).
 */
function withReasonSaid(read: Understood, typed: string | undefined): Understood {
  if (typed === undefined || read.event?.type !== 'RETURN' || ('question' in read.event && read.event.question)) return read;
  const said = returnWithReason(typed);
  return said ? { ...read, event: { type: 'RETURN', reason: said.reason } } : read;
}

/**
 * A reason taken from typed words is their reason part ("原因：那电饭煲我不要了" was filed as typed): plainReason. Said with a
 * complaint ("…你们怎么搞的"), a word of regret comes first; wishing for an exchange ("我想换个颜色": filed as a return's reason
 * with no word on it), where exchanges are done.
 */
function withPlainReason(read: Understood, text: string | undefined, value: unknown, referents: Referents): Understood {
  if (value !== undefined || text === undefined) return read;
  const { event, upset } = withReasonPlain(read.event, toSimplified(text), referents);
  const exchange = event !== undefined && 'reason' in event && typeof event.reason === 'string' && topicOf(event.reason) === 'exchange';
  const notes: DialogueEvent[] = [
    ...(upset ? [{ type: 'TOPIC_ASKED', topic: 'reasonUpset' } as const] : []),
    ...(exchange ? [{ type: 'TOPIC_ASKED', topic: 'exchange' } as const] : []),
  ];
  return notes.length === 0 ? { ...read, event } : { ...read, event, answersFirst: [...(read.answersFirst ?? []), ...notes] };
}

/** The kinds of secret the words hold: a password typed (not the code's own names for it), an ID number, a bank card number. */
function secretsShared(words: string, idNumber: boolean): SecretKind[] {
  const held: Record<SecretKind, boolean> = {
    idNumber,
    cardNumber: holdsCardNumber(words) && !NUMBER_NAMED.test(words),
    password: typesPassword(words) && !CODE_CALLED_PASSWORD.test(words),
  };
  return SECRET_KINDS.filter((kind) => held[kind]);
}

/** Pay-later or checkout named: the option not seen is theirs ("找不到退货选项" is not). */
const CHECKOUT_OR_PAY_LATER = /先用后付|结算|结账|\bpay ?later\b|\bcheck ?out\b/i;
/** At a confirmation, what a plain payment reads as: a yes, or paying asked for again (it got the FAQ on paying). */
const YES_TO_PAYING = new Set<DialogueEvent['type'] | undefined>(['AFFIRM', 'PAY']);
/** An order request said with a phone number: the goal of the login it starts. */
export const ORDER_GOALS: Partial<Record<DialogueEvent['type'], 'orders' | 'pay' | 'return'>> = { ORDERS: 'orders', PAY: 'pay', RETURN: 'return' };
export const isTopic = (event: DialogueEvent | undefined, topic: Topic): boolean => event?.type === 'TOPIC_ASKED' && event.topic === topic;
/**
 * An order number typed with its label ("订单号 202612040001 还没到") that names no listed order: before the login, the
 * orders, said to come after it; at the list, not listed; elsewhere, the orders (where the words are read again).
 */
function orderNumberGiven(words: string, statePath: string, referents: Referents): Pick<Understood, 'event' | 'answersFirst'> | undefined {
  if (!ORDER_NUMBER_GIVEN.test(words) || referents.orders?.some((o) => words.toUpperCase().includes(o.orderId.toUpperCase()))) return undefined;
  const loggedOut = referents.account === undefined && referents.orders === undefined;
  if (loggedOut) return { event: { type: 'ORDERS' }, answersFirst: [{ type: 'TOPIC_ASKED', topic: 'orderNumberBeforeLogin' }] };
  return { event: statePath === ORDER_LIST ? { type: 'TOPIC_ASKED', topic: 'orderNotListed' } : { type: 'ORDERS' } };
}

/** Pay-later is not on here: the onboarding's steps, or an account known to be without it. */
const payLaterOff = (statePath: string, referents: Referents): boolean =>
  BEFORE_PAY_LATER_STEPS.has(statePath) || referents.account?.payLater.enabled === false;

/** Requests a login serves: said beside a phone number offered, that number starts it. */
const LOGIN_REQUESTS = new Set<DialogueEvent['type'] | undefined>(['ENABLE', 'STATUS', 'ORDERS', 'PAY', 'RETURN']);

/** The words beside a phone number read alone ("13800000005 我要退耳机": a return), or undefined when only the number was typed. */
function readBesidePhone(nlu: Nlu, words: string, statePath: string, referents: Referents): DialogueEvent | undefined {
  const rest = findEntities(words).rest.trim();
  return rest === '' ? undefined : readActivity(nlu, rest, undefined, statePath, referents).event;
}

/** The login with the number typed, going where the words beside it asked (PHONE_RECEIVED's goal). */
function phoneReceived(phone: string, request: DialogueEvent | undefined, referents: Referents): DialogueEvent {
  const asked = request && !('question' in request && request.question) ? ORDER_GOALS[request.type] : undefined;
  // Typed where the last answer offered a login for something (登录查看并付款): that login, as the button's.
  const goal = asked ?? referents.loginOffered;
  return { type: 'PHONE_RECEIVED', phone, ...(goal ? { goal } : {}) };
}

/** A request a login serves, asked for (not about): with a phone number at hand, that number's login, going there. */
function loginWithPhone(request: DialogueEvent | undefined, phone: string, referents: Referents): DialogueEvent | undefined {
  if (!request || !LOGIN_REQUESTS.has(request.type) || ('question' in request && request.question)) return undefined;
  return phoneReceived(phone, request, referents);
}

function readActivity(nlu: Nlu, text: string | undefined, value: unknown, statePath: string, referents: Referents): Understood {
  // Typed words carry no value; a failed parse would build zod's issue objects on every such turn.
  const button = value === undefined ? undefined : buttonValueSchema.safeParse(value);
  const typed = (text ?? '').trim();
  // A tap keeps the conversation's language: the bot wrote the button in it, and the title's own script says nothing
  // (an English "Confirm receipt & pay · Wireless earbuds 无线耳机" switched the customer to Chinese).
  if (button?.success) {
    const { event, at } = button.data;
    // The retry question after a failed call is still its step's: the step's own button there is a yes to it.
    const step = RETRIED_BY[statePath]?.step ?? statePath;
    if (at !== undefined && STEP_BOUND_EVENTS.has(event.type) && at !== buttonStep(step, referents.orderId)) {
      // "我已认证好了" tapped once the shop's notice had brought the terms: that step is done, not a stale button. So is
      // PLUS's "我已开通好了" once it has brought the real-name step ("that button was from an earlier step" answered a
      // customer who had just bought PLUS and never heard it was seen).
      const topic =
        statePath === TERMS_STEP && Object.hasOwn(SHOP_STEPS, at)
          ? 'stepDoneAlready'
          : SHOP_STEPS[statePath] === 'realName' && SHOP_STEPS[at] === 'plus' && event.type === 'AFFIRM'
            ? 'plusDoneAlready'
            : 'staleButton';
      return { event: { type: 'TOPIC_ASKED', topic }, language: undefined };
    }
    return { event, language: undefined };
  }
  // Read in simplified characters ("確認收貨並付款", "退出登錄" were not understood); a reason is kept as typed. A person
  // asked for only if the rest fails ("帮我开通，不行再转人工"), or declined ("不用转人工，我自己开通"), is no request for one
  // now: the rest is read. Numbers typed in full-width ("１３８００００００４") read as ASCII ones: the checks of digits below
  // missed them (the phone step said it did not understand).
  // The service's name mistyped ("先用后负") or run together ("paylater") reads as the name; an ok in a chat spelling ("k",
  // "kk thx") as the plain words.
  const simplified = withOkSpelledOut(withNameSpaced(withNameFixed(foldNumberForms(toSimplified(typed)))));
  if (simplified === '') return { event: undefined, language: undefined };
  const words = withoutPersonDeclined(withoutPersonIfNeedBe(simplified));
  // "不用转人工" alone: nothing asked but not to be handed over; what the bot can do, where the customer is.
  if (words === undefined) return { event: { type: 'HELP' }, language: nlu.understand(simplified).language };
  // "不错，付款吧", "i don't mind paying" (the classifier heard a no): paying, what it means here, with no classification.
  const paying = payingSaidWarmly(words, statePath, referents);
  if (paying) return { event: paying, language: detectLanguage(words) };

  const understanding = nlu.understand(forClassifier(namesInEnglish(words)));
  const { entities, language } = understanding;
  const intent = understanding.kind === 'intent' ? understanding.intent : undefined;

  // Once a turn: the step answers, the change of mind and the consent check all read the bare words.
  const plain = bare(words);
  // A password typed ("我密码是abc123456") is never tried as a code, wherever it is (it used up a try): the bot never
  // wants one. The code's own names (动态密码) are the code.
  // Secrets of several kinds in one message ("身份证110… 卡号6222… 密码是…"): one warning naming them all (it named the
  // password alone). One kind alone keeps its own answer below.
  const shared = secretsShared(words, entities.idNumber !== undefined);
  if (shared.length > 1) return { event: { type: 'SECRETS_SHARED', shared }, language };
  if (shared.includes('password')) return { event: { type: 'TOPIC_ASKED', topic: 'password' }, language };
  // A complaint lodged in so many words ("…影响信用怎么办我要投诉") goes to a person, whatever else is said.
  if (COMPLAINT_LODGED.test(words)) return { event: { type: 'HUMAN', complaint: true }, language };
  if (PERSON_ASKED.test(words)) return { event: { type: 'HUMAN' }, language };
  // Whether one is needed, asked ("do i need to talk to someone?": the classifier's human handed over): it is done here.
  if (PERSON_NEEDED_ASKED.test(words)) return { event: { type: 'TOPIC_ASKED', topic: 'personNeeded' }, language };
  // "hi my phone is 139… call me please" (the login started and a code went out): the bot cannot phone; a person or the
  // login offered instead, the number not taken.
  const callBack = callBackAsked(words, statePath);
  if (callBack) return { event: callBack, language };
  // A request with a phone number offered beside it ("帮我开通 13800000004", "13800000004 check my orders"): the login it
  // asks for, with that number. The readings of requests below do not see a number ("帮我开通" set apart by a space was
  // read as enabling, the number dropped, and the phone step asked for it). Not where the words are a return's reason.
  const phoneOffered = entities.phone !== undefined && offersPhone(understanding, statePath, words);
  const besidePhone =
    phoneOffered && !entities.idNumber && !FREE_TEXT_STATES.has(statePath) ? readBesidePhone(nlu, words, statePath, referents) : undefined;
  const phoneLogin = entities.phone === undefined ? undefined : loginWithPhone(besidePhone, entities.phone, referents);
  if (phoneLogin) return { event: phoneLogin, language };
  // "they hurt my ears, can a human approve this faster?" at the return's reason (a question about the return, no request
  // for a person): how a return goes, answered beside the reason (twoRequests.ts).
  const speedUp = returnSpeedUpAsked(words, statePath);
  if (speedUp) return { event: speedUp, language };
  // "帮我删除我的聊天记录", "我不想让你们保存我的手机号": a colleague deletes records, which is said before the handover (two
  // of them were handed over as not understood).
  if (!FREE_TEXT_STATES.has(statePath) && DELETE_DATA.test(words)) {
    return { event: { type: 'HUMAN' }, language, answersFirst: [{ type: 'TOPIC_ASKED', topic: 'deleteData' }] };
  }
  // Emoji alone: anger ("😡😡😡") is a complaint; an ok ("👍") where nothing was asked to say yes to is thanks.
  const mood = emojiMood(typed, statePath, referents.welcomeAsked);
  if (mood) return { event: mood, language };
  // Laughter ("哈哈", "lol": a greeting, or not understood, twice a person): a smile back, the step kept, no miss. Where a
  // return's reason is asked, it is no reason ("笑死" was filed as one): the reasons again, as for "哈哈" (reasonEvent).
  if (LAUGHTER.test(typed)) return { event: { type: 'TOPIC_ASKED', topic: FREE_TEXT_STATES.has(statePath) ? 'reasonUnclear' : 'laughter' }, language };
  // A bare ok to the welcome's open "what else can I help you with?" (not its "shall we turn it on?"): an ok back, the
  // menu kept ("k" there started the login). So is a bare yes ("yes", "是的": it started the login, or the onboarding).
  if (statePath === WELCOME_STEP && referents.welcomeAsked === false && (BARE_OK.test(plain) || BARE_YES.test(plain))) {
    return { event: { type: 'TOPIC_ASKED', topic: 'acknowledged' }, language };
  }
  const retried = RETRIED_BY[statePath];
  if (retried && stepEvent(retried.step, words, plain)?.type === retried.startedBy) return { event: { type: 'RETRY' }, language };
  // "PLUS开了 扣了我99块钱 能退吗" at the PLUS step (the refund answer, then how to buy PLUS again): checked as done, the
  // answer not pointing at a second purchase.
  const paidForPlus = plusPaidSaid(words, statePath);
  if (paidForPlus) return { ...paidForPlus, language };
  // A button's label typed ("同意并开通" at the terms) does what the button does, and the step's own short answers
  // (STEP_ANSWERS) what they mean there; the classifier reads most as intents that there only explain.
  // "帮我妈开通一下 她手机号138…" (the number dropped, the customer's own asked for), "我想给我爸开通" (the phone prompt): on the
  // member's own account, said before any login; "验证码在她手机上 她不在身边" at the login (not understood).
  const forFamily = FREE_TEXT_STATES.has(statePath) ? undefined : familyAsked(words, entities.phone, statePath);
  if (forFamily) return { ...forFamily, language };
  // "我已经是PLUS会员了 为什么还要认证" (checked as done) asks why, before the step reads its "done" in it.
  const bothNeeded = entities.idNumber ? undefined : otherDoneWhyThis(words, statePath);
  if (bothNeeded) return { event: bothNeeded, language };
  const stepAnswer = stepEvent(statePath, words, plain);
  // An ID number said with it ("我的身份证是110…，帮我认证一下": only "this step is yours to do") is warned about first, as
  // one said alone is (the number is masked in any case).
  const idWarning = entities.idNumber ? { answersFirst: [{ type: 'ID_NUMBER_RECEIVED' } as const] } : {};
  if (stepAnswer) return { event: stepAnswer, language, ...idWarning };
  // "yes pay it" to "shall we look at your orders first?" (an order to pay now): paying, as "pay it" (the yes only showed
  // the list, and a "yes" there the list again).
  const afterYes = YES_SHOWS_STEPS.has(statePath) ? actionAfterYes(plain) : undefined;
  if (afterYes) return { event: { type: afterYes === 'pay' ? 'PAY' : 'RETURN' }, language };
  // "why do u need my phone number? is this legit" at the phone step, "whats the code for?" at the code step (nothing clear,
  // and "I only know about pay later"): the login's own questions, before the classifier's help or cancel take them.
  const aboutLogin = loginQuestion(words, statePath);
  if (aboutLogin) return { event: aboutLogin, language };
  // "支付管理在哪" (read as checkout: the login began), "结算页是什么意思 在哪找" (not understood): the place the bot named, what
  // it is and how to get there, the step kept.
  const place = FREE_TEXT_STATES.has(statePath) ? undefined : placeAsked(words);
  if (place) return { event: place, language };
  // "为什么身份证不能在这里发？" at the real-name step (not understood), anywhere: only on the shop's page. A number typed with
  // it is warned about below.
  if (!entities.idNumber && !FREE_TEXT_STATES.has(statePath) && idInChatAsked(words)) return { event: { type: 'TOPIC_ASKED', topic: 'idNotInChat' }, language };
  // "nah i dont want to give my id online. why do you need it anyway?" at the real-name step (read as cancel, it left the
  // onboarding unanswered): why the step is needed, the step kept. An ID number typed with it is warned about below.
  // "PLUS会员要花钱吗？我不想花钱" at the PLUS step (the PLUS explainer, pointing at the plans, the reluctance ignored): it is
  // paid, pay-later cannot be had without it, and leaving it for now is fine.
  const costWeighed = plusCostWeighed(words, statePath);
  if (costWeighed) return { event: costWeighed, language };
  // "每个月要交钱吗" there (pay-later's fees alone, to a customer asked to buy PLUS): both, briefly.
  const chargesAsked = chargesAskedAtPlus(words, statePath);
  if (chargesAsked) return { event: chargesAsked, language };
  // "你觉得我该开吗？", "开了有什么好处" at the terms (not understood, twice a person): up to the customer, and what it gives.
  const benefitsAsked = enableBenefitsAsked(words, statePath);
  if (benefitsAsked) return { event: benefitsAsked, language };
  // "能提额吗", "8000块的手机额度够吗", "额度怎么这么低" (not understood, then a person): the limit as the account shows it, an
  // amount over it or within it, raising it not the chat's. "会影响我房贷吗" (not understood; "…贷款买房" was read as paying):
  // what keeps the credit record good. "开了不用会扣钱吗" (the worry about wrong charges): nothing without an order.
  const aboutMoney = FREE_TEXT_STATES.has(statePath)
    ? undefined
    : (limitQuestion(words, referents) ?? loanImpactAsked(words) ?? unusedCostAsked(words));
  if (aboutMoney) return { event: aboutMoney, language };
  const whyAsked = entities.idNumber ? undefined : whyTheStep(words, statePath);
  if (whyAsked) return { event: whyAsked, language };
  // "how do i verify? what do i need, my id card?", "要拍照吗" at the real-name step (not understood, twice a person): how
  // it goes on the shop's page, the step kept.
  const howAsked = entities.idNumber ? undefined : realNameHowAsked(words, statePath);
  if (howAsked) return { event: howAsked, language };
  // "从哪扣钱？银行卡还是余额" at a payment's confirmation (a hesitant yes: the 付款 in it), "那我能先用白条吗" after the credit
  // refusal (told to open "this order" in the app): answered, the step kept. A reason is kept as typed.
  const meansAsked = FREE_TEXT_STATES.has(statePath) ? undefined : meansQuestion(words, payLaterOff(statePath, referents));
  if (meansAsked) return { event: meansAsked, language };
  // "how do i pay, with which card?" at a payment's confirmation (the checkout's steps, about buying): how this one is paid.
  const howToPay = howToPayAsked(words, statePath, referents);
  if (howToPay) return { event: howToPay, language };
  // "我的信用现在恢复了吗" (a clarifying question; at the refusal, "no period known"): the status check, after the login.
  if (!FREE_TEXT_STATES.has(statePath) && creditNowAsked(words)) return { event: { type: 'STATUS' }, language };
  // "不想要了" at a return's confirmation is about the goods, a yes to returning them (the classifier's no took it back).
  const unwanted = unwantedAtConfirmation(plain, statePath, referents);
  if (unwanted) return { event: unwanted, language };
  // At its payment's confirmation it is no payment (a no left the goods unpaid, saying nothing of a return): their return.
  const unwantedPaying = unwantedAtPayment(plain, statePath, referents);
  if (unwantedPaying) return { ...unwantedPaying, language };
  // "我回来了，刚才那个台灯 确认付款" at the lamp's payment: the step's yes, with a greeting and the order's name around it
  // (it was told to tap the button).
  const aside = withoutAsides(words, statePath, referents);
  if (aside !== undefined && stepEvent(statePath, aside, bare(aside))?.type === 'AFFIRM') return { event: { type: 'AFFIRM' }, language };
  // "为啥啊 我信用一直挺好的", "过多久能再试" once the credit check said no: answered, the step kept (one got a clarifying
  // question offering 好的, two handed the customer over).
  // Once the refusal is left ("不用了"), "下个月能再试吗" from the customer it refused is answered the same.
  const creditQuestion =
    statePath === CREDIT_REFUSED_STEP
      ? creditRefusalQuestion(words)
      : referents.account?.credit.eligible === false
        ? creditRetryAsked(words)
        : undefined;
  if (creditQuestion) return { event: creditQuestion, language };
  // "我的手机号换了" (a clarifying question) or "I changed my phone number" (heard as cancel): the number cannot be changed
  // here. Said with a number, that number is tried.
  if (!FREE_TEXT_STATES.has(statePath) && !entities.phone && PHONE_CHANGED.test(words) && !PHONE_CHANGED_UNLESS.test(words)) {
    return { event: { type: 'TOPIC_ASKED', topic: 'phoneChanged' }, language };
  }
  // "返回上一步" restarted the conversation, logging the customer out; "go back" was filed as a return's reason. From a
  // payment or a return it goes back to the list (the order left as it is); elsewhere the step stays, with what the
  // bot can do (leaving it threw away a typed phone number).
  if (BACK_WORDS.test(plain)) return { event: PURCHASE_STEPS.has(statePath) ? { type: 'DENY' } : { type: 'HELP' }, language };
  if (plain.length <= MAX_LOGOUT_LENGTH && LOGOUT_WORDS.test(plain) && !LOGOUT_NOT.test(plain)) return { event: { type: 'LOGOUT' }, language };
  // "log in", "我要登录" (nothing clear to the classifier): the onboarding, which starts with the login and goes on where
  // the account is; at the login, its step asks again.
  if (LOGIN_TO_CHECK.test(plain)) return { event: { type: 'STATUS' }, language };
  if (LOGIN_WORDS.test(plain)) return { event: statePath.startsWith('flow.onboarding.login') ? { type: 'RETRY' } : { type: 'ENABLE' }, language };
  // "可以吗", "想好了" at a confirmation or the terms ask whether, or say they are ready: how to go ahead (one turned it on).
  // An emoji alone ("👌") at a confirmation may mean yes: how to go ahead (it asked back, offering to enable).
  // So is a bare digit ("1"): no button there is numbered.
  if (CONSENT_STEPS.has(statePath) && (UNSURE_YES.test(plain) || plain === '' || BARE_DIGIT.test(plain))) {
    return { event: { type: 'TOPIC_ASKED', topic: 'hesitantYes' }, language };
  }
  if (statePath === PHONE_STEP && EMAIL.test(words)) return { event: { type: 'TOPIC_ASKED', topic: 'phoneOnly' }, language };
  // "先用后付在哪里" (it started the login, or at the PLUS step said the step again): where it shows, checking it offered.
  const whereAsked = FREE_TEXT_STATES.has(statePath) ? undefined : payLaterWhereAsked(plain);
  if (whereAsked) return { event: whereAsked, language };
  if (BOT_IDENTITY.test(plain)) return { event: { type: 'TOPIC_ASKED', topic: 'botIdentity' }, language };
  // "who is this? I didn't ask for anything" (read as the status, which dropped the task an agent had handed on).
  if (WHO_ASKED.test(plain)) return { event: { type: 'TOPIC_ASKED', topic: 'whoAsked' }, language };
  // "喂 有人吗", "anyone there?" (handed over at once): the guide bot is here, a person on request. "退了以后运费谁出 找个人问问"
  // (the returns' answer): a person asked for.
  if (ANYONE_THERE.test(plain)) return { event: { type: 'TOPIC_ASKED', topic: 'anyoneThere' }, language };
  if (PERSON_LAST_CLAUSE.test(words)) return { event: { type: 'HUMAN' }, language };
  if (statePath === WELCOME_STEP && CAN_I_USE.test(plain)) return { event: { type: 'REQUIREMENTS' }, language };
  if (statePath === WELCOME_STEP && NEWCOMER.test(words)) return { event: { type: 'WHAT_IS' }, language };
  // "我不想退了，能撤销吗" once a return is submitted got the returns' answer and how to start one: it cannot be withdrawn here.
  if (!RETURN_STEPS.has(statePath) && asksReturnWithdrawal(words, referents)) return { event: { type: 'TOPIC_ASKED', topic: 'returnWithdrawal' }, language };
  // "上次那个退货怎么样了" (the list, asking which to return), "退款什么时候到" (the returns' FAQ) once one is requested: how it goes.
  if (!RETURN_STEPS.has(statePath) && asksReturnProgress(words, referents)) return { event: { type: 'TOPIC_ASKED', topic: 'returnStatus' }, language };
  if (!RETURN_STEPS.has(statePath) && asksReturnProgressUnseen(words, referents)) return { event: { type: 'ORDERS', question: true }, language };
  // "你们是不是骗子 我根本没用过先用后付 怎么就欠钱了" (an apology, then "pay-later is on 🎉"): a colleague checks; goods not
  // received are the not-received answer's.
  if (!FREE_TEXT_STATES.has(statePath) && disputesDebt(words) && !NOT_RECEIVED.test(words)) {
    return { event: { type: 'TOPIC_ASKED', topic: 'debtDisputed' }, language };
  }
  // "你是真的京东客服吗" away from the login too (a greeting's "你好！😊"): the shop's own assistant. After a debt disputed
  // ("你们是不是骗子 我根本没用过…"), which a colleague checks; a number typed with it is read instead (loginQuestion).
  if (!FREE_TEXT_STATES.has(statePath) && !/\d/.test(words) && loginSafetyAsked(words)) return { event: { type: 'TOPIC_ASKED', topic: 'loginSafety' }, language };
  // "先用后付安全吗 会不会泄露我的信息" (what pay-later is, and the credit text for the refused): what the chat asks for, and
  // where real-name verification is done.
  if (!FREE_TEXT_STATES.has(statePath) && !/\d/.test(words) && privacyWorried(words)) return { event: { type: 'TOPIC_ASKED', topic: 'privacy' }, language };
  // "那电饭煲什么时候要付钱" with the orders at hand away from the list (the pay FAQ, another order's date, the list): once it
  // arrives. At the list orderTopic reads it.
  if (referents.orders && !statePath.startsWith('flow.purchase.') && asksDueOnArrival(words, referents.orders)) {
    return { event: { type: 'TOPIC_ASKED', topic: 'payOnArrival' }, language };
  }
  // "刚才说到哪了", "where were we?" (read as "my orders", it left the step): the step stays and asks again.
  // A new conversation was nowhere yet: what the bot can do; unless the customer is back, or logged in: the account's status.
  if (WHERE_WE_WERE.test(plain)) {
    const atWelcome = referents.account || BACK_AGAIN.test(plain) ? { type: 'STATUS' as const } : { type: 'HELP' as const };
    return { event: statePath === WELCOME_STEP ? atWelcome : { type: 'TOPIC_ASKED', topic: 'whereWeWere' }, language };
  }
  // "然后呢", "我现在该干嘛", "what now?", "next step?" (nothing clear, twice a person): the step said again, as where we were.
  // At the welcome there is no step: what the bot can do, unless the classifier knows better ("what do I need to do?").
  // So are the bot's words not followed ("i didnt get what you mean": at the code step it sent a new code); at the welcome,
  // what the bot can do ("i don't get it" was heard as cancel).
  // So is confusion ("wait what", "huh", "wait what do you mean": not understood, twice a person).
  if (NOT_FOLLOWED.test(plain) || CONFUSED.test(plain)) {
    return { event: statePath === WELCOME_STEP ? { type: 'HELP' } : { type: 'TOPIC_ASKED', topic: 'whatNow' }, language };
  }
  if (WHAT_NOW.test(plain)) {
    if (statePath !== WELCOME_STEP) return { event: { type: 'TOPIC_ASKED', topic: 'whatNow' }, language };
    if (understanding.kind !== 'intent') return { event: { type: 'HELP' }, language };
  }
  // "我刚才耳机付款成功了吗" is about an order (it got the onboarding status): the orders show it (at the list, the order
  // it names is asked about). Not at an onboarding step of a customer known to be without pay-later: there "会员费付过了吗"
  // is about the step, and there are no pay-later orders to show.
  const ordersAside = statePath.startsWith('flow.onboarding.') && referents.account?.payLater.enabled === false;
  // "付了没", "我不是付过了吗" at an order's payment: whether that order is paid, from its status, the payment kept (it left
  // for the list, the order in question dropped).
  if (statePath === RECEIPT_STEP && referents.orderId !== undefined && PAID_YET.test(plain)) {
    return { event: { type: 'TOPIC_ASKED', topic: 'orderPaidYet' }, language };
  }
  if (statePath !== ORDER_LIST && !ordersAside && ORDER_DONE_YET.test(plain)) return { event: { type: 'ORDERS', question: true }, language };
  // "还有什么要付的吗" where the orders are not at hand (it got the requirements): the orders, which show what is due.
  if (!(referents.orders && statePath.startsWith('flow.purchase.')) && !ordersAside && (asksAmountDue(words) || asksOwnDueDate(words, referents))) {
    return { event: { type: 'ORDERS', question: true }, language };
  }
  // "退货影响信用吗" from a customer with pay-later on, before the orders are at hand, got the eligibility text.
  if (referents.account?.payLater.enabled === true && asksCreditImpact(words)) return { event: creditTopic(words, statePath, referents), language };
  // "电饭煲还没到能不能先不要了" away from the orders is a return (read as a no, it got "好的。"): the list finds the order in it.
  // Before the login the orders are unknown (goods named may be one); logged in, only those listed are.
  const knownOrders = referents.account === undefined ? undefined : (referents.orders ?? []);
  const awayFromOrders = statePath !== ORDER_LIST && !PURCHASE_STEPS.has(statePath) && !CONSENT_STEPS.has(statePath);
  if (awayFromOrders && unwantedGoods(words, knownOrders)) return { event: { type: 'RETURN' }, language };
  // "the earbuds are broken" (nothing clear to the classifier; before the login the return was lost): their return, the
  // words its reason, which the order chosen after the login takes with it. Orders not fetched yet are unknown here.
  if (awayFromOrders && brokenGoods(words, referents.orders)) return { event: { type: 'RETURN', reason: words }, language };
  // "耳机坏了能退吗？", "电饭煲不想要了，可以退吗" with the orders known (the general returns' answer): yes, and that order's return.
  const faultReturn = awayFromOrders ? (faultReturnAway(words, referents) ?? unwantedReturnAway(words, referents)) : undefined;
  if (faultReturn) return { ...faultReturn, language };
  // "啊？" is no yes (at the welcome it started the login); "开始吧" to "shall we start?" is one (it restarted, in a loop).
  if (BEWILDERED.test(plain)) return { event: { type: 'HELP' }, language };
  // "好的 知道了" (read as thanks: "不客气！"), "就是我想问下" (read as a greeting: "你好！😊"): an ok back; the question asked for.
  // Where a yes pays or turns it on, an ok is no consent: how to go ahead.
  if (ACKNOWLEDGED.test(plain)) return { event: { type: 'TOPIC_ASKED', topic: CONSENT_STEPS.has(statePath) ? 'hesitantYes' : 'acknowledged' }, language };
  if (QUESTION_COMING.test(plain) && !(FREE_TEXT_STATES.has(statePath) && SOMETHING_WRONG.test(plain))) {
    return { event: { type: 'TOPIC_ASKED', topic: 'questionComing' }, language };
  }
  // "在吗", "still there?", "hello?" (read as a greeting, it got "你好！😊"): here, and the step in a line. Where the welcome has not
  // been said yet (no record), it is the greeting: the welcome is.
  if (STILL_THERE.test(words)) {
    const unwelcomed = statePath === WELCOME_STEP && referents.welcomeAsked === undefined;
    return { event: unwelcomed ? { type: 'GREETING' } : { type: 'TOPIC_ASKED', topic: 'stillThere' }, language };
  }
  if (statePath === WELCOME_STEP && LETS_START.test(plain)) return { event: { type: 'AFFIRM' }, language };
  // "我已认证好了" typed once the terms are up (the shop's notice moved the chat on) got the real-name explanation.
  if (statePath === TERMS_STEP && STEP_DONE_ALREADY.test(plain) && !ASKS.test(plain)) {
    return { event: { type: 'TOPIC_ASKED', topic: 'stepDoneAlready' }, language };
  }
  // "I do not agree" was told how to say yes, "别给我开通" was read as asking to enable: a no.
  if (CONSENT_STEPS.has(statePath) && REFUSAL.test(plain) && !ASKS.test(plain)) return { event: { type: 'DENY' }, language };
  // "算了，还是开吧", "我又想开通了", "开吧", "继续开通" after declining: the classifier hears the 算了 (or the 想开) and declines
  // again, or is unsure (two in a row handed the customer over); at the terms it accepts them (the terms' yes words in it
  // asked how to go ahead).
  if (ENABLE_AFTER_ALL.test(plain)) return { event: { type: statePath === TERMS_STEP ? 'AFFIRM' : 'ENABLE' }, language };
  // "actually I do want it" (not understood), "go ahead then" (the menu again) right after a decline: as the Chinese.
  const enableAgain = enableTakenUp(plain, statePath, referents);
  if (enableAgain) return { event: enableAgain, language };
  const takenUp = onboardingTakenUp(plain, statePath, referents);
  if (takenUp) return { event: takenUp, language };
  // "paylater?", "is it on now?", "wait actually yes" (not understood, each a step towards a person): as their plain words.
  const casual = casualEnglish(words, plain, statePath);
  if (casual) return { event: casual, language };
  // "PLUS我有了" got the PLUS answer (how to buy it): acknowledged with what the account shows, or rechecked as above.
  const held = conditionHeld(plain, statePath, referents);
  if (held) return { event: held, language };
  // "what if I don't like the goods?", "will it cost me anything?", "I need help turning on 先用后付": misread or unplaced.
  const everyday = everydayQuestion(words, plain, statePath);
  if (everyday) return { ...everyday, language };
  // A yes with more around it ("不用担心，同意", "I don't mind, go ahead", "已经收到货了，付款") is no plain consent, nor a no (two
  // were read as one): how to go ahead.
  const consenting = CONSENTING[statePath];
  if (consenting?.test(plain) && !saysNo(plain) && !QUESTION.test(words) && !DUE_ASKED.test(words)) {
    return { event: { type: 'TOPIC_ASKED', topic: 'hesitantYes' }, language };
  }
  const asksFor = LANGUAGE_REQUESTS.find((r) => r.words.test(plain))?.locale;
  if (asksFor) return { event: { type: 'TOPIC_ASKED', topic: 'languageSwitched' }, language: asksFor, languageAsked: true };
  const answering = FREE_TEXT_STATES.has(statePath) || statePath === ORDER_LIST;
  // Where words are the answer, the classifier's cancel takes cancel words, and its help is no help in a statement that
  // wonders about the goods ("不知道什么时候坏的") or says what is wrong with them ("有点问题").
  const overheard =
    answering && ((intent === 'cancel' && !CANCEL_WORDS.test(words)) || (intent === 'help' && (wondersInAStatement(plain) || saysWhatIsWrong(plain))));
  const control = intent !== undefined && CONTROL_INTENTS.has(intent) && !overheard ? intent : undefined;
  // Even where words are the answer (a return reason): an ID number is never wanted in chat. A request for a person or
  // to cancel said with it still wins (the number is masked in any case).
  // A phone number offered with it ("我手机138…，身份证110…") is still taken, after the word on the ID number (that alone was said).
  if (entities.idNumber && !control && entities.phone && !FREE_TEXT_STATES.has(statePath) && offersPhone(understanding, statePath, words)) {
    return { event: { type: 'PHONE_RECEIVED', phone: entities.phone }, language, answersFirst: [{ type: 'ID_NUMBER_RECEIVED' }] };
  }
  if (entities.idNumber) return { event: control ? { type: intentEventType(control) } : { type: 'ID_NUMBER_RECEIVED' }, language };
  // Nor a bank card number ("用我的卡6222…付"), read as the masking reads one: paying needs none.
  if (holdsCardNumber(words) && !NUMBER_NAMED.test(words)) return { event: control ? { type: intentEventType(control) } : { type: 'TOPIC_ASKED', topic: 'cardNumber' }, language };
  // The classifier hears cancel in the taking back of "actually never mind, I'll pay": the change of mind wins.
  const changedMind = control === undefined || control === 'cancel' ? changeOfMind(words, plain, statePath, referents.orderId) : undefined;
  const changed = changedMind ?? (control === undefined ? otherOrder(words, entities.orderId, statePath, referents) : undefined);
  if (changed) return { event: changed, language };
  // "我想了想还是不退了", "还是留着吧", "actually I'll keep it" at a return (filed as the reason, and the "好的" after it
  // submitted the return): taken back, as "不退了" is. A person asked for is read as such.
  const withdrawn = control === 'human' ? undefined : returnWithdrawn(words, statePath, referents);
  if (withdrawn) return { event: withdrawn, language };
  // "不对，是发错货了" at the return's confirmation corrects its reason (it got a clarifying question); "还是退吧" right after
  // "不退了" there brings that confirmation back (it got the list, the order and the reason forgotten).
  // "原因写错了" with no new reason (it took the return back): the reason step again, for the same order.
  const returning = statePath === RETURN_CONFIRMATION ? referents.orderId : undefined;
  // Said how: just the new reason ("刚才退货原因写错了 能改吗" got the general returns text).
  if (returning !== undefined && reasonCalledWrong(words)) {
    return { event: { type: 'ORDER_RETURN_CHOSEN', orderId: returning }, language, answersFirst: [{ type: 'TOPIC_ASKED', topic: 'reasonChange' }] };
  }
  // "不对 不是这个" there, what is wrong unsaid (it took the return back): the reason step again too, said how to give another
  // reason, name the goods meant or keep the order. At the reason step (it was filed as the reason), the same line.
  if (returning !== undefined && somethingCalledWrong(plain)) {
    return { event: { type: 'ORDER_RETURN_CHOSEN', orderId: returning }, language, answersFirst: [{ type: 'TOPIC_ASKED', topic: 'returnWhatWrong' }] };
  }
  if (FREE_TEXT_STATES.has(statePath) && somethingCalledWrong(plain)) return { event: { type: 'TOPIC_ASKED', topic: 'returnWhatWrong' }, language };
  // At the reason step, just the new reason; once a return is filed, where it can still be changed.
  const reasonChange = reasonChangeAsked(words, statePath, referents);
  if (reasonChange) return { event: reasonChange, language };
  const retaken = statePath === RETURN_CONFIRMATION ? correctedReason(words) : returnTakenUp(plain, statePath, referents);
  if (retaken) return { event: retaken, language };
  // "为什么左耳没声音？", "质量太差了吧？" at the reason step complain, they ask nothing the bot could answer (the pay-later
  // progress card, the returns' answer, and the reason asked again): the reason. The classifier's help is no help there.
  const problem = FREE_TEXT_STATES.has(statePath) && (control === undefined || control === 'help') ? problemAsked(words) : undefined;
  if (problem !== undefined) return { event: { type: 'RETURN_REASON_GIVEN', reason: problem }, language };
  // "i got a text saying im overdue??" asks nothing the words without their question marks do not: the orders, as in Chinese.
  // Nor does a complaint beside a return's reason ("左耳没声音，你们怎么搞的？").
  const statement = FREE_TEXT_STATES.has(statePath) ? withoutUpset(words) : words;
  // Where words may be the reason, a question word with a particle asks too ("退货运费谁出啊": filed as the reason).
  const asksHere = QUESTION.test(statement) || (FREE_TEXT_STATES.has(statePath) && asksAtReason(statement));
  const asked = asksHere && !(toldOfOwing(words) && !QUESTION.test(words.replace(/[?？\s。.!！~～]+$/, '')));
  // "协议内容是什么", "协议在哪看" at the terms: the classifier knows no terms intent and asked back. "同意协议" accepts them.
  if (statePath === TERMS_STEP && TERMS_WORDS.test(words) && !ACCEPT_WORDS.test(words)) {
    return { event: { type: 'TOPIC_ASKED', topic: 'terms' }, language };
  }
  // "额度是多少" at the terms, the shop-page steps or wherever pay-later is not on got the status card, which has no limit
  // before it is on; "what is the limit?" asked back. With it on, the status card shows the limit.
  if (payLaterOff(statePath, referents) && CREDIT_LIMIT.test(words)) return { event: { type: 'TOPIC_ASKED', topic: 'creditLimit' }, language };
  // A question the topics answer ("手续费多少？") is answered at the reason step too, not taken as the reason.
  const personAsked = HUMAN_WORDS.test(words);
  // Not seen at checkout with the option left unsaid ("结算的时候没看到"): as asked in full, the topic with pay-later on, else
  // the customer's status (it got the checkout steps).
  const unseenAtCheckout = !personAsked && !FREE_TEXT_STATES.has(statePath) && UNSEEN_AT_CHECKOUT.test(plain);
  const optionUnseen = !personAsked && !FREE_TEXT_STATES.has(statePath) && OPTION_NOT_SHOWN.test(words);
  if (referents.account?.payLater.enabled === true && (optionUnseen || unseenAtCheckout)) {
    return { event: { type: 'TOPIC_ASKED', topic: 'optionNotShown' }, language };
  }
  // Pay-later or checkout named ("i cant see pay later at checkout", "why dont i see pay later at checkout": not understood
  // before the login, while "why is pay later not showing at checkout?" asked for it): the status, as that does.
  if (unseenAtCheckout || (optionUnseen && CHECKOUT_OR_PAY_LATER.test(words))) {
    return { event: asked ? { type: 'STATUS', question: true } : { type: 'STATUS' }, language };
  }
  // "我是不是逾期了？？急", "逾期了几天了" (a clarifying question; the FAQ on paying "before the due date", long past): the
  // customer's own orders answer it, with the fees' answer when charges are asked too ("逾期多久了 有罚息吗").
  const overdue = FREE_TEXT_STATES.has(statePath) || personAsked ? undefined : overdueAsked(words, statePath, referents, entities.phone !== undefined);
  if (overdue) return { ...overdue, language };
  // "凭什么说我逾期了" with the lamp overdue (read as paying): disputed, a person checks it.
  const disputed = FREE_TEXT_STATES.has(statePath) || personAsked ? undefined : overdueDisputed(words, referents);
  if (disputed) return { event: disputed, language };
  // "我好像逾期了怎么办 会不会上征信啊" (the pay FAQ's "pay before the due date" and the credit check's eligibility text): what
  // being late does and paying now. "现在付 还来得及吗" with an order overdue: yes, pay it now (its payment, at the list).
  const overdueWorry = FREE_TEXT_STATES.has(statePath) || personAsked ? undefined : overdueWorried(words, referents);
  if (overdueWorry) return { event: overdueWorry, language };
  const inTime = FREE_TEXT_STATES.has(statePath) || personAsked ? undefined : stillInTimeAsked(words, statePath, referents);
  if (inTime) return { ...inTime, language };
  // "耳机到了 但是还没试 要马上付吗" (the FAQ on paying): no rush, try them first, pay by the due date or return them.
  // "can i pay next week instead?" (a due date cannot be moved, as if that were late), "能下周再付吗" (not understood): how
  // many days from now, for the answer to set against the due date.
  const later = FREE_TEXT_STATES.has(statePath) || personAsked ? undefined : payingLaterAsked(words, referents.orders);
  if (later) return { event: later, language };
  const tryFirst = FREE_TEXT_STATES.has(statePath) || personAsked ? undefined : tryBeforePayingAsked(words, referents);
  if (tryFirst) return { event: tryFirst, language };
  // "那我想开 怎么弄", "我是plus了还差啥", "不想实名 有别的办法吗": clarifying questions, or the PLUS answer.
  const aboutOnboarding = FREE_TEXT_STATES.has(statePath) || personAsked ? undefined : onboardingAsk(words, plain, statePath, referents);
  if (aboutOnboarding) return { event: aboutOnboarding, language };
  // An exchange wished for beside a return asked for ("耳机想换个颜色 退了吧": the exchange answer alone, the earbuds lost):
  // the return, the wish its reason, where exchanges are done said first (withPlainReason).
  const topicSaid = control === undefined && !personAsked ? topicOf(words) : undefined;
  const topic = topicSaid === 'exchange' && returnWithReason(words) !== undefined ? undefined : topicSaid;
  if (topic && FREE_TEXT_STATES.has(statePath) && (asked || ASKING_TOPICS.has(topic))) return { event: { type: 'TOPIC_ASKED', topic }, language };
  // Read only where words are the answer: elsewhere the intent steers anyway.
  const steers = () =>
    control !== undefined ||
    (intent !== undefined && QUESTION_INTENTS.has(intent) && asked) ||
    (understanding.kind === 'intent' &&
      understanding.confidence >= NOT_A_REASON_CONFIDENCE &&
      notAReason(understanding.intent, words, plain));
  if (FREE_TEXT_STATES.has(statePath) && !steers()) {
    const reason = reasonEvent(words, plain, typed, intent);
    if (reason) return { event: reason, language };
  }
  // "订单号 202612040001 还没到" at the phone step got "这个号码好像不太对": an order number is no phone number. Before the
  // login, the orders, after it (the words kept for the list, src/bot/dialogueTurn.ts); at the list, it is not listed.
  const orderNumber = orderNumberGiven(words, statePath, referents);
  if (orderNumber) return { ...orderNumber, language };
  if (entities.phone && phoneOffered) {
    // What was asked with it ("13800000005 我要退耳机") is where the login leads (it showed the status card); read above
    // unless the words are a return's reason.
    const request = besidePhone ?? (FREE_TEXT_STATES.has(statePath) || entities.idNumber ? readBesidePhone(nlu, words, statePath, referents) : undefined);
    return { event: phoneReceived(entities.phone, request, referents), language };
  }
  // "138000" where the phone number is asked for: a number cut short (it begins as one, 1 then 3-9), not a code typed
  // before it, which is still told the number comes first ("123456", "验证码138000"). "138000000001" anywhere (it got the
  // help menu, at the code step "the code's format"): a mobile number typed wrong. Either says how many digits it had.
  const mistyped = mistypedPhoneDigits(words, statePath === PHONE_STEP);
  if (mistyped !== undefined) return { event: { type: 'NUMBER_INVALID', digits: mistyped }, language };
  if (entities.otp) return { event: { type: 'OTP_RECEIVED', code: entities.otp }, language };
  // A request for a person the classifier was unsure of ("I want to disable pay later, get me a human") is neither a
  // topic nor an order: the intents (or the clarifying question, which offers a person) take it.
  if (topic) return { event: { type: 'TOPIC_ASKED', topic }, language };
  // A phone number in it is the courier's ("快递员139…说放门口了"), not a code or an amount the digits check is for.
  const unnumbered = entities.phone ? words.replace(/\+?\d[\d\s-]{9,}\d/g, ' ') : words;
  // Away from the list, with the orders at hand (logged in), said of the customer's own goods ("I never even got the
  // lamp" after the status card was read as paying): the same. Not at a payment or a return, where it is theirs to read.
  const ownGoods = () =>
    !PURCHASE_STEPS.has(statePath) && !!referents.orders?.length && (OWN_GOODS.test(words) || orderNamed(words, referents.orders) !== undefined);
  const notReceivedSaid = control === undefined && NOT_RECEIVED.test(unnumbered) && !NOT_RECEIVED_UNLESS.test(unnumbered);
  // Of another order on its way, at a payment's or a return's confirmation: where it is, the confirmation kept.
  if (notReceivedSaid && (statePath === RECEIPT_STEP || statePath === RETURN_CONFIRMATION) && otherOrderOnItsWay(words, referents)) {
    return { event: { type: 'TOPIC_ASKED', topic: 'delivery' }, language };
  }
  const notReceivedHere = NOT_RECEIVED_STEPS.has(statePath) || ownGoods();
  if (notReceivedHere && notReceivedSaid) {
    return { event: { type: 'TOPIC_ASKED', topic: 'notReceived' }, language };
  }
  // Goods named not come before the login ("i didn't get the earbuds yet" at the code step sent a new code; "my earbuds
  // haven't arrived" was not understood): the orders, which the login opens (at the code step it says so, the step kept).
  if (referents.account === undefined && notReceivedSaid && GOODS_NAMED.test(words)) return { event: { type: 'ORDERS', guessed: true }, language };
  // Wherever the orders are at hand (the list, a confirmation): answered there.
  if (referents.orders && statePath.startsWith('flow.purchase.') && control === undefined) {
    const topic = orderTopic(words, statePath, referents);
    // A problem with the goods being paid for: their return, not the pay question again (faultyAtPayment).
    if (topic) return { ...(faultyAtPayment(topic, words, referents) ?? { event: topic }), language };
  }
  // "i don't want to pay", "先别付", "don't return it" (the classifier's pay or return, or its cancel: "I do not want to
  // pay for the earbuds" after the login went to their payment): never that action; what it means here (declinedEvent).
  // A problem with the goods said with it ("耳机坏了，不付了") was read above.
  const declined = control === undefined || control === 'cancel' ? actionDeclined(words, asked) : undefined;
  const declinedHere = declined && declinedEvent(declined, statePath, referents, payLaterOff(statePath, referents));
  if (declinedHere) return { event: declinedHere, language };
  if (statePath === ORDER_LIST && control === undefined && !personAsked) {
    if (referents.orderId !== undefined && ORDER_LEFT_AS_IS.test(plain)) return { event: { type: 'DENY' }, language };
    // "看看", "看看吧" to the empty list's "要看看结算时怎么选用它吗？" (not understood): a yes, as to "要先看看你的订单吗？". Not
    // where it offers to turn pay-later on instead.
    const offersTheGuide = referents.orders?.length === 0 && !payLaterOff(statePath, referents);
    if (offersTheGuide && LOOKING_YES.test(plain)) return { event: { type: 'AFFIRM' }, language };
    // A plain yes to a list that offers one thing (an overdue lamp to pay): that (the list came again without a word). To
    // a list asking which order to pay or return: the one to pay, else which ones can be.
    const plainYes = referents.orderId === undefined && PLAIN_YES.test(plain);
    const only = plainYes ? (onlyChoice(referents.orders ?? []) ?? yesToGoal(referents.goal, referents.orders ?? [])) : undefined;
    if (only) return { event: only, language };
    const reading = { orderId: entities.orderId, question: asked };
    // The action asked for in place of a refused one ("耳机不付了，退了吧") is meant, as the one asked for before the list.
    const intended = actionInstead(words) ?? (referents.goal === 'pay' || referents.goal === 'return' ? referents.goal : undefined);
    // "耳机坏了能退吗？" (it asked what to do with the earbuds): yes, and their return with the fault as its reason.
    const faultReturn = faultReturnAtList(words, entities.orderId, referents);
    if (faultReturn) return { ...faultReturn, language };
    // "it's too big for my kitchen" to "what would you like to do with the rice cooker?" (not understood): its return.
    const faultSaidHere = asked ? undefined : faultAtList(words, referents);
    if (faultSaidHere) return { event: faultSaidHere, language };
    // "我要退货，耳机左耳没声音": the return with its reason (the 没 left the choice to the buttons; then the reason was asked
    // again). The order named anywhere in the words, else the one the request alone points at.
    const withReason = asked ? undefined : returnWithReason(words);
    if (withReason) {
      const orders = referents.orders ?? [];
      const chosen =
        orderEventFromWords(words, reading, orders, referents.orderId, !referents.said, 'return') ??
        orderEventFromWords(withReason.request, reading, orders, referents.orderId, !referents.said, 'return');
      if (chosen) return { event: chosen.type === 'ORDER_RETURN_CHOSEN' ? { ...chosen, reason: withReason.reason } : chosen, language };
    }
    const event = orderEventFromWords(words, reading, referents.orders ?? [], referents.orderId, !referents.said, intended);
    // "电饭煲不想要了，可以退吗": yes before the return's confirmation, as for a fault.
    if (event) return { ...(unwantedReturnAtList(words, event, referents) ?? { event }), language };
  }
  // A worry asked ("不会骗人吧", "会不会是骗子啊") is no complaint: two of them handed a prospect to a person.
  const worried = asked || /^(?:不会|该不会|应该不会|别是)/.test(words);
  if ((intent === undefined || BESIDE_A_COMPLAINT.has(intent)) && !personAsked && !worried && COMPLAINT_WORDS.test(words)) {
    return { event: { type: 'TOPIC_ASKED', topic: 'complaint' }, language };
  }
  // A digit or three where the login waits for a number ("1", "12": a code typed in part) read as nothing clear, twice,
  // and handed the customer over in the middle of logging in.
  const fewDigitsAtLogin = statePath.startsWith('flow.onboarding.login.') && /^\d{1,3}$/.test(words);
  if (understanding.kind === 'entity' || fewDigitsAtLogin || /^\D{0,6}\d[\d\s-]{3,}\D{0,6}$/.test(words)) {
    // Digits that are neither a phone number nor a code: the login step says what it expected.
    return { event: entities.orderId ? { type: 'ORDERS' } : { type: 'NUMBER_INVALID' }, language };
  }
  if (understanding.kind === 'intent') {
    // Where a yes pays or files a return, a plain one was taken above (STEP_ANSWERS); a yes with more in it ("好的我先看看")
    // is told how to go ahead or not. (A clarifying question offered a "yes" button that, rightly, did not pay.)
    if (CONSENT_STEPS.has(statePath) && understanding.intent === 'affirm') {
      return { event: { type: 'TOPIC_ASKED', topic: 'hesitantYes' }, language };
    }
    // "confirm the earbuds" to "shall we look at your orders first?" (a yes: the list, the earbuds dropped): paying them, as
    // "pay for the earbuds"; the list chooses the order from the words.
    const named = YES_SHOWS_STEPS.has(statePath) && understanding.intent === 'affirm' && !asked && referents.orders && orderNamed(plain, referents.orders);
    const namedAction = named ? plainAction(plain) : undefined;
    if (namedAction) return { event: { type: namedAction === 'pay' ? 'PAY' : 'RETURN' }, language };
    // "算了", "不用了" when asked for a phone number: the customer does not want to log in now.
    if (statePath === PHONE_STEP && understanding.intent === 'deny' && !asked) return { event: { type: 'CANCEL' }, language };
    // "不付了，我要退货" while confirming receipt: this order's return, not a help text and the same question again. A return
    // of another order said with it ("yes, and also return the rice cooker") is not this one's: one after the other.
    if (statePath === RECEIPT_STEP && understanding.intent === 'return' && !asked && referents.orderId) {
      if (returnsAnotherOrder(words, referents.orders ?? [], entities.orderId, referents.orderId)) {
        return { event: { type: 'TOPIC_ASKED', topic: 'anotherOrderNext' }, language };
      }
      return { event: { type: 'ORDER_RETURN_CHOSEN', orderId: referents.orderId }, language };
    }
    // The classifier's pay or return reads past a refusal of it ("I won't pay" during the onboarding, where no order is to
    // speak of): the other action when the words ask for it ("我不想付款，能退吗": a return, asked about); else not that
    // action, unless asked about ("不想付会怎样": what paying late does).
    const refused = understanding.intent === 'pay' || understanding.intent === 'return' ? refuses(words, understanding.intent) : false;
    const other = refused ? unrefusedAction(words) : undefined;
    if (other) return { event: { type: other === 'pay' ? 'PAY' : 'RETURN', ...(asked ? { question: true } : {}) }, language };
    if (refused && !asked) return { event: { type: 'UNCLEAR', candidates: ['deny', 'help'] }, language };
    const type = intentEventType(understanding.intent);
    return { event: asked ? { type, question: true } : { type }, language };
  }
  // A long story the classifier could not place that plainly names returning or paying ("...the left one does not work,
  // I want to send them back and get my money, how do I do that?"): that, asked or asked for.
  const action = actionNamed(words);
  // At a payment a plain return is of the order paid for: one that names another order ("return the rice cooker, never
  // mind" at the earbuds' payment asked the earbuds' reason) is that one's, after this one, as the classifier's return above.
  const anotherReturned =
    action === 'return' && !asked && statePath === RECEIPT_STEP && referents.orderId !== undefined &&
    returnsAnotherOrder(words, referents.orders ?? [], entities.orderId, referents.orderId);
  if (anotherReturned) return { event: { type: 'TOPIC_ASKED', topic: 'anotherOrderNext' }, language };
  // Both readings below are guesses where the classifier stayed under its threshold to act (DECISION_POLICY): acted on,
  // but no goal for a new login after a lapsed one ("hi 我回来了 刚才说到哪了" as the orders lost the real-name step).
  if (action) return { event: { type: action === 'return' ? 'RETURN' : 'PAY', ...(asked ? { question: true } : {}), guessed: true }, language };
  // Where an order is ("电饭煲什么时候到"): the order list shows it.
  if (WHERE_IS_IT.test(words)) return { event: { type: 'ORDERS', guessed: true }, language };
  // Only emoji or punctuation ("😡😡😡", "??"): nothing misunderstood, so no step towards a person; what the bot can do.
  if (NO_WORDS.test(typed)) return { event: { type: 'HELP' }, language };
  return { event: { type: 'UNCLEAR', candidates: understanding.candidates }, language };
}
