// The prompt of every state the dialogue can rest in: what the bot asks, with the buttons that answer it.
import type { Activity, CardAction } from 'botbuilder';
import { isPayable } from '../machines/domain';
import type { Notice } from '../machines/context';
import { RETURN_REASONS, type Topic } from '../machines/events';
import { TERMS_STEP } from '../machines/steps';
import { ask, paragraphs, tell } from './activity';
import { eventAction, intentAction, linkAction, withdrawHandoffAction } from './actions';
import type { MessageId, Translate } from './messages';
import { findOrder, formatAmount, orderTitle, ordersPrompt, overdueOrders } from './orders';
import { answeredInPlace, leadsIntoPrompt, refusedByCredit, type RenderInput, type Scene } from './scene';
import { maskPhone } from './mask';

type Prompt = (scene: Scene) => Partial<Activity>[];

/** A failed backend call: the notice already apologised, so the prompt only offers to try again (or a person). */
const retry = (id: MessageId): Prompt => (scene) => [
  ask(scene, scene.t(id), [eventAction(scene.t('button.retry'), { type: 'RETRY' }), intentAction(scene.t, 'human')]),
];

/** At a shop-page step, what follows "go ahead" or "take your time": the done button, or the bot going on once the shop tells it. */
const WAITING_AT: Record<'plus' | 'real-name', MessageId> = {
  plus: 'prompt.awaitingPlus.waiting',
  'real-name': 'prompt.awaitingRealName.waiting',
};

/**
 * A shop page the customer must visit, for their own account; the bot goes on when they (or the backend) say it is done.
 * Something else answered at the step ("开通要钱吗", "谢谢"): the whole block with its address was said already; a short
 * line and the same buttons, the page's link first.
 */
const shopStep =
  (page: 'plus' | 'real-name', textId: MessageId, againId: MessageId, openId: MessageId, doneId: MessageId): Prompt =>
  (scene) => {
    const accountId = scene.context.account?.accountId ?? scene.context.session?.accountId ?? '';
    const url = `${scene.links.shopUrl.replace(/\/+$/, '')}/shop/${page}?account=${encodeURIComponent(accountId)}`;
    // Going to do it now ("好的，我现在去认证": "go ahead") or later ("等一下": "take your time"): then how the step goes on,
    // by the button or by itself.
    const waiting = scene.notices.some((n) => n.id === 'topic' && (n.topic === 'goingNow' || n.topic === 'wait'));
    // PLUS's cost weighed ("我不想花钱"): buying it and leaving it for now offered as evenly (the usual line only says how to buy).
    const weighing = scene.notices.some((n) => n.id === 'topic' && n.topic === 'plusCostReluctance');
    const again = waiting ? WAITING_AT[page] : weighing ? 'prompt.awaitingPlus.either' : againId;
    // PLUS said paid for and not seen yet: no line or button pointing at buying it (it asked to buy it again); the done
    // button once it shows.
    const paidNotSeen = scene.notices.some((n) => n.id === 'stepNotDoneYet' && n.paid === true);
    const text = paidNotSeen ? scene.t('prompt.awaitingPlus.paidNotSeen') : answeredInPlace(scene) ? scene.t(again) : scene.t(textId, { url });
    return [
      ask(scene, text, [
        ...(paidNotSeen ? [] : [linkAction(scene.t(openId), url)]),
        eventAction(scene.t(doneId), { type: 'AFFIRM' }),
        eventAction(scene.t('button.declineTerms'), { type: 'DENY' }),
      ]),
    ];
  };

/**
 * This turn gives the conversation back from an agent who took it (not from a queue where none did), or, the turn right
 * after, says again where it stands ("what now?"): as the release said it, no colleague offered again just after one.
 */
export const releasedByAgent = (scene: Pick<RenderInput, 'notices' | 'backFromAgent'>): boolean =>
  scene.notices.some((n) => n.id === 'agentReleased' && n.notTaken !== true) || (scene.backFromAgent === true && leadsIntoPrompt(scene.notices));

