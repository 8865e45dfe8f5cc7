// What the dialogue remembers between turns, and the notices it leaves for the renderer to say.
import type { Account, Intent, Order, Session } from './domain';
import type { ExternalStep, SecretKind, Topic } from './events';

/**
 * How a backend call fails technically: the kinds the account client throws (BackendError). `bad_response` means
 * the backend answered something off-contract; `unauthorized` covers a missing, expired or foreign session token.
 */
export const BACKEND_ERROR_KINDS = ['timeout', 'unavailable', 'bad_response', 'unauthorized', 'server_error'] as const;
export type BackendErrorKind = (typeof BACKEND_ERROR_KINDS)[number];

/** Why a backend call did not give an answer ('unknown': thrown without a known kind); each gets an apology and a retry. */
export const FAILURE_KINDS = [...BACKEND_ERROR_KINDS, 'unknown'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** Why the conversation went to a human agent. */
/** `complaint`: the customer complained a second time; an apology alone no longer helps. */
/** `plus_payment`: a person asked for with PLUS said paid for and not seen active: the payment to check. */
export const HANDOFF_REASONS = ['customer_request', 'not_understood', 'credit_refused', 'login_blocked', 'complaint', 'plus_payment'] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];

/**
 * What the customer came for, so that after login the bot goes on to it. `payOrder` and `returnOrder`: paying for or
 * returning the order in `orderId`, whose call found the login lapsed; after the new login its confirmation is asked
 * again.
 */
export const GOALS = ['enable', 'orders', 'pay', 'return', 'status', 'payOrder', 'returnOrder'] as const;
export type Goal = (typeof GOALS)[number];
/** The goals that lead to the order list once logged in. */
export const ORDER_GOALS: ReadonlySet<Goal> = new Set<Goal>(['orders', 'pay', 'return', 'payOrder', 'returnOrder']);

/**
 * Something to say once, in the turn it happened (an FAQ answer, "wrong code", "paid").
 * Notices are output, not memory: the turn loop drops them before the snapshot is saved.
 */
