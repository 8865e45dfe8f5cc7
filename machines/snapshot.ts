// Saving and restoring the dialogue: a versioned, validated snapshot, migrated forward or restarted safely.
import { createActor, type Actor, type AnyMachineSnapshot } from 'xstate';
import { z } from 'zod';
import { MACHINE_VERSION, type DialogueMachine } from './dialogue';
import { GOALS, HANDOFF_REASONS, initialContext, type DialogueContext } from './context';
import { accountSchema, orderSchema, sessionSchema } from './domain';
import { EXTERNAL_STEPS } from './events';

/** A keyed phone digest (src/bot/phoneDigests.ts): HMAC-SHA256 in hex. */
const phoneDigestSchema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * The remembered part of the context; notices are output and are never stored. The session, account and orders are
 * the backend's answers as the client parsed them, so they are checked with the same schemas.
 */
const contextSchema = z.object({
  // Plain only in snapshots saved before numbers were sealed at rest (persistDialogue): read as they are, written sealed.
  phone: z.string().optional(),
  // The number of a login under way as PhoneSeal sealed it: the store never holds it readable.
  phoneSealed: z.string().max(512).optional(),
  // Optional, both: snapshots saved before digests were kept have none, and ownNumber then compares the masked number.
  phoneDigest: phoneDigestSchema.optional(),
  session: sessionSchema.optional(),
  ownPhoneDigest: phoneDigestSchema.optional(),
  account: accountSchema.optional(),
  orders: z.array(orderSchema).optional(),
  // Optional: snapshots saved before it have none.
  paidLate: z.array(z.string()).optional(),
  orderId: z.string().optional(),
  returnReason: z.string().optional(),
  returnTakenBack: z.object({ orderId: z.string(), reason: z.string() }).optional(),
  // Optional: snapshots saved before it have none, and read as before.
  returnReasonSaid: z.string().optional(),
  goal: z.enum(GOALS),
  // Optional, both: snapshots saved before them have none, and read as before.
  goalBeforeGuess: z.enum(GOALS).optional(),
  backAfterLapsedGuess: z.boolean().optional(),
  phoneAttempts: z.number().int().min(0),
  otpAttempts: z.number().int().min(0),
  // Optional: snapshots saved before it have none (the next code is then said to be sent, as before).
  codeAskedAgain: z.boolean().optional(),
  // Optional: snapshots saved before it have none (the next code asked for is then sent at once, as before).
  otpSentAt: z.number().int().min(0).optional(),
  // Optional: snapshots saved before it have none (the wait is then said as the longest one).
  phoneLockMinutes: z.number().int().min(0).optional(),
  pendingStep: z.enum(EXTERNAL_STEPS).optional(),
  // 'paid': PLUS said paid for (snapshots saved before it have only booleans).
  stepClaimedDone: z.union([z.boolean(), z.literal('paid')]).optional(),
  handoffReason: z.enum(HANDOFF_REASONS).optional(),
  // Snapshots saved before complaints were counted have none.
  complaints: z.number().int().min(0).default(0),
  debtDisputed: z.boolean().optional(),
});

/** A state value: a state's name, or an object naming the active child of each compound state. */
const isStateValue = (value: unknown): boolean =>
  typeof value === 'string' ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isStateValue));

// Checked by hand, not as a recursive zod union: that built new schema objects on every parse (zod re-runs a lazy
// schema's getter) and recorded the failed string branch at each level: ~21 µs a turn, this takes under 1.
const stateValueSchema = z.custom<unknown>(isStateValue, 'not a state value');

export const storedDialogueSchema = z.object({
  machineVersion: z.number().int().min(0),
  snapshot: z
    .object({
      status: z.literal('active'),
      value: stateValueSchema,
      context: z.record(z.unknown()),
      historyValue: z.record(z.array(z.object({ id: z.string() }).passthrough())).optional(),
    })
    .passthrough(),
});

export type StoredDialogue = z.infer<typeof storedDialogueSchema>;

/** Moves a snapshot saved by version N to N + 1. Add one per breaking change of the machine. */
export type Migration = (snapshot: StoredDialogue['snapshot']) => StoredDialogue['snapshot'];

/**
 * Version 1 renamed `flow.onboarding.awaitingVerification` (version 0) to `awaitingRealName`
 * and started counting phone attempts; older snapshots are moved forward rather than dropped.
 * Version 2 reads `orderId` at the order list as the order the customer named ("in question": the list asks what to
 * do with it). Version 1 left the last confirmed or returned order there after "not now", so outside the states that
 * act on one order it is dropped.
 */
export const MIGRATIONS: Record<number, Migration> = {
  0: (snapshot) => ({
    ...snapshot,
    value: renameState(snapshot.value, 'awaitingVerification', 'awaitingRealName'),
    // A step interrupted by a handoff is remembered by state id; unrenamed, the agent's release would land on the welcome.
    historyValue: renameState(snapshot.historyValue, 'awaitingVerification', 'awaitingRealName'),
    context: { phoneAttempts: 0, ...snapshot.context },
  }),
  1: (snapshot) => {
    // In the flow, the state says it; in an interruption (handoff, clarifying), the step it resumes to. (The history
    // also remembers steps the flow has since left.)
    const where = JSON.stringify(JSON.stringify(snapshot.value).includes('"flow"') ? snapshot.value : (snapshot.historyValue ?? null));
    if (ORDER_STEPS.some((step) => where.includes(`"${step}"`) || where.includes(`.${step}"`))) return snapshot;
    const { orderId: _leftover, ...context } = snapshot.context;
    return { ...snapshot, context };
  },
};

