// The dialogue as customers meet it, driven through a real actor with an in-memory backend.
import { createActor, waitFor } from 'xstate';
import { dialogueMachine } from '../../machines/dialogue';
import { toActors, type BackendPorts } from '../../machines/ports';
import type { DialogueEvent } from '../../machines/events';
import type { Account, Order } from '../../machines/domain';
import { accounts, orders, session } from './dialogueModel';

/** A backend whose account can change between calls, as when the customer buys PLUS on the shop's page. */
function fakeBackend(start: Account, over: Partial<BackendPorts> = {}) {
  const state = { account: start, calls: [] as string[] };
  const ports: BackendPorts = {
    requestOtp: async () => void state.calls.push('requestOtp'),
    createSession: async ({ code }) => (code === '123456' ? { ok: true, value: session } : { ok: false, error: 'wrong_code' }),
    fetchAccount: async () => state.account,
    enablePayLater: async () => {
      state.calls.push('enablePayLater');
      state.account = { ...state.account, payLater: { enabled: true, limit: 5000 } };
      return { ok: true, value: state.account };
    },
    listOrders: async () => orders,
    confirmReceipt: async ({ orderId }) => ({ ok: true, value: { ...orders.find((o) => o.orderId === orderId)!, status: 'paid' } }),
    requestReturn: async ({ orderId }) => ({
      ok: true,
      value: { ...orders.find((o) => o.orderId === orderId)!, status: 'return_requested' },
    }),
    ...over,
  };
  return { state, ports };
}

function start(ports: BackendPorts) {
  const actor = createActor(dialogueMachine.provide({ actors: toActors(ports) })).start();
  const send = async (event: DialogueEvent) => {
    actor.send(event);
    return waitFor(actor, (s) => !s.hasTag('busy'));
  };
  const login = async () => {
    await send({ type: 'ENABLE' });
    await send({ type: 'PHONE_RECEIVED', phone: '13800000004' });
    return send({ type: 'OTP_RECEIVED', code: '123456' });
  };
  return { actor, send, login };
}

const notices = (s: { context: { notices: Array<{ id: string }> } }) => s.context.notices.map((n) => n.id);

test('an eligible customer logs in with a code, accepts the terms and has pay-later enabled', async () => {
  const { state, ports } = fakeBackend(accounts.eligible);
  const { send, login } = start(ports);
  expect((await login()).matches({ flow: { onboarding: 'confirmingTerms' } })).toBe(true);
  const done = await send({ type: 'AFFIRM' });
  expect(done.matches({ flow: { onboarding: 'enabled' } })).toBe(true);
  expect(state.calls).toContain('enablePayLater');
  expect(done.context.phone).toBeUndefined();
});

test('"not now" at a shop-page step leaves the onboarding for later, as at the terms, and says which step', async () => {
  for (const [account, step] of [[accounts.notPlus, 'plus'], [accounts.notVerified, 'realName']] as const) {
    const { send, login } = start(fakeBackend(account).ports);
    await login();
    const declined = await send({ type: 'DENY' });
    expect(declined.matches({ flow: 'welcome' })).toBe(true);
    expect(declined.context.notices).toContainEqual({ id: 'termsDeclined', step });
    // A "no" at the welcome after it is about pay-later, not the step left behind.
    const again = await send({ type: 'DENY' });
    expect(again.context.notices).toContainEqual({ id: 'termsDeclined' });
  }
});

test('a PLUS member without real-name verification is sent to verify, and continues by itself when the backend reports it done', async () => {
  const { state, ports } = fakeBackend(accounts.notVerified);
  const { send, login } = start(ports);
  expect((await login()).matches({ flow: { onboarding: 'awaitingRealName' } })).toBe(true);
  state.account = accounts.eligible;
  const next = await send({ type: 'BACKEND_STEP_COMPLETED', step: 'realName' });
  expect(next.matches({ flow: { onboarding: 'confirmingTerms' } })).toBe(true);
  expect(notices(next)).toContain('stepDone');
});

test('a customer who says "done" before finishing PLUS is told it is not done yet and keeps the step', async () => {
  const { ports } = fakeBackend(accounts.notPlus);
  const { send, login } = start(ports);
  await login();
  const again = await send({ type: 'AFFIRM' });
  expect(again.matches({ flow: { onboarding: 'awaitingPlus' } })).toBe(true);
  expect(notices(again)).toContain('stepNotDoneYet');
});

// "PLUS开了 扣了我99块钱" was answered with how to buy PLUS: a second purchase invited.
test('PLUS said paid for is checked: not active yet, the customer is told so as paid; active, the onboarding goes on', async () => {
  const { state, ports } = fakeBackend(accounts.notPlus);
  const { send, login } = start(ports);
  await login();
  const unseen = await send({ type: 'AFFIRM', paid: true });
  expect(unseen.matches({ flow: { onboarding: 'awaitingPlus' } })).toBe(true);
  expect(unseen.context.notices).toContainEqual({ id: 'stepNotDoneYet', step: 'plus', paid: true });

  // A plain "done" after it is no payment said.
  const plain = await send({ type: 'AFFIRM' });
  expect(plain.context.notices.at(-1)).toEqual({ id: 'stepNotDoneYet', step: 'plus' });

  state.account = { ...accounts.notPlus, plus: { active: true } };
  const active = await send({ type: 'AFFIRM', paid: true });
  expect(active.matches({ flow: { onboarding: 'awaitingRealName' } })).toBe(true);
  expect(active.context.notices.at(-1)).toEqual({ id: 'stepDone', step: 'plus' });
});

test('a wrong code is re-asked with the attempts left, and three wrong codes block the login', async () => {
  const { ports } = fakeBackend(accounts.eligible);
  const { send } = start(ports);
  await send({ type: 'ENABLE' });
  await send({ type: 'PHONE_RECEIVED', phone: '13800000004' });
  const first = await send({ type: 'OTP_RECEIVED', code: '000000' });
  expect(first.matches({ flow: { onboarding: { login: 'awaitingOtp' } } })).toBe(true);
  expect(first.context.notices).toContainEqual({ id: 'wrongCode', attemptsLeft: 2 });
  await send({ type: 'OTP_RECEIVED', code: '000000' });
  const blocked = await send({ type: 'OTP_RECEIVED', code: '000000' });
  expect(blocked.matches({ flow: { onboarding: { login: 'blocked' } } })).toBe(true);
});

