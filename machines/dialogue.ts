// The whole dialogue as one XState v5 statechart: onboarding, purchase help, interruptions and handoff.
import { and, assign, enqueueActions, not, or, raise, setup, stateIn } from 'xstate';
import { isPayable, isReturnable, type Account, type Intent, type Order, type OrderStatus, type Session } from './domain';
import type { DialogueEvent, ExternalStep } from './events';
import { intentEventType } from './events';
import {
  initialContext,
  MAX_OTP_ATTEMPTS,
  MAX_PHONE_ATTEMPTS,
  ORDER_GOALS,
  type DialogueContext,
  type Goal,
  type HandoffReason,
  type Notice,
} from './context';
import { failureKindOf, mayHaveBeenDone, portActors, type OtpSent, type OtpTooSoon, type Outcome } from './ports';

/** Bumped whenever old snapshots would be unreadable or read differently; `snapshot.ts` migrates them. */
export const MACHINE_VERSION = 2;

/** The default wait for one backend call; the account client's own timeout is shorter. */
export const DEFAULT_BACKEND_TIMEOUT_MS = 5000;

// Invocation results reach actions and guards as done/error events, typed here once.
const outputOf = <T>(event: unknown): T => (event as { output: T }).output;

/** Pay-later is on and the conversation has not listed the orders: the status card could not say what is owed. */
const owedUnknown = (context: DialogueContext): boolean => context.account?.payLater.enabled === true && context.orders === undefined;
const errorOf = (event: unknown): unknown => (event as { error: unknown }).error;

const sessionOf = (context: DialogueContext): Session => {
  if (!context.session) throw new Error('a backend call that needs a session ran without one');
  return context.session;
};

const addNotice = (context: DialogueContext, notice: Notice): Notice[] => [...context.notices, notice];

const orderIn = (context: DialogueContext, orderId: string): Order | undefined =>
  context.orders?.find((o) => o.orderId === orderId);

/** The status of the order in question in the orders just read. */
const statusNow = (context: DialogueContext, event: unknown): OrderStatus | undefined =>
  outputOf<Order[]>(event).find((o) => o.orderId === context.orderId)?.status;

/**
 * What the customer is told of an order done: paid or its return requested now, or (a refused payment that found it paid)
 * paid before, with nothing charged this time.
 */
type OrderDoneNotice = 'orderPaid' | 'orderPaidBefore' | 'returnRequested';

/** An order paid now that was overdue until then: remembered as paid late (DialogueContext.paidLate). */
const paidLateAfter = (context: DialogueContext, orderId: string, change: OrderDoneNotice): string[] | undefined =>
  change === 'orderPaid' && orderIn(context, orderId)?.status === 'overdue'
    ? [...new Set([...(context.paidLate ?? []), orderId])]
    : context.paidLate;

/** The orders as they are now, with the order in question done and the customer told so. */
const orderDone = (context: DialogueContext, orders: Order[] | undefined, orderId: string, change: OrderDoneNotice) => ({
  orders,
  paidLate: paidLateAfter(context, orderId, change),
  orderId: undefined,
  returnReason: undefined,
  returnTakenBack: undefined,
  complaints: 0,
  notices: addNotice(context, { id: change, orderId }),
});

/**
 * The reason a return of the order chosen takes: said with it ("还是退吧" after "不退了", "耳机退货，音质太差"), or said with the
 * return asked for before any order was chosen ("我要退货，尺码太大", then the rice cooker's 申请退货 button).
 */
const reasonFor = (context: DialogueContext, event: DialogueEvent): string | undefined =>
  event.type !== 'ORDER_RETURN_CHOSEN' ? undefined : (event.reason ?? (context.goal === 'return' ? context.returnReasonSaid : undefined));

/**
 * The typed number is the one the account's masked number shows ("138****0006"): its own digits, every one the mask shows.
 * A backend may mask in its own way ('*' stands for any digit). Only where the login's digest is not known (ownNumber):
 * another number with the same visible digits matches too.
 */
const matchesMasked = (masked: string, phone: string): boolean =>
  masked.length === phone.length && /\d{4}/.test(masked.replace(/\*/g, '')) && [...masked].every((c, i) => c === '*' || c === phone[i]);

const isStepDone = (account: Account, step: ExternalStep): boolean =>
  step === 'plus' ? account.plus.active : account.realName.verified;