export type Notice =
  | { id: 'faq'; topic: Intent }
  | { id: 'help' }
  | { id: 'cancelled' }
  | { id: 'restarted' }
  | { id: 'loggedOut' }
  | { id: 'notLoggedIn' }
  | { id: 'goodbye' }
  | { id: 'thanks' }
  | { id: 'greeting' }
  | { id: 'outOfScope' }
  | { id: 'clarify'; candidates: Intent[] }
  | { id: 'statusCard' }
  | { id: 'statusNeedsLogin' }
  /** `orderId`: the order the question named; `inDays`: how many days from now paying is asked for (TOPIC_ASKED's). */
  | { id: 'topic'; topic: Topic; orderId?: string; inDays?: number }
  /** Why the login comes first when the customer asked about their orders without being logged in. */
  | { id: 'needsLogin'; goal: 'orders' | 'pay' | 'return' }
  /**
   * `repeated`: the number was mistyped again and again; a person is offered too. `digits`: how many the number typed had
   * (NUMBER_INVALID's), so that the answer says what is wrong with it (one too many, one short, not a mobile number).
   */
  | { id: 'invalidPhone'; repeated?: boolean; digits?: number }
  /** A code sent where the phone number was asked for. */
  | { id: 'phoneFirst' }
  | { id: 'invalidCode' }
  /** `again`: a code asked for again ("没收到"): said to be sent again, with what to check when none arrives. */
  | { id: 'otpSent'; again?: boolean }
  /**
   * A code asked for again within the resend cooldown (or refused by the backend as too soon): none was sent; how long ago
   * the last one went and how long until a new one may be asked for, when known.
   */
  | { id: 'codeSentLately'; secondsAgo?: number; secondsLeft?: number }
  | { id: 'wrongCode'; attemptsLeft: number }
  | { id: 'backendFailed'; kind: FailureKind }
  /**
   * The code could not be checked (the backend failed or was slow): not the customer's mistake, and the code is not kept,
   * so the same code is to be sent again in a moment (or a new one asked for).
   */
  | { id: 'codeNotChecked'; kind: FailureKind }
  /** "重试" at the code step: nothing to retry without the code, so it is asked for again (not the whole prompt). */
  | { id: 'typeCodeAgain' }
  /** The customer typed the number they are logged in with: no new code, the conversation stays where it is. */
  | { id: 'alreadyLoggedIn' }
  /** A code typed once logged in ("123456" at the terms): no code is needed now; the step stays. */
  | { id: 'codeNotNeeded' }
  /** Secrets of more than one kind typed in one message: one warning naming them. */
  | { id: 'secretsShared'; shared: SecretKind[] }
  /** A payment or return whose answer came too late: it may have gone through, so it is not said to have failed. */
  | { id: 'outcomeUnknown'; action: 'pay' | 'return'; orderId: string }
  /** `paid`: the customer said they paid for it (PLUS): not to buy it again, it may take a moment to show. */
  | { id: 'stepNotDoneYet'; step: ExternalStep; paid?: true }
  | { id: 'stepDone'; step: ExternalStep }
  /** `step`: the shop-page step left for later (said of that step), none at the terms or the welcome. */
  | { id: 'termsDeclined'; step?: 'plus' | 'realName' }
  | { id: 'notEligible' }
  /** Turning pay-later on asked for by a customer who has it on already: said so, not celebrated as just turned on. */
  | { id: 'payLaterAlreadyOn' }
  | { id: 'orderPaid'; orderId: string }
  /** A payment refused because the order was paid already: nothing was charged this time. */
  | { id: 'orderPaidBefore'; orderId: string }
  | { id: 'returnRequested'; orderId: string }
  | { id: 'orderActionInvalid'; orderId: string; action?: 'pay' | 'return' }
  /** "Not now" at a confirmation: the order is left as it is. */
  | { id: 'leftAsIs'; action: 'pay' | 'return' | 'offer' }
  /** A payment or return stopped by a lapsed login: it did not happen, and is asked again after the new login. */
  | { id: 'notDoneLoginFirst'; action: 'pay' | 'return' }
  /** The customer named an order there is nothing to do with (paid, returned, or no longer listed). */
  | { id: 'nothingToDo'; orderId: string }
  | { id: 'chooseOrder' }
  /**
   * Back from the handoff; `notTaken`: no agent had taken the conversation, so there was no talk to come back from.
   * `unanswered`: no agent wrote to the customer either, but one passed an account they verified: nobody is said to have
   * helped. `intent`: what the agent handed on, said as why the bot goes on ("客服让我…"), in the same line.
   * `loggedInAs`: the masked phone number of the account the agent logged the customer in to with the release.
   */
  | { id: 'agentReleased'; notTaken?: boolean; unanswered?: true; intent?: Intent; loggedInAs?: string }
  /** An agent handed on turning pay-later on to a customer not logged in: why the phone number is asked for. */
  | { id: 'agentAskedToEnable' }
  /**
   * Said to what the customer writes while waiting for an agent (none has taken the conversation yet): with the customers
   * still waiting before them and, after a long wait, the minutes waited, when the queue knows them; `complaint`: they
   * lodged a complaint, which the agents' queue now shows as the reason. `again`: all that was said a moment ago, with
   * the same place in the queue: only a short "received" (src/bot/dialogueTurn.ts decides).
   */
  /** `holdOn`: only asked to hold on, after a warning about a secret typed while waiting (nothing said of it passed on). */
  | { id: 'alreadyWithAgent'; ahead?: number; waitedMinutes?: number; complaint?: boolean; again?: true; holdOn?: true }
  | { id: 'handoffWithdrawn' }
  /** The agent who had the conversation stopped writing long ago: the bot has it again. */
  | { id: 'agentAway' }
  | { id: 'loginBlocked' }
  /** Too many wrong codes for the phone number, in any conversations: its login waits out the window. */
  | { id: 'phoneLocked'; minutesLeft?: number }
  | { id: 'idNumberNotHere' }
  /** A login code typed where no login asks for it (while waiting for a person): not to be shared. */
  | { id: 'codeNotToShare' }
  /** The saved conversation could not be read after an update; the customer goes on from their first open step. */
  | { id: 'resumeFailed' };