/**
 * The welcome is the whole greeting, which ends asking whether to turn it on: for a new conversation or one restarted,
 * with nothing else said this turn. Otherwise it asks only what next (a yes has nothing to answer there).
 */
export function welcomeAsksToStart(input: Pick<RenderInput, 'notices' | 'returning'>): boolean {
  const restarted = input.notices.some((n) => n.id === 'restarted');
  return (restarted || !input.returning) && input.notices.every((n) => n.id === 'restarted' || n.id === 'greeting');
}

/**
 * A new conversation's first turn that is not the whole welcome (a picture, a question): nobody has greeted the customer
 * yet, so a greeting line opens the turn (dialogs/render.ts). Its first reply was "What else can I help you with?".
 * Only when the turn loop says so (`returning: false`): a rendering that does not know greets nobody.
 */
export const greetsFirst = (scene: Pick<RenderInput, 'path' | 'notices' | 'returning'>): boolean =>
  scene.path === 'flow.welcome' && scene.returning === false && !welcomeAsksToStart(scene);

/** Notices that answer nothing asked (a picture the chat cannot read, a question it cannot help with): no "what else". */
const answersNothing = (n: Notice): boolean =>
  n.id === 'greeting' || n.id === 'outOfScope' || (n.id === 'topic' && (n.topic === 'attachment' || n.topic === 'idDocument'));

/**
 * Not logged in at the welcome, said to be overdue with the credit asked ("我好像逾期了怎么办 会不会上征信啊"): the answer
 * offers the login that finds the overdue order and pays it, with its own button (dialogs/notices.ts overdueWorry).
 */
export const offersLoginToPay = (scene: LoginOfferScene): boolean =>
  scene.path === 'flow.welcome' &&
  scene.context.session === undefined &&
  scene.notices.some((n) => n.id === 'topic' && (n.topic === 'overdueWorry' || n.topic === 'overdueWhatNow'));

/**
 * Answers that, not logged in at the welcome, offer the login with a button of their own, which checks the status: the
 * login refused when the status was asked ("不想登录，直接告诉我为什么没有": why the option may not show in general), the
 * limit asked ("能提额吗", "8000块的手机额度够吗": the status card shows it once logged in; dialogs/limitAnswers.ts), and
 * where pay-later is ("先用后付在哪里": where it shows once on, checking or turning it on offered), and a call asked for
 * ("call me please": the bot cannot phone; a person, or the login to go on).
 */
const LOGIN_TO_CHECK_TOPICS = new Set<Topic>(['statusWithoutLogin', 'creditLimit', 'limitRaise', 'limitOver', 'limitWithin', 'wherePayLater', 'callBack']);
/** Answers that say the limit where it is known (dialogs/limitAnswers.ts): the enabled prompt does not say it again. */
const LIMIT_TOPICS = new Set<Topic>(['creditLimit', 'limitRaise', 'limitOver', 'limitWithin']);

/** Not logged in at the welcome, an answer that offers the login to check (LOGIN_TO_CHECK_TOPICS): the menu stands aside. */
export const offersLoginToCheck = (scene: LoginOfferScene): boolean =>
  scene.path === 'flow.welcome' &&
  scene.context.session === undefined &&
  scene.notices.some((n) => n.id === 'topic' && LOGIN_TO_CHECK_TOPICS.has(n.topic));

/** What tells whether a login is offered: where the dialogue rests, what it holds, what this turn said. */
type LoginOfferScene = Pick<Scene, 'path' | 'context' | 'notices'>;
/**
 * What a login offered with its own button is for, where the dialogue does not hold it as the goal already: paying the
 * overdue order (offersLoginToPay). The status's login (offersLoginToCheck) follows a status asked, which is the goal.
 */
