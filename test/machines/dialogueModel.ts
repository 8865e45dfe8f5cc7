// Explores the dialogue statechart from its definition: every reachable state, every event, every transition taken.
import { createActor, type AnyMachineSnapshot, type AnyStateNode, type AnyTransitionDefinition } from 'xstate';
import { dialogueMachine } from '../../machines/dialogue';
import { INTENTS, type Account, type Order, type Session } from '../../machines/domain';
import { intentEventType, type DialogueEvent } from '../../machines/events';
import type { DialogueContext } from '../../machines/context';
import { toActors } from '../../machines/ports';

/** Backend calls that never settle: the model sends their done and error events itself. */
const pending = () => new Promise<never>(() => undefined);

export const modelMachine = dialogueMachine.provide({
  actors: toActors({
    requestOtp: pending,
    createSession: pending,
    fetchAccount: pending,
    enablePayLater: pending,
    listOrders: pending,
    confirmReceipt: pending,
    requestReturn: pending,
  }),
  delays: { backendTimeout: 1_000_000_000 },
});

export const session: Session = { accountId: 'acc-4', token: 'token-4', expiresAt: '2099-01-01T00:00:00Z' };

const account = (over: Partial<Account>): Account => ({
  accountId: 'acc-4',
  phoneMasked: '138****0004',
  plus: { active: true },
  realName: { verified: true },
  credit: { level: 'good', eligible: true },
  payLater: { enabled: false },
  ...over,
});

/** One account per onboarding situation, as the demo personas have them. */
export const accounts: Record<string, Account> = {
  notPlus: account({ plus: { active: false }, realName: { verified: false } }),
  notVerified: account({ realName: { verified: false } }),
  poorCredit: account({ credit: { level: 'poor', eligible: false } }),
  eligible: account({}),
  enabled: account({ payLater: { enabled: true, limit: 5000 } }),
};

export const orders: Order[] = [
  { orderId: 'PL1001', title: 'Headphones', amount: 299, status: 'delivered', dueDate: '2026-12-10' },
  { orderId: 'PL1002', title: 'Kettle', amount: 129, status: 'in_transit' },
  { orderId: 'PL1003', title: 'Book', amount: 49, status: 'paid' },
  { orderId: 'PL1004', title: 'Lamp', amount: 89, status: 'overdue', dueDate: '2026-01-10' },
];

/** What each backend port may answer, as done events' outputs. */
const outputsBySrc: Record<string, unknown[]> = {
  requestOtp: [
    undefined,
    { ok: true, sentAt: 1_000_000 },
    { ok: false, error: 'too_many_attempts', minutesLeft: 12 },
    { ok: false, error: 'too_soon', secondsAgo: 20, secondsLeft: 40 },
  ],
  createSession: [{ ok: true, value: session }, { ok: false, error: 'wrong_code' }, { ok: false, error: 'too_many_attempts' }],
  fetchAccount: Object.values(accounts),
  enablePayLater: [{ ok: true, value: accounts.enabled }, { ok: false, error: 'not_eligible' }],
  confirmReceipt: [{ ok: true, value: { ...orders[0], status: 'paid' } }, { ok: false, error: 'invalid_order_state' }],
  requestReturn: [
    { ok: true, value: { ...orders[0], status: 'return_requested' } },
    { ok: false, error: 'invalid_order_state' },
  ],
};

/** Orders paid or sent back elsewhere (in the shop's app, say) while the customer logged in again here. */
const ordersDealtWith: Order[] = orders.map((o) => ({ ...o, status: o.status === 'in_transit' ? 'return_requested' : 'paid' }));

const failures = [{ kind: 'unavailable' }, { kind: 'unauthorized' }];

/**
 * The order lists the backend may answer: none for an account that has not turned pay-later on; after a lapsed login,
 * or read again after a payment or return was refused or failed, also the orders dealt with elsewhere meanwhile.
 */
