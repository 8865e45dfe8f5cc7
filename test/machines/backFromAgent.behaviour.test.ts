// Coming back from a person, as the dialogue sees it: a release with the account the agent verified ends a login under
// way, and a check of a shop-page step nobody asked for asks for the step again without "not done yet".
import { createActor, waitFor } from 'xstate';
import { dialogueMachine } from '../../machines/dialogue';
import { toActors, type BackendPorts } from '../../machines/ports';
import type { DialogueEvent } from '../../machines/events';
import type { Account } from '../../machines/domain';
import { accounts, orders, session } from './dialogueModel';

/** An in-memory backend: one account (changed by the test as the shop's pages would), and its orders. */
function dialogue(account: Account) {
  const backend = { account, accountReads: 0 };
  const ports: BackendPorts = {
    requestOtp: async () => undefined,
    createSession: async ({ code }) => (code === '123456' ? { ok: true, value: session } : { ok: false, error: 'wrong_code' }),
    fetchAccount: async () => (backend.accountReads++, backend.account),
    enablePayLater: async () => ({ ok: true, value: backend.account }),
    listOrders: async () => orders,
    confirmReceipt: async () => ({ ok: false, error: 'invalid_order_state' }),
    requestReturn: async () => ({ ok: false, error: 'invalid_order_state' }),
  };
  const actor = createActor(dialogueMachine.provide({ actors: toActors(ports) })).start();
  /** Sends the events and waits for the backend; `said` is what the dialogue had to say meanwhile (the notices' ids). */
  const send = async (...events: DialogueEvent[]) => {
    const before = actor.getSnapshot().context.notices.length;
    let snapshot = actor.getSnapshot();
    for (const event of events) {
      actor.send(event);
      snapshot = await waitFor(actor, (s) => !s.hasTag('busy'));
    }
    return Object.assign(snapshot, { said: snapshot.context.notices.slice(before).map((n) => n.id) });
  };
  return { backend, send };
}

const notices = (s: { said: string[] }) => s.said;

const wrongCodes: DialogueEvent[] = Array.from({ length: 3 }, () => ({ type: 'OTP_RECEIVED', code: '000000' }));