export const LOGIN_OFFERS = ['pay'] as const;
export type LoginOffer = (typeof LOGIN_OFFERS)[number];

/**
 * The login this turn's answer offers, and what for. A phone number typed instead of tapping the button is that login
 * (src/bot/dialogueTurn.ts keeps this for the next turn): typed, it lost the purpose, and the login ended at the status
 * card asking "要先看看你的订单吗？" instead of the overdue order.
 */
export const loginOffered = (scene: LoginOfferScene): LoginOffer | undefined => (offersLoginToPay(scene) ? 'pay' : undefined);

/**
 * Whether the welcome's turn ends on a question a yes answers: the greeting's "shall we turn it on?", or an answer that
 * offers a login with its own button ("要我帮你查一下，或者现在就开通吗？"). After the open "what else can I help you with?" a
 * yes asks for nothing, and is only acknowledged (src/bot/understanding.ts).
 */
export const welcomeAsksYes = (scene: LoginOfferScene & Pick<RenderInput, 'returning'>): boolean =>
  welcomeAsksToStart(scene) || offersLoginToPay(scene) || offersLoginToCheck(scene);

/**
 * The welcome prompt is the greeting, unless something was already said this turn (then it just asks what next, or, when
 * the answer asked what the question is, offers the buttons without asking again). An answer that offers its own way on
 * (offersLoginToPay) is the turn's question: the menu stands aside.
 */
const welcome: Prompt = (scene) => {
  const { t } = scene;
  if (offersLoginToPay(scene) || offersLoginToCheck(scene)) return [];
  const fresh = welcomeAsksToStart(scene);
  const asked = scene.notices.some((n) => n.id === 'topic' && n.topic === 'questionComing');
  // On a first turn that answered nothing there is no "else" yet: it asks plainly, after the greeting line.
  const again = greetsFirst(scene) && scene.notices.every(answersNothing) ? 'welcome.first' : 'welcome.again';
  return [
    ask(scene, t(fresh ? 'welcome.greeting' : asked ? 'welcome.orTap' : again), [
      intentAction(t, 'enable'),
      intentAction(t, 'what_is'),
      intentAction(t, 'requirements'),
      intentAction(t, 'checkout'),
      intentAction(t, 'orders'),
    ]),
  ];
};

/** Answers that ask on with buttons of their own (dialogs/notices.ts): the enabled prompt stands aside. */
const ASKING_TOPICS = new Set<Topic>(['notReceived', 'debtDisputed', 'payOnArrival']);
/** Answers that, with an order overdue, offer paying it now and a person with buttons of their own (dialogs/notices.ts). */
const PAY_NOW_TOPICS = new Set<Topic>(['dueExtension', 'collection']);

/**
 * "It is on", with the limit; after a status card this turn (which says both) only what comes next: how to use it, or,
 * with an order to pay now (the card said so), the orders first.
 */
