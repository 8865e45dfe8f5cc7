// Saved conversations come back exactly, old ones are migrated, and broken ones restart safely.
import { createActor } from 'xstate';
import { initialContext } from '../../machines/context';
import { dialogueMachine, MACHINE_VERSION } from '../../machines/dialogue';
import { persistDialogue, restoreDialogue, startDialogue, type PhoneSeal } from '../../machines/snapshot';
import { accounts, modelMachine, orders, session } from './dialogueModel';

function savedAt(events: Parameters<ReturnType<typeof startDialogue>['send']>[0][]) {
  const actor = startDialogue(dialogueMachine).start();
  events.forEach((e) => actor.send(e));
  return JSON.parse(JSON.stringify(persistDialogue(actor)));
}

test('a saved dialogue carries the machine version and no notices, and restores to the same state', () => {
  const stored = savedAt([{ type: 'ENABLE' }, { type: 'HELP' }]);
  expect(stored.machineVersion).toBe(MACHINE_VERSION);
  expect(stored.snapshot.context.notices).toEqual([]);
  const restored = restoreDialogue(dialogueMachine, stored);
  expect(restored.ok).toBe(true);
  expect(restored.actor.start().getSnapshot().matches({ flow: { onboarding: { login: 'awaitingPhone' } } })).toBe(true);
});

test('the history of an interrupted step survives a save, so a released handoff resumes there', () => {
  const stored = savedAt([{ type: 'ENABLE' }, { type: 'HUMAN' }]);
  const actor = restoreDialogue(dialogueMachine, stored).actor.start();
  actor.send({ type: 'AGENT_RELEASED' });
  expect(actor.getSnapshot().matches({ flow: { onboarding: { login: 'awaitingPhone' } } })).toBe(true);
});

test('a snapshot saved by version 0 (state awaitingVerification) is migrated forward', () => {
  const v0 = {
    machineVersion: 0,
    snapshot: {
      status: 'active',
      value: { flow: { onboarding: 'awaitingVerification' } },
      historyValue: {},
      children: {},
      context: { goal: 'enable', otpAttempts: 0, session, notices: [] },
    },
  };
  const restored = restoreDialogue(dialogueMachine, v0);
  expect(restored).toMatchObject({ ok: true, migratedFrom: 0 });
  expect(restored.actor.start().getSnapshot().matches({ flow: { onboarding: 'awaitingRealName' } })).toBe(true);
});

// Version 1 left the last confirmed order in context.orderId after "not now"; version 2 reads it at the list as the order
// the customer just named, so the list would have asked about that old order.
test.each([
  ['at the order list: the leftover is dropped', { flow: { purchase: 'showingOrders' } }, {}, undefined],
  ['confirming receipt: the chosen order is kept', { flow: { purchase: 'confirmingReceipt' } }, {}, 'PL1001'],
  // The history still names the confirmation the customer left for an agent earlier; the list is where they are.
  ['at the list after an earlier handoff from a confirmation: dropped', { flow: { purchase: 'showingOrders' } }, { 'dialogue.flow.resume': [{ id: 'dialogue.flow.purchase.confirmingReceipt' }] }, undefined],
  ['with an agent, resuming at a confirmation: kept', 'handoff', { 'dialogue.flow.resume': [{ id: 'dialogue.flow.purchase.confirmingReturn' }] }, 'PL1001'],
])('a version 1 snapshot %s', (_name, value, historyValue, orderId) => {
  const v1 = {
    machineVersion: 1,
    snapshot: {
      status: 'active',
      value,
      historyValue,
      children: {},
      context: { goal: 'orders', phoneAttempts: 0, otpAttempts: 0, session, orderId: 'PL1001', notices: [] },
    },
  };
  const restored = restoreDialogue(dialogueMachine, v1);
  expect(restored).toMatchObject({ ok: true, migratedFrom: 1 });
  expect(restored.actor.start().getSnapshot().context.orderId).toBe(orderId);
});

test.each([
  ['garbage', { hello: 'world' }],
  ['a state that no longer exists', { machineVersion: MACHINE_VERSION, snapshot: { status: 'active', value: { flow: 'gone' }, context: { goal: 'enable', phoneAttempts: 0, otpAttempts: 0, session } } }],
  ['a context of the wrong shape', { machineVersion: MACHINE_VERSION, snapshot: { status: 'active', value: { flow: 'welcome' }, context: { goal: 'fly', session } } }],
  ['a newer version', { machineVersion: MACHINE_VERSION + 1, snapshot: { status: 'active', value: { flow: 'welcome' }, context: { session } } }],
])('%s restarts at the welcome, keeping a valid login, and never throws', (_name, stored) => {
  const restored = restoreDialogue(dialogueMachine, stored);
  expect(restored.ok).toBe(false);
  const snapshot = restored.actor.start().getSnapshot();
  expect(snapshot.matches({ flow: 'welcome' })).toBe(true);
  const keepsLogin = (stored as { snapshot?: { context?: { session?: unknown } } }).snapshot?.context?.session !== undefined;
  expect(snapshot.context.session !== undefined).toBe(keepsLogin);
});

test('a restart of a logged-in customer goes straight to their first unfinished step', () => {
  const restored = restoreDialogue(dialogueMachine, { machineVersion: 99, snapshot: { status: 'active', value: 'x', context: { session } } });
  const actor = restored.actor.start();
  actor.send({ type: 'ENABLE' });
  expect(actor.getSnapshot().matches({ flow: { onboarding: { loadingAccount: 'calling' } } })).toBe(true);
  actor.stop();
});

