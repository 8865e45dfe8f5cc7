// One customer message through the dialogue: restore → understand → transition → wait for the backend → persist → render.
import { waitFor, type AnyActorRef, type AnyMachineSnapshot } from 'xstate';
import type { Activity } from 'botbuilder';
import type { DialogueMachine } from '../../machines/dialogue';
import { persistDialogue, restoreDialogue, startDialogue, type DialogueActor, type PhoneSeal } from '../../machines/snapshot';
import { statePath } from '../../machines/view';
import { ORDER_GOALS, type DialogueContext, type Notice } from '../../machines/context';
import type { Order } from '../../machines/domain';
import { intentEventType, type DialogueEvent, type Topic } from '../../machines/events';
import { buttonStep, loginOffered, releasedByAgent, renderNotices, renderTurn, stampStep, welcomeAsksYes, type LoginOffer } from '../../dialogs';
import { buttonValueSchema, STEP_BOUND_EVENTS } from '../../dialogs/buttonValue';
import { isBriefCjk, isBriefLatin, type Nlu } from '../nlu';
import type { ConversationRecord } from './conversationRecord';
import { consentsInOwnWords, handoffWithdrawal, requestAfterWithdrawal, SHOP_STEPS, takesUpRequest, understandActivity, type Referents } from './understanding';
import { understandRequests, type UnderstoodRequests } from './twoRequests';
import { withFiles } from './understanding/attachments';
import { lodgesComplaint } from './understanding/personRequests';
import { CONSENT_STEPS, CREDIT_REFUSED_STEP, ENABLED_STEP, ORDER_LIST, WELCOME_STEP, YES_SHOWS_STEPS } from './understanding/steps';
import { chooseLocale, type Locale } from './locale';
import { maskSensitive } from './mask';
import { doneForStepJustDone, shopStepDoneAfter, yesToUnseenTerms } from './shopStepDone';
import { secretWarning } from './secretWarning';
import { untoldFor, untoldReleaseAfter, withUntold } from './untold';
import { codeRefusedHere } from './codeResends';

export interface DialogueTurnDeps {
  machine: DialogueMachine;
  nlu: Nlu;
  shopUrl: string;
  /** Longest a turn waits for one backend call before the machine's own timeout must have fired. */
  maxWaitMs: number;
  /** Called when a backend call starts, so the customer sees a typing indicator (in the turn's language, as its replies). */
  onBusy?: (locale: Locale) => void;
  /** The agents' queue, when there is one: without it, a handed-over customer is never told anything. */
  handoffQueue?: HandoffQueue;
  /**
   * The keyed digest of a typed phone number (src/bot/phoneDigests.ts), what the dialogue keeps of it after the login to
   * tell the customer's own number from another. Without it, the masked number stands in (machines/dialogue.ts ownNumber).
   */
  phoneDigest?: (phone: string) => Promise<string>;
  /**
   * The seal the phone number of a login under way is stored under (src/bot/phoneSeal.ts), opened for the turn. Without
   * it (tests of the turn alone), the number is stored plain.
   */
  phoneSeal?: () => Promise<PhoneSeal>;
  /**
   * The turn's clock (Date.now unless a test fixes the day or moves time on): the days an order is overdue, the pause
   * before a shop-page step is read again, when the record was saved and when a waiting customer was told their place.
   */
  now?: () => number;
}

/** Where a waiting customer stands: customers handed over before them and still waiting, and how long they have waited. */
export interface QueuePlace {
  ahead: number;
  waitedMs: number;
}

/** What the turn asks of the agents' queue (src/handoff/registry.ts). */
export interface HandoffQueue {
  /** No agent has taken the conversation yet. */
  waiting(conversationId: string): Promise<boolean>;
  /** The customer takes the request back; false when an agent took it first. */
  withdraw(conversationId: string): Promise<boolean>;
  /** The agent who took the conversation has not written for long: it comes back to the bot (true). */
  away(conversationId: string): Promise<boolean>;
  /** Where a waiting customer stands (told while they wait); undefined when not known. */
  place?(conversationId: string): Promise<QueuePlace | undefined>;
  /** How many others wait for an agent now: those a customer handed over this turn waits behind. */
  waitingOthers?(conversationId: string): Promise<number>;
  /** The customer lodged a complaint while waiting: the agents see it as the reason. */
  complaint?(conversationId: string): Promise<void>;
}

export interface DialogueTurnInput {
  record: ConversationRecord | undefined;
  text?: string;
  value?: unknown;
  /** The message carried a picture or a file (understanding/attachments.ts), which the bot cannot read. */
  files?: boolean;
  /** An event from the backend or an agent, sent as it is instead of understanding words. */
  event?: DialogueEvent;
  activityLocale?: string;
  reference?: Record<string, unknown>;
  conversationId?: string;
}