const enabled: Prompt = (scene) => {
  const { t } = scene;
  // Goods said not to have come: the answer asks, with a person and the orders (it went on "an order to pay now, shall we
  // look?"), as at the list (dialogs/orders.ts).
  // So do a debt disputed (a person first) and when goods on their way are paid: one message, no "it is on 🎉" after it.
  if (scene.notices.some((n) => n.id === 'topic' && ASKING_TOPICS.has(n.topic))) return [];
  // Turning it off asked ("我不想用了，帮我关掉": "I can't turn it off here", then "it is on 🎉"): the answer says where it is
  // done, and its person button (dialogs/render.ts) is the way on.
  if (scene.notices.some((n) => n.id === 'topic' && n.topic === 'disable')) return [];
  // A due date asked to be put off, or collection asked of, with an order overdue: the answer offers paying now and a person
  // (no "it is on 🎉").
  if (scene.notices.some((n) => n.id === 'topic' && PAY_NOW_TOPICS.has(n.topic)) && overdueOrders(scene).length > 0) return [];
  const limit = scene.context.account?.payLater.limit;
  const statusShown = scene.notices.some((n) => n.id === 'statusCard');
  const limitSaid = statusShown || scene.notices.some((n) => n.id === 'topic' && LIMIT_TOPICS.has(n.topic));
  const owesNow = scene.context.orders?.some(isPayable) === true;
  // On before this turn (the machine's payLaterAlreadyOn said so): no "it is on 🎉" as if just turned on.
  const onBefore = scene.notices.some((n) => n.id === 'payLaterAlreadyOn');
  const howToUse = eventAction(t('button.howToUse'), { type: 'CHECKOUT' });
  const buttons = owesNow ? [intentAction(t, 'orders'), howToUse] : [howToUse, intentAction(t, 'orders')];
  // Something else answered where it was said already that it is on ("能提额吗", "白条和先用后付有什么区别"): what next in a
  // line, the same question a yes answers (it said "it is on 🎉" and the limit again after every answer).
  const again = answeredInPlace(scene) && !statusShown;
  if (again && !scene.context.debtDisputed) return [ask(scene, t(owesNow ? 'prompt.enabled.again.owed' : 'prompt.enabled.again.next'), buttons)];
  const text = paragraphs(
    statusShown || onBefore ? undefined : t('prompt.enabled'),
    limitSaid || limit === undefined ? undefined : t('prompt.enabled.limit', { limit: formatAmount(limit) }),
    t(owesNow ? 'prompt.enabled.owed' : 'prompt.enabled.next'),
  );
  // A debt the customer disputed: a person checks it before anything is paid, so a person comes first, then the orders.
  if (owesNow && scene.context.debtDisputed) {
    const disputed = paragraphs(statusShown || onBefore || again ? undefined : t('prompt.enabled'), t('prompt.enabled.disputed'));
    return [ask(scene, disputed, [intentAction(t, 'human'), intentAction(t, 'orders')])];
  }
  return [ask(scene, text, buttons)];
};

/**
 * How to pick it at checkout. The option shows only once pay-later is on: a customer not known to have it ("我想先用后付买个
 * 手机" before logging in) is told so and offered to turn it on, which checks first and skips what is done.
 */
const checkoutGuide: Prompt = (scene) => {
  const { t } = scene;
  // The credit check refused it: not offered again (it would only refuse again), it is said why, and a person offered.
  if (refusedByCredit(scene)) {
    const person = eventAction(t('button.toAgent'), { type: 'HUMAN' });
    const shop = linkAction(t('button.openShop'), scene.links.shopUrl);
    if (answeredInPlace(scene)) return [ask(scene, t('prompt.checkoutGuide.again.refused'), [person, intentAction(t, 'checkout'), shop])];
    return [ask(scene, paragraphs(t('faq.checkout'), t('prompt.checkoutGuide.refused')), [person, shop])];
  }
  const payLater = scene.context.account?.payLater.enabled;
  const notYet = payLater === undefined ? 'prompt.checkoutGuide.unknown' : payLater ? undefined : 'prompt.checkoutGuide.notEnabled';
  const buttons = [
    notYet ? intentAction(t, 'enable') : eventAction(t('button.gotIt'), { type: 'AFFIRM' }),
    intentAction(t, 'orders'),
    linkAction(t('button.openShop'), scene.links.shopUrl),
  ];
  // Something else answered at the guide ("谢谢", "能分期吗"): the steps were said already; a line, and a button for them.
  if (answeredInPlace(scene)) {
    const text = t(notYet ? 'prompt.checkoutGuide.again.notYet' : 'prompt.checkoutGuide.again');
    return [ask(scene, text, [buttons[0], intentAction(t, 'checkout'), ...buttons.slice(1)])];
  }
  // A purchase in mind ("我想用先用后付买个冰箱"): the limit it has to fit in, when known; the checkout page decides.
  const limit = payLater ? scene.context.account?.payLater.limit : undefined;
  const limitNote = limit === undefined ? undefined : t('prompt.checkoutGuide.limit', { limit: formatAmount(limit) });
  return [ask(scene, paragraphs(t('faq.checkout'), notYet && t(notYet), limitNote), buttons)];
};