// Saved before the dialogue kept the logged-in number's digest: the masked number ("138****0004") tells the own number.
describe('a logged-in snapshot saved without the number digest', () => {
  const withoutDigest = {
    machineVersion: MACHINE_VERSION,
    snapshot: {
      status: 'active',
      value: { flow: { purchase: 'showingOrders' } },
      historyValue: {},
      children: {},
      context: { goal: 'orders', phoneAttempts: 0, otpAttempts: 0, complaints: 0, session, account: accounts.enabled, orders, notices: [] },
    },
  };
  // As the turn sends it (src/bot/dialogueTurn.ts): with the typed number's digest, which has nothing to compare with.
  const typed = (phone: string) => ({ type: 'PHONE_RECEIVED' as const, phone, phoneDigest: 'c'.repeat(64) });

  test('is read as it is, and the own number is still "already logged in"', () => {
    const restored = restoreDialogue(modelMachine, withoutDigest);
    expect(restored.ok).toBe(true);
    const actor = restored.actor.start();
    actor.send(typed('13800000004'));
    expect(actor.getSnapshot().matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
    expect(actor.getSnapshot().context.notices).toEqual([{ id: 'alreadyLoggedIn' }]);
    actor.stop();
  });

  test('a number the mask does not show logs in as before', () => {
    const actor = restoreDialogue(modelMachine, withoutDigest).actor.start();
    actor.send(typed('13900000004'));
    expect(actor.getSnapshot().matches({ flow: { onboarding: { login: 'requestingOtp' } } })).toBe(true);
    actor.stop();
  });
});

test('the logged-in number\'s digest survives a save, and a restart that keeps the login keeps it too', () => {
  const digest = 'a'.repeat(64);
  const stored = {
    machineVersion: MACHINE_VERSION,
    snapshot: {
      status: 'active',
      value: { flow: 'welcome' },
      historyValue: {},
      children: {},
      context: { goal: 'enable', phoneAttempts: 0, otpAttempts: 0, session, ownPhoneDigest: digest, notices: [] },
    },
  };
  const restored = restoreDialogue(dialogueMachine, stored);
  expect(restored.ok).toBe(true);
  expect(restored.actor.getSnapshot().context.ownPhoneDigest).toBe(digest);
  const restarted = restoreDialogue(dialogueMachine, { ...stored, machineVersion: MACHINE_VERSION + 1 });
  expect(restarted.ok).toBe(false);
  expect(restarted.actor.getSnapshot().context.ownPhoneDigest).toBe(digest);
  // Not a digest: the context is refused (it is checked like the rest).
  expect(restoreDialogue(dialogueMachine, { ...stored, snapshot: { ...stored.snapshot, context: { ...stored.snapshot.context, ownPhoneDigest: '13800000004' } } }).ok).toBe(false);
});

// The number of a login under way stood plain in the store ("phone":"13912345678") while the code was awaited, and after
// a blocked login; the customer is told numbers are stored masked.
describe('the phone number of a login under way, at rest', () => {
  const PHONE = '13912345678';
  // A stand-in for the bot's seal (src/bot/phoneSeal.ts): reversible, showing none of the number's digits in a row.
  const seal: PhoneSeal = {
    seal: (phone) => `sealed:${[...phone].reverse().join('-')}`,
    open: (text) => (text.startsWith('sealed:') ? text.slice('sealed:'.length).split('-').reverse().join('') : undefined),
  };
  const atCodeStep = (context = {}) =>
    createActor(dialogueMachine, {
      snapshot: dialogueMachine.resolveState({ value: { flow: { onboarding: { login: 'awaitingOtp' } } }, context: { ...initialContext(), phone: PHONE, ...context } }),
    });
  const stored = (actor: ReturnType<typeof atCodeStep>, withSeal?: PhoneSeal) => JSON.parse(JSON.stringify(persistDialogue(actor, withSeal)));

  test('is stored sealed, and the seal opens it again at the code step', () => {
    const saved = stored(atCodeStep(), seal);
    expect(JSON.stringify(saved)).not.toContain(PHONE);
    expect(saved.snapshot.context.phoneSealed).toBe(seal.seal(PHONE));
    const restored = restoreDialogue(dialogueMachine, saved, seal);
    expect(restored.ok).toBe(true);
    expect(restored.actor.getSnapshot().context.phone).toBe(PHONE);
    expect(restored.actor.getSnapshot().matches({ flow: { onboarding: { login: 'awaitingOtp' } } })).toBe(true);
    expect(restored.actor.getSnapshot().context).not.toHaveProperty('phoneSealed');
  });

  test('a snapshot saved with the number plain (before sealing) is read as it is, and saved again sealed', () => {
    const old = stored(atCodeStep());
    expect(old.snapshot.context.phone).toBe(PHONE);
    const restored = restoreDialogue(dialogueMachine, old, seal);
    expect(restored.ok).toBe(true);
    expect(restored.actor.getSnapshot().context.phone).toBe(PHONE);
    expect(JSON.stringify(persistDialogue(restored.actor, seal))).not.toContain(PHONE);
  });

  test('a seal the bot cannot open starts over, keeping a login; a reader without the seal leaves the number out', () => {
    const saved = stored(atCodeStep({ session }), seal);
    const unopened = restoreDialogue(dialogueMachine, saved, { ...seal, open: () => undefined });
    expect(unopened).toMatchObject({ ok: false, reason: 'sealed phone number unreadable' });
    expect(unopened.actor.getSnapshot().context).toMatchObject({ session, phone: undefined });
    // As the agents' side reads where a conversation rests (src/handoff/conversations.ts): the step, without the number.
    const looked = restoreDialogue(dialogueMachine, saved);
    expect(looked.ok).toBe(true);
    expect(looked.actor.getSnapshot().context.phone).toBeUndefined();
  });
});