export interface DialogueTurnResult {
  record: ConversationRecord;
  replies: Partial<Activity>[];
  /** The snapshot after the turn, for handoff and metrics. */
  before: AnyMachineSnapshot;
  after: AnyMachineSnapshot;
  /** Set when the stored snapshot could not be used and the customer was restarted at their first open step. */
  restartReason?: string;
}

function restore(
  machine: DialogueMachine,
  record: ConversationRecord | undefined,
  seal: PhoneSeal | undefined,
): { actor: DialogueActor; restartReason?: string } {
  if (record?.dialogue === undefined) return { actor: startDialogue(machine) };
  const restored = restoreDialogue(machine, record.dialogue, seal);
  return restored.ok ? { actor: restored.actor } : { actor: restored.actor, restartReason: restored.reason };
}

/**
 * The step the customer's words answer: where the dialogue rests or, under a clarifying question, the step it came from
 * (the question replays the words to it). Read there, a typed button or a return reason is not another "unclear",
 * which would hand the customer to a person.
 */
function answeredStep(snapshot: AnyMachineSnapshot, path: string): string {
  return path === 'clarifying' ? (resumedStep(snapshot) ?? path) : path;
}

/** The step the dialogue goes back to from a clarifying question or a person (its history), when there is one. */
function resumedStep(snapshot: AnyMachineSnapshot): string | undefined {
  const step = (snapshot.historyValue as Record<string, Array<{ path?: string[] }>> | undefined)?.resume?.[0];
  return step?.path ? step.path.join('.') : undefined;
}

/**
 * A request said after taking the request for a person back ("算了 不等了 你帮我查下开通了没", "不用了 我还是问你吧 怎么开通":
 * both went to the agent): its reading where the dialogue goes back to, when it is one the bot takes up. Only then is the
 * message a withdrawal ("算了 我再等等" is not).
 */
function requestInstead(
  deps: DialogueTurnDeps,
  input: DialogueTurnInput,
  before: AnyMachineSnapshot,
  welcomeAsked: boolean | undefined,
): UnderstoodRequests | undefined {
  const words = input.value === undefined ? requestAfterWithdrawal(input.text) : undefined;
  const step = words === undefined ? undefined : resumedStep(before);
  if (words === undefined || step === undefined) return undefined;
  const read = understandRequests(deps.nlu, words, undefined, step, { ...(before.context as DialogueContext), welcomeAsked });
  return takesUpRequest(read.event) ? { ...read, requestWords: read.requestWords ?? words } : undefined;
}

/**
 * The step's own button tapped while waiting for a person (「同意并开通」 at the terms, after two misses there handed the
 * customer over): they go on with the bot, which took the request back and did the step's yes or no (it answered "正在为你
 * 转接人工客服…" and nothing was turned on). Read at the step the dialogue goes back to: a button of another step is stale
 * there, no withdrawal, and goes to the person awaited like any other words.
 */
function stepButtonInstead(deps: DialogueTurnDeps, input: DialogueTurnInput, before: AnyMachineSnapshot): UnderstoodRequests | undefined {
  const button = input.value === undefined ? undefined : buttonValueSchema.safeParse(input.value);
  const step = resumedStep(before);
  if (!button?.success || button.data.at === undefined || step === undefined) return undefined;
  const read = understandActivity(deps.nlu, undefined, input.value, step, before.context as DialogueContext);
  return read.event && STEP_BOUND_EVENTS.has(read.event.type) ? read : undefined;
}

/**
 * Events that reach a dialogue in the handoff: the agent's release (with the verified account it may pass), and the
 * bot's own HANDOFF_WITHDRAWN when the customer left the conversation (src/bot/paylaterBot.ts).
 */
const AGENT_EVENTS = new Set<DialogueEvent['type']>(['AGENT_RELEASED', 'HANDOFF_WITHDRAWN']);
/** Events that end a handoff: outside one they do nothing (and say nothing). */
const HANDOFF_ENDINGS = new Set<DialogueEvent['type']>(['AGENT_RELEASED', 'HANDOFF_WITHDRAWN']);
const ORDER_REQUESTS = new Set<DialogueEvent['type']>(['ORDERS', 'PAY', 'RETURN']);
const ORDER_CHOICES = new Set<DialogueEvent['type']>(['ORDER_PAY_CHOSEN', 'ORDER_RETURN_CHOSEN', 'ORDER_MENTIONED']);
/** What the words asked of the orders, answered once the list is there ("pay for my laptop order": it is not listed). */
const ANSWERED_AT_THE_LIST = new Set<Topic>([
  'orderNotListed', 'amountDue', 'dueDate', 'delivery', 'alreadyPaid', 'returnStatus', 'overdueStatus', 'overdueMessage',
]);
const MAX_ORDER_WORDS = 200;