/** The states that act on one chosen order (context.orderId). */
const ORDER_STEPS = ['confirmingReceipt', 'payingOrder', 'awaitingReturnReason', 'confirmingReturn', 'requestingReturn'];

/** Renames a state wherever a snapshot names it: as a key of the state value, or at the end of a state id (`dialogue.flow.x`). */
function renameState<T>(value: T, from: string, to: string): T {
  if (value === undefined) return value;
  return JSON.parse(JSON.stringify(value).replace(new RegExp(`([".])${from}"`, 'g'), `$1${to}"`)) as T;
}

export type DialogueActor = Actor<DialogueMachine>;

/**
 * Seals the phone number of a login under way for the store, and opens it again for the turn that needs it (resending
 * the code, checking it): the bot tells customers their numbers are stored masked. The bot's is src/bot/phoneSeal.ts.
 */
export interface PhoneSeal {
  seal(phone: string): string;
  /** Undefined for a seal it cannot open (another key, altered). */
  open(sealed: string): string | undefined;
}

/**
 * The snapshot to store after a turn: stable state only, notices dropped, stamped with the machine version, the phone
 * number sealed when a seal is given (without one, as in the machine's own tests, it stays plain).
 */
export function persistDialogue(actor: DialogueActor, seal?: PhoneSeal): StoredDialogue {
  const snapshot = actor.getPersistedSnapshot() as unknown as StoredDialogue['snapshot'] & { context: DialogueContext };
  const { phone, ...context } = snapshot.context;
  const atRest = phone === undefined ? {} : seal ? { phoneSealed: seal.seal(phone) } : { phone };
  return {
    machineVersion: MACHINE_VERSION,
    snapshot: { ...snapshot, context: { ...context, ...atRest, notices: [] } },
  };
}

export type Restored =
  | { ok: true; actor: DialogueActor; migratedFrom?: number }
  /** The snapshot could not be used; `actor` starts over at the first unfinished step, keeping the login. */
  | { ok: false; actor: DialogueActor; reason: string };

/**
 * Restores the dialogue from storage; never throws on a bad snapshot. A sealed phone number is opened with `seal`;
 * without one (a reader that only looks where the customer is) it is left out.
 */
export function restoreDialogue(machine: DialogueMachine, stored: unknown, seal?: PhoneSeal): Restored {
  const parsed = storedDialogueSchema.safeParse(stored);
  if (!parsed.success) return restart(machine, undefined, `unreadable snapshot: ${parsed.error.issues[0]?.message}`);
  const { machineVersion } = parsed.data;
  if (machineVersion > MACHINE_VERSION) return restart(machine, parsed.data, `snapshot from newer version ${machineVersion}`);
  let snapshot = parsed.data.snapshot;
  for (let v = machineVersion; v < MACHINE_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return restart(machine, parsed.data, `no migration from version ${v}`);
    snapshot = migrate(snapshot);
  }
  const context = contextSchema.safeParse(snapshot.context);
  if (!context.success) return restart(machine, parsed.data, `invalid context: ${context.error.issues[0]?.path.join('.')}`);
  const { phoneSealed, ...remembered } = context.data;
  const phone = phoneSealed === undefined ? remembered.phone : seal?.open(phoneSealed);
  // A code step with no number to check the code for would fail every code: started over, keeping a login.
  if (phoneSealed !== undefined && seal && phone === undefined) return restart(machine, parsed.data, 'sealed phone number unreadable');
  const restoredContext: DialogueContext = { ...remembered, phone, notices: [] };
  const actor = createActor(machine, { snapshot: { ...snapshot, context: restoredContext } as unknown as AnyMachineSnapshot });
  // A state (or history target) that no longer exists leaves the unstarted actor in an error snapshot; it is dropped.
  const restored = actor.getSnapshot();
  if (restored.status === 'error') {
    return restart(machine, parsed.data, `state no longer exists: ${String((restored.error as Error | undefined)?.message ?? restored.error)}`);
  }
  return { ok: true, actor, migratedFrom: machineVersion < MACHINE_VERSION ? machineVersion : undefined };
}

/** A fresh dialogue that keeps a still-valid login, so the customer resumes at the first unfinished step. */
function restart(machine: DialogueMachine, stored: StoredDialogue | undefined, reason: string): Restored {
  const session = sessionSchema.safeParse(stored?.snapshot.context.session);
  // The number that login used goes with it (see ownNumber).
  const digest = phoneDigestSchema.safeParse(stored?.snapshot.context.ownPhoneDigest);
  const context: DialogueContext = {
    ...initialContext(),
    session: session.success ? session.data : undefined,
    ownPhoneDigest: session.success && digest.success ? digest.data : undefined,
  };
  const snapshot = machine.resolveState({ value: { flow: 'welcome' }, context });
  return { ok: false, actor: createActor(machine, { snapshot }), reason };
}

/** A new conversation's dialogue. */
export function startDialogue(machine: DialogueMachine): DialogueActor {
  return createActor(machine);
}
