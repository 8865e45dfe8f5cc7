// Shared test material for dialogs/: the machine's resting states, sample contexts, every notice, and output helpers.
import type { Activity, CardAction } from 'botbuilder';
import type { AnyStateNode } from 'xstate';
import { dialogueMachine } from '../../machines/dialogue';
import { FAILURE_KINDS, initialContext, type DialogueContext, type Notice } from '../../machines/context';
import { INTENTS, type Account, type Order } from '../../machines/domain';
import { TOPICS } from '../../machines/events';
import { renderTurn } from '../../dialogs';
import { LOCALES, type Locale } from '../../dialogs/messages';

export const SHOP_URL = 'http://localhost:3979';

/**
 * States the dialogue can rest in: leaves that neither pass straight through (an `always` without a guard) nor wait on
 * the backend. A guarded `always` only moves on when its condition holds (a shop-page step found done).
 */
export function restingPaths(): string[] {
  const paths: string[] = [];
  const passesThrough = (node: AnyStateNode) => node.always?.some((t) => !t.guard) ?? false;
  const visit = (node: AnyStateNode): void => {
    if (node.type === 'atomic' && !passesThrough(node) && !node.tags.includes('busy')) paths.push(node.path.join('.'));
    (Object.values(node.states) as AnyStateNode[]).forEach(visit);
  };
  visit(dialogueMachine.root);
  return paths;
}

/**
 * Where the bot is quiet (an agent has it): no buttons. A step answered in free text (a phone number, a code) still
 * offers its way out.
 */
export const PATHS_WITHOUT_CHOICE = ['handoff'];

export const account = (over: Partial<Account> = {}): Account => ({
  accountId: 'acct_004',
  phoneMasked: '138****0004',
  plus: { active: true },
  realName: { verified: true },
  credit: { level: 'good', eligible: true },
  payLater: { enabled: true, limit: 5000 },
  ...over,
});

export const orders: Order[] = [
  { orderId: 'JD1', title: 'Wireless earbuds 无线耳机', amount: 299, status: 'delivered', dueDate: '2026-12-10' },
  { orderId: 'JD2', title: 'Rice cooker 电饭煲', amount: 459.9, status: 'in_transit' },
  { orderId: 'JD3', title: 'Running shoes 跑步鞋', amount: 529, status: 'paid' },
  { orderId: 'JD4', title: 'Desk lamp 台灯', amount: 89, status: 'overdue', dueDate: '2024-01-01' },
];

/** Everything a context can hold at once, including a full phone number that must never be shown. */
export const richContext = (over: Partial<DialogueContext> = {}): DialogueContext => ({
  ...initialContext(),
  phone: '13800000004',
  session: { accountId: 'acct_004', token: 'token-4', expiresAt: '2099-01-01T00:00:00Z' },
  account: account(),
  orders,
  orderId: 'JD1',
  returnReason: 'quality',
  handoffReason: 'not_understood',
  ...over,
});

export const CONTEXTS: Record<string, () => DialogueContext> = { empty: initialContext, rich: () => richContext() };