/** Words kept for the list; `questionsOpen`: questions said in them are still to be answered there. */
interface PendingOrderWords {
  words: string;
  questionsOpen?: true;
}

/**
 * The words of a request about orders that could not be shown yet ("耳机想退货" sends the customer to log in first),
 * kept while the login runs: once the list is there they choose the order, as they would have at the list. Said with
 * questions answered first, the request's own words (twoRequests.ts): the questions read there as something else.
 */
function pendingOrderWords(input: DialogueTurnInput, understood: UnderstoodRequests | undefined): PendingOrderWords | undefined {
  const event = understood?.event;
  if (input.text && event && ORDER_REQUESTS.has(event.type)) {
    return { words: maskSensitive((understood?.requestWords ?? input.text).trim()).slice(0, MAX_ORDER_WORDS) };
  }
  // Said with the phone number ("13800000005 我要退耳机"): the words without it (at the list a number is read as one). The
  // questions in them ("…帮我看看订单，顺便问下逾期了怎么办") were not answered at the login: the list answers them.
  // The number alone, its goal the login offered before it (dialogs/prompts.ts loginOffered), has no words to keep.
  const rest = event?.type === 'PHONE_RECEIVED' && event.goal ? understood?.phoneWords : undefined;
  if (rest) return { words: maskSensitive(rest).slice(0, MAX_ORDER_WORDS), questionsOpen: true };
  const kept = input.record?.orderWords;
  return kept === undefined ? undefined : { words: kept, ...(input.record?.orderQuestionsOpen ? { questionsOpen: true as const } : {}) };
}

/**
 * A second order's request said with the first ("…and also return the rice cooker", src/bot/ordersInTurn.ts), masked: kept
 * while the first is on its way or under way (keptForTheOther), read at the list once the first is done.
 */
function pendingNextWords(input: DialogueTurnInput, understood: UnderstoodRequests | undefined): string | undefined {
  const said = understood?.nextRequestWords;
  if (input.text && said !== undefined) return maskSensitive(said.trim()).slice(0, MAX_ORDER_WORDS);
  return input.record?.nextOrderWords;
}

/** The orders read again are the ones the customer has seen: order by order, nothing the list says about them changed. */
const sameOrders = (seen: Order[] | undefined, now: Order[] | undefined): boolean =>
  seen === now ||
  (seen !== undefined &&
    now !== undefined &&
    seen.length === now.length &&
    seen.every((o, i) => o.orderId === now[i].orderId && o.status === now[i].status && o.amount === now[i].amount && o.dueDate === now[i].dueDate));

/** The first order's request is still on its way (the login, a clarifying question) or under way (its payment or return). */
const keptForTheOther = (path: string, goal: DialogueContext['goal']): boolean =>
  (onTheWay(path) && ORDER_GOALS.has(goal)) || (path.startsWith('flow.purchase.') && path !== ORDER_LIST);

/**
 * The questions said with a request and a phone number, read at the list the words led to ("…顺便问下逾期了怎么办": the
 * overdue lamp named), as the clause readings answer them without a number (twoRequests.ts); not the order chosen.
 */
function questionsAtTheList(deps: DialogueTurnDeps, words: string, referents: Referents, chosen: DialogueEvent | undefined): DialogueEvent[] {
  const answers = understandRequests(deps.nlu, words, undefined, ORDER_LIST, referents).answersFirst ?? [];
  return answers.filter((answer) => JSON.stringify(answer) !== JSON.stringify(chosen));
}

/** A yes or no button stamped with its step (dialogs/actions.ts stampStep): the understanding let it through, so it is this step's. */
const tappedStepButton = (value: unknown): boolean => {
  const button = value === undefined ? undefined : buttonValueSchema.safeParse(value);
  return button?.success === true && button.data.at !== undefined;
};

/**
 * Under a clarifying question a bare yes answers the question; a yes in the step's own words ("提交退货申请", a button of
 * the step typed or tapped) answers the step below it (it took saying twice). So does the step's own yes or no button,
 * which the question offers beside its guesses (不退了 at a return's confirmation only brought the confirmation back).
 * Where the step's yes only shows something (YES_SHOWS_STEPS), a bare yes answers the step too: "hmm", then "yes" to
 * "shall we look at your orders first?" brought the step back with "pay later is on 🎉", as if just turned on. So does a
 * yes typed at a confirmation or the terms (CONSENT_STEPS): after one miss "yes" only asked the confirmation again, and a
 * second "yes" paid. Read at that step, a casual or hesitant yes ("k", "ok cool") is no AFFIRM, so it still consents to
 * nothing; a tapped yes that is no step's button (a guess) still answers the question.
 */