test('a backend failure apologises, keeps the step, and a retry goes on from there', async () => {
  let failing = true;
  const { ports } = fakeBackend(accounts.eligible, {
    enablePayLater: async () => {
      if (failing) throw Object.assign(new Error('down'), { kind: 'unavailable' });
      return { ok: true, value: accounts.enabled };
    },
  });
  const { send, login } = start(ports);
  await login();
  const failed = await send({ type: 'AFFIRM' });
  expect(failed.matches({ flow: { onboarding: { enablingPayLater: 'failed' } } })).toBe(true);
  expect(failed.context.notices).toContainEqual({ id: 'backendFailed', kind: 'unavailable' });
  failing = false;
  expect((await send({ type: 'RETRY' })).matches({ flow: { onboarding: 'enabled' } })).toBe(true);
});

test('a backend that does not answer in time is treated like a failure, and the step is kept', async () => {
  const { ports } = fakeBackend(accounts.eligible, { fetchAccount: () => new Promise(() => undefined) });
  const actor = createActor(
    dialogueMachine.provide({ actors: toActors(ports), delays: { backendTimeout: 20 } }),
  ).start();
  actor.send({ type: 'SESSION_PROVIDED', session });
  actor.send({ type: 'ENABLE' });
  const s = await waitFor(actor, (x) => !x.hasTag('busy'));
  expect(s.matches({ flow: { onboarding: { loadingAccount: 'failed' } } })).toBe(true);
  expect(s.context.notices).toContainEqual({ id: 'backendFailed', kind: 'timeout' });
});

test('poor credit is explained, and wanting help hands the customer to a person with the reason', async () => {
  const { ports } = fakeBackend(accounts.poorCredit);
  const { send, login } = start(ports);
  expect((await login()).matches({ flow: { onboarding: 'creditRefused' } })).toBe(true);
  const handed = await send({ type: 'AFFIRM' });
  expect(handed.matches('handoff')).toBe(true);
  expect(handed.context.handoffReason).toBe('credit_refused');
});

test('an FAQ question in the middle of a step is answered and the step stays', async () => {
  const { ports } = fakeBackend(accounts.notPlus);
  const { send, login } = start(ports);
  await login();
  const answered = await send({ type: 'WHAT_IS' });
  expect(answered.matches({ flow: { onboarding: 'awaitingPlus' } })).toBe(true);
  expect(answered.context.notices).toContainEqual({ id: 'faq', topic: 'what_is' });
});

test('asking for status mid-step shows the checklist and comes back to the same step', async () => {
  const { ports } = fakeBackend(accounts.notPlus);
  const { send, login } = start(ports);
  await login();
  const status = await send({ type: 'STATUS' });
  expect(status.matches({ flow: { onboarding: 'awaitingPlus' } })).toBe(true);
  expect(notices(status)).toContain('statusCard');
});

test('a status check that finds the shop-page step done goes on from there (it showed the step again under "done")', async () => {
  const { state, ports } = fakeBackend(accounts.notVerified);
  const { send, login } = start(ports);
  expect((await login()).matches({ flow: { onboarding: 'awaitingRealName' } })).toBe(true);
  state.account = accounts.eligible;
  const status = await send({ type: 'STATUS' });
  expect(status.matches({ flow: { onboarding: 'confirmingTerms' } })).toBe(true);
  expect(notices(status)).toEqual(expect.arrayContaining(['statusCard', 'stepDone']));
});