const confirmingReceipt: Prompt = (scene) => {
  const { t } = scene;
  const order = findOrder(scene, scene.context.orderId);
  const text = t('prompt.confirmingReceipt', {
    title: orderTitle(scene, scene.context.orderId),
    amount: order ? formatAmount(order.amount) : '',
  });
  return [
    ask(scene, text, [
      eventAction(t('button.confirmPay'), { type: 'AFFIRM' }),
      eventAction(t('button.notNow'), { type: 'DENY' }),
    ]),
  ];
};

/**
 * A reason the customer typed is shown as given (phone-like digits masked, full-width ones too); a button's code reads as
 * its label.
 */
function reasonText(scene: Scene): string {
  const reason = scene.context.returnReason ?? '';
  const code = RETURN_REASONS.find((r) => r === reason);
  // The sentence around it ends with its own full stop ("原因：坏了。。").
  return code ? scene.t(`returnReason.${code}`) : reason.replace(/[\d\uFF10-\uFF19]{7,}/g, maskPhone).replace(/[。．.!！~～\s]+$/u, '');
}

const awaitingReturnReason: Prompt = (scene) => {
  const { t } = scene;
  const title = orderTitle(scene, scene.context.orderId);
  // After "其他原因": the customer's own words are wanted now, not another button.
  if (scene.context.returnReason === 'other') {
    return [ask(scene, t('prompt.awaitingReturnReason.other', { title }), [eventAction(t('button.keepOrder'), { type: 'DENY' })])];
  }
  return [
    ask(scene, t('prompt.awaitingReturnReason', { title }), [
      ...RETURN_REASONS.map((reason) => eventAction(t(`returnReason.${reason}`), { type: 'RETURN_REASON_GIVEN', reason })),
      eventAction(t('button.keepOrder'), { type: 'DENY' }),
    ]),
  ];
};

const confirmingReturn: Prompt = (scene) => {
  const { t } = scene;
  const text = t('prompt.confirmingReturn', { title: orderTitle(scene, scene.context.orderId), reason: reasonText(scene) });
  return [
    ask(scene, text, [
      eventAction(t('button.submitReturn'), { type: 'AFFIRM' }),
      eventAction(t('button.keepOrder'), { type: 'DENY' }),
    ]),
  ];
};

/** The clarify notice already asked, with the candidates as buttons; the prompt only speaks when it did not. */
const clarifying: Prompt = (scene) =>
  scene.notices.some((n) => n.id === 'clarify')
    ? []
    : [ask(scene, scene.t('prompt.clarifying'), [intentAction(scene.t, 'help'), intentAction(scene.t, 'human')])];

/**
 * Handed over, with the customer's place in the queue when it is known (it was told only when they wrote again), and the
 * button that takes the request back, as every later "one is coming" has it.
 */
const handoff: Prompt = (scene) => {
  const reason = scene.context.handoffReason ?? 'customer_request';
  const ahead = scene.queueAhead;
  const place =
    ahead === undefined
      ? undefined
      : scene.t(ahead === 0 ? 'prompt.handoff.queue.none' : ahead === 1 ? 'prompt.handoff.queue.one' : 'prompt.handoff.queue.many', { ahead });
  const text = paragraphs(scene.t('prompt.handoff', { lead: scene.t(`handoff.lead.${reason}`) }), place);
  // A statement, not a question: the bot waits for nothing, the agent is coming.
  return [tell(scene, text, [withdrawHandoffAction(scene.t)])];
};

const simple =
  (id: MessageId, buttons: (scene: Scene) => CardAction[] = () => []): Prompt =>
  (scene) => [ask(scene, scene.t(id), buttons(scene))];