function confirmedUnderQuestion(
  path: string,
  step: string,
  event: DialogueEvent | undefined,
  text: string | undefined,
  value: unknown,
): DialogueEvent | undefined {
  if (path !== 'clarifying' || (event?.type !== 'AFFIRM' && event?.type !== 'DENY')) return event;
  if (tappedStepButton(value)) return { type: event.type, confirmed: true };
  const typedAtConsent = value === undefined && CONSENT_STEPS.has(step);
  const stepAnswered = YES_SHOWS_STEPS.has(step) || typedAtConsent || consentsInOwnWords(step, text);
  return event.type === 'AFFIRM' && stepAnswered ? { type: 'AFFIRM', confirmed: true } : event;
}

/**
 * Right after an agent gave the conversation back at the credit refusal, its prompt offers no person, only "明白了" (a
 * no): a typed yes ("好的") is that, not the step's yes to a person (it handed the customer over again at once).
 */
function yesAfterRelease(step: string, event: DialogueEvent | undefined, record: ConversationRecord | undefined): DialogueEvent | undefined {
  return record?.releasedByAgent && step === CREDIT_REFUSED_STEP && event?.type === 'AFFIRM' ? { type: 'DENY' } : event;
}

/**
 * A customer who writes this long after their last turn at a shop-page step may have done it meanwhile from elsewhere
 * (another chat, the shop's app) while the shop's notice missed this conversation.
 */
export const SHOP_STEP_RECHECK_AFTER_MS = 30_000;

/**
 * The customer's words (not an event) after a pause, leaving them at a shop-page step, and the turn read no account
 * ("好了" rechecks by itself): the step is read again, once, after the words are answered. Quick turns cost nothing.
 */
function backAfterPause(input: DialogueTurnInput, before: AnyMachineSnapshot, now: AnyMachineSnapshot, nowMs: number): boolean {
  if (input.event || input.record === undefined) return false;
  // Assigned anew only when the backend was read this turn.
  const accountRead = (now.context as DialogueContext).account !== (before.context as DialogueContext).account;
  return !accountRead && nowMs - Date.parse(input.record.updatedAt) >= SHOP_STEP_RECHECK_AFTER_MS;
}

/** Typed words ("done, I bought it") after the shop's notice moved the customer on: about the step it reported (shopStepDone.ts). */
const readAfterShopNotice = (
  step: string,
  event: DialogueEvent | undefined,
  input: DialogueTurnInput,
  nowMs: number,
): DialogueEvent | undefined =>
  doneForStepJustDone(step, event, input.value === undefined ? input.text : undefined, input.record, nowMs);

/** On the way to the list: logging in (or at a step the login found undone), or asked a clarifying question meanwhile. */
const onTheWay = (path: string): boolean => path.startsWith('flow.onboarding') || path === 'clarifying';

/** The turn brought the customer to their order list (not: they were at it already). */
const reachedOrderList = (beforePath: string, now: AnyMachineSnapshot): boolean =>
  beforePath !== ORDER_LIST && statePath(now.value) === ORDER_LIST;

/**
 * A typed phone number with its digest, computed here only (an event's own is dropped). One the store could not give
 * (its secret unreadable) is left out: the number is then compared by its masked form, rather than the message failing.
 */
async function withPhoneDigest(deps: DialogueTurnDeps, event: DialogueEvent): Promise<DialogueEvent> {
  if (event.type !== 'PHONE_RECEIVED') return event;
  const { phoneDigest: _given, ...typed } = event;
  const phoneDigest = await deps.phoneDigest?.(typed.phone).catch(() => undefined);
  return phoneDigest === undefined ? typed : { ...typed, phoneDigest };
}

/**
 * The machine asks for a code that the bot's own spacing refuses (src/bot/codeResends.ts, wrapped round the ports in
 * src/bot/app.ts): the customer waits for no backend, and the answer comes at once.
 */
function codeRefusedWithoutCall(snapshot: AnyMachineSnapshot, now: number): boolean {
  const askingCode = Object.values(snapshot.children as Record<string, AnyActorRef | undefined>).some((child) => child?.src === 'requestOtp');
  // The code's request is given the context's otpSentAt as its lastSentAt (machines/dialogue.ts requestingOtp).
  return askingCode && codeRefusedHere((snapshot.context as DialogueContext).otpSentAt, now);
}

/** Lets the backend calls the last event started finish: the customer sees typing while a call is made. */
async function settle(deps: DialogueTurnDeps, actor: DialogueActor, locale: Locale): Promise<void> {
  const snapshot = actor.getSnapshot();
  if (!snapshot.hasTag('busy')) return;
  if (!codeRefusedWithoutCall(snapshot, (deps.now ?? Date.now)())) deps.onBusy?.(locale);
  await waitForCalls(actor, deps.maxWaitMs);
}