/** At least one sample of every notice variant (the mapped type makes a new variant a compile error here). */
export const NOTICE_SAMPLES: { [K in Notice['id']]: Array<Extract<Notice, { id: K }>> } = {
  faq: INTENTS.map((topic) => ({ id: 'faq', topic })),
  help: [{ id: 'help' }],
  cancelled: [{ id: 'cancelled' }],
  restarted: [{ id: 'restarted' }],
  loggedOut: [{ id: 'loggedOut' }],
  notLoggedIn: [{ id: 'notLoggedIn' }],
  goodbye: [{ id: 'goodbye' }],
  thanks: [{ id: 'thanks' }],
  greeting: [{ id: 'greeting' }],
  outOfScope: [{ id: 'outOfScope' }],
  clarify: [{ id: 'clarify', candidates: ['enable', 'status'] }, { id: 'clarify', candidates: [] }],
  statusCard: [{ id: 'statusCard' }],
  statusNeedsLogin: [{ id: 'statusNeedsLogin' }],
  topic: TOPICS.map((topic) => ({ id: 'topic', topic })),
  needsLogin: [{ id: 'needsLogin', goal: 'orders' }, { id: 'needsLogin', goal: 'pay' }, { id: 'needsLogin', goal: 'return' }],
  invalidPhone: [
    { id: 'invalidPhone' },
    { id: 'invalidPhone', repeated: true },
    ...[12, 10, 11, 7].map((digits) => ({ id: 'invalidPhone' as const, digits })),
  ],
  phoneFirst: [{ id: 'phoneFirst' }],
  phoneLocked: [{ id: 'phoneLocked', minutesLeft: 12 }, { id: 'phoneLocked', minutesLeft: 1 }, { id: 'phoneLocked' }],
  agentAway: [{ id: 'agentAway' }],
  invalidCode: [{ id: 'invalidCode' }],
  otpSent: [{ id: 'otpSent' }, { id: 'otpSent', again: true }],
  codeSentLately: [{ id: 'codeSentLately', secondsAgo: 20, secondsLeft: 40 }, { id: 'codeSentLately', secondsAgo: 1, secondsLeft: 1 }, { id: 'codeSentLately' }],
  wrongCode: [{ id: 'wrongCode', attemptsLeft: 2 }, { id: 'wrongCode', attemptsLeft: 1 }],
  backendFailed: FAILURE_KINDS.map((kind) => ({ id: 'backendFailed', kind })),
  outcomeUnknown: [
    { id: 'outcomeUnknown', action: 'pay', orderId: 'JD1' },
    { id: 'outcomeUnknown', action: 'return', orderId: 'JD2' },
  ],
  notDoneLoginFirst: [{ id: 'notDoneLoginFirst', action: 'pay' }, { id: 'notDoneLoginFirst', action: 'return' }],
  leftAsIs: [{ id: 'leftAsIs', action: 'pay' }, { id: 'leftAsIs', action: 'return' }, { id: 'leftAsIs', action: 'offer' }],
  stepNotDoneYet: [{ id: 'stepNotDoneYet', step: 'plus' }, { id: 'stepNotDoneYet', step: 'realName' }],
  stepDone: [{ id: 'stepDone', step: 'plus' }, { id: 'stepDone', step: 'realName' }],
  termsDeclined: [{ id: 'termsDeclined' }],
  notEligible: [{ id: 'notEligible' }],
  payLaterAlreadyOn: [{ id: 'payLaterAlreadyOn' }],
  orderPaid: [{ id: 'orderPaid', orderId: 'JD1' }, { id: 'orderPaid', orderId: 'gone' }],
  orderPaidBefore: [{ id: 'orderPaidBefore', orderId: 'JD1' }],
  returnRequested: [{ id: 'returnRequested', orderId: 'JD2' }],
  // Worded by the order's status where the action says why not: paid and overdue returns send the customer to a person.
  orderActionInvalid: [
    { id: 'orderActionInvalid', orderId: 'JD3' },
    { id: 'orderActionInvalid', orderId: '' },
    ...(['JD1', 'JD2', 'JD3', 'JD4'] as const).flatMap((orderId) =>
      (['pay', 'return'] as const).map((action) => ({ id: 'orderActionInvalid' as const, orderId, action })),
    ),
  ],
  nothingToDo: [
    { id: 'nothingToDo', orderId: 'JD3' },
    { id: 'nothingToDo', orderId: 'gone' },
  ],
  chooseOrder: [{ id: 'chooseOrder' }],
  agentReleased: [{ id: 'agentReleased' }, { id: 'agentReleased', notTaken: true }, { id: 'agentReleased', notTaken: true, intent: 'orders' },
    { id: 'agentReleased', loggedInAs: '138****0005' },
  ],
  alreadyWithAgent: [
    { id: 'alreadyWithAgent' },
    { id: 'alreadyWithAgent', ahead: 0 },
    { id: 'alreadyWithAgent', ahead: 1 },
    { id: 'alreadyWithAgent', ahead: 4, waitedMinutes: 25 },
    { id: 'alreadyWithAgent', ahead: 2, complaint: true },
    { id: 'alreadyWithAgent', ahead: 2, again: true },
  ],
  agentAskedToEnable: [{ id: 'agentAskedToEnable' }],
  handoffWithdrawn: [{ id: 'handoffWithdrawn' }],
  loginBlocked: [{ id: 'loginBlocked' }],
  idNumberNotHere: [{ id: 'idNumberNotHere' }],
  codeNotToShare: [{ id: 'codeNotToShare' }],
  codeNotChecked: FAILURE_KINDS.map((kind) => ({ id: 'codeNotChecked', kind })),
  typeCodeAgain: [{ id: 'typeCodeAgain' }],
  alreadyLoggedIn: [{ id: 'alreadyLoggedIn' }],
  codeNotNeeded: [{ id: 'codeNotNeeded' }],
  secretsShared: [
    { id: 'secretsShared', shared: ['idNumber', 'cardNumber', 'password'] },
    { id: 'secretsShared', shared: ['cardNumber', 'password'] },
  ],
  resumeFailed: [{ id: 'resumeFailed' }],
};

export const ALL_NOTICES: Notice[] = Object.values(NOTICE_SAMPLES).flat();

export { LOCALES };

export const render = (path: string, locale: Locale, context: DialogueContext = richContext(), notices: Notice[] = []) =>
  renderTurn({ path, context, notices, locale, links: { shopUrl: SHOP_URL } });

export const actionsOf = (activities: Partial<Activity>[]): CardAction[] =>
  activities.flatMap((a) => a.suggestedActions?.actions ?? []);

export const textOf = (activities: Partial<Activity>[]): string => activities.map((a) => a.text ?? '').join('\n');

/** Every string a customer could see: texts, button titles and links, card contents. */
export const everythingShown = (activities: Partial<Activity>[]): string => JSON.stringify(activities);