export const dialogueSetup = setup({
  types: {
    context: {} as DialogueContext,
    events: {} as DialogueEvent,
  },
  actors: portActors,
  delays: {
    backendTimeout: DEFAULT_BACKEND_TIMEOUT_MS,
  },
  guards: {
    otherReason: ({ event }) => event.type === 'RETURN_REASON_GIVEN' && event.reason === 'other',
    /**
     * A return with its reason: taken up again ("不退了", then "还是退吧"), or asked for with it ("我要退货，左耳没声音"), before
     * the order was chosen too ("我要退货，尺码太大", then an order).
     */
    reasonCarried: ({ context, event }) => reasonFor(context, event) !== undefined,
    hasSession: ({ context }) => context.session !== undefined,
    /**
     * Logged in, the number typed is the account's own: logging in with it again would only send a code. Told by the two
     * numbers' keyed digests (the bot keeps no phone number after the login); without one of them (a login saved before
     * digests were kept, or passed by an agent), by the masked number.
     */
    ownNumber: ({ context, event }) =>
      event.type === 'PHONE_RECEIVED' &&
      context.session !== undefined &&
      context.account !== undefined &&
      (context.ownPhoneDigest !== undefined && event.phoneDigest !== undefined
        ? event.phoneDigest === context.ownPhoneDigest
        : matchesMasked(context.account.phoneMasked, event.phone)),
    /**
     * No orders, and whether pay-later is on is not known (an agent passed the session; no account was read): the empty list
     * offered the checkout guide to a customer who cannot have the option yet.
     */
    noOrdersAccountUnknown: ({ context, event }) => outputOf<Order[]>(event).length === 0 && context.account === undefined,
    /**
     * A login under way; a stopped one is not, nor one whose number is locked (asking to enable or an agent's release
     * starts it over).
     */
    loggingIn: and([stateIn('#login'), not(stateIn('#loginBlocked')), not(stateIn('#numberLocked'))]),
    outcomeOk: ({ event }) => outputOf<Outcome<unknown, string>>(event).ok,
    sessionExpired: ({ event }) => failureKindOf(errorOf(event)) === 'unauthorized',
    fewInvalidPhones: ({ context }) => context.phoneAttempts + 1 < MAX_PHONE_ATTEMPTS,
    otpAttemptsLeft: ({ context }) => context.otpAttempts + 1 < MAX_OTP_ATTEMPTS,
    /**
     * A code typed where no login waits for one, with the phone number a code went to still known (kept when the login
     * was left: "取消" at the code step, then "123456") and no account logged in: the login can go on with it.
     */
    codeForLeftLogin: ({ context }) =>
      context.phone !== undefined && context.session === undefined && context.otpAttempts < MAX_OTP_ATTEMPTS,
    /** The same, but the login was left after too many wrong codes: it stays paused. */
    codeForBlockedLogin: ({ context }) => context.phone !== undefined && context.session === undefined,
    /** The phone number had too many wrong codes lately, in this conversation or others (src/bot/loginAttempts.ts). */
    /** Digits typed as a mobile number, but not a valid one (NUMBER_INVALID's `digits`): told what is wrong with it. */
    phoneMistyped: ({ event }) => event.type === 'NUMBER_INVALID' && event.digits !== undefined,
    phoneLockedOut: ({ event }) => {
      // A code sent answers nothing (requestOtp).
      const outcome = outputOf<Outcome<unknown, string> | undefined>(event);
      return outcome?.ok === false && outcome.error === 'too_many_attempts';
    },
    /** No code sent: one went to the number a moment ago (src/bot/codeResends.ts, or the backend's 429). */
    codeSentLately: ({ event }) => {
      const outcome = outputOf<Outcome<unknown, string> | undefined>(event);
      return outcome?.ok === false && outcome.error === 'too_soon';
    },
    wantsOrders: ({ context }) => ORDER_GOALS.has(context.goal),
    /** After a new login, the order whose payment the lapsed one stopped can still be paid: ask for it again. */
    resumesPayment: ({ context, event }) =>
      context.goal === 'payOrder' && isPayable(outputOf<Order[]>(event).find((o) => o.orderId === context.orderId)),
    resumesReturn: ({ context, event }) =>
      context.goal === 'returnOrder' &&
      context.returnReason !== undefined &&
      isReturnable(outputOf<Order[]>(event).find((o) => o.orderId === context.orderId)),
    resumesOrderAction: ({ context }) => context.goal === 'payOrder' || context.goal === 'returnOrder',
    needsPlus: ({ context }) => context.account?.plus.active === false,
    needsRealName: ({ context }) => context.account?.realName.verified === false,
    creditRefused: ({ context }) => context.account?.credit.eligible === false,
    payLaterEnabled: ({ context }) => context.account?.payLater.enabled === true,
    /** The account just fetched has pay-later on, and the conversation has not listed its orders yet. */
    enabledWithOrdersUnknown: ({ context, event }) => owedUnknown({ ...context, account: outputOf<Account>(event) }),
    /** The customer's own status is what the login is for ("为什么我结算页看不到先用后付"). */
    statusAsked: ({ context }) => context.goal === 'status',
    /**
     * Status asked, or enabling asked for, while logging in, by a customer with pay-later on whose orders are not known
     * yet: what is owed is part of the answer ("开通" from a customer with an overdue order heard only "it is on 🎉").
     */
    statusOwedUnknown: ({ context }) => (context.goal === 'status' || context.goal === 'enable') && owedUnknown(context),
    /** Known to be off (an account loaded): not merely unknown, as after an agent passed a session. */
    payLaterOff: ({ context }) => context.account?.payLater.enabled === false,
    orderPayable: ({ context, event }) => event.type === 'ORDER_PAY_CHOSEN' && isPayable(orderIn(context, event.orderId)),
    orderReturnable: ({ context, event }) =>
      event.type === 'ORDER_RETURN_CHOSEN' && isReturnable(orderIn(context, event.orderId)),
    /** The order the customer named can be paid or returned now (otherwise there is nothing to ask about it). */
    mentionedOrderActionable: ({ context, event }) => {
      const order = event.type === 'ORDER_MENTIONED' ? orderIn(context, event.orderId) : undefined;
      return isPayable(order) || isReturnable(order);
    },
    noOrders: ({ context }) => (context.orders ?? []).length === 0,
    /** An order named at the list, asked what to do with it. */
    orderInQuestion: ({ context }) => context.orderId !== undefined,
    /** Read again after a refusal, the order in question is paid (resp. its return requested): it went through after all. */
    orderNowPaid: ({ context, event }) => statusNow(context, event) === 'paid',
    returnNowRequested: ({ context, event }) => statusNow(context, event) === 'return_requested',
    /** An order listed in the conversation is due now (delivered, or overdue). */
    owesNow: ({ context }) => context.orders?.some(isPayable) === true,
    /** No account loaded says pay-later is on (not logged in, or off): the checkout page will not offer it. */
    payLaterNotKnownOn: ({ context }) => context.account?.payLater.enabled !== true,
    /** The shop-page step the customer is at is found done (by a status check): the onboarding goes on. */
    plusNowActive: ({ context }) => context.account?.plus.active === true,
    realNameNowVerified: ({ context }) => context.account?.realName.verified === true,
    releasedWithIntent: ({ event }) => event.type === 'AGENT_RELEASED' && event.intent !== undefined,
    /** A request a support agent handed on (a release's or a hand-in's intent), not the customer's own words. */
    fromAgent: ({ event }) => 'fromAgent' in event && event.fromAgent === true,
    /**
     * Asked, not asked for ("逾期会怎样？"), in the middle of a step (logging in, a shop-page step, the terms, a failed
     * call waiting for its retry): answered there, the step kept. Only between steps does a question about paying or
     * returns also open the orders.
     */
    askedMidStep: and([
      'asked',
      not(
        or([
          stateIn('#welcome'),
          stateIn('#dialogue.flow.purchase.menu'),
          stateIn('#enabled'),
          stateIn('#checkoutGuide'),
          stateIn('#showingOrders'),
        ]),
      ),
    ]),
    /** Asked before logging in: answered; logging in is for acting on one's own orders, not for an answer. */
    askedBeforeLogin: and(['asked', not('hasSession')]),
    /** The words asked rather than asked for ("逾期会怎样？" against "我要付款"). */
    asked: ({ event }) => 'question' in event && event.question === true,
    agentAway: ({ event }) => event.type === 'HANDOFF_WITHDRAWN' && event.agentAway === true,
    /** A yes in the step's own words under a clarifying question (src/bot/dialogueTurn.ts). */
    confirmedInWords: ({ event }) => (event.type === 'AFFIRM' || event.type === 'DENY') && 'confirmed' in event && event.confirmed === true,
    /** A complaint lodged in so many words: the agent is told it is one. */
    complaintLodged: ({ event }) => event.type === 'HUMAN' && 'complaint' in event && event.complaint === true,
    /** A person asked for with PLUS said paid for: the agent is told it is that payment. */
    plusPaymentRaised: ({ event }) => event.type === 'HUMAN' && 'paid' in event && event.paid === true,
    /** A second complaint: the apology was said already, so a person takes over. */
    complainedBefore: ({ context, event }) =>
      event.type === 'TOPIC_ASKED' && event.topic === 'complaint' && context.complaints > 0,
    /**
     * At a payment, the goods said not to have come, or faulty where they cannot go back: nothing of theirs is to be
     * confirmed or paid on a bare yes.
     */
    leavesPayment: ({ event }) => event.type === 'TOPIC_ASKED' && (event.topic === 'notReceived' || event.topic === 'orderProblem'),
  },
  actions: {
    say: assign(({ context }, notice: Notice) => ({ notices: addNotice(context, notice) })),
    clarify: assign(({ context, event }) =>
      event.type === 'UNCLEAR' ? { notices: addNotice(context, { id: 'clarify', candidates: event.candidates }) } : {},
    ),
    answerTopic: assign(({ context, event }) =>
      event.type !== 'TOPIC_ASKED'
        ? {}
        : {
            // The order the question named goes with it, to be answered of that order alone; so does when paying is asked for.
            notices: addNotice(context, {
              id: 'topic',
              topic: event.topic,
              ...(event.orderId === undefined ? {} : { orderId: event.orderId }),
              ...(event.inDays === undefined ? {} : { inDays: event.inDays }),
            }),
            complaints: context.complaints + (event.topic === 'complaint' ? 1 : 0),
            ...(event.topic === 'debtDisputed' ? { debtDisputed: true } : {}),
          },
    ),
    answerFaq: assign(({ context, event }) =>
      event.type === 'FAQ_ASKED' ? { notices: addNotice(context, { id: 'faq', topic: event.topic }) } : {},
    ),
    answerIfAsked: assign(({ context, event }, topic: Intent) =>
      'question' in event && event.question ? { notices: addNotice(context, { id: 'faq', topic }) } : {},
    ),
    /**
     * A payment or return waiting for a new login (payOrder, returnOrder) stays the goal when the customer asks to pay or
     * return. A return asked for with its reason keeps the reason for the order chosen next; any other goal drops it.
     * A guessed request (events.ts `guessed`) keeps the goal it replaced, for a login that turns out lapsed.
     */
    setGoal: assign(({ context, event }, goal: Goal) => {
      const waiting = (context.goal === 'payOrder' && goal === 'pay') || (context.goal === 'returnOrder' && goal === 'return');
      const said = goal === 'return' && !waiting && event.type === 'RETURN' && 'reason' in event ? event.reason : undefined;
      const guessed = 'guessed' in event && event.guessed === true;
      return { goal: waiting ? context.goal : goal, returnReasonSaid: said, goalBeforeGuess: guessed ? (context.goalBeforeGuess ?? context.goal) : undefined };
    }),
    /**
     * A guessed request found the login lapsed: the new login leads back to the goal before it (the step the customer was
     * at), and says where we were; the guess is dropped.
     */
    dropGuessedGoal: assign(({ context }) =>
      context.goalBeforeGuess === undefined ? {} : { goal: context.goalBeforeGuess, goalBeforeGuess: undefined, backAfterLapsedGuess: true },
    ),
    /** Logged in again after a lapsed guess (dropGuessedGoal): where we were, before the step. */
    sayWhereWeWereAfterLapse: assign(({ context }) =>
      context.backAfterLapsedGuess ? { backAfterLapsedGuess: undefined, notices: addNotice(context, { id: 'topic', topic: 'whereWeWere' }) } : {},
    ),
    /**
     * Cancelling gives up a payment or return waiting for a new login too: the next login must not bring it back, nor say
     * where we were.
     */
    dropWaitingOrder: assign(({ context }) => ({
      backAfterLapsedGuess: undefined,
      ...(context.goal === 'payOrder' || context.goal === 'returnOrder' ? { goal: 'orders' as Goal, orderId: undefined, returnReason: undefined } : {}),
    })),
    reset: assign(() => initialContext()),
    /** A request said with the number ("13800000005 我要退耳机") is the goal, as said before it (setGoal's rule). */
    rememberPhone: assign(({ context, event }) => {
      if (event.type !== 'PHONE_RECEIVED') return {};
      const waiting = (context.goal === 'payOrder' && event.goal === 'pay') || (context.goal === 'returnOrder' && event.goal === 'return');
      const goal = event.goal && !waiting ? { goal: event.goal, returnReasonSaid: undefined } : {};
      // The digest goes with the number (none when the turn gave none): a digest of an earlier number must not stay. The
      // same number typed again is a resend, spaced from its last code; another number gets its first code at once.
      const otpSentAt = event.phone === context.phone ? context.otpSentAt : undefined;
      return { phone: event.phone, phoneDigest: event.phoneDigest, otpAttempts: 0, phoneAttempts: 0, codeAskedAgain: undefined, otpSentAt, ...goal };
    }),
    countPhoneAttempt: assign(({ context }) => ({ phoneAttempts: context.phoneAttempts + 1 })),
    countOtpAttempt: assign(({ context }) => ({ otpAttempts: context.otpAttempts + 1 })),
    /** The tries left here, or fewer when the phone number has fewer left across conversations. */
    sayWrongCode: assign(({ context, event }) => {
      const here = MAX_OTP_ATTEMPTS - context.otpAttempts;
      const forPhone = outputOf<{ attemptsLeft?: number }>(event).attemptsLeft ?? here;
      return { notices: addNotice(context, { id: 'wrongCode', attemptsLeft: Math.min(here, forPhone) }) };
    }),
    /** Back from the handoff: from a talk with an agent, or from a queue where no agent took the conversation. */
    sayReleased: assign(({ context, event }) => {
      if (event.type !== 'AGENT_RELEASED') return { notices: addNotice(context, { id: 'agentReleased' }) };
      // Handed on with an intent, the line says what the agent asked for (not that nobody could take it).
      const intent = event.intent ? { intent: event.intent } : {};
      if (event.notTaken === true) return { notices: addNotice(context, { id: 'agentReleased', notTaken: true, ...intent }) };
      // Logged in by the agent: the customer hears as whom (the number masked).
      const loggedIn = event.loggedInAs ? { loggedInAs: event.loggedInAs } : {};
      const unanswered = event.unanswered === true ? { unanswered: true as const } : {};
      return { notices: addNotice(context, { id: 'agentReleased', ...unanswered, ...loggedIn, ...intent }) };
    }),
    /** What is wrong with the number typed, when its digits tell (NUMBER_INVALID's `digits`). */
    sayInvalidPhone: assign(({ context, event }, params: { repeated?: boolean }) => {
      const digits = event.type === 'NUMBER_INVALID' ? event.digits : undefined;
      return { notices: addNotice(context, { id: 'invalidPhone', ...params, ...(digits === undefined ? {} : { digits }) }) };
    }),
    askCodeAgain: assign({ codeAskedAgain: true }),
    /**
     * "Sent", or "sent again" when the customer asked for another code (with what to check when none arrives); when it was
     * sent is kept, so that the next one is spaced from it.
     */
    sayOtpSent: assign(({ context, event }) => ({
      codeAskedAgain: undefined,
      otpSentAt: outputOf<OtpSent | undefined>(event)?.sentAt,
      notices: addNotice(context, context.codeAskedAgain ? { id: 'otpSent', again: true } : { id: 'otpSent' }),
    })),
    /** No new code yet: when the last one went, that a text can take a minute, and when to ask again. */
    sayCodeSentLately: assign(({ context, event }) => {
      const { secondsAgo, secondsLeft } = outputOf<OtpTooSoon>(event);
      return { codeAskedAgain: undefined, notices: addNotice(context, { id: 'codeSentLately', secondsAgo, secondsLeft }) };
    }),
    /**
     * With the backend's minutes when it just refused; a code typed at the locked number later has none to say. The
     * backend's refusal keeps its minutes (none: forgotten), for "how long" asked there.
     */
    sayPhoneLocked: assign(({ context, event }) => {
      const refusal = outputOf<{ minutesLeft?: number } | undefined>(event);
      const minutesLeft = refusal?.minutesLeft;
      return {
        phoneLockMinutes: refusal === undefined ? context.phoneLockMinutes : minutesLeft,
        notices: addNotice(context, minutesLeft === undefined ? { id: 'phoneLocked' } : { id: 'phoneLocked', minutesLeft }),
      };
    }),
    /**
     * Another account logged in over a live one: the shop-page step the first was sent to, and its orders, are not this
     * one's (its PLUS, there all along, was told as "PLUS is active now ✅").
     */
    assignSession: assign(({ context, event }) => {
      const outcome = outputOf<Outcome<Session, string>>(event);
      const session = outcome.ok ? outcome.value : undefined;
      const switched = context.session !== undefined && session !== undefined && session.accountId !== context.session.accountId;
      return {
        session,
        phone: undefined,
        otpSentAt: undefined,
        // What is kept of the number this login used: the digest ownNumber compares with.
        phoneDigest: undefined,
        ownPhoneDigest: context.phoneDigest,
        otpAttempts: 0,
        phoneAttempts: 0,
        ...(switched ? { pendingStep: undefined, stepClaimedDone: undefined, orders: undefined, orderId: undefined } : {}),
      };
    }),
    /**
     * An account an agent verified: the customer is logged in to it, and a login under way is over (as assignSession). Its
     * number is not known here: the masked one stands in for ownNumber.
     */
    assignProvidedSession: assign(({ event }) =>
      event.type === 'SESSION_PROVIDED'
        ? {
            session: event.session,
            phone: undefined,
            phoneDigest: undefined,
            ownPhoneDigest: undefined,
            otpAttempts: 0,
            phoneAttempts: 0,
            otpSentAt: undefined,
          }
        : {},
    ),
    forgetSession: assign({ session: undefined, ownPhoneDigest: undefined, account: undefined, orders: undefined }),
    assignAccount: assign(({ event }) => ({ account: outputOf<Account>(event) })),
    // Something went well: an earlier complaint no longer counts towards a handover.
    assignEnabledAccount: assign(({ event }) => ({ account: outputOf<{ value: Account }>(event).value, complaints: 0 })),
    /** Says "PLUS is active now" when the step the customer was sent to is found done on a recheck. */
    acknowledgeCompletedStep: assign(({ context }) => {
      const step = context.pendingStep;
      if (!step || !context.account || !isStepDone(context.account, step)) return {};
      return { pendingStep: undefined, stepClaimedDone: undefined, notices: addNotice(context, { id: 'stepDone', step }) };
    }),
    /**
     * On entering a shop-page step again after a recheck the customer asked for ("我已开通好了"), they are told it is not
     * done yet. A check nobody asked for (the shop's notice, back from a person) asks for the step again without it.
     */
    remindIfStillPending: assign(({ context }, step: ExternalStep) =>
      context.pendingStep === step && context.stepClaimedDone
        ? {
            stepClaimedDone: undefined,
            notices: addNotice(context, { id: 'stepNotDoneYet', step, ...(context.stepClaimedDone === 'paid' ? { paid: true as const } : {}) }),
          }
        : { pendingStep: step, stepClaimedDone: undefined },
    ),
    /**
     * The customer says the shop-page step is done: the recheck that follows tells them if it is not. Said paid for
     * ("扣了我99块钱"), the answer asks them not to buy it again.
     */
    noteStepClaimedDone: assign(({ event }) => ({ stepClaimedDone: event.type === 'AFFIRM' && 'paid' in event ? ('paid' as const) : true })),
    /** The same, said away from the onboarding with pay-later wanted again: that step is the one the recheck reports on. */
    noteClaimedStep: assign(({ event }) =>
      event.type === 'ENABLE' && 'claimed' in event ? { pendingStep: event.claimed, stepClaimedDone: true } : {},
    ),
    forgetPendingStep: assign({ pendingStep: undefined, stepClaimedDone: undefined }),
    // An account with pay-later on whose orders are not known yet gets its card once they are (routing goes for them).
    reportStatusIfAsked: assign(({ context }) =>
      context.goal === 'status' && !owedUnknown(context)
        ? { goal: 'enable' as Goal, notices: addNotice(context, { id: 'statusCard' }) }
        : {},
    ),
    /**
     * Routed to pay-later on while turning it on was the goal: it was on before this turn (only the terms turn it on), so it
     * is said to be on already ("开通" from an account with it on heard "it is on 🎉" as if just enabled). Not when the
     * status was asked: its card says so.
     */
    sayAlreadyOn: assign(({ context }) =>
      context.goal === 'enable' && !context.notices.some((n) => n.id === 'statusCard')
        ? { notices: addNotice(context, { id: 'payLaterAlreadyOn' }) }
        : {},
    ),
    noteFailure: assign(({ context, event }) => ({
      notices: addNotice(context, { id: 'backendFailed', kind: failureKindOf(errorOf(event)) }),
    })),
    noteTimeout: assign(({ context }) => ({ notices: addNotice(context, { id: 'backendFailed', kind: 'timeout' }) })),
    /** The code's check failed: not a wrong code, and the code is not kept, so it is to be sent again. */
    noteCodeNotChecked: assign(({ context, event }) => ({
      notices: addNotice(context, { id: 'codeNotChecked', kind: failureKindOf(errorOf(event)) }),
    })),
    noteCodeCheckTimeout: assign(({ context }) => ({ notices: addNotice(context, { id: 'codeNotChecked', kind: 'timeout' }) })),
    saySecretsShared: assign(({ context, event }) =>
      event.type === 'SECRETS_SHARED' ? { notices: addNotice(context, { id: 'secretsShared', shared: event.shared }) } : {},
    ),
    /** Their own number said with a request ("13800000006 我要付款") while logged in: the request, with no new login. */
    pursuePhoneGoal: enqueueActions(({ event, enqueue }) => {
      if (event.type === 'PHONE_RECEIVED' && event.goal) enqueue.raise({ type: intentEventType(event.goal) });
    }),
    /** A payment or return whose answer came too late may have gone through: not known, so not said to have failed. */
    noteOutcomeUnknown: assign(({ context }, action: 'pay' | 'return') => ({
      notices: addNotice(context, { id: 'outcomeUnknown', action, orderId: context.orderId ?? '' }),
    })),
    /**
     * A failed payment or return: when it may have been done all the same (timed out, a 5xx, the connection dropped after
     * sending), its outcome is not known; any other failure (a refusal, a backend never reached) gets the usual apology.
     */
    noteOrderFailure: assign(({ context, event }, action: 'pay' | 'return') => {
      const error = errorOf(event);
      const notice: Notice = mayHaveBeenDone(error)
        ? { id: 'outcomeUnknown', action, orderId: context.orderId ?? '' }
        : { id: 'backendFailed', kind: failureKindOf(error) };
      return { notices: addNotice(context, notice) };
    }),
    setHandoffReason: assign((_, reason: HandoffReason) => ({ handoffReason: reason })),
    clearHandoff: assign({ handoffReason: undefined, complaints: 0 }),
    // Read, the orders a guess asked for are shown: the guess is the goal from here on.
    assignOrders: assign(({ event }) => ({ orders: outputOf<Order[]>(event), goalBeforeGuess: undefined })),
    /**
     * A reason given for another order (or "其他原因" waiting for its words) is not this one's. An order chosen to pay or
     * return uses up "pay" or "return" as the goal: back at the list (done, "not now" or cancelled), the next order
     * picked is asked about, not paid or returned at once.
     */
    chooseOrder: assign(({ context, event }) =>
      event.type === 'ORDER_PAY_CHOSEN' || event.type === 'ORDER_RETURN_CHOSEN'
        ? {
            orderId: event.orderId,
            returnReason: reasonFor(context, event),
            returnTakenBack: undefined,
            returnReasonSaid: undefined,
            goal: context.goal === 'pay' || context.goal === 'return' ? ('orders' as Goal) : context.goal,
          }
        : {},
    ),
    rememberReturnReason: assign(({ event }) =>
      event.type === 'RETURN_REASON_GIVEN' ? { returnReason: event.reason } : {},
    ),
    /** "不退了" at a return's confirmation: kept, so that "还是退吧" at the list asks to confirm the same return again. */
    setReturnAside: assign(({ context }) =>
      context.orderId !== undefined && context.returnReason !== undefined
        ? { returnTakenBack: { orderId: context.orderId, reason: context.returnReason } }
        : {},
    ),
    /** Puts the order the backend returned in place of the listed one and tells the customer. */
    applyOrderChange: assign(({ context, event }, change: 'orderPaid' | 'returnRequested') => {
      const order = outputOf<{ value: Order }>(event).value;
      const orders = context.orders?.map((o) => (o.orderId === order.orderId ? order : o));
      return orderDone(context, orders, order.orderId, change);
    }),
    /** A refused payment or return found done when the orders were read again: the good news, with the orders as they are. */
    applyOrderDoneAfterAll: assign(({ context, event }, change: OrderDoneNotice) =>
      orderDone(context, outputOf<Order[]>(event), context.orderId ?? '', change),
    ),
    /**
     * The named order becomes the one in question: the list's prompt asks what to do with it, and "退了吧" next applies
     * to it (src/bot/orderMention.ts) until the customer picks an action or asks for the list again.
     */
    putOrderInQuestion: assign(({ event }) => (event.type === 'ORDER_MENTIONED' ? { orderId: event.orderId } : {})),
    forgetOrder: assign({ orderId: undefined }),
    /**
     * A goodbye at a confirmation closes it, nothing done: the order and the reason go (a later "return rice cooker" was
     * filed at once with the earbuds' reason, never confirmed).
     */
    closeConfirmation: assign({ orderId: undefined, returnReason: undefined, returnTakenBack: undefined, returnReasonSaid: undefined }),
    /**
     * A return taken back is taken up again only from the list it left the customer at: leaving it forgets it, unless for
     * the orders read again (the list asked for, a question about returns answered over it).
     */
    forgetReturnTakenBack: assign(({ event }) => (event.type === 'ORDERS' || event.type === 'RETURN' ? {} : { returnTakenBack: undefined })),
    /** The order a lapsed login stopped is resumed (or found done): from here on the customer is at their orders. */
    endOrderGoal: assign({ goal: 'orders' as Goal }),
    /**
     * The orders read for a return or a payment that none of them allows (all paid, say: a colleague handed on "return"
     * or "pay" after the payment): that none can be returned here and why, with a person offered, or that nothing waits
     * for payment (what is on its way is paid once it arrives), before the list (which alone said "nothing needs your
     * attention").
     */
    sayNothingToPayOrReturn: assign(({ context }) => {
      const orders = context.orders ?? [];
      if (orders.length === 0) return {};
      if (context.goal === 'return' && !orders.some(isReturnable)) return { notices: addNotice(context, { id: 'topic', topic: 'nothingToReturn' }) };
      if (context.goal === 'pay' && !orders.some(isPayable)) return { notices: addNotice(context, { id: 'topic', topic: 'nothingToPay' }) };
      return {};
    }),
    /** The order a lapsed login stopped was paid, returned or is gone by now: say so; the list follows. */
    sayResumedOrderGone: assign(({ context }) => ({
      notices: addNotice(context, { id: 'nothingToDo', orderId: context.orderId ?? '' }),
    })),
    /** Nothing to do with the named order: say so, and the list (no order in question) follows. */
    sayNothingToDo: assign(({ context, event }) =>
      event.type === 'ORDER_MENTIONED'
        ? { orderId: undefined, notices: addNotice(context, { id: 'nothingToDo', orderId: event.orderId }) }
        : {},
    ),
    /** At a confirmation, the other action is not possible for the order: say so, keep the confirmation and its order. */
    sayCannotSwitch: assign(({ context, event }) => ({
      notices: addNotice(context, {
        id: 'orderActionInvalid',
        orderId: 'orderId' in event && event.orderId !== undefined ? event.orderId : (context.orderId ?? ''),
        ...actionOf(event),
      }),
    })),
    sayOrderActionInvalid: assign(({ context, event }) => {
      const orderId = 'orderId' in event && event.orderId !== undefined ? event.orderId : (context.orderId ?? '');
      return { orderId: undefined, notices: addNotice(context, { id: 'orderActionInvalid', orderId, ...actionOf(event) }) };
    }),
    /**
     * The return asked for at this order's payment (the 退货退款 button of a clarifying question, "send back"): this order's
     * return, with the reason said with it; one the order does not allow is refused as any other.
     */
    returnThisOrder: raise(({ context, event }) => ({
      type: 'ORDER_RETURN_CHOSEN' as const,
      orderId: context.orderId ?? '',
      ...(event.type === 'RETURN' && 'reason' in event ? { reason: event.reason } : {}),
    })),
    /** Hands the event that interrupted a clarifying question back to the step it came from. */
    replay: raise(({ event }) => event),
    /**
     * The account the agent verified, passed with the release, once the dialogue is back at its step: a login under way
     * ends with it (#login takes it to the step after the login); elsewhere the dialogue goes on logged in to it.
     */
    passReleasedSession: enqueueActions(({ event, enqueue }) => {
      if (event.type === 'AGENT_RELEASED' && event.session) enqueue.raise({ type: 'SESSION_PROVIDED', session: event.session });
    }),
    replayReleasedIntent: raise(({ event }) =>
      event.type === 'AGENT_RELEASED' && event.intent ? { type: intentEventType(event.intent), fromAgent: true as const } : { type: 'HELP' as const },
    ),
  },
});