function ordersFor(snapshot: AnyMachineSnapshot): Order[][] {
  const { account } = snapshot.context as DialogueContext;
  if (account?.payLater.enabled === false) return [[]];
  if (resumingOrder(snapshot) || checkingRefusal(snapshot)) return [orders, ordersDealtWith];
  // A session an agent passed, with no account read: pay-later may be off, so there may be no orders.
  return account === undefined ? [orders, []] : [orders];
}

const checkingRefusal = (snapshot: AnyMachineSnapshot) =>
  ['checkingOrders', 'leaving'].some(
    (state) => snapshot.matches({ flow: { purchase: { payingOrder: state } } }) || snapshot.matches({ flow: { purchase: { requestingReturn: state } } }),
  );

/** Events a customer, an agent or the backend can send at any time. */
export const userEvents: DialogueEvent[] = [
  ...INTENTS.map((intent) => ({ type: intentEventType(intent) }) as DialogueEvent),
  { type: 'PAY', question: true },
  { type: 'RETURN', question: true },
  // A return asked for with its reason before an order was chosen ("我要退货，尺码太大").
  { type: 'RETURN', reason: 'too big' },
  { type: 'CHECKOUT', question: true },
  // The orders guessed from words the classifier could not place ("东西什么时候到"): no goal for a login found lapsed.
  { type: 'ORDERS', guessed: true },
  { type: 'UNCLEAR', candidates: ['enable', 'status'] },
  { type: 'PHONE_RECEIVED', phone: '13800000004' },
  { type: 'OTP_RECEIVED', code: '123456' },
  { type: 'NUMBER_INVALID' },
  // A mobile number typed wrong ("138000000001"): said what is wrong with it wherever a right one would be taken.
  { type: 'NUMBER_INVALID', digits: 12 },
  { type: 'ID_NUMBER_RECEIVED' },
  { type: 'SECRETS_SHARED', shared: ['idNumber', 'password'] },
  { type: 'OTP_RESEND_REQUESTED' },
  { type: 'RETRY' },
  { type: 'FAQ_ASKED', topic: 'pay' },
  { type: 'HUMAN', complaint: true },
  { type: 'HUMAN', paid: true },
  { type: 'TOPIC_ASKED', topic: 'disable' },
  { type: 'TOPIC_ASKED', topic: 'complaint' },
  { type: 'TOPIC_ASKED', topic: 'notReceived' },
  { type: 'ORDER_PAY_CHOSEN', orderId: 'PL1001' },
  { type: 'ORDER_PAY_CHOSEN', orderId: 'PL1003' },
  { type: 'ORDER_PAY_CHOSEN', orderId: 'PL1004' },
  { type: 'ORDER_RETURN_CHOSEN', orderId: 'PL1002' },
  { type: 'ORDER_RETURN_CHOSEN', orderId: 'PL1003' },
  // A return taken up again after "不退了", with the reason given before.
  { type: 'ORDER_RETURN_CHOSEN', orderId: 'PL1002', reason: 'quality' },
  { type: 'ORDER_MENTIONED', orderId: 'PL1001' },
  { type: 'RETURN_REASON_GIVEN', reason: 'quality' },
  { type: 'RETURN_REASON_GIVEN', reason: 'other' },
  { type: 'BACKEND_STEP_COMPLETED', step: 'plus' },
  // The customer back at a shop-page step after a pause: the step read again quietly.
  { type: 'RESUMED_AFTER_PAUSE' },
  // Requests an agent handed on (a release's or a hand-in's intent): the bot says why it asks for a login, and opens the
  // orders from a confirmation of one order.
  { type: 'ENABLE', fromAgent: true },
  // Pay-later wanted again with a shop-page step said done ("我已经实名认证好了" after "暂不开通").
  { type: 'ENABLE', claimed: 'realName' },
  { type: 'ORDERS', fromAgent: true },
  { type: 'PAY', fromAgent: true },
  { type: 'RETURN', fromAgent: true },
  { type: 'AGENT_RELEASED', intent: 'checkout' },
  { type: 'AGENT_RELEASED' },
  { type: 'AGENT_RELEASED', session },
  { type: 'AGENT_RELEASED', intent: 'enable', session },
  { type: 'AGENT_RELEASED', notTaken: true },
  { type: 'HANDOFF_WITHDRAWN' },
  { type: 'HANDOFF_WITHDRAWN', agentAway: true },
  { type: 'SESSION_PROVIDED', session },
  { type: 'LOGOUT' },
  { type: 'AFFIRM', confirmed: true },
  // PLUS said paid for at its step ("扣了我99块钱"): checked as a done, not active yet, not to buy it again.
  { type: 'AFFIRM', paid: true },
  { type: 'DENY', confirmed: true },
];