/** A person now, or not now: the buttons of a login that cannot go on with this number. */
const loginStoppedActions = (t: Translate): CardAction[] => [
  eventAction(t('button.toAgent'), { type: 'AFFIRM' }),
  eventAction(t('button.notNow'), { type: 'CANCEL' }),
];

/**
 * The login stopped after three wrong codes: a new login, with a new code, is how to try again, or a person now. No wait
 * is claimed: nothing holds this conversation's next login (the number's own limit does, src/bot/loginAttempts.ts). Why
 * it stopped, or how long to wait, asked this turn was answered: only the person is offered again.
 */
const loginPaused: Prompt = (scene) => {
  const { t } = scene;
  const waitSaid = scene.notices.some((n) => n.id === 'topic' && (n.topic === 'loginPauseWait' || n.topic === 'loginPauseWhy'));
  return [ask(scene, waitSaid ? t('prompt.blocked.again') : t('prompt.blocked'), loginStoppedActions(t))];
};

/**
 * The number typed is locked after too many wrong codes, here or in other conversations: the customer may have made no
 * try here, so no "too many tries" of theirs. Another number, the same one once the time is up, or a person. The lock's
 * notice this turn said the backend's minutes: the prompt says none of its own (the two disagreed).
 */
const numberLocked: Prompt = (scene) => {
  const { t } = scene;
  // Why, or how long, answered this turn told the lock as well.
  const lockTold = scene.notices.some((n) => n.id === 'phoneLocked' || (n.id === 'topic' && (n.topic === 'loginPauseWait' || n.topic === 'loginPauseWhy')));
  return [ask(scene, lockTold ? t('prompt.numberLocked.told') : t('prompt.numberLocked'), loginStoppedActions(t))];
};

/**
 * Credit refused: a person offered. Right after an agent gave the conversation back, a person just looked into it: the
 * same facts without the offer ("got it" goes on to the menu).
 */
const creditRefused: Prompt = (scene) => {
  const { t } = scene;
  if (releasedByAgent(scene)) {
    return [ask(scene, t('prompt.creditRefused.afterAgent'), [eventAction(t('button.gotIt'), { type: 'DENY' })])];
  }
  // Something else answered at the refusal ("为什么不能开", "要手续费吗"): the whole refusal was said when it came (persona 3
  // heard it after every question); a line with the same buttons.
  return [
    ask(scene, t(answeredInPlace(scene) ? 'prompt.creditRefused.again' : 'prompt.creditRefused'), [
      eventAction(t('button.toAgent'), { type: 'HUMAN' }),
      eventAction(t('button.notNow'), { type: 'DENY' }),
    ]),
  ];
};

/**
 * At the terms, answers the step's own line says in their place: a hesitant yes ("ok cool", "k", "ok...") is told how to go
 * ahead by the reminder, which names the button (the general "tap the confirm button below" before it said the same
 * again), and a wait ("ok wait", "等一下") gets "take your time" with the buttons, and no hint to go ahead.
 */
const SAID_BY_THE_TERMS = new Set<Topic>(['hesitantYes', 'wait']);
const waitAsked = (scene: Scene): boolean => scene.notices.some((n) => n.id === 'topic' && n.topic === 'wait');

/** A notice the terms' line says itself this turn (dialogs/render.ts leaves it out). */
export const saidByTheTerms = (scene: Scene, notice: Notice): boolean =>
  scene.path === TERMS_STEP && notice.id === 'topic' && SAID_BY_THE_TERMS.has(notice.topic) && answeredInPlace(scene);

/**
 * The conditions met and what to know before turning it on. Something else answered at the step ("要手续费吗", "谢谢"): the
 * block was said when the step came, so a line with the same buttons (one conversation got the block four times).
 */