/** The action an order event asked for, so that the refusal can say why it cannot be done. */
const actionOf = (event: { type: string }): { action?: 'pay' | 'return' } =>
  event.type === 'ORDER_PAY_CHOSEN' ? { action: 'pay' } : event.type === 'ORDER_RETURN_CHOSEN' ? { action: 'return' } : {};

/** The retry and failure part shared by every state that calls the backend. */
const failed = {
  tags: ['failed'],
  on: { RETRY: 'calling', AFFIRM: 'calling' },
} as const;

/**
 * The retry of something the customer confirmed (enabling, paying, a return): no to "try again?" leaves it undone
 * ("先不用了" brought the same question back).
 */
const failedConfirmed = <T>(deny: T) => ({ ...failed, on: { ...failed.on, DENY: deny } });
const leftAsIs = (action: 'pay' | 'return') =>
  ({ target: '#showingOrders', actions: { type: 'say', params: { id: 'leftAsIs', action } } }) as const;

/**
 * At a return's reason or confirmation, another order to return ("不对，我要退的是电饭煲", a return button of the list
 * tapped again) gets its own reason step; named with its reason ("耳机退货，音质太差"), its confirmation with that reason.
 */
const anotherReturn = [
  { guard: and(['orderReturnable', 'reasonCarried']), target: 'confirmingReturn', reenter: true, actions: 'chooseOrder' },
  { guard: 'orderReturnable', target: 'awaitingReturnReason', reenter: true, actions: 'chooseOrder' },
  { actions: 'sayCannotSwitch' },
] as const;