/**
 * Waits until the machine is done calling the backend. One turn may make several calls in a row (the one-time code's
 * check, then the account, then the orders asked for), each with its own timeout in the machine: each gets
 * `maxWaitMs`, so calls that each answer in time are never cut short by the sum of them.
 */
async function waitForCalls(actor: DialogueActor, maxWaitMs: number): Promise<void> {
  let snapshot = actor.getSnapshot();
  while (snapshot.hasTag('busy')) {
    const calling = statePath(snapshot.value);
    snapshot = await waitFor(actor, (s) => !s.hasTag('busy') || statePath(s.value) !== calling, { timeout: maxWaitMs });
  }
}

/**
 * Runs one turn and returns what to store and what to say. It only talks to the backend (through the
 * machine's actors), so it can be redone on fresh state when another instance saved first.
 */
/** Waited this long, the customer hears an apology for the wait with how long it has been. */
export const LONG_WAIT_MS = 10 * 60_000;

/**
 * Told the whole "one is coming" this long ago at the same place in the queue, a waiting customer hears it again; sooner,
 * only that their words were passed on (four messages got the same long line four times).
 */
export const WAITING_RETOLD_MS = 3 * 60_000;

type WaitingTold = NonNullable<NonNullable<ConversationRecord['handoff']>['told']>;

/**
 * "One is coming", with the customer's place in the queue and, after a long wait, an apology, when the queue knows them;
 * a short "received" when all that was said a moment ago (`told`): the same place, no apology newly due, no complaint.
 * With what to remember as told.
 */
async function waitingNotice(
  queue: HandoffQueue | undefined,
  conversationId: string | undefined,
  complaint: boolean,
  told: WaitingTold | undefined,
  clock: () => number,
): Promise<{ notice: Notice; told: WaitingTold }> {
  const place = queue?.place && conversationId ? await queue.place(conversationId) : undefined;
  const waitedMinutes = place && place.waitedMs >= LONG_WAIT_MS ? Math.floor(place.waitedMs / 60_000) : undefined;
  const now = clock();
  const saidLately =
    told !== undefined &&
    told.ahead === place?.ahead &&
    now - Date.parse(told.at) < WAITING_RETOLD_MS &&
    (waitedMinutes === undefined || told.longWait === true);
  if (saidLately && !complaint) return { notice: { id: 'alreadyWithAgent', again: true }, told };
  const notice: Notice = {
    id: 'alreadyWithAgent',
    ...(place ? { ahead: place.ahead } : {}),
    ...(waitedMinutes === undefined ? {} : { waitedMinutes }),
    ...(complaint ? { complaint } : {}),
  };
  return {
    notice,
    told: { at: new Date(now).toISOString(), ...(place ? { ahead: place.ahead } : {}), ...(waitedMinutes === undefined ? {} : { longWait: true }) },
  };
}