describe('a release with the account the agent verified', () => {
  test.each<{ at: string; before: DialogueEvent[] }>([
    { at: 'the phone number', before: [{ type: 'ENABLE' }, { type: 'HUMAN' }] },
    { at: 'the code', before: [{ type: 'ENABLE' }, { type: 'PHONE_RECEIVED', phone: '13800000004' }, { type: 'HUMAN' }] },
    {
      at: 'a blocked login',
      before: [{ type: 'ENABLE' }, { type: 'PHONE_RECEIVED', phone: '13800000004' }, ...wrongCodes, { type: 'AFFIRM' }],
    },
  ])('at $at logs the customer in and goes on after the login, the login forgotten', async ({ before }) => {
    const { send } = dialogue(accounts.eligible);
    expect((await send(...before)).matches('handoff')).toBe(true);
    const back = await send({ type: 'AGENT_RELEASED', session });
    expect(back.matches({ flow: { onboarding: 'confirmingTerms' } })).toBe(true);
    expect(back.context).toMatchObject({ session, phone: undefined, otpAttempts: 0, phoneAttempts: 0 });
    expect(notices(back)).toEqual(['agentReleased']);
  });

  test('at the intent it was released at, past the login', async () => {
    const { send } = dialogue(accounts.enabled);
    await send({ type: 'ENABLE' }, { type: 'PHONE_RECEIVED', phone: '13800000005' }, ...wrongCodes, { type: 'AFFIRM' });
    const back = await send({ type: 'AGENT_RELEASED', intent: 'orders', session });
    expect(back.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
  });

  test('on to what the login was for: the orders asked for before it', async () => {
    const { send } = dialogue(accounts.enabled);
    await send({ type: 'ORDERS' }, { type: 'HUMAN' });
    expect((await send({ type: 'AGENT_RELEASED', session })).matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
  });

  test('outside a login, the customer stays where they were, logged in', async () => {
    const { send } = dialogue(accounts.eligible);
    await send({ type: 'HUMAN' });
    const back = await send({ type: 'AGENT_RELEASED', session });
    expect(back.matches({ flow: 'welcome' })).toBe(true);
    expect(back.context.session).toEqual(session);
  });

  test('without an account, a blocked login stays blocked', async () => {
    const { send } = dialogue(accounts.eligible);
    await send({ type: 'ENABLE' }, { type: 'PHONE_RECEIVED', phone: '13800000004' }, ...wrongCodes, { type: 'AFFIRM' });
    expect((await send({ type: 'AGENT_RELEASED' })).matches({ flow: { onboarding: { login: 'blocked' } } })).toBe(true);
  });
});

describe('a release before any agent took the conversation', () => {
  test('is said as one (no colleague could take it), at the step, and at the intent when given (as what the agent asked for)', async () => {
    const { send } = dialogue(accounts.eligible);
    await send({ type: 'HUMAN' });
    const back = await send({ type: 'AGENT_RELEASED', notTaken: true });
    expect(back.matches({ flow: 'welcome' })).toBe(true);
    expect(back.context.notices.at(-1)).toEqual({ id: 'agentReleased', notTaken: true });
    await send({ type: 'HUMAN' });
    const atIntent = await send({ type: 'AGENT_RELEASED', intent: 'what_is', notTaken: true });
    expect(atIntent.context.notices).toContainEqual({ id: 'agentReleased', notTaken: true, intent: 'what_is' });
    expect(notices(atIntent)).toEqual(['agentReleased', 'faq']);
  });
});

describe('a shop-page step checked again', () => {
  async function atPlus() {
    const d = dialogue(accounts.notPlus);
    await d.send({ type: 'ENABLE' }, { type: 'PHONE_RECEIVED', phone: '13800000001' });
    expect((await d.send({ type: 'OTP_RECEIVED', code: '123456' })).matches({ flow: { onboarding: 'awaitingPlus' } })).toBe(true);
    return d;
  }

  test('by the bot (the shop\'s notice, back from a person) and still not done: the step is asked again, without "not done yet"', async () => {
    const { send, backend } = await atPlus();
    const reads = backend.accountReads;
    const again = await send({ type: 'BACKEND_STEP_COMPLETED', step: 'plus' });
    expect(backend.accountReads).toBe(reads + 1);
    expect(again.matches({ flow: { onboarding: 'awaitingPlus' } })).toBe(true);
    expect(notices(again)).not.toContain('stepNotDoneYet');
  });

  test('because the customer said it was done, and it is not: they are told so, once', async () => {
    const { send } = await atPlus();
    expect(notices(await send({ type: 'AFFIRM' }))).toContain('stepNotDoneYet');
    // The claim was answered: a check the bot makes later is no claim of theirs.
    expect(notices(await send({ type: 'BACKEND_STEP_COMPLETED', step: 'plus' }))).not.toContain('stepNotDoneYet');
    expect(notices(await send({ type: 'AFFIRM' }))).toContain('stepNotDoneYet');
  });

  test('done meanwhile: the bot says so and goes on, however the check came', async () => {
    const { send, backend } = await atPlus();
    backend.account = accounts.notVerified;
    const next = await send({ type: 'BACKEND_STEP_COMPLETED', step: 'plus' });
    expect(next.matches({ flow: { onboarding: 'awaitingRealName' } })).toBe(true);
    expect(notices(next)).toEqual(['stepDone']);
  });
});

describe('a request an agent hands on (a release\'s or a hand-in\'s intent)', () => {
  async function atReturnConfirmation() {
    const d = dialogue(accounts.enabled);
    await d.send({ type: 'SESSION_PROVIDED', session }, { type: 'RETURN' }, { type: 'ORDER_RETURN_CHOSEN', orderId: 'PL1001' });
    const at = await d.send({ type: 'RETURN_REASON_GIVEN', reason: 'quality' });
    expect(at.matches({ flow: { purchase: 'confirmingReturn' } })).toBe(true);
    return d;
  }

  // Released with "pay" at "提交退货申请?", the customer heard the paragraph about paying and the return's question again.
  test.each(['pay', 'return'] as const)('"%s" at the confirmation of a return opens the orders for it, the return left undone', async (intent) => {
    const { send } = await atReturnConfirmation();
    await send({ type: 'HUMAN' });
    const back = await send({ type: 'AGENT_RELEASED', intent });
    expect(back.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
    expect(back.context).toMatchObject({ goal: intent, orderId: undefined });
    expect(notices(back)).toEqual(['agentReleased']);
  });

  test('the customer\'s own "pay" there is still about this order: answered in place, the confirmation kept', async () => {
    const { send } = await atReturnConfirmation();
    const asked = await send({ type: 'PAY' });
    expect(asked.matches({ flow: { purchase: 'confirmingReturn' } })).toBe(true);
    expect(notices(asked)).toEqual(['faq']);
  });

  test('"pay" at the confirmation of a payment opens the orders too, rather than the paragraph about paying', async () => {
    const { send } = dialogue(accounts.enabled);
    await send({ type: 'SESSION_PROVIDED', session }, { type: 'PAY' });
    expect((await send({ type: 'ORDER_PAY_CHOSEN', orderId: 'PL1001' })).matches({ flow: { purchase: 'confirmingReceipt' } })).toBe(true);
    const opened = await send({ type: 'PAY', fromAgent: true });
    expect(opened.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
    expect(notices(opened)).toEqual([]);
  });

  test('enabling, to a customer not logged in: the phone number is asked for with why', async () => {
    const { send } = dialogue(accounts.eligible);
    const handedIn = await send({ type: 'ENABLE', fromAgent: true });
    expect(handedIn.matches({ flow: { onboarding: { login: 'awaitingPhone' } } })).toBe(true);
    expect(notices(handedIn)).toEqual(['agentAskedToEnable']);
    await send({ type: 'HUMAN' });
    const released = await send({ type: 'AGENT_RELEASED', intent: 'enable' });
    expect(released.matches({ flow: { onboarding: { login: 'awaitingPhone' } } })).toBe(true);
    expect(notices(released)).toEqual(['agentReleased', 'agentAskedToEnable']);
    // The customer's own "开通" goes straight to the login, as before.
    const own = dialogue(accounts.eligible);
    expect(notices(await own.send({ type: 'ENABLE' }))).toEqual([]);
  });

  test('enabling, to a customer logged in: on to their next step, nothing more said', async () => {
    const { send } = dialogue(accounts.notPlus);
    await send({ type: 'SESSION_PROVIDED', session });
    const next = await send({ type: 'ENABLE', fromAgent: true });
    expect(next.matches({ flow: { onboarding: 'awaitingPlus' } })).toBe(true);
    expect(notices(next)).not.toContain('agentAskedToEnable');
  });

  test.each([
    { intent: 'enable', said: { id: 'agentAskedToEnable' } },
    { intent: 'pay', said: { id: 'needsLogin', goal: 'pay' } },
    { intent: 'return', said: { id: 'needsLogin', goal: 'return' } },
    { intent: 'orders', said: { id: 'needsLogin', goal: 'orders' } },
  ] as const)('"$intent" released while logging in: the login goes on for it, with why rather than a general answer', async ({ intent, said }) => {
    const { send } = dialogue(accounts.enabled);
    await send({ type: 'ENABLE' }, { type: 'PHONE_RECEIVED', phone: '13800000005' }, { type: 'HUMAN' });
    const back = await send({ type: 'AGENT_RELEASED', intent });
    expect(back.matches({ flow: { onboarding: { login: 'awaitingOtp' } } })).toBe(true);
    expect(back.context.notices.slice(-1)).toEqual([said]);
    expect(back.context.goal).toBe(intent);
  });
});