export interface DialogueContext {
  /** The phone number being logged in with; dropped as soon as the login succeeds. */
  phone?: string;
  /** The keyed digest of `phone`, when the turn gave one: kept as `ownPhoneDigest` once that login succeeds. */
  phoneDigest?: string;
  session?: Session;
  /**
   * The keyed digest of the number the session was logged in with: a number typed later is told to be the customer's own
   * by it (the masked number also matches other numbers with the same visible digits). None when the login was passed
   * by an agent, or saved before digests were kept: the masked number stands in.
   */
  ownPhoneDigest?: string;
  account?: Account;
  orders?: Order[];
  /** The order the customer is paying for or returning. */
  orderId?: string;
  returnReason?: string;
  /** A return taken back at its confirmation ("不退了"): "还是退吧" at the list brings back its confirmation, reason and all. */
  returnTakenBack?: { orderId: string; reason: string };
  /**
   * The reason said with a return asked for before any order was chosen ("我要退货，尺码太大"): kept while the goal is the
   * return, for the order chosen next.
   */
  returnReasonSaid?: string;
  goal: Goal;
  /**
   * The goal a guessed request replaced (events.ts `guessed`), until the orders it asked for are read: a login found lapsed
   * meanwhile goes back to it, not on to the guess ("hi 我回来了 刚才说到哪了", read as the orders, lost the real-name step).
   */
  goalBeforeGuess?: Goal;
  /** That happened: once logged in again, the customer hears where we were, with the step. */
  backAfterLapsedGuess?: boolean;
  phoneAttempts: number;
  otpAttempts: number;
  /** The code was asked for again (OTP_RESEND_REQUESTED): the next one sent to `phone` is said to be sent again. */
  codeAskedAgain?: boolean;
  /**
   * When the last code went to `phone` (ms since the epoch, the bot's clock): a new one asked for sooner than the cooldown
   * is not sent (src/bot/codeResends.ts). Dropped with `phone`.
   */
  otpSentAt?: number;
  /**
   * The minutes the backend said a locked number waits (too many wrong codes), as it said them when the lock was told:
   * "要等多久" asked at the locked number is answered with them (or, unknown, the longest wait).
   */
  phoneLockMinutes?: number;
  /** Which shop-page step the customer was last sent to, to notice "still not done" on a recheck. */
  pendingStep?: ExternalStep;
  /**
   * The customer said that step is done ("我已开通好了"): the recheck that follows tells them when it is not. A check
   * nobody asked for (the shop's notice, coming back from a person) asks for the step again without saying so. 'paid':
   * PLUS said paid for, which the not-done answer takes into account (not to buy it again).
   */
  stepClaimedDone?: boolean | 'paid';
  handoffReason?: HandoffReason;
  /** Complaints answered with an apology since the conversation began, an agent gave it back or a task went through. */
  complaints: number;
  /**
   * The customer disputed a debt ("我根本没用过先用后付 怎么就欠钱了"): a person is offered before the orders, and what is
   * owed is told without "please pay soon" (after the login the status card pushed to pay the order in dispute).
   */
  debtDisputed?: boolean;
  /**
   * Orders paid in this conversation while they were overdue: asked afterwards whether paying hurts their credit, the
   * answer says the late days may have counted ("付完了对我信用有影响吗" was told "paid by the due date, no effect").
   */
  paidLate?: string[];
  notices: Notice[];
}

/** Every key is listed, even when empty, so that assigning it resets a whole context. */
export const initialContext = (): DialogueContext => ({
  phone: undefined,
  phoneDigest: undefined,
  session: undefined,
  ownPhoneDigest: undefined,
  account: undefined,
  orders: undefined,
  orderId: undefined,
  returnReason: undefined,
  returnTakenBack: undefined,
  returnReasonSaid: undefined,
  pendingStep: undefined,
  stepClaimedDone: undefined,
  handoffReason: undefined,
  goal: 'enable',
  goalBeforeGuess: undefined,
  backAfterLapsedGuess: undefined,
  phoneAttempts: 0,
  otpAttempts: 0,
  otpSentAt: undefined,
  phoneLockMinutes: undefined,
  complaints: 0,
  debtDisputed: undefined,
  paidLate: undefined,
  notices: [],
});

/**
 * Mistyped phone numbers after which the format is spelled out and a person offered (the login goes on), and wrong
 * codes after which the login stops (a real backend rate-limits too).
 */
export const MAX_PHONE_ATTEMPTS = 3;
export const MAX_OTP_ATTEMPTS = 3;
/**
 * The wrong codes a phone number had are forgotten this long after the first (src/bot/loginAttempts.ts): at most this
 * long after a paused login, the customer can try again.
 */
export const LOGIN_PAUSE_MINUTES = 15;