export type ModelEvent = DialogueEvent | { type: string; output?: unknown; error?: unknown };

/** The backend's answers that can arrive in this snapshot: done, error and timeout events of running calls. */
function backendEvents(snapshot: AnyMachineSnapshot): ModelEvent[] {
  const events: ModelEvent[] = [];
  for (const node of snapshot._nodes as AnyStateNode[]) {
    for (const invoke of node.invoke) {
      const src = invoke.src as string;
      const outputs = src === 'listOrders' ? ordersFor(snapshot) : (outputsBySrc[src] ?? []);
      for (const output of outputs) events.push({ type: `xstate.done.actor.${invoke.id}`, output });
      for (const error of failures) events.push({ type: `xstate.error.actor.${invoke.id}`, error });
      events.push({ type: `xstate.after.backendTimeout.${node.id}` });
    }
  }
  return events;
}

export function eventsFor(snapshot: AnyMachineSnapshot): ModelEvent[] {
  return snapshot.hasTag('busy') ? backendEvents(snapshot) : userEvents;
}

/** The parts of the context that change which transitions are possible; the rest is left out to keep the graph small. */
export function stateKey(snapshot: AnyMachineSnapshot): string {
  const c = snapshot.context as DialogueContext;
  const a = c.account;
  return JSON.stringify([
    snapshot.value,
    c.goal,
    c.session !== undefined,
    a ? [a.plus.active, a.realName.verified, a.credit.eligible, a.payLater.enabled] : null,
    c.phoneAttempts,
    c.otpAttempts,
    c.complaints > 0,
    c.pendingStep ?? null,
    c.orders?.map((o) => o.status) ?? null,
    c.orderId ?? null,
  ]);
}

/** A stable name for a transition: its source state, its event (invocation ids left out) and its position. */
export function transitionName(t: AnyTransitionDefinition): string {
  const source = t.source as AnyStateNode;
  const isAlways = source.always?.includes(t) ?? false;
  const list = isAlways ? source.always! : (source.transitions.get(t.eventType) ?? []);
  const event = isAlways ? 'always' : t.eventType.replace(/\.0\.[\w.]+$/, '').replace(/\.backendTimeout\.[\w.]+$/, '.backendTimeout');
  return `${source.id} --${event}#${list.indexOf(t)}`;
}

/** Every state node and transition of the machine. */
export function inventory() {
  const stateIds: string[] = [];
  const transitionIds: string[] = [];
  const visit = (node: AnyStateNode) => {
    stateIds.push(node.id);
    for (const list of node.transitions.values()) transitionIds.push(...list.map(transitionName));
    transitionIds.push(...(node.always ?? []).map(transitionName));
    Object.values(node.states).forEach(visit);
  };
  visit(modelMachine.root);
  return { stateIds, transitionIds };
}

export interface Step {
  event: ModelEvent;
  snapshot: AnyMachineSnapshot;
  transitions: string[];
  stateIds: string[];
  /** History pseudo-states are never active; they count as reached when a transition targets them. */
  historyTargets: string[];
}

/** Sends one event to a snapshot and records which transitions fired and which states were entered. */
export function step(snapshot: AnyMachineSnapshot, event: ModelEvent): Step {
  const transitions: string[] = [];
  const stateIds = new Set<string>();
  const historyTargets: string[] = [];
  const actor = createActor(modelMachine, {
    snapshot,
    inspect: (e) => {
      if (e.type === '@xstate.microstep') {
        for (const t of e._transitions) {
          transitions.push(transitionName(t));
          for (const target of (t.target ?? []) as AnyStateNode[]) if (target.type === 'history') historyTargets.push(target.id);
        }
        for (const n of (e.snapshot as AnyMachineSnapshot)._nodes as AnyStateNode[]) stateIds.add(n.id);
      }
    },
  });
  actor.start();
  actor.send(event as DialogueEvent);
  const next = actor.getSnapshot();
  actor.stop();
  for (const n of next._nodes as AnyStateNode[]) stateIds.add(n.id);
  return { event, snapshot: next, transitions, stateIds: [...stateIds], historyTargets };
}