const onTimeout = { backendTimeout: { target: 'failed', actions: 'noteTimeout' } } as const;

/**
 * While logging in (also as another account: a new phone number typed after a login), a question that needs the
 * login is answered and kept as the goal the login leads to. Entering #onboarding would start the login over and lose
 * the code step; the session of an earlier login would answer for the wrong account.
 */
const answerWhileLoggingIn = <G extends 'enable' | 'orders' | 'pay' | 'return'>(goal: G) =>
  ({
    guard: 'loggingIn',
    actions: [
      { type: 'setGoal', params: goal },
      { type: 'say', params: { id: 'faq', topic: goal } },
    ],
  }) as const;

/**
 * A request an agent handed on (`fromAgent`) while the customer is logging in: taken as the login's goal, with why the login
 * comes first. The customer asked nothing, so the general answer said to their own words there would answer nobody.
 */
const agentWhileLoggingIn = <G extends 'enable' | 'orders' | 'pay' | 'return'>(goal: G) =>
  ({
    guard: and(['fromAgent', 'loggingIn']),
    actions: [
      { type: 'setGoal', params: goal },
      { type: 'say', params: goal === 'enable' ? ({ id: 'agentAskedToEnable' } as const) : { id: 'needsLogin' as const, goal: goal as Exclude<G, 'enable'> } },
    ],
  }) as const;

/**
 * A payment or return an agent handed on at the confirmation of one order: the orders are opened for it, the order in
 * question left as it is (there, the customer's own "pay" or "return" is about this order, and answered in place).
 */
const agentOpensOrders = (goal: 'pay' | 'return') =>
  ({ guard: 'fromAgent', target: '#loadingOrders', actions: { type: 'setGoal', params: goal } }) as const;