const confirmingTerms: Prompt = (scene) => {
  const { t } = scene;
  const again = waitAsked(scene) ? 'prompt.confirmingTerms.waiting' : 'prompt.confirmingTerms.again';
  return [
    ask(scene, t(answeredInPlace(scene) ? again : 'prompt.confirmingTerms'), [
      eventAction(t('button.acceptTerms'), { type: 'AFFIRM' }),
      eventAction(t('button.declineTerms'), { type: 'DENY' }),
    ]),
  ];
};

/** Notices that ask for the code themselves, with their buttons (dialogs/notices.ts): the code step's prompt stands aside. */
const CODE_ASKED = new Set<string>(['codeNotChecked', 'typeCodeAgain', 'codeSentLately']);

/** The code step's buttons: a new code, or leaving the login. */
export const codeStepActions = (t: Translate): CardAction[] => [
  eventAction(t('button.resendOtp'), { type: 'OTP_RESEND_REQUESTED' }),
  intentAction(t, 'cancel'),
];

const awaitingOtp: Prompt = (scene) =>
  scene.notices.some((n) => CODE_ASKED.has(n.id)) ? [] : simple('prompt.awaitingOtp', ({ t }) => codeStepActions(t))(scene);

/** Every state path the machine can rest in; a test checks this list against the machine. */
export const PROMPTS = {
  'flow.welcome': welcome,
  // The number is typed; the button is the way out, as at the code step (the login was the only step without one).
  'flow.onboarding.login.awaitingPhone': simple('prompt.awaitingPhone', ({ t }) => [intentAction(t, 'cancel')]),
  'flow.onboarding.login.requestingOtp.failed': retry('retry.sendCode'),
  'flow.onboarding.login.awaitingOtp': awaitingOtp,
  'flow.onboarding.login.blocked': loginPaused,
  'flow.onboarding.login.numberLocked': numberLocked,
  'flow.onboarding.loadingAccount.failed': retry('retry.loadAccount'),
  'flow.onboarding.awaitingPlus': shopStep('plus', 'prompt.awaitingPlus', 'prompt.awaitingPlus.again', 'button.openPlus', 'button.plusDone'),
  'flow.onboarding.awaitingRealName': shopStep(
    'real-name',
    'prompt.awaitingRealName',
    'prompt.awaitingRealName.again',
    'button.openRealName',
    'button.realNameDone',
  ),
  'flow.onboarding.creditRefused': creditRefused,
  'flow.onboarding.confirmingTerms': confirmingTerms,
  'flow.onboarding.enablingPayLater.failed': retry('retry.enable'),
  'flow.onboarding.enabled': enabled,
  'flow.purchase.menu': simple('prompt.menu', ({ t }) => [
    intentAction(t, 'checkout'),
    intentAction(t, 'orders'),
    intentAction(t, 'status'),
    intentAction(t, 'help'),
  ]),
  'flow.purchase.checkoutGuide': checkoutGuide,
  'flow.purchase.loadingOrders.failed': retry('retry.loadOrders'),
  'flow.purchase.showingOrders': ordersPrompt,
  'flow.purchase.confirmingReceipt': confirmingReceipt,
  'flow.purchase.payingOrder.failed': retry('retry.pay'),
  'flow.purchase.awaitingReturnReason': awaitingReturnReason,
  'flow.purchase.confirmingReturn': confirmingReturn,
  'flow.purchase.requestingReturn.failed': retry('retry.return'),
  clarifying,
  handoff,
} satisfies Record<string, Prompt>;

export type RestingPath = keyof typeof PROMPTS;
export const RESTING_PATHS = Object.keys(PROMPTS) as RestingPath[];

const isRestingPath = (path: string): path is RestingPath => Object.hasOwn(PROMPTS, path);

/** Busy states (a backend call in flight) have no prompt: the turn is rendered once the call settles. */
export const renderPrompt = (scene: Scene): Partial<Activity>[] =>
  isRestingPath(scene.path) ? PROMPTS[scene.path](scene) : [];