export interface Exploration {
  /** The shortest event path to each reachable state (by `stateKey`). */
  paths: Map<string, ModelEvent[]>;
  snapshots: Map<string, AnyMachineSnapshot>;
  /** For each transition, the shortest path whose last event takes it. */
  transitionPaths: Map<string, ModelEvent[]>;
  statePaths: Map<string, ModelEvent[]>;
  stateIds: string[];
  transitionIds: string[];
}

/**
 * Breadth-first over (state, event): the shortest path that reaches each state and takes each transition.
 *
 * A few transitions lie too deep for a plain breadth-first search (the state count grows with every step): resuming
 * an order's payment or return after a login lapsed in the middle of it, which takes the whole login again. When the
 * first search stops at its limit without them, a second one starts from every state it found on the way to them
 * (`resumingOrder`) and follows only such states, with their paths from the start as prefixes.
 */
export function explore(limit = 20000): Exploration {
  const { stateIds, transitionIds } = inventory();
  const initial = createActor(modelMachine).getSnapshot();
  const initialIds = (initial._nodes as AnyStateNode[]).map((n) => n.id);
  const paths = new Map<string, ModelEvent[]>([[stateKey(initial), []]]);
  const snapshots = new Map<string, AnyMachineSnapshot>([[stateKey(initial), initial]]);
  const transitionPaths = new Map<string, ModelEvent[]>();
  const statePaths = new Map<string, ModelEvent[]>(initialIds.map((id) => [id, []]));
  const complete = () => transitionPaths.size === transitionIds.length && statePaths.size === stateIds.length;

  const search = (queue: string[], follow: (snapshot: AnyMachineSnapshot) => boolean, until: number) => {
    while (queue.length > 0 && paths.size < until && !complete()) {
      const key = queue.shift()!;
      const snapshot = snapshots.get(key)!;
      const path = paths.get(key)!;
      for (const event of eventsFor(snapshot)) {
        const result = step(snapshot, event);
        const nextPath = [...path, event];
        for (const t of result.transitions) if (!transitionPaths.has(t)) transitionPaths.set(t, nextPath);
        for (const id of result.stateIds) if (!statePaths.has(id)) statePaths.set(id, nextPath);
        for (const id of result.historyTargets) if (!statePaths.has(id)) statePaths.set(id, nextPath);
        const nextKey = stateKey(result.snapshot);
        if (!paths.has(nextKey)) {
          paths.set(nextKey, nextPath);
          snapshots.set(nextKey, result.snapshot);
          if (follow(result.snapshot)) queue.push(nextKey);
        }
      }
    }
  };

  search([stateKey(initial)], () => true, limit);
  const resuming = [...snapshots.entries()].filter(([, snapshot]) => resumingOrder(snapshot)).map(([key]) => key);
  search(resuming, resumingOrder, paths.size + limit);
  return { paths, snapshots, transitionPaths, statePaths, stateIds, transitionIds };
}

/** On the way back to an order's confirmation after a lapsed login (the goals set by `onOrderCallError`). */
const resumingOrder = (snapshot: AnyMachineSnapshot) => ['payOrder', 'returnOrder'].includes((snapshot.context as DialogueContext).goal);

/** Replays a path on a fresh dialogue, step by step. */
export function replay(path: ModelEvent[], onStep?: (s: Step) => void): AnyMachineSnapshot {
  let snapshot = createActor(modelMachine).getSnapshot();
  for (const event of path) {
    const s = step(snapshot, event);
    onStep?.(s);
    snapshot = s.snapshot;
  }
  return snapshot;
}