/** Without a session, order requests lead to the login, saying why: it is how the bot finds the customer's orders. */
const loginFirstFor = (goal: 'orders' | 'pay' | 'return') =>
  ({
    target: '#onboarding',
    actions: [
      { type: 'setGoal', params: goal },
      { type: 'say', params: { id: 'needsLogin', goal } },
    ],
  }) as const;

/**
 * A question answered where the customer is (`askedMidStep`, `askedBeforeLogin`). Asked before logging in, it is also
 * what a login that follows leads to: "how do I send them back?", then a phone number, showed "pay-later is on".
 */
const answerInPlace = (topic: 'pay' | 'return') =>
  [
    { guard: 'askedMidStep', actions: { type: 'say', params: { id: 'faq', topic } } },
    {
      guard: 'askedBeforeLogin',
      actions: [
        { type: 'say', params: { id: 'faq', topic } },
        { type: 'setGoal', params: topic },
      ],
    },
  ] as const;

/**
 * "Not now" to a step of the onboarding: it is left for later, and the customer is told they can come back to it. The
 * shop-page step is forgotten too: asking to enable later is no recheck, and must not say "not done yet".
 */
const notNowToOnboarding = (step?: 'plus' | 'realName') => {
  const said: Notice = step ? { id: 'termsDeclined', step } : { id: 'termsDeclined' };
  return { target: '#welcome', actions: ['forgetPendingStep', { type: 'say', params: said }] } as const;
};

/**
 * "Done" said at a shop-page step: the account is checked again, and a step still not done is said to be so (the
 * shop's notice checks the same way without that: the customer said nothing).
 */
const claimedDone = { target: 'loadingAccount', actions: 'noteStepClaimedDone' } as const;

/** Back after a pause at a shop-page step: read quietly (`recheckingShopStep`). */
const quietRecheck = { guard: 'hasSession', target: 'recheckingShopStep' } as const;

/** A failed call with an expired session sends the customer to log in again; any other failure offers a retry. */
const onCallError = [
  { guard: 'sessionExpired', target: '#login', actions: ['forgetSession', 'noteFailure'] },
  { target: 'failed', actions: 'noteFailure' },
] as const;

/** Reading the orders, the same; the new login leads back to where the customer was when the orders were only guessed at. */
const onOrdersCallError = [
  { guard: 'sessionExpired', target: '#login', actions: ['forgetSession', 'noteFailure', 'dropGuessedGoal'] },
  { target: 'failed', actions: 'noteFailure' },
] as const;

/**
 * Paying for or returning an order when the login has lapsed: the customer is told it did not happen, and after the new
 * login the bot asks to confirm it again (the order and the return's reason are kept; see `resumesPayment`).
 */
const onOrderCallError = (action: 'pay' | 'return') =>
  [
    {
      guard: 'sessionExpired',
      target: '#login',
      actions: [
        'forgetSession',
        'noteFailure',
        { type: 'setGoal', params: action === 'pay' ? 'payOrder' : 'returnOrder' },
        { type: 'say', params: { id: 'notDoneLoginFirst', action } },
      ],
    },
    { target: 'failed', actions: { type: 'noteOrderFailure', params: action } },
  ] as const;

/** A payment or return that timed out may have gone through: the retry is safe, as a refusal reads the orders again. */
const onOrderTimeout = (action: 'pay' | 'return') =>
  ({ backendTimeout: { target: 'failed', actions: { type: 'noteOutcomeUnknown', params: action } } }) as const;

/**
 * The orders read again after a payment or return went wrong, since it may have been done meanwhile (an earlier try whose
 * answer came too late, or the shop's app): done after all, it is `done` with the orders as they are; not, the orders as
 * they are and `notDone`.
 */
const ordersReadAgain = <NotDone, OnError, OnTimeout>(
  action: 'pay' | 'return',
  done: OrderDoneNotice,
  notDone: NotDone,
  onError: OnError,
  onTimeout: OnTimeout,
) =>
  ({
    tags: ['busy'],
    invoke: {
      src: 'listOrders',
      input: ({ context }: { context: DialogueContext }) => ({ session: sessionOf(context) }),
      onDone: [
        {
          guard: action === 'pay' ? 'orderNowPaid' : 'returnNowRequested',
          target: '#showingOrders',
          actions: { type: 'applyOrderDoneAfterAll', params: done },
        },
        { target: '#showingOrders', actions: ['assignOrders', notDone] },
      ],
      onError,
    },
    after: { backendTimeout: onTimeout },
  }) as const;

/**
 * A refused payment or return: not done meanwhile, the refusal says why with the order's status as it is now. A payment
 * refused because the order is paid already (in another conversation, the shop's app, a try whose answer came too late)
 * says so, and that nothing was charged this time: "付款完成 ✅" there read as a second payment.
 */
const checkingOrders = (action: 'pay' | 'return') =>
  ordersReadAgain(
    action,
    action === 'pay' ? 'orderPaidBefore' : 'returnRequested',
    'sayOrderActionInvalid' as const,
    { target: 'failed', actions: { type: 'noteOrderFailure', params: action } } as const,
    onOrderTimeout(action).backendTimeout,
  );

/**
 * "先不用了" to trying a failed payment or return again: not done meanwhile, it is left as it is ("这笔先不付款" was said over
 * an order already paid). Reading the orders fails too: left as it is, with the list as it was.
 */
const leavingAfterFailure = (action: 'pay' | 'return') =>
  ordersReadAgain(
    action,
    action === 'pay' ? 'orderPaid' : 'returnRequested',
    { type: 'say', params: { id: 'leftAsIs', action } } as const,
    leftAsIs(action),
    leftAsIs(action),
  );