test('"not now" at a confirmation says the order is left as it is', async () => {
  const { send } = start(fakeBackend(accounts.enabled).ports);
  await send({ type: 'SESSION_PROVIDED', session });
  await send({ type: 'ORDERS' });
  await send({ type: 'ORDER_PAY_CHOSEN', orderId: 'PL1001' });
  const notPaying = await send({ type: 'DENY' });
  expect(notPaying.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
  expect(notPaying.context.notices.at(-1)).toEqual({ id: 'leftAsIs', action: 'pay' });
  await send({ type: 'ORDER_RETURN_CHOSEN', orderId: 'PL1002' });
  expect((await send({ type: 'DENY' })).context.notices.at(-1)).toEqual({ id: 'leftAsIs', action: 'return' });
});

// "会不会乱扣钱" led to the login, then to "no orders: see how to choose it at checkout?" for an account without pay-later.
test('a code before the phone number is told the number comes first; after the login is blocked, a code is refused', async () => {
  const { send } = start(fakeBackend(accounts.eligible).ports);
  await send({ type: 'ENABLE' });
  const early = await send({ type: 'OTP_RECEIVED', code: '123456' });
  expect(early.matches({ flow: { onboarding: { login: 'awaitingPhone' } } })).toBe(true);
  expect(early.context.notices).toContainEqual({ id: 'phoneFirst' });
  await send({ type: 'PHONE_RECEIVED', phone: '13800000004' });
  for (let i = 0; i < 3; i++) await send({ type: 'OTP_RECEIVED', code: '000000' });
  const blocked = await send({ type: 'OTP_RECEIVED', code: '123456' });
  expect(blocked.matches({ flow: { onboarding: { login: 'blocked' } } })).toBe(true);
  expect(blocked.context.notices).toContainEqual({ id: 'loginBlocked' });
  expect(blocked.context.session).toBeUndefined();
});

test('with no orders and pay-later off, a yes to "turn it on now?" goes to the terms', async () => {
  const { send } = start(fakeBackend(accounts.eligible, { listOrders: async () => [] }).ports);
  await send({ type: 'ORDERS' });
  await send({ type: 'PHONE_RECEIVED', phone: '13800000004' });
  expect((await send({ type: 'OTP_RECEIVED', code: '123456' })).matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
  expect((await send({ type: 'AFFIRM' })).matches({ flow: { onboarding: 'confirmingTerms' } })).toBe(true);
});

test('with no orders, a yes to "see how to choose it at checkout?" shows how', async () => {
  const { send } = start(fakeBackend(accounts.enabled, { listOrders: async () => [] }).ports);
  await send({ type: 'SESSION_PROVIDED', session });
  expect((await send({ type: 'ORDERS' })).matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
  expect((await send({ type: 'AFFIRM' })).matches({ flow: { purchase: 'checkoutGuide' } })).toBe(true);
});

test('two misunderstandings in a row hand the customer to a person; one is answered with a clarifying question', async () => {
  const { ports } = fakeBackend(accounts.eligible);
  const { send } = start(ports);
  const once = await send({ type: 'UNCLEAR', candidates: ['enable', 'status'] });
  expect(once.matches('clarifying')).toBe(true);
  const twice = await send({ type: 'UNCLEAR', candidates: ['enable', 'status'] });
  expect(twice.matches('handoff')).toBe(true);
  expect(twice.context.handoffReason).toBe('not_understood');
});

test('choosing a clarifying button goes on as if the customer had said it', async () => {
  const { ports } = fakeBackend(accounts.eligible);
  const { send } = start(ports);
  await send({ type: 'UNCLEAR', candidates: ['enable', 'status'] });
  expect((await send({ type: 'ENABLE' })).matches({ flow: { onboarding: { login: 'awaitingPhone' } } })).toBe(true);
});

test('a customer with pay-later confirms receipt of a delivered order and pays', async () => {
  const { ports } = fakeBackend(accounts.enabled);
  const { send } = start(ports);
  await send({ type: 'SESSION_PROVIDED', session });
  expect((await send({ type: 'PAY' })).matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
  expect((await send({ type: 'ORDER_PAY_CHOSEN', orderId: 'PL1001' })).matches({ flow: { purchase: 'confirmingReceipt' } })).toBe(true);
  const paid = await send({ type: 'AFFIRM' });
  expect(paid.context.notices).toContainEqual({ id: 'orderPaid', orderId: 'PL1001' });
  expect(paid.context.orders?.find((o) => o.orderId === 'PL1001')?.status).toBe('paid');
});

test('a return is asked for with a reason and confirmed before it is requested', async () => {
  const { ports } = fakeBackend(accounts.enabled);
  const { send } = start(ports);
  await send({ type: 'SESSION_PROVIDED', session });
  await send({ type: 'RETURN' });
  await send({ type: 'ORDER_RETURN_CHOSEN', orderId: 'PL1002' });
  expect((await send({ type: 'RETURN_REASON_GIVEN', reason: 'quality' })).matches({ flow: { purchase: 'confirmingReturn' } })).toBe(true);
  const done = await send({ type: 'AFFIRM' });
  expect(done.context.notices).toContainEqual({ id: 'returnRequested', orderId: 'PL1002' });
});

test('an order named without an action is asked about and kept in question; the list stays where it was', async () => {
  const { ports } = fakeBackend(accounts.enabled);
  const { send } = start(ports);
  await send({ type: 'SESSION_PROVIDED', session });
  await send({ type: 'ORDERS' });
  const asked = await send({ type: 'ORDER_MENTIONED', orderId: 'PL1001' });
  expect(asked.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
  expect(asked.context.notices).toEqual([]);
  expect(asked.context.orderId).toBe('PL1001'); // the order in question: the prompt asks about it, "退了吧" applies to it
  expect((await send({ type: 'ORDER_PAY_CHOSEN', orderId: 'PL1001' })).matches({ flow: { purchase: 'confirmingReceipt' } })).toBe(true);
  // Back at the list, no order is in question any more.
  expect((await send({ type: 'DENY' })).context.orderId).toBeUndefined();
  // A paid order has nothing to ask about: the customer is told so, and nothing is in question (not even an order
  // named before it).
  await send({ type: 'ORDER_MENTIONED', orderId: 'PL1001' });
  const paid = await send({ type: 'ORDER_MENTIONED', orderId: 'PL1003' });
  expect(paid.context.notices).toContainEqual({ id: 'nothingToDo', orderId: 'PL1003' });
  expect(paid.context.orderId).toBeUndefined();
});

test('changing one\'s mind about the order in question: a return while confirming receipt, paying while confirming a return', async () => {
  const { ports } = fakeBackend(accounts.enabled);
  const { send } = start(ports);
  await send({ type: 'SESSION_PROVIDED', session });
  await send({ type: 'ORDERS' });
  await send({ type: 'ORDER_PAY_CHOSEN', orderId: 'PL1001' });
  const asked = await send({ type: 'PAY' }); // "什么时候要付款？": answered, still confirming; nothing paid
  expect(asked.matches({ flow: { purchase: 'confirmingReceipt' } })).toBe(true);
  expect(asked.context.notices).toEqual([{ id: 'faq', topic: 'pay' }]);
  // A return question ("确认后能退吗") is answered too; only "还是退货吧" (this order's return) switches.
  expect((await send({ type: 'RETURN', question: true })).matches({ flow: { purchase: 'confirmingReceipt' } })).toBe(true);
  const returning = await send({ type: 'ORDER_RETURN_CHOSEN', orderId: 'PL1001' });
  expect(returning.matches({ flow: { purchase: 'awaitingReturnReason' } })).toBe(true);
  expect(returning.context.orderId).toBe('PL1001');
  await send({ type: 'RETURN_REASON_GIVEN', reason: 'quality' });
  expect((await send({ type: 'PAY' })).matches({ flow: { purchase: 'confirmingReturn' } })).toBe(true);
  const paying = await send({ type: 'ORDER_PAY_CHOSEN', orderId: 'PL1001' });
  expect(paying.matches({ flow: { purchase: 'confirmingReceipt' } })).toBe(true);
  expect(paying.context.orderId).toBe('PL1001');
});

test('an order that cannot take the other action says so and keeps the confirmation', async () => {
  const { ports } = fakeBackend(accounts.enabled);
  const { send } = start(ports);
  await send({ type: 'SESSION_PROVIDED', session });
  await send({ type: 'ORDERS' });
  await send({ type: 'ORDER_RETURN_CHOSEN', orderId: 'PL1002' }); // in transit: it cannot be paid yet
  await send({ type: 'RETURN_REASON_GIVEN', reason: 'quality' });
  const refused = await send({ type: 'ORDER_PAY_CHOSEN', orderId: 'PL1002' });
  expect(refused.matches({ flow: { purchase: 'confirmingReturn' } })).toBe(true);
  expect(refused.context.notices).toContainEqual({ id: 'orderActionInvalid', orderId: 'PL1002', action: 'pay' });
  expect(refused.context.orderId).toBe('PL1002');
});

test('a question outside the intents (turning pay-later off) is answered where the customer is', async () => {
  const { send } = start(fakeBackend(accounts.enabled).ports);
  await send({ type: 'ENABLE' });
  await send({ type: 'PHONE_RECEIVED', phone: '13800000005' });
  const answered = await send({ type: 'TOPIC_ASKED', topic: 'disable' });
  expect(answered.matches({ flow: { onboarding: { login: 'awaitingOtp' } } })).toBe(true);
  expect(answered.context.notices).toContainEqual({ id: 'topic', topic: 'disable' });
});

test('a first complaint gets an apology where the customer is; a second hands them to a person, and a release starts the count over', async () => {
  const { send } = start(fakeBackend(accounts.enabled).ports);
  await send({ type: 'ENABLE' });
  await send({ type: 'PHONE_RECEIVED', phone: '13800000005' });
  const apologised = await send({ type: 'TOPIC_ASKED', topic: 'complaint' });
  expect(apologised.matches({ flow: { onboarding: { login: 'awaitingOtp' } } })).toBe(true);
  expect(apologised.context.notices).toContainEqual({ id: 'topic', topic: 'complaint' });
  // Another question in between does not wipe the first complaint out.
  await send({ type: 'TOPIC_ASKED', topic: 'disable' });
  const handedOver = await send({ type: 'TOPIC_ASKED', topic: 'complaint' });
  expect(handedOver.matches('handoff')).toBe(true);
  expect(handedOver.context.handoffReason).toBe('complaint');
  const released = await send({ type: 'AGENT_RELEASED' });
  expect(released.matches({ flow: { onboarding: { login: 'awaitingOtp' } } })).toBe(true);
  const again = await send({ type: 'TOPIC_ASKED', topic: 'complaint' });
  expect(again.matches({ flow: { onboarding: { login: 'awaitingOtp' } } })).toBe(true);
  expect(again.context.notices).toContainEqual({ id: 'topic', topic: 'complaint' });
});

test('a complaint before a payment that went through does not count towards a handover', async () => {
  const { send } = start(fakeBackend(accounts.enabled).ports);
  await send({ type: 'SESSION_PROVIDED', session });
  await send({ type: 'ORDERS' });
  await send({ type: 'TOPIC_ASKED', topic: 'complaint' });
  await send({ type: 'ORDER_PAY_CHOSEN', orderId: 'PL1001' });
  expect((await send({ type: 'AFFIRM' })).matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
  const again = await send({ type: 'TOPIC_ASKED', topic: 'complaint' });
  expect(again.matches('handoff')).toBe(false);
  expect(again.context.notices).toContainEqual({ id: 'topic', topic: 'complaint' });
});

test('a question about paying is answered before the orders; asking to pay just lists them', async () => {
  const { send } = start(fakeBackend(accounts.enabled).ports);
  await send({ type: 'SESSION_PROVIDED', session });
  const asked = await send({ type: 'PAY', question: true });
  expect(asked.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
  expect(asked.context.notices).toContainEqual({ id: 'faq', topic: 'pay' });
  const other = start(fakeBackend(accounts.enabled).ports);
  await other.send({ type: 'SESSION_PROVIDED', session });
  const told = await other.send({ type: 'PAY' });
  expect(told.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
  expect(told.context.notices).not.toContainEqual({ id: 'faq', topic: 'pay' });
});

describe('a question in the middle of a step is answered there, and the step is kept', () => {
  const answeredAt = async (
    s: Awaited<ReturnType<ReturnType<typeof start>['send']>>,
    stateValue: object | string,
    topic: string,
  ) => {
    expect(s.matches(stateValue as never)).toBe(true);
    expect(s.context.notices.at(-1)).toEqual({ id: 'faq', topic });
  };

  test('at the terms, at the PLUS step and while checking out is explained', async () => {
    const terms = start(fakeBackend(accounts.eligible).ports);
    await terms.login();
    await answeredAt(await terms.send({ type: 'PAY', question: true }), { flow: { onboarding: 'confirmingTerms' } }, 'pay');
    await answeredAt(await terms.send({ type: 'RETURN', question: true }), { flow: { onboarding: 'confirmingTerms' } }, 'return');

    const plus = start(fakeBackend(accounts.notPlus).ports);
    await plus.login();
    await answeredAt(await plus.send({ type: 'CHECKOUT', question: true }), { flow: { onboarding: 'awaitingPlus' } }, 'checkout');
    // Asked for, not asked about: the checkout guide.
    expect((await plus.send({ type: 'CHECKOUT' })).matches({ flow: { purchase: 'checkoutGuide' } })).toBe(true);
  });

  test('while logging in: answered, and the goal the customer came with stays', async () => {
    const { send } = start(fakeBackend(accounts.eligible).ports);
    await send({ type: 'ENABLE' });
    await send({ type: 'PHONE_RECEIVED', phone: '13800000004' });
    const asked = await send({ type: 'PAY', question: true });
    await answeredAt(asked, { flow: { onboarding: { login: 'awaitingOtp' } } }, 'pay');
    expect(asked.context.goal).toBe('enable');
    expect((await send({ type: 'OTP_RECEIVED', code: '123456' })).matches({ flow: { onboarding: 'confirmingTerms' } })).toBe(true);
  });

  test('before logging in: answered without starting the login', async () => {
    const { send } = start(fakeBackend(accounts.enabled).ports);
    await answeredAt(await send({ type: 'RETURN', question: true }), { flow: 'welcome' }, 'return');
  });

  test('while a failed payment waits for its retry: answered, and the retry still pays', async () => {
    let down = true;
    const backend = fakeBackend(accounts.enabled);
    const confirm = backend.ports.confirmReceipt;
    backend.ports.confirmReceipt = async (input) => {
      if (down) throw Object.assign(new Error('down'), { kind: 'unavailable' });
      return confirm(input);
    };
    const { send } = start(backend.ports);
    await send({ type: 'SESSION_PROVIDED', session });
    await send({ type: 'ORDERS' });
    await send({ type: 'ORDER_PAY_CHOSEN', orderId: 'PL1001' });
    await send({ type: 'AFFIRM' });
    const failedAt = { flow: { purchase: { payingOrder: 'failed' } } };
    await answeredAt(await send({ type: 'RETURN', question: true }), failedAt, 'return');
    down = false;
    expect((await send({ type: 'RETRY' })).context.notices).toContainEqual({ id: 'orderPaid', orderId: 'PL1001' });
  });
});

test('asking for orders before logging in logs in first and then shows the orders', async () => {
  const { ports } = fakeBackend(accounts.enabled);
  const { send } = start(ports);
  // Saying why: otherwise the order list's button answers with a bare request for a phone number.
  expect((await send({ type: 'ORDERS' })).context.notices).toEqual([{ id: 'needsLogin', goal: 'orders' }]);
  await send({ type: 'PHONE_RECEIVED', phone: '13800000005' });
  expect((await send({ type: 'OTP_RECEIVED', code: '123456' })).matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
});

test.each(['PAY', 'RETURN'] as const)('%s before logging in says the login finds the order, then asks for the phone', async (type) => {
  const { send } = start(fakeBackend(accounts.enabled).ports);
  const asked = await send({ type });
  expect(asked.matches({ flow: { onboarding: { login: 'awaitingPhone' } } })).toBe(true);
  expect(asked.context.notices).toEqual([{ id: 'needsLogin', goal: type.toLowerCase() }]);
});

// machines/dialogue.ts: ENABLE, ORDERS, PAY and RETURN without a session targeted #onboarding, whose login starts over
// at awaitingPhone: "怎么确认收货？" at the code step asked for the phone number again, and a blocked login was lifted.
test.each(['ENABLE', 'ORDERS', 'PAY', 'RETURN'] as const)('%s while logging in answers, keeps the code step and becomes the goal', async (type) => {
  const { ports } = fakeBackend(accounts.enabled);
  const { send } = start(ports);
  await send({ type: 'STATUS' });
  await send({ type: 'PHONE_RECEIVED', phone: '13800000005' });
  const asked = await send({ type });
  expect(asked.matches({ flow: { onboarding: { login: 'awaitingOtp' } } })).toBe(true);
  expect(asked.context.phone).toBe('13800000005');
  expect(asked.context.goal).toBe(type.toLowerCase());
  expect(asked.context.notices).toContainEqual({ id: 'faq', topic: type.toLowerCase() });
  const loggedIn = await send({ type: 'OTP_RECEIVED', code: '123456' });
  expect(loggedIn.matches({ flow: type === 'ENABLE' ? { onboarding: 'enabled' } : { purchase: 'showingOrders' } })).toBe(true);
});

test('an agent releasing a blocked login at "enable" starts the login over', async () => {
  const { ports } = fakeBackend(accounts.eligible);
  const { send } = start(ports);
  await send({ type: 'ENABLE' });
  await send({ type: 'PHONE_RECEIVED', phone: '13800000004' });
  for (let i = 0; i < 3; i++) await send({ type: 'OTP_RECEIVED', code: '000000' });
  expect((await send({ type: 'AFFIRM' })).matches('handoff')).toBe(true);
  const released = await send({ type: 'AGENT_RELEASED', intent: 'enable' });
  expect(released.matches({ flow: { onboarding: { login: 'awaitingPhone' } } })).toBe(true);
});

test('logging in again as another account: status waits for the new code instead of checking the earlier account', async () => {
  let accountReads = 0;
  const { ports } = fakeBackend(accounts.enabled, { fetchAccount: async () => (accountReads++, accounts.enabled) });
  const { send } = start(ports);
  await send({ type: 'SESSION_PROVIDED', session });
  await send({ type: 'PHONE_RECEIVED', phone: '13800000005' });
  const reads = accountReads;
  const status = await send({ type: 'STATUS' });
  expect(status.matches({ flow: { onboarding: { login: 'awaitingOtp' } } })).toBe(true);
  expect(notices(status)).toContain('statusNeedsLogin');
  expect(accountReads).toBe(reads);
});

test('a question about paying or returns while giving a return reason is answered, and the chosen order is kept', async () => {
  const { ports } = fakeBackend(accounts.enabled);
  const { send } = start(ports);
  await send({ type: 'SESSION_PROVIDED', session });
  await send({ type: 'RETURN' });
  await send({ type: 'ORDER_RETURN_CHOSEN', orderId: 'PL1002' });
  for (const type of ['PAY', 'RETURN'] as const) {
    const answered = await send({ type });
    expect(answered.matches({ flow: { purchase: 'awaitingReturnReason' } })).toBe(true);
    expect(answered.context.notices).toContainEqual({ id: 'faq', topic: type.toLowerCase() });
    expect(answered.context.orderId).toBe('PL1002');
  }
  expect((await send({ type: 'RETURN_REASON_GIVEN', reason: 'quality' })).matches({ flow: { purchase: 'confirmingReturn' } })).toBe(true);
});

test('an expired session sends the customer to log in again instead of failing', async () => {
  const { ports } = fakeBackend(accounts.enabled, {
    listOrders: async () => {
      throw Object.assign(new Error('expired'), { kind: 'unauthorized' });
    },
  });
  const { send } = start(ports);
  await send({ type: 'SESSION_PROVIDED', session });
  const s = await send({ type: 'ORDERS' });
  expect(s.matches({ flow: { onboarding: { login: 'awaitingPhone' } } })).toBe(true);
  expect(s.context.session).toBeUndefined();
});

describe('a login that lapses while paying or returning', () => {
  const expired = () => Object.assign(new Error('expired'), { kind: 'unauthorized' });
  /** A backend whose first payment and return find the session expired, as after a long pause at the confirmation. */
  function lapsingOnce(over: Partial<BackendPorts> = {}) {
    const backend = fakeBackend(accounts.enabled, over);
    const lapse = <K extends 'confirmReceipt' | 'requestReturn'>(port: K) => {
      const real = backend.ports[port];
      let lapsed = false;
      backend.ports[port] = (async (input: never) => {
        if (lapsed) return (real as (i: never) => unknown)(input);
        lapsed = true;
        throw expired();
      }) as BackendPorts[K];
    };
    lapse('confirmReceipt');
    lapse('requestReturn');
    return backend;
  }
  const logInAgain = async (send: (e: DialogueEvent) => Promise<any>) => {
    await send({ type: 'PHONE_RECEIVED', phone: '13800000004' });
    return send({ type: 'OTP_RECEIVED', code: '123456' });
  };
  /** Logged in at the list, the customer confirms paying for PL1001 and the login turns out to have lapsed. */
  async function payingWhenLapsed(over: Partial<BackendPorts> = {}) {
    const { send } = start(lapsingOnce(over).ports);
    await send({ type: 'SESSION_PROVIDED', session });
    await send({ type: 'ORDERS' });
    await send({ type: 'ORDER_PAY_CHOSEN', orderId: 'PL1001' });
    return { send, lapsed: await send({ type: 'AFFIRM' }) };
  }

  test('paying: the customer hears it did not happen, logs in again and is asked to confirm that order again', async () => {
    const { send, lapsed } = await payingWhenLapsed();
    expect(lapsed.matches({ flow: { onboarding: { login: 'awaitingPhone' } } })).toBe(true);
    expect(lapsed.context.notices).toEqual([
      { id: 'backendFailed', kind: 'unauthorized' },
      { id: 'notDoneLoginFirst', action: 'pay' },
    ]);

    const back = await logInAgain(send);
    expect(back.matches({ flow: { purchase: 'confirmingReceipt' } })).toBe(true);
    expect(back.context.orderId).toBe('PL1001');
    expect(back.context.goal).toBe('orders');
    const paid = await send({ type: 'AFFIRM' });
    expect(paid.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
    expect(paid.context.notices).toContainEqual({ id: 'orderPaid', orderId: 'PL1001' });
  });

  test('returning: the order and its reason are kept for the confirmation after the new login', async () => {
    const { send } = start(lapsingOnce().ports);
    await send({ type: 'SESSION_PROVIDED', session });
    await send({ type: 'ORDERS' });
    await send({ type: 'ORDER_RETURN_CHOSEN', orderId: 'PL1002' });
    await send({ type: 'RETURN_REASON_GIVEN', reason: 'quality' });
    const lapsed = await send({ type: 'AFFIRM' });
    expect(lapsed.context.notices).toContainEqual({ id: 'notDoneLoginFirst', action: 'return' });

    const back = await logInAgain(send);
    expect(back.matches({ flow: { purchase: 'confirmingReturn' } })).toBe(true);
    expect(back.context).toMatchObject({ orderId: 'PL1002', returnReason: 'quality', goal: 'orders' });
  });

  test('an order dealt with elsewhere meanwhile is not asked about again: the customer is told, and gets the list', async () => {
    let paidElsewhere = false;
    const { send } = await payingWhenLapsed({
      listOrders: async () => orders.map((o) => (paidElsewhere && o.orderId === 'PL1001' ? { ...o, status: 'paid' as const } : o)),
    });
    paidElsewhere = true;

    const back = await logInAgain(send);
    expect(back.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
    expect(back.context.notices).toContainEqual({ id: 'nothingToDo', orderId: 'PL1001' });
    expect(back.context.goal).toBe('orders');
  });

  test('cancelling gives the waiting order up; asking to pay while logging in again keeps it', async () => {
    const cancelled = await payingWhenLapsed();
    expect((await cancelled.send({ type: 'CANCEL' })).context).toMatchObject({ goal: 'orders', orderId: undefined });
    expect((await logInAgain(cancelled.send)).matches({ flow: { purchase: 'showingOrders' } })).toBe(true);

    const kept = await payingWhenLapsed();
    await kept.send({ type: 'PAY' });
    expect((await logInAgain(kept.send)).matches({ flow: { purchase: 'confirmingReceipt' } })).toBe(true);
  });

  test('a new request while logging in again replaces the order waiting for its confirmation', async () => {
    const { send } = await payingWhenLapsed();
    await send({ type: 'ORDERS' });
    expect((await logInAgain(send)).matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
  });
});

// QA: a payment whose answer came too late was said to have failed although it went through, and its retry, refused by
// then, said "cannot be done (delivered, awaiting confirmation)" over the orders as they were before it.
describe('a payment or return whose answer comes too late', () => {
  const orderStatus = { PL1001: 'delivered', PL1002: 'in_transit' } as Record<string, Order['status']>;
  const timedOut = () => Promise.reject<never>(Object.assign(new Error('slow'), { kind: 'timeout' }));
  /**
   * A backend that does each payment or return it is asked for, but answers the first `lateCalls` of them too late (by
   * default the call fails as timed out, as the account client reports it).
   */
  function lateBackend({ lateCalls = 1, late = timedOut }: { lateCalls?: number; late?: () => Promise<never> } = {}) {
    const status = { ...orderStatus };
    let lateLeft = lateCalls;
    const move = (orderId: string, from: Order['status'][], to: Order['status']) => {
      if (!from.includes(status[orderId])) return { ok: false as const, error: 'invalid_order_state' as const };
      status[orderId] = to;
      return { ok: true as const, value: { ...orders.find((o) => o.orderId === orderId)!, status: to } };
    };
    const answer = <T>(outcome: T): Promise<T> => (lateLeft > 0 ? (lateLeft--, late()) : Promise.resolve(outcome));
    const { ports } = fakeBackend(accounts.enabled, {
      listOrders: async () => orders.map((o) => ({ ...o, status: status[o.orderId] ?? o.status })),
      confirmReceipt: async ({ orderId }) => answer(move(orderId, ['delivered', 'overdue'], 'paid')),
      requestReturn: async ({ orderId }) => answer(move(orderId, ['delivered', 'in_transit'], 'return_requested')),
    });
    return { ports, status };
  }

  test('the customer is told it is not known whether it was paid; the retry says it was paid before, with the orders read again', async () => {
    const backend = lateBackend();
    const { send } = start(backend.ports);
    await send({ type: 'SESSION_PROVIDED', session });
    await send({ type: 'ORDERS' });
    await send({ type: 'ORDER_PAY_CHOSEN', orderId: 'PL1001' });
    const late = await send({ type: 'AFFIRM' });
    expect(late.matches({ flow: { purchase: { payingOrder: 'failed' } } })).toBe(true);
    expect(late.context.notices.at(-1)).toEqual({ id: 'outcomeUnknown', action: 'pay', orderId: 'PL1001' });
    expect(backend.status.PL1001).toBe('paid');

    const retried = await send({ type: 'RETRY' });
    expect(retried.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
    // The retry itself was refused: it charged nothing, and says so (the first try paid).
    expect(retried.context.notices.at(-1)).toEqual({ id: 'orderPaidBefore', orderId: 'PL1001' });
    expect(retried.context.orders?.find((o) => o.orderId === 'PL1001')?.status).toBe('paid');
    expect(retried.context.orderId).toBeUndefined();
  });

  test('a return: not known whether it was filed; the retry says it is requested', async () => {
    const { ports } = lateBackend();
    const { send } = start(ports);
    await send({ type: 'SESSION_PROVIDED', session });
    await send({ type: 'ORDERS' });
    await send({ type: 'ORDER_RETURN_CHOSEN', orderId: 'PL1002' });
    await send({ type: 'RETURN_REASON_GIVEN', reason: 'quality' });
    const late = await send({ type: 'AFFIRM' });
    expect(late.matches({ flow: { purchase: { requestingReturn: 'failed' } } })).toBe(true);
    expect(late.context.notices.at(-1)).toEqual({ id: 'outcomeUnknown', action: 'return', orderId: 'PL1002' });

    const retried = await send({ type: 'AFFIRM' });
    expect(retried.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
    expect(retried.context.notices.at(-1)).toEqual({ id: 'returnRequested', orderId: 'PL1002' });
    expect(retried.context.orders?.find((o) => o.orderId === 'PL1002')?.status).toBe('return_requested');
    expect(retried.context.returnReason).toBeUndefined();
  });

  test("the dialogue's own wait running out says the same, and the retry finds it paid", async () => {
    const backend = lateBackend({ late: () => new Promise<never>(() => undefined) });
    const actor = createActor(dialogueMachine.provide({ actors: toActors(backend.ports), delays: { backendTimeout: 20 } })).start();
    const send = (event: DialogueEvent) => (actor.send(event), waitFor(actor, (x) => !x.hasTag('busy')));
    await send({ type: 'SESSION_PROVIDED', session });
    await send({ type: 'ORDERS' });
    await send({ type: 'ORDER_PAY_CHOSEN', orderId: 'PL1001' });
    const late = await send({ type: 'AFFIRM' });
    expect(late.context.notices.at(-1)).toEqual({ id: 'outcomeUnknown', action: 'pay', orderId: 'PL1001' });
    const paid = await send({ type: 'RETRY' });
    expect(paid.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
    expect(paid.context.notices.at(-1)).toEqual({ id: 'orderPaidBefore', orderId: 'PL1001' });
  });

  // QA: the earbuds were paid in another conversation; paying them again here from the list shown there before said
  // "已确认收货…付款完成 ✅" although the backend refused (409): the customer may think they paid twice.
  test('refused because it was paid elsewhere meanwhile: told it was paid before and nothing charged, with the fresh list', async () => {
    const backend = lateBackend({ lateCalls: 0 });
    const { send } = start(backend.ports);
    await send({ type: 'SESSION_PROVIDED', session });
    await send({ type: 'ORDERS' });
    await send({ type: 'ORDER_PAY_CHOSEN', orderId: 'PL1001' });
    backend.status.PL1001 = 'paid';
    const refused = await send({ type: 'AFFIRM' });
    expect(refused.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
    expect(refused.context.notices).toEqual([{ id: 'orderPaidBefore', orderId: 'PL1001' }]);
    expect(refused.context.orders?.find((o) => o.orderId === 'PL1001')?.status).toBe('paid');
    expect(refused.context.orderId).toBeUndefined();
  });

  test('"not now" to retrying a payment that went through after all: paid, as the earlier try did it', async () => {
    const backend = lateBackend();
    const { send } = start(backend.ports);
    await send({ type: 'SESSION_PROVIDED', session });
    await send({ type: 'ORDERS' });
    await send({ type: 'ORDER_PAY_CHOSEN', orderId: 'PL1001' });
    await send({ type: 'AFFIRM' });
    const left = await send({ type: 'DENY' });
    expect(left.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
    expect(left.context.notices.at(-1)).toEqual({ id: 'orderPaid', orderId: 'PL1001' });
  });

  test('refused for another reason: the refusal says why with the order as it is now, not as it was listed', async () => {
    const backend = lateBackend({ lateCalls: 0 });
    const { send } = start(backend.ports);
    await send({ type: 'SESSION_PROVIDED', session });
    await send({ type: 'ORDERS' });
    await send({ type: 'ORDER_PAY_CHOSEN', orderId: 'PL1001' });
    // Sent back in the shop's app while the confirmation waited here.
    backend.status.PL1001 = 'return_requested';
    const refused = await send({ type: 'AFFIRM' });
    expect(refused.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
    expect(refused.context.notices.at(-1)).toEqual({ id: 'orderActionInvalid', orderId: 'PL1001' });
    expect(refused.context.orders?.find((o) => o.orderId === 'PL1001')?.status).toBe('return_requested');
  });

  test('the orders cannot be read after a refusal: an apology and the retry, the step kept', async () => {
    const backend = lateBackend();
    const down = () => Promise.reject(Object.assign(new Error('down'), { kind: 'unavailable' }));
    const { send } = start(backend.ports);
    await send({ type: 'SESSION_PROVIDED', session });
    await send({ type: 'ORDERS' });
    await send({ type: 'ORDER_PAY_CHOSEN', orderId: 'PL1001' });
    await send({ type: 'AFFIRM' });
    backend.ports.listOrders = down;
    const failed = await send({ type: 'RETRY' });
    expect(failed.matches({ flow: { purchase: { payingOrder: 'failed' } } })).toBe(true);
    expect(failed.context.notices.at(-1)).toEqual({ id: 'backendFailed', kind: 'unavailable' });
    expect(failed.context.orderId).toBe('PL1001');
  });
});

test('restart forgets everything and greets again; the agent hands back at an intent', async () => {
  const { ports } = fakeBackend(accounts.eligible);
  const { send, login } = start(ports);
  await login();
  const restarted = await send({ type: 'RESTART' });
  expect(restarted.matches({ flow: 'welcome' })).toBe(true);
  expect(restarted.context.session).toBeUndefined();
  await send({ type: 'HUMAN' });
  const back = await send({ type: 'AGENT_RELEASED', intent: 'checkout' });
  expect(back.matches({ flow: { purchase: 'checkoutGuide' } })).toBe(true);
});

// QA: phone number → "取消" → "123456" → "哦我刚才点错了 验证码是123456": both answered with the whole help menu.
describe('a code typed right after cancelling the login', () => {
  async function cancelledAtCode(account: Account = accounts.eligible) {
    const backend = fakeBackend(account);
    const { send } = start(backend.ports);
    await send({ type: 'ENABLE' });
    await send({ type: 'PHONE_RECEIVED', phone: '13800000004' });
    const cancelled = await send({ type: 'CANCEL' });
    expect(cancelled.matches({ flow: 'welcome' })).toBe(true);
    return { send, backend };
  }

  test('is taken as the code: the customer is logged in and the onboarding goes on', async () => {
    const { send } = await cancelledAtCode();
    const next = await send({ type: 'OTP_RECEIVED', code: '123456' });
    expect(next.matches({ flow: { onboarding: 'confirmingTerms' } })).toBe(true);
    expect(next.context.session).toEqual(session);
    expect(next.context.phone).toBeUndefined();
  });

  test('a wrong one brings the code step back with a try counted, as at the step', async () => {
    const { send } = await cancelledAtCode();
    const wrong = await send({ type: 'OTP_RECEIVED', code: '654321' });
    expect(wrong.matches({ flow: { onboarding: { login: 'awaitingOtp' } } })).toBe(true);
    expect(wrong.context.notices.at(-1)).toEqual({ id: 'wrongCode', attemptsLeft: 2 });
    expect(wrong.context.otpAttempts).toBe(1);
  });

  test('a login paused by wrong codes stays paused when it was cancelled', async () => {
    const { send } = await cancelledAtCode();
    await send({ type: 'ENABLE' });
    await send({ type: 'PHONE_RECEIVED', phone: '13800000004' });
    for (const code of ['111111', '222222', '333333']) await send({ type: 'OTP_RECEIVED', code });
    await send({ type: 'CANCEL' });
    const refused = await send({ type: 'OTP_RECEIVED', code: '123456' });
    expect(refused.matches({ flow: 'welcome' })).toBe(true);
    expect(refused.context.session).toBeUndefined();
    expect(refused.context.notices.at(-1)).toEqual({ id: 'loginBlocked' });
  });

  test('with no phone number given, a code is still answered with what the bot can do', async () => {
    const { send } = start(fakeBackend(accounts.eligible).ports);
    const answered = await send({ type: 'OTP_RECEIVED', code: '123456' });
    expect(answered.matches({ flow: 'welcome' })).toBe(true);
    expect(answered.context.notices.at(-1)).toEqual({ id: 'help' });
  });
});

// "暂不开通", then "我已经实名认证好了" (read as ENABLE with the step claimed): it rechecked and gave the plain prompt, as if
// nothing had been said; now it is told as the step's own "done" is.
test('a shop-page step said done after "not now" is rechecked: not done, the customer is told so; done, it is acknowledged', async () => {
  const { state, ports } = fakeBackend(accounts.notVerified);
  const { send, login } = start(ports);
  await login();
  const left = await send({ type: 'DENY' });
  const before = left.context.notices.length;
  const claimed = await send({ type: 'ENABLE', claimed: 'realName' });
  expect(claimed.matches({ flow: { onboarding: 'awaitingRealName' } })).toBe(true);
  expect(notices(claimed).slice(before)).toEqual(['stepNotDoneYet']);

  const declined = await send({ type: 'DENY' });
  const since = declined.context.notices.length;
  state.account = accounts.eligible;
  const done = await send({ type: 'ENABLE', claimed: 'realName' });
  expect(done.matches({ flow: { onboarding: 'confirmingTerms' } })).toBe(true);
  expect(done.context.notices.slice(since)).toEqual([{ id: 'stepDone', step: 'realName' }]);
});

test('pay-later wanted again without a step said done rechecks quietly', async () => {
  const { ports } = fakeBackend(accounts.notVerified);
  const { send, login } = start(ports);
  await login();
  const left = await send({ type: 'DENY' });
  const before = left.context.notices.length;
  const again = await send({ type: 'ENABLE' });
  expect(again.matches({ flow: { onboarding: 'awaitingRealName' } })).toBe(true);
  expect(notices(again).slice(before)).toEqual([]);
});

// The masked number (138****0004) shows only some digits: 13899990004 matched it and was told "already logged in".
// (Notices pile up in a bare actor; the turn loop drops them after each turn.)
describe('a logged-in customer types a number: told their own by its digest, not its mask', () => {
  const own = 'a'.repeat(64);
  async function loggedInWithDigest() {
    const { send, actor } = start(fakeBackend(accounts.enabled).ports);
    await send({ type: 'ORDERS' });
    await send({ type: 'PHONE_RECEIVED', phone: '13800000004', phoneDigest: own });
    const s = await send({ type: 'OTP_RECEIVED', code: '123456' });
    expect(s.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
    expect(s.context).toMatchObject({ ownPhoneDigest: own, phone: undefined, phoneDigest: undefined });
    return { send, actor };
  }

  test('another number with the same masked form gets a code, as any other number', async () => {
    const { send } = await loggedInWithDigest();
    const s = await send({ type: 'PHONE_RECEIVED', phone: '13899990004', phoneDigest: 'b'.repeat(64) });
    expect(s.matches({ flow: { onboarding: { login: 'awaitingOtp' } } })).toBe(true);
    expect(notices(s)).not.toContain('alreadyLoggedIn');
  });

  test('the own number is still "already logged in", and the list stays', async () => {
    const { send } = await loggedInWithDigest();
    const s = await send({ type: 'PHONE_RECEIVED', phone: '13800000004', phoneDigest: own });
    expect(s.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
    expect(notices(s).at(-1)).toBe('alreadyLoggedIn');
  });

  test('a number typed without a digest is compared by the mask, as before digests', async () => {
    const { send } = await loggedInWithDigest();
    expect(notices(await send({ type: 'PHONE_RECEIVED', phone: '13800000004' })).at(-1)).toBe('alreadyLoggedIn');
  });
});

test('a code asked for again carries when the last one went; refused as too soon, the code step stays with the note', async () => {
  const asked: Array<{ phone: string; lastSentAt?: number }> = [];
  const { ports } = fakeBackend(accounts.eligible, {
    requestOtp: async (input) => {
      asked.push(input);
      return input.lastSentAt === undefined ? { ok: true, sentAt: 1_000 } : { ok: false, error: 'too_soon', secondsAgo: 20, secondsLeft: 40 };
    },
  });
  const { send } = start(ports);
  await send({ type: 'ENABLE' });
  expect((await send({ type: 'PHONE_RECEIVED', phone: '13800000004' })).context.otpSentAt).toBe(1_000);
  const refused = await send({ type: 'OTP_RESEND_REQUESTED' });
  expect(asked.at(-1)).toEqual({ phone: '13800000004', lastSentAt: 1_000 });
  expect(refused.matches({ flow: { onboarding: { login: 'awaitingOtp' } } })).toBe(true);
  expect(refused.context.notices.at(-1)).toEqual({ id: 'codeSentLately', secondsAgo: 20, secondsLeft: 40 });
  // The same number typed again is a resend too; another number gets its first code.
  await send({ type: 'PHONE_RECEIVED', phone: '13800000004' });
  expect(asked.at(-1)).toEqual({ phone: '13800000004', lastSentAt: 1_000 });
  await send({ type: 'PHONE_RECEIVED', phone: '13800000005' });
  expect(asked.at(-1)).toEqual({ phone: '13800000005', lastSentAt: undefined });
  // Logged in, the time goes with the number.
  expect((await send({ type: 'OTP_RECEIVED', code: '123456' })).context.otpSentAt).toBeUndefined();
});