export async function runDialogueTurn(deps: DialogueTurnDeps, input: DialogueTurnInput): Promise<DialogueTurnResult> {
  const clock = deps.now ?? Date.now;
  const seal = await deps.phoneSeal?.();
  const { actor, restartReason } = restore(deps.machine, input.record, seal);
  actor.start();
  try {
    const before = actor.getSnapshot();
    const beforePath = statePath(before.value);
    const step = answeredStep(before, beforePath);
    // At the welcome, whether its last prompt asked to turn it on (a "👍" is a yes only to that); unknown without a record.
    const welcomeAsked = input.record === undefined ? undefined : input.record.welcomeAsked === true;
    const read = (): UnderstoodRequests => {
      const referents = { ...(before.context as DialogueContext), welcomeAsked, loginOffered: input.record?.loginOffered };
      const words = understandRequests(deps.nlu, input.text, input.value, step, referents);
      return input.files && input.value === undefined ? withFiles(words, input.text, beforePath) : words;
    };
    const understood: UnderstoodRequests = input.event ? { event: input.event, language: undefined } : read();
    // An agent's release that finds the dialogue back with the bot (the customer took the request back) does nothing, nor
    // does a customer leaving a conversation that was not with an agent; one that finds an unreadable snapshot restarts
    // it like any turn.
    const staleRelease = input.event !== undefined && HANDOFF_ENDINGS.has(input.event.type) && !before.hasTag('agent') && !restartReason;
    // Only AGENT_EVENTS reach a dialogue in the handoff; the customer's words there are for the agent.
    const withAgent = before.hasTag('agent') && !(input.event && AGENT_EVENTS.has(input.event.type));
    // Until an agent takes the conversation, the customer hears one is coming, and may take the request back.
    const id = input.conversationId;
    const queue = withAgent && !input.event ? deps.handoffQueue : undefined;
    const waiting = queue !== undefined && id !== undefined && (await queue.waiting(id));
    // An agent who took the conversation and has long stopped writing has left: the customer, whose words go to the
    // agent, could not get out by themselves. It comes back to the bot.
    const agentAway = queue !== undefined && id !== undefined && !waiting && (await queue.away(id));
    const typedWithdrawal = waiting ? handoffWithdrawal(input.text, input.value) : undefined;
    // Taken back with something asked of the bot after it: that is answered once the request is taken back.
    // So is the step's own button tapped (stepButtonInstead).
    const askedInstead =
      waiting && !typedWithdrawal ? (requestInstead(deps, input, before, welcomeAsked) ?? stepButtonInstead(deps, input, before)) : undefined;
    const withdrawal = typedWithdrawal ?? (askedInstead ? 'CANCEL' : undefined);
    // Refused when an agent took the conversation in between: the words are then the agent's, and the bot stays quiet.
    const withdrawn = withdrawal && queue && id && (await queue.withdraw(id)) ? withdrawal : undefined;
    // "我要投诉" while waiting: the agents' queue shows a complaint, and the customer hears it is noted.
    const complaint = waiting && !withdrawal && lodgesComplaint(input.text);
    if (complaint && id !== undefined) await queue?.complaint?.(id);
    // A proactive turn's activity is synthetic: its locale is no choice of the customer's.
    const channelLocale = input.event ? input.record?.channelLocale : input.activityLocale;
    // Words written to an agent ("iPhone 15") do not change the language the bot speaks when it is given the
    // conversation back. While no agent has it yet, the bot answers them ("one is coming") in their language, as anywhere.
    const kept = withAgent && !withdrawn && !waiting ? input.record?.locale : undefined;
    // A word or two of English in a Chinese conversation under way ("earbuds", "ok submit") is a name or a habit, not a
    // switch. At the welcome the words decide ("hi"): the Chinese there is only the channel's default.
    // While handed over, the conversation's language is the one it was handed over in: one Chinese line written while
    // waiting ("我还在等") does not make an English customer's "cancel" a habit of a Chinese one.
    const conversationLocale = before.hasTag('agent') ? (input.record?.handoff?.locale ?? input.record?.locale) : input.record?.locale;
    // Likewise a short Chinese word beside English in an English conversation ("好的 thanks": nlu/language.ts isBriefCjk).
    const aside =
      understood.language === 'en-US'
        ? conversationLocale === 'zh-CN' && isBriefLatin(input.text ?? '')
        : understood.language === 'zh-CN' && conversationLocale === 'en-US' && isBriefCjk(input.text ?? '');
    const brief = !understood.languageAsked && beforePath !== WELCOME_STEP && aside;
    const locale: Locale =
      kept ??
      chooseLocale(brief ? undefined : understood.language, input.activityLocale, input.record?.locale, input.event ? undefined : input.record?.channelLocale);
    // What a proactive turn's message could not tell (the shop's notice, an agent's release): said first by the customer's
    // next turn, the shop's steps also by its next notice (src/bot/untold.ts).
    const untold = untoldFor(input.event, input.record, before.hasTag('agent'));
    if (withdrawn) {
      actor.send({ type: 'HANDOFF_WITHDRAWN' });
      if (withdrawn === 'RESTART') actor.send({ type: 'RESTART' });
      if (askedInstead?.event) {
        for (const answer of askedInstead.answersFirst ?? []) actor.send(await withPhoneDigest(deps, answer));
        actor.send(await withPhoneDigest(deps, askedInstead.event));
        await settle(deps, actor, locale);
      }
    } else if (agentAway) {
      actor.send({ type: 'HANDOFF_WITHDRAWN', agentAway: true });
    } else if (!withAgent && !staleRelease) {
      // A snapshot that could not be used restarts at the first unfinished step instead of the message's intent.
      // A yes to terms the customer never saw (the notice that brought them went undelivered) is not taken yet.
      const meant = yesToUnseenTerms(step, readAfterShopNotice(step, yesAfterRelease(step, understood.event, input.record), input, clock()), untold.steps);
      const event = restartReason ? { type: 'ENABLE' as const } : confirmedUnderQuestion(beforePath, step, meant, input.text, input.value);
      // The intent an agent released with, whose answer went unheard with the release line ("status": the card): run again
      // first, as the agent handed it on, so that it is shown after the line and before the answer to the words.
      if (untold.intent && !restartReason) {
        actor.send({ type: intentEventType(untold.intent), fromAgent: true });
        await settle(deps, actor, locale);
      }
      if (event && !restartReason) {
        for (const answer of understood.answersFirst ?? []) actor.send(await withPhoneDigest(deps, answer));
      }
      if (event) actor.send(await withPhoneDigest(deps, event));
      await settle(deps, actor, locale);
    }
    // Back from a person at a shop-page step, which may have been done meanwhile: the shop's notice found the customer
    // with the agent and was not delivered. Checked as that notice would have been: done, the bot goes on; not done, the
    // step is asked for again as at first (the customer never said it was done, so no "not done yet").
    const shopStep = SHOP_STEPS[statePath(actor.getSnapshot().value)];
    if (shopStep && before.hasTag('agent') && !actor.getSnapshot().hasTag('agent')) {
      actor.send({ type: 'BACKEND_STEP_COMPLETED', step: shopStep });
      await settle(deps, actor, locale);
    } else if (shopStep && backAfterPause(input, before, actor.getSnapshot(), clock())) {
      actor.send({ type: 'RESUMED_AFTER_PAUSE' });
      await settle(deps, actor, locale);
    }
    const pending = pendingOrderWords(input, withAgent ? (withdrawn ? askedInstead : undefined) : understood);
    const orderWords = pending?.words;
    if (orderWords && reachedOrderList(beforePath, actor.getSnapshot())) {
      // Said this turn to the status card, which told what is to pay now ("pay it", "yes pay it"), the words may mean the
      // one order due, as at the list (they showed the list, and a yes there the list again); said before any such word,
      // the customer who named no order sees the list first.
      const toldOwed = beforePath === ENABLED_STEP && understood.event !== undefined && ORDER_REQUESTS.has(understood.event.type);
      const referents = { ...(actor.getSnapshot().context as DialogueContext), ...(toldOwed ? {} : { said: 'beforeList' as const }) };
      const chosen = understandActivity(deps.nlu, orderWords, undefined, ORDER_LIST, referents).event;
      if (pending?.questionsOpen) for (const answer of questionsAtTheList(deps, orderWords, referents, chosen)) actor.send(answer);
      if (chosen && (ORDER_CHOICES.has(chosen.type) || (chosen.type === 'TOPIC_ASKED' && ANSWERED_AT_THE_LIST.has(chosen.topic)))) actor.send(chosen);
    }
    // Back at the list from the first order's payment or return (done, or left as it is), the second order's words choose
    // it, as at the list ("…and also return the rice cooker": the rice cooker's return comes right after the payment). Not
    // straight after the login: there the list is still asking about the first.
    const nextWords = pendingNextWords(input, withAgent ? undefined : understood);
    const firstDone = nextWords !== undefined && reachedOrderList(beforePath, actor.getSnapshot()) && !beforePath.startsWith('flow.onboarding');
    if (firstDone) {
      const next = understandActivity(deps.nlu, nextWords, undefined, ORDER_LIST, actor.getSnapshot().context as DialogueContext).event;
      if (next && ORDER_CHOICES.has(next.type)) actor.send(next);
    }
    const after = actor.getSnapshot();
    const context = after.context as DialogueContext;
    const afterPath = statePath(after.value);
    // Handed over this turn: told how many wait before them (the entry is opened after the reply, behind them all).
    const handedOver = !before.hasTag('agent') && after.hasTag('agent');
    const queueAhead = handedOver && id !== undefined ? await deps.handoffQueue?.waitingOthers?.(id) : undefined;
    // Under a clarifying question, the step it goes back to: the question keeps that step's buttons.
    const resumesTo = afterPath === 'clarifying' ? answeredStep(after, afterPath) : undefined;
    // Today as the backend writes its due dates (UTC days): what an overdue order's days are counted to.
    const today = new Date(clock()).toISOString().slice(0, 10);
    // What an agent last handed on to the bot (a hand-in stored it; a release with an intent does now): "who is this?".
    const handedIn = input.event?.type === 'AGENT_RELEASED' && input.event.intent ? input.event.intent : input.record?.handedIn;
    // The last turn gave the conversation back from an agent: "what now?" is answered as the release was (no person again).
    const backFromAgent = input.record?.releasedByAgent === true;
    const render = { path: afterPath, context, locale, links: { shopUrl: deps.shopUrl }, queueAhead, resumesTo, today, handedIn, backFromAgent };
    let replies: Partial<Activity>[];
    let told = input.record?.handoff?.told;
    let askedToStart = false;
    let loginOffer: LoginOffer | undefined;
    // What the replies tell: this turn's notices, and when it answers the customer, the untold ones first.
    let said = context.notices;
    // The shop's notice, rechecked with the backend, found the step not done yet (a backend replica behind the one that
    // sent it): the dialogue stays at the step, and the customer, who asked nothing, is told nothing. Rendered, the
    // turn would repeat the step's prompt unexplained (remindIfStillPending adds no "not done yet" to an unasked check).
    const quietRecheck =
      input.event?.type === 'BACKEND_STEP_COMPLETED' && beforePath === afterPath && untold.steps.length === 0 && context.notices.length === 0;
    if (staleRelease || quietRecheck) {
      replies = [];
    } else if (withAgent && !withdrawn && !agentAway) {
      // Words written while handed over (entering the handoff is announced once): "one is coming" while no agent has
      // the conversation, nothing once one has.
      // A secret typed meanwhile (a password, an ID number, a login code) is warned of as at any step, and the customer only asked to
      // hold on: not told it was passed on (the agent sees it masked). The place in the queue waits for the next message.
      const warning = waiting && !withdrawal ? secretWarning(understood, input.text) : undefined;
      const answer =
        waiting && !withdrawal
          ? warning && !complaint
            ? { notice: { id: 'alreadyWithAgent', holdOn: true } as const, told }
            : await waitingNotice(queue, id, complaint, told, clock)
          : undefined;
      told = answer?.told ?? told;
      replies = answer ? renderNotices({ ...render, notices: [...(warning ? [warning] : []), answer.notice] }) : [];
    } else {
      said = withUntold(untold, context.notices);
      const notices = restartReason ? [{ id: 'resumeFailed' } as const, ...said] : said;
      const at = buttonStep(answeredStep(after, afterPath), context.orderId);
      // The orders changed this turn (paid, returned, read again with a new status) or asked to be seen again ("我的订单"): the
      // list is shown in full, as when it is entered; kept as it was, an answer there is followed by a short line.
      const ordersShownAgain = understood.event?.type === 'ORDERS' || !sameOrders((before.context as DialogueContext).orders, context.orders);
      // Where an unheard release or shop's notice left the customer, its prompt was never heard either: said in full (the
      // terms brought by an undelivered "verified" were only ever said as "tap agree").
      const stayed = beforePath === afterPath && !ordersShownAgain && untold.release === undefined && untold.steps.length === 0;
      replies = stampStep(renderTurn({ ...render, notices, returning: input.record !== undefined, stayed }), at);
      askedToStart = afterPath === WELCOME_STEP && welcomeAsksYes({ path: afterPath, context, notices, returning: input.record !== undefined });
      loginOffer = loginOffered({ path: afterPath, context, notices });
    }
    const shopStepDone = shopStepDoneAfter(input.event, input.record, untold.steps, context.notices, clock());
    const untoldRelease = untoldReleaseAfter(input.event, input.record, after.hasTag('agent'));
    const record: ConversationRecord = {
      dialogue: persistDialogue(actor, seal),
      locale,
      reference: input.reference ?? input.record?.reference,
      turns: (input.record?.turns ?? 0) + 1,
      updatedAt: new Date(clock()).toISOString(),
      ...(channelLocale === undefined ? {} : { channelLocale }),
      // Kept only while the customer is on the way to the list the words wait for: not once the goal is another (a
      // guessed request whose login lapsed leads back to the step, machines/dialogue.ts dropGuessedGoal).
      ...(orderWords !== undefined && onTheWay(afterPath) && ORDER_GOALS.has(context.goal)
        ? { orderWords, ...(pending?.questionsOpen ? { orderQuestionsOpen: true as const } : {}) }
        : {}),
      ...(nextWords !== undefined && !firstDone && keptForTheOther(afterPath, context.goal) ? { nextOrderWords: nextWords } : {}),
      // A customer who left is back when they write; an event (an agent, the backend) does not bring them.
      ...(input.event && input.record?.customerLeftAt ? { customerLeftAt: input.record.customerLeftAt } : {}),
      // As the prompt tells it (dialogs/prompts.ts releasedByAgent): back from an agent who had taken the conversation,
      // said by the release or, untold there, by this turn, or said again as it ("what now?" right after).
      ...(releasedByAgent({ notices: said, backFromAgent }) ? { releasedByAgent: true as const } : {}),
      ...(handedIn ? { handedIn } : {}),
      // The welcome asked "shall we turn it on?", or offered a login (dialogs/prompts.ts welcomeAsksYes): a yes at the next turn answers it.
      ...(askedToStart ? { welcomeAsked: true as const } : {}),
      // The answer offered a login for something (dialogs/prompts.ts loginOffered): a number typed next is that login.
      ...(loginOffer ? { loginOffered: loginOffer } : {}),
      // What the shop's notice reported done: kept for the customer's next turn (src/bot/shopStepDone.ts).
      ...(shopStepDone ? { shopStepDone } : {}),
      // The agent's release line the channel did not take, until the customer's next turn says it (src/bot/untold.ts).
      ...(untoldRelease ? { untoldRelease } : {}),
      // Kept while handed over: the language it was handed over in, and what a waiting customer was told last.
      ...(after.hasTag('agent')
        ? { handoff: { locale: handedOver ? locale : (input.record?.handoff?.locale ?? input.record?.locale ?? locale), ...(told ? { told } : {}) } }
        : {}),
    };
    return { record, replies, before, after, restartReason };
  } finally {
    actor.stop();
  }
}