export const dialogueMachine = dialogueSetup.createMachine({
  id: 'dialogue',
  context: initialContext,
  initial: 'flow',
  states: {
    flow: {
      id: 'flow',
      initial: 'welcome',
      on: {
        GREETING: { actions: { type: 'say', params: { id: 'greeting' } } },
        WHAT_IS: { actions: { type: 'say', params: { id: 'faq', topic: 'what_is' } } },
        REQUIREMENTS: { actions: { type: 'say', params: { id: 'faq', topic: 'requirements' } } },
        PLUS: { actions: { type: 'say', params: { id: 'faq', topic: 'plus' } } },
        REAL_NAME: { actions: { type: 'say', params: { id: 'faq', topic: 'real_name' } } },
        CREDIT: { actions: { type: 'say', params: { id: 'faq', topic: 'credit' } } },
        THANKS: { actions: { type: 'say', params: { id: 'thanks' } } },
        GOODBYE: { actions: { type: 'say', params: { id: 'goodbye' } } },
        OUT_OF_SCOPE: { actions: { type: 'say', params: { id: 'outOfScope' } } },
        FAQ_ASKED: { actions: 'answerFaq' },
        TOPIC_ASKED: [
          { guard: 'complainedBefore', target: '#handoff', actions: { type: 'setHandoffReason', params: 'complaint' } },
          { actions: 'answerTopic' },
        ],
        HELP: { actions: { type: 'say', params: { id: 'help' } } },
        // While logging in, these keep the login step (answerWhileLoggingIn; status says it needs the login).
        ENABLE: [
          agentWhileLoggingIn('enable'),
          answerWhileLoggingIn('enable'),
          // Handed on by an agent to a customer not logged in: the phone number is asked for with why (it came cold).
          {
            guard: and(['fromAgent', not('hasSession')]),
            target: '#onboarding',
            actions: [{ type: 'setGoal', params: 'enable' }, { type: 'say', params: { id: 'agentAskedToEnable' } }],
          },
          { target: '#onboarding', actions: [{ type: 'setGoal', params: 'enable' }, 'noteClaimedStep'] },
        ],
        STATUS: [
          {
            guard: 'loggingIn',
            actions: [{ type: 'setGoal', params: 'status' }, { type: 'say', params: { id: 'statusNeedsLogin' } }],
          },
          { guard: 'hasSession', target: '#checkingStatus' },
          {
            target: '#onboarding',
            actions: [{ type: 'setGoal', params: 'status' }, { type: 'say', params: { id: 'statusNeedsLogin' } }],
          },
        ],
        ORDERS: [
          agentWhileLoggingIn('orders'),
          answerWhileLoggingIn('orders'),
          { guard: 'hasSession', target: '#loadingOrders', actions: { type: 'setGoal', params: 'orders' } },
          loginFirstFor('orders'),
        ],
        // A question about paying or returns ("逾期会怎样？") is answered where it is asked (answerInPlace); between steps,
        // with a login, it is answered before the orders.
        PAY: [
          ...answerInPlace('pay'),
          agentWhileLoggingIn('pay'),
          answerWhileLoggingIn('pay'),
          {
            guard: 'hasSession',
            target: '#loadingOrders',
            actions: [{ type: 'setGoal', params: 'pay' }, { type: 'answerIfAsked', params: 'pay' }],
          },
          loginFirstFor('pay'),
        ],
        RETURN: [
          ...answerInPlace('return'),
          agentWhileLoggingIn('return'),
          answerWhileLoggingIn('return'),
          {
            guard: 'hasSession',
            target: '#loadingOrders',
            actions: [{ type: 'setGoal', params: 'return' }, { type: 'answerIfAsked', params: 'return' }],
          },
          loginFirstFor('return'),
        ],
        CHECKOUT: [
          { guard: 'askedMidStep', actions: { type: 'say', params: { id: 'faq', topic: 'checkout' } } },
          { target: '#checkoutGuide' },
        ],
        PHONE_RECEIVED: [
          // Not while a login to another number is under way: that login is what the number answers.
          {
            guard: and(['ownNumber', not('loggingIn')]),
            actions: [{ type: 'say', params: { id: 'alreadyLoggedIn' } }, 'pursuePhoneGoal'],
          },
          { target: '#requestingOtp', actions: 'rememberPhone' },
        ],
        // A code right after cancelling the login (a mistap) is taken as the code: the whole help menu answered it.
        OTP_RECEIVED: [
          { guard: 'codeForLeftLogin', target: '#login.verifyingOtp' },
          { guard: 'codeForBlockedLogin', actions: { type: 'say', params: { id: 'loginBlocked' } } },
          // Logged in ("123456" at the terms or the orders): no code is needed now (the help menu answered it).
          { guard: and(['hasSession', not('loggingIn')]), actions: { type: 'say', params: { id: 'codeNotNeeded' } } },
          { actions: { type: 'say', params: { id: 'help' } } },
        ],
        // A mobile number mistyped where a right one would start the login: what is wrong with it (it got the help menu).
        NUMBER_INVALID: [
          { guard: 'phoneMistyped', actions: { type: 'sayInvalidPhone', params: {} } },
          { actions: { type: 'say', params: { id: 'help' } } },
        ],
        ID_NUMBER_RECEIVED: { actions: { type: 'say', params: { id: 'idNumberNotHere' } } },
        SECRETS_SHARED: { actions: 'saySecretsShared' },
        SESSION_PROVIDED: { actions: 'assignProvidedSession' },
        HUMAN: [
          { guard: 'complaintLodged', target: '#handoff', actions: { type: 'setHandoffReason', params: 'complaint' } },
          { guard: 'plusPaymentRaised', target: '#handoff', actions: { type: 'setHandoffReason', params: 'plus_payment' } },
          { target: '#handoff', actions: { type: 'setHandoffReason', params: 'customer_request' } },
        ],
        CANCEL: { target: '#welcome', actions: ['dropWaitingOrder', { type: 'say', params: { id: 'cancelled' } }] },
        RESTART: { target: '#flow', reenter: true, actions: ['reset', { type: 'say', params: { id: 'restarted' } }] },
        // Like a restart, which forgets the session too, but said as what was asked (it was read as "cancel": the
        // orders still showed without a login, on what may be a shared device).
        LOGOUT: [
          { guard: 'hasSession', target: '#flow', reenter: true, actions: ['reset', { type: 'say', params: { id: 'loggedOut' } }] },
          { actions: { type: 'say', params: { id: 'notLoggedIn' } } },
        ],
        UNCLEAR: { target: '#clarifying', actions: 'clarify' },
      },
      states: {
        resume: { id: 'resume', type: 'history', history: 'deep' },
        welcome: {
          id: 'welcome',
          on: {
            AFFIRM: { target: '#onboarding', actions: { type: 'setGoal', params: 'enable' } },
            // With pay-later on, "没有了" to "anything else?" is no refusal to enable it.
            DENY: [
              { guard: 'payLaterEnabled', actions: { type: 'say', params: { id: 'goodbye' } } },
              { actions: { type: 'say', params: { id: 'termsDeclined' } } },
            ],
          },
        },
        onboarding: {
          id: 'onboarding',
          initial: 'checkingLogin',
          states: {
            checkingLogin: {
              always: [{ guard: 'hasSession', target: 'loadingAccount' }, { target: 'login' }],
            },
            login: {
              id: 'login',
              initial: 'awaitingPhone',
              // An account an agent verified (passed with a release) logs the customer in, from any step of the login,
              // a blocked one included: what the login was for goes on.
              on: {
                SESSION_PROVIDED: { target: '#loadingAccount', actions: 'assignProvidedSession' },
                // Refused when the status was asked ("不想登录，直接告诉我为什么没有" got "好的，已取消。" alone): why the option may
                // not show in general and where to check, with the login offered again; any other login is just left.
                CANCEL: { guard: 'statusAsked', target: '#welcome', actions: { type: 'say', params: { id: 'topic', topic: 'statusWithoutLogin' } } },
              },
              states: {
                awaitingPhone: {
                  on: {
                    // A code before any phone number (the help text answered it): the number comes first.
                    OTP_RECEIVED: { actions: { type: 'say', params: { id: 'phoneFirst' } } },
                    // A mistyped number is no attempt at an account: asked again, with the format and a person
                    // offered once it keeps happening (three typos paused the login "for security").
                    NUMBER_INVALID: [
                      {
                        guard: 'fewInvalidPhones',
                        actions: ['countPhoneAttempt', { type: 'sayInvalidPhone', params: {} }],
                      },
                      { actions: { type: 'sayInvalidPhone', params: { repeated: true } } },
                    ],
                  },
                },
                requestingOtp: {
                  id: 'requestingOtp',
                  initial: 'calling',
                  states: {
                    calling: {
                      tags: ['busy'],
                      invoke: {
                        src: 'requestOtp',
                        // The last code's time: one asked for again too soon is not sent (src/bot/codeResends.ts).
                        input: ({ context }) => ({ phone: context.phone ?? '', lastSentAt: context.otpSentAt }),
                        onDone: [
                          // A number locked after too many wrong codes is told so now, with no code sent (it heard only
                          // after typing the right one). The lock is the number's, not this conversation's tries.
                          {
                            guard: 'phoneLockedOut',
                            target: '#numberLocked',
                            actions: [{ type: 'setHandoffReason', params: 'login_blocked' }, 'sayPhoneLocked'],
                          },
                          // Asked for again within a minute of the last one: none sent (SMS costs money, carriers
                          // throttle); the code step stays, with when to ask again.
                          { guard: 'codeSentLately', target: '#awaitingOtp', actions: 'sayCodeSentLately' },
                          { target: '#awaitingOtp', actions: 'sayOtpSent' },
                        ],
                        onError: { target: 'failed', actions: 'noteFailure' },
                      },
                      after: onTimeout,
                    },
                    failed,
                  },
                },
                awaitingOtp: {
                  id: 'awaitingOtp',
                  on: {
                    OTP_RECEIVED: 'verifyingOtp',
                    // A mobile number mistyped (the customer switching numbers) is no code typed wrong.
                    NUMBER_INVALID: [
                      { guard: 'phoneMistyped', actions: { type: 'sayInvalidPhone', params: {} } },
                      { actions: { type: 'say', params: { id: 'invalidCode' } } },
                    ],
                    OTP_RESEND_REQUESTED: { target: 'requestingOtp', actions: 'askCodeAgain' },
                    // Nothing to retry without the code (it is never kept): it is asked for again, in a line.
                    RETRY: { actions: { type: 'say', params: { id: 'typeCodeAgain' } } },
                  },
                },
                // The code is never stored: a failed check asks for it again instead of retrying in the background.
                verifyingOtp: {
                  tags: ['busy'],
                  invoke: {
                    src: 'createSession',
                    input: ({ context, event }) => ({
                      phone: context.phone ?? '',
                      code: event.type === 'OTP_RECEIVED' ? event.code : '',
                    }),
                    onDone: [
                      { guard: 'outcomeOk', target: '#loadingAccount', actions: 'assignSession' },
                      {
                        guard: 'phoneLockedOut',
                        target: 'numberLocked',
                        actions: [{ type: 'setHandoffReason', params: 'login_blocked' }, 'sayPhoneLocked'],
                      },
                      { guard: 'otpAttemptsLeft', target: 'awaitingOtp', actions: ['countOtpAttempt', 'sayWrongCode'] },
                      { target: 'blocked', actions: ['countOtpAttempt', { type: 'setHandoffReason', params: 'login_blocked' }] },
                    ],
                    onError: { target: 'awaitingOtp', actions: 'noteCodeNotChecked' },
                  },
                  after: { backendTimeout: { target: 'awaitingOtp', actions: 'noteCodeCheckTimeout' } },
                },
                // Three wrong codes stop this login: no more codes are checked for it. That is no timed pause (a new
                // conversation would lift it): asking to enable starts a new login, with a new code, and the number's
                // own limit (src/bot/loginAttempts.ts) is what pauses it. A number or a code typed here is not taken.
                blocked: {
                  id: 'loginBlocked',
                  on: {
                    AFFIRM: { target: '#handoff' },
                    PHONE_RECEIVED: { actions: { type: 'say', params: { id: 'loginBlocked' } } },
                    OTP_RECEIVED: { actions: { type: 'say', params: { id: 'loginBlocked' } } },
                    // The resend button's words typed there restarted the conversation.
                    OTP_RESEND_REQUESTED: { actions: { type: 'say', params: { id: 'loginBlocked' } } },
                  },
                },
                // The number had too many wrong codes lately, here or in other conversations: its codes are neither sent
                // nor checked until its window ends (src/bot/loginAttempts.ts). Another number logs in as usual; the
                // same one again is told its minutes again; a person can help now.
                numberLocked: {
                  id: 'numberLocked',
                  on: {
                    AFFIRM: { target: '#handoff' },
                    PHONE_RECEIVED: { target: '#requestingOtp', actions: 'rememberPhone' },
                    OTP_RECEIVED: { actions: 'sayPhoneLocked' },
                    OTP_RESEND_REQUESTED: { actions: 'sayPhoneLocked' },
                  },
                },
              },
            },
            loadingAccount: {
              id: 'loadingAccount',
              initial: 'calling',
              states: {
                calling: {
                  tags: ['busy'],
                  invoke: {
                    src: 'fetchAccount',
                    input: ({ context }) => ({ session: sessionOf(context) }),
                    onDone: {
                      target: '#routing',
                      actions: ['assignAccount', 'acknowledgeCompletedStep', 'reportStatusIfAsked', 'sayWhereWeWereAfterLapse'],
                    },
                    onError: onCallError,
                  },
                  after: onTimeout,
                },
                failed,
              },
            },
            routing: {
              id: 'routing',
              always: [
                { guard: 'wantsOrders', target: '#loadingOrders' },
                {
                  guard: 'statusOwedUnknown',
                  target: '#checkingStatus.orders',
                  actions: ['sayAlreadyOn', { type: 'setGoal', params: 'enable' }],
                },
                // Only a recheck passes through here, so only a recheck says "still not done".
                { guard: 'needsPlus', target: 'awaitingPlus', actions: { type: 'remindIfStillPending', params: 'plus' } },
                {
                  guard: 'needsRealName',
                  target: 'awaitingRealName',
                  actions: { type: 'remindIfStillPending', params: 'realName' },
                },
                { guard: 'creditRefused', target: 'creditRefused' },
                { guard: 'payLaterEnabled', target: 'enabled', actions: 'sayAlreadyOn' },
                { target: 'confirmingTerms' },
              ],
            },
            // Back here from a status check that found the step done (the account it loaded says so): go on. "Not now"
            // leaves the onboarding for later, as at the terms.
            awaitingPlus: {
              always: { guard: 'plusNowActive', target: 'routing', actions: 'acknowledgeCompletedStep' },
              on: { AFFIRM: claimedDone, BACKEND_STEP_COMPLETED: 'loadingAccount', RESUMED_AFTER_PAUSE: quietRecheck, DENY: notNowToOnboarding('plus') },
            },
            awaitingRealName: {
              always: { guard: 'realNameNowVerified', target: 'routing', actions: 'acknowledgeCompletedStep' },
              on: { AFFIRM: claimedDone, BACKEND_STEP_COMPLETED: 'loadingAccount', RESUMED_AFTER_PAUSE: quietRecheck, DENY: notNowToOnboarding('realName') },
            },
            // The shop-page step read again for a customer back after a pause, which the shop's notice may have missed
            // (src/bot/dialogueTurn.ts): done, the onboarding goes on as after the notice. Not done, or not known (the
            // backend failed or was slow), the step stays as it was without a word: the customer asked for no check, and
            // an apology for one would answer their "你好".
            recheckingShopStep: {
              tags: ['busy'],
              invoke: {
                src: 'fetchAccount',
                input: ({ context }) => ({ session: sessionOf(context) }),
                onDone: { target: 'routing', actions: ['assignAccount', 'acknowledgeCompletedStep'] },
                onError: 'routing',
              },
              after: { backendTimeout: 'routing' },
            },
            creditRefused: {
              on: {
                AFFIRM: { target: '#handoff', actions: { type: 'setHandoffReason', params: 'credit_refused' } },
                HUMAN: { target: '#handoff', actions: { type: 'setHandoffReason', params: 'credit_refused' } },
                DENY: { target: '#welcome' },
              },
            },
            confirmingTerms: {
              on: {
                AFFIRM: 'enablingPayLater',
                DENY: notNowToOnboarding(),
              },
            },
            enablingPayLater: {
              initial: 'calling',
              states: {
                calling: {
                  tags: ['busy'],
                  invoke: {
                    src: 'enablePayLater',
                    input: ({ context }) => ({ session: sessionOf(context) }),
                    onDone: [
                      { guard: 'outcomeOk', target: '#enabled', actions: 'assignEnabledAccount' },
                      { target: '#loadingAccount', actions: { type: 'say', params: { id: 'notEligible' } } },
                    ],
                    onError: onCallError,
                  },
                  after: onTimeout,
                },
                failed: failedConfirmed(notNowToOnboarding()),
              },
            },
            enabled: {
              id: 'enabled',
              // "不用了" to "want to see how it works?": what else, rather than the same question again.
              on: {
                // With an order to pay now, the prompt offers the orders instead ("要现在看看吗？"): a yes opens them.
                AFFIRM: [{ guard: 'owesNow', actions: raise({ type: 'ORDERS' }) }, { target: '#checkoutGuide' }],
                DENY: { target: '#dialogue.flow.purchase.menu', actions: { type: 'say', params: { id: 'leftAsIs', action: 'offer' } } },
              },
            },
          },
        },
        purchase: {
          initial: 'menu',
          states: {
            menu: {},
            checkoutGuide: {
              id: 'checkoutGuide',
              on: {
                // Not known to have pay-later on, the guide asks to turn it on (the option shows only then): a yes does.
                AFFIRM: [{ guard: 'payLaterNotKnownOn', actions: raise({ type: 'ENABLE' }) }, { target: 'menu' }],
                // "不用了": not now; what next (the guide itself is not said again).
                DENY: 'menu',
              },
            },
            loadingOrders: {
              id: 'loadingOrders',
              initial: 'calling',
              states: {
                calling: {
                  tags: ['busy'],
                  invoke: {
                    src: 'listOrders',
                    input: ({ context }) => ({ session: sessionOf(context) }),
                    // The confirmations are named by path: ids of their own would rename them in stored histories.
                    onDone: [
                      {
                        guard: 'resumesPayment',
                        target: '#dialogue.flow.purchase.confirmingReceipt',
                        actions: ['assignOrders', 'endOrderGoal'],
                      },
                      {
                        guard: 'resumesReturn',
                        target: '#dialogue.flow.purchase.confirmingReturn',
                        actions: ['assignOrders', 'endOrderGoal'],
                      },
                      {
                        guard: 'resumesOrderAction',
                        target: '#showingOrders',
                        actions: ['assignOrders', 'endOrderGoal', 'sayResumedOrderGone'],
                      },
                      { guard: 'noOrdersAccountUnknown', target: 'account', actions: 'assignOrders' },
                      { target: '#showingOrders', actions: ['assignOrders', 'sayNothingToPayOrReturn'] },
                    ],
                    onError: onOrdersCallError,
                  },
                  after: onTimeout,
                },
                // No orders, and pay-later not known to be on or off (a session an agent passed): the account says which,
                // so that the empty list offers to turn it on rather than how to choose it at checkout. Not read, the
                // list goes on without it.
                account: {
                  tags: ['busy'],
                  invoke: {
                    src: 'fetchAccount',
                    input: ({ context }) => ({ session: sessionOf(context) }),
                    onDone: { target: '#showingOrders', actions: 'assignAccount' },
                    onError: '#showingOrders',
                  },
                  after: { backendTimeout: '#showingOrders' },
                },
                failed,
              },
            },
            showingOrders: {
              id: 'showingOrders',
              // Back at the list no order is in question until the customer names one (ORDER_MENTIONED).
              entry: 'forgetOrder',
              // Moving on from the list (an order chosen, the menu, the status, enabling): "还是退吧" no longer brings back a
              // return taken back before.
              exit: 'forgetReturnTakenBack',
              on: {
                // With no orders the list offers to turn pay-later on, or once it is on, to show how to choose it at
                // checkout: a yes takes the offer.
                AFFIRM: [
                  { guard: and(['noOrders', 'payLaterOff']), target: '#onboarding', actions: { type: 'setGoal', params: 'enable' } },
                  { guard: 'noOrders', target: 'checkoutGuide' },
                ],
                // "不用了" to that offer: back to the menu (the same question came again).
                DENY: [
                  { guard: 'noOrders', target: '#welcome', actions: { type: 'say', params: { id: 'leftAsIs', action: 'offer' } } },
                  // "不退了" to "想怎么处理？" about an order named: it is left as it is, and no order is in question.
                  { guard: 'orderInQuestion', actions: ['forgetOrder', { type: 'say', params: { id: 'leftAsIs', action: 'offer' } }] },
                ],
                ORDER_PAY_CHOSEN: [
                  { guard: 'orderPayable', target: 'confirmingReceipt', actions: 'chooseOrder' },
                  { actions: 'sayOrderActionInvalid' },
                ],
                ORDER_RETURN_CHOSEN: [
                  // Taken up again after "不退了" ("还是退吧"), or asked for with its reason: its confirmation, with that reason.
                  { guard: and(['orderReturnable', 'reasonCarried']), target: 'confirmingReturn', actions: 'chooseOrder' },
                  { guard: 'orderReturnable', target: 'awaitingReturnReason', actions: 'chooseOrder' },
                  { actions: 'sayOrderActionInvalid' },
                ],
                ORDER_MENTIONED: [
                  { guard: 'mentionedOrderActionable', actions: 'putOrderInQuestion' },
                  { actions: 'sayNothingToDo' },
                ],
              },
            },
            // Asked to pay for one order: questions about paying or returns are answered in place; a return of this
            // order ("还是退货吧", read by src/bot/understanding.ts) switches to it when the order can go back. Paying is
            // never started by a guess: only the confirm button or a plain yes.
            confirmingReceipt: {
              on: {
                AFFIRM: 'payingOrder',
                // Another order to pay ("不对，是台灯", a button of the list tapped again): that one is asked about instead.
                ORDER_PAY_CHOSEN: [
                  { guard: 'orderPayable', target: 'confirmingReceipt', reenter: true, actions: 'chooseOrder' },
                  { actions: 'sayCannotSwitch' },
                ],
                ORDER_RETURN_CHOSEN: [
                  // Said with its reason ("不付了，我要退货，左耳有杂音"): the return's confirmation with that reason.
                  { guard: and(['orderReturnable', 'reasonCarried']), target: 'confirmingReturn', actions: 'chooseOrder' },
                  { guard: 'orderReturnable', target: 'awaitingReturnReason', actions: 'chooseOrder' },
                  // One that cannot go back ("台灯坏了，我要退货" for an overdue lamp): why not, a person offered, and the payment
                  // left (kept open, the next bare "是的" paid for goods said to be broken).
                  { target: 'showingOrders', actions: 'sayOrderActionInvalid' },
                ],
                PAY: [agentOpensOrders('pay'), { actions: { type: 'say', params: { id: 'faq', topic: 'pay' } } }],
                // Asked about ("能退吗"): answered, the payment kept. Asked for (the 退货退款 button of a clarifying question,
                // "send back"): this order's return (it gave the returns' answer and the payment again).
                RETURN: [
                  agentOpensOrders('return'),
                  { guard: 'asked', actions: { type: 'say', params: { id: 'faq', topic: 'return' } } },
                  { actions: 'returnThisOrder' },
                ],
                // "台灯我根本没收到": the confirmation is left (asked again, it offered to pay for goods that did not come); so
                // is a fault of goods that cannot go back ("灯不亮": a person can look at it; a bare yes after it paid).
                TOPIC_ASKED: { guard: 'leavesPayment', target: 'showingOrders', actions: 'answerTopic' },
                DENY: { target: 'showingOrders', actions: { type: 'say', params: { id: 'leftAsIs', action: 'pay' } } },
                CANCEL: { target: 'showingOrders', actions: { type: 'say', params: { id: 'cancelled' } } },
                GOODBYE: { target: 'showingOrders', actions: ['closeConfirmation', { type: 'say', params: { id: 'goodbye' } }] },
              },
            },
            payingOrder: {
              initial: 'calling',
              states: {
                calling: {
                  tags: ['busy'],
                  invoke: {
                    src: 'confirmReceipt',
                    input: ({ context }) => ({ session: sessionOf(context), orderId: context.orderId ?? '' }),
                    onDone: [
                      { guard: 'outcomeOk', target: '#showingOrders', actions: { type: 'applyOrderChange', params: 'orderPaid' } },
                      { target: 'checkingOrders' },
                    ],
                    onError: onOrderCallError('pay'),
                  },
                  after: onOrderTimeout('pay'),
                },
                checkingOrders: checkingOrders('pay'),
                failed: failedConfirmed('leaving'),
                leaving: leavingAfterFailure('pay'),
              },
            },
            // A question about paying or returns here (only a question: other words are the reason) is answered in
            // place, so the order chosen for the return is kept (as at the confirmations; elsewhere these intents open
            // the order list). "还是付款吧" pays for this order instead, when it can be paid.
            awaitingReturnReason: {
              on: {
                // "其他原因" asks what it is (the step's prompt says so); the words that follow are the reason.
                RETURN_REASON_GIVEN: [
                  { guard: 'otherReason', actions: 'rememberReturnReason' },
                  { target: 'confirmingReturn', actions: 'rememberReturnReason' },
                ],
                ORDER_RETURN_CHOSEN: anotherReturn,
                ORDER_PAY_CHOSEN: [
                  { guard: 'orderPayable', target: 'confirmingReceipt', actions: 'chooseOrder' },
                  { actions: 'sayCannotSwitch' },
                ],
                PAY: [agentOpensOrders('pay'), { actions: { type: 'say', params: { id: 'faq', topic: 'pay' } } }],
                RETURN: [agentOpensOrders('return'), { actions: { type: 'say', params: { id: 'faq', topic: 'return' } } }],
                DENY: { target: 'showingOrders', actions: { type: 'say', params: { id: 'leftAsIs', action: 'return' } } },
                CANCEL: { target: 'showingOrders', actions: { type: 'say', params: { id: 'cancelled' } } },
                // "没事了，再见" before any reason: the return is closed unfiled, as at its confirmation (the step stayed).
                GOODBYE: { target: 'showingOrders', actions: ['closeConfirmation', { type: 'say', params: { id: 'goodbye' } }] },
              },
            },
            // About to return one order: "还是付款吧" pays for this order instead, when it can be paid; questions are
            // answered in place.
            confirmingReturn: {
              on: {
                AFFIRM: 'requestingReturn',
                // The reason corrected ("不对，是发错货了"): the confirmation asks again with the new one; "其他原因" asks what.
                RETURN_REASON_GIVEN: [
                  { guard: 'otherReason', target: 'awaitingReturnReason', actions: 'rememberReturnReason' },
                  { target: 'confirmingReturn', reenter: true, actions: 'rememberReturnReason' },
                ],
                ORDER_RETURN_CHOSEN: anotherReturn,
                ORDER_PAY_CHOSEN: [
                  { guard: 'orderPayable', target: 'confirmingReceipt', actions: 'chooseOrder' },
                  { actions: 'sayCannotSwitch' },
                ],
                PAY: [agentOpensOrders('pay'), { actions: { type: 'say', params: { id: 'faq', topic: 'pay' } } }],
                RETURN: [agentOpensOrders('return'), { actions: { type: 'say', params: { id: 'faq', topic: 'return' } } }],
                DENY: {
                  target: 'showingOrders',
                  actions: ['setReturnAside', { type: 'say', params: { id: 'leftAsIs', action: 'return' } }],
                },
                CANCEL: { target: 'showingOrders', actions: { type: 'say', params: { id: 'cancelled' } } },
                GOODBYE: { target: 'showingOrders', actions: ['closeConfirmation', { type: 'say', params: { id: 'goodbye' } }] },
              },
            },
            requestingReturn: {
              initial: 'calling',
              states: {
                calling: {
                  tags: ['busy'],
                  invoke: {
                    src: 'requestReturn',
                    input: ({ context }) => ({
                      session: sessionOf(context),
                      orderId: context.orderId ?? '',
                      reason: context.returnReason ?? '',
                    }),
                    onDone: [
                      {
                        guard: 'outcomeOk',
                        target: '#showingOrders',
                        actions: { type: 'applyOrderChange', params: 'returnRequested' },
                      },
                      { target: 'checkingOrders' },
                    ],
                    onError: onOrderCallError('return'),
                  },
                  after: onOrderTimeout('return'),
                },
                checkingOrders: checkingOrders('return'),
                failed: failedConfirmed('leaving'),
                leaving: leavingAfterFailure('return'),
              },
            },
          },
        },
      },
    },
    // Interruptions live outside `flow`, so that leaving for them records where to resume.
    clarifying: {
      id: 'clarifying',
      on: {
        UNCLEAR: { target: '#handoff', actions: { type: 'setHandoffReason', params: 'not_understood' } },
        // A bare yes or no answers the clarifying question, not the step: consent is only taken to the step's own prompt,
        // or in its own words ("提交退货申请": it took saying twice), and so is the step's own no (its 不退了 button). Which
        // yes is confirmed (a plain yes typed at a confirmation is) is src/bot/dialogueTurn.ts's.
        AFFIRM: [{ guard: 'confirmedInWords', target: '#resume', actions: 'replay' }, { target: '#resume' }],
        DENY: [{ guard: 'confirmedInWords', target: '#resume', actions: 'replay' }, { target: '#resume' }],
        '*': { target: '#resume', actions: 'replay' },
      },
    },
    checkingStatus: {
      id: 'checkingStatus',
      initial: 'account',
      states: {
        account: {
          tags: ['busy'],
          invoke: {
            src: 'fetchAccount',
            input: ({ context }) => ({ session: sessionOf(context) }),
            onDone: [
              { guard: 'enabledWithOrdersUnknown', target: 'orders', actions: 'assignAccount' },
              { target: '#resume', actions: ['assignAccount', { type: 'say', params: { id: 'statusCard' } }] },
            ],
            onError: [
              { guard: 'sessionExpired', target: '#login', actions: ['forgetSession', 'noteFailure'] },
              { target: '#resume', actions: 'noteFailure' },
            ],
          },
          after: { backendTimeout: { target: '#resume', actions: 'noteTimeout' } },
        },
        // With pay-later on, the card says what is still owed: "all set 🎉" alone, to a customer with an overdue order
        // not yet listed in the conversation, read as all being well. Without the orders the card still shows the rest.
        orders: {
          tags: ['busy'],
          invoke: {
            src: 'listOrders',
            input: ({ context }) => ({ session: sessionOf(context) }),
            onDone: { target: '#resume', actions: ['assignOrders', { type: 'say', params: { id: 'statusCard' } }] },
            onError: { target: '#resume', actions: { type: 'say', params: { id: 'statusCard' } } },
          },
          after: { backendTimeout: { target: '#resume', actions: { type: 'say', params: { id: 'statusCard' } } } },
        },
      },
    },
    handoff: {
      id: 'handoff',
      tags: ['agent'],
      on: {
        AGENT_RELEASED: [
          {
            guard: 'releasedWithIntent',
            target: '#resume',
            actions: ['clearHandoff', 'sayReleased', 'passReleasedSession', 'replayReleasedIntent'],
          },
          { target: '#resume', actions: ['clearHandoff', 'sayReleased', 'passReleasedSession'] },
        ],
        HANDOFF_WITHDRAWN: [
          { guard: 'agentAway', target: '#resume', actions: ['clearHandoff', { type: 'say', params: { id: 'agentAway' } }] },
          { target: '#resume', actions: ['clearHandoff', { type: 'say', params: { id: 'handoffWithdrawn' } }] },
        ],
      },
    },
  },
});

export type DialogueMachine = typeof dialogueMachine;
