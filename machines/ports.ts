// The backend calls the dialogue makes, as invoked actors; src/ provides the real ones, tests provide their own.
import { fromPromise } from 'xstate';
import type { Account, Order, Session } from './domain';
import { BACKEND_ERROR_KINDS, type FailureKind } from './context';

export type Outcome<T, E extends string> = { ok: true; value: T } | { ok: false; error: E };

/** Why the backend refuses to pay or return an order: it does not know it, or its status does not allow it. */
export type OrderActionRefusal = 'order_not_found' | 'invalid_order_state';

/**
 * A code checked. `attemptsLeft`: how many more codes the phone number may try across conversations, when they are
 * counted (src/bot/loginAttempts.ts); `too_many_attempts`: none, and the code was not checked; `minutesLeft`: how long
 * until the number may log in again, when known.
 */
export type CodeOutcome =
  | { ok: true; value: Session }
  | { ok: false; error: 'wrong_code'; attemptsLeft?: number }
  | { ok: false; error: 'too_many_attempts'; minutesLeft?: number };

/** A code not sent: the phone number had too many wrong codes lately (src/bot/loginAttempts.ts); as `CodeOutcome`'s. */
export type OtpRefusal = Extract<CodeOutcome, { error: 'too_many_attempts' }>;

/**
 * A code not sent because one went out a moment ago: the bot's own spacing of codes in a conversation
 * (src/bot/codeResends.ts), or the backend's 429. `secondsAgo` and `secondsLeft` (until a new one may be sent), when known.
 */
export type OtpTooSoon = { ok: false; error: 'too_soon'; secondsAgo?: number; secondsLeft?: number };

/** A code sent, at `sentAt` (ms since the epoch, by the bot's clock): the conversation's next one is spaced from it. */
export type OtpSent = { ok: true; sentAt: number };

export interface BackendPorts {
  /**
   * Sends a code, or none to a locked-out phone number (it was sent, and the lock told only after the right code), or none
   * when `lastSentAt` (the conversation's last code) was too recent. Undefined: sent, when is not told.
   */
  requestOtp(input: { phone: string; lastSentAt?: number }): Promise<OtpSent | OtpRefusal | OtpTooSoon | undefined>;
  createSession(input: { phone: string; code: string }): Promise<CodeOutcome>;
  fetchAccount(input: { session: Session }): Promise<Account>;
  enablePayLater(input: { session: Session }): Promise<Outcome<Account, 'not_eligible'>>;
  listOrders(input: { session: Session }): Promise<Order[]>;
  confirmReceipt(input: { session: Session; orderId: string }): Promise<Outcome<Order, OrderActionRefusal>>;
  requestReturn(input: { session: Session; orderId: string; reason: string }): Promise<Outcome<Order, OrderActionRefusal>>;
}

/** A failed call rejects with an error carrying `kind`; anything else counts as 'unknown'. */
export function failureKindOf(error: unknown): FailureKind {
  const kind = (error as { kind?: unknown } | null)?.kind;
  return (BACKEND_ERROR_KINDS as readonly unknown[]).includes(kind) ? (kind as FailureKind) : 'unknown';
}

/**
 * Whether a failed call may have been carried out all the same, so that a payment or return is not known to have failed:
 * it timed out, a server (the backend, or a proxy before it) failed with a 5xx once it had the request, or the error says
 * so (`mayHaveBeenDone`: the connection dropped after the request was written, or a success came back unreadable). A
 * refusal (a 4xx), a lapsed login or a backend never reached did nothing.
 */
export function mayHaveBeenDone(error: unknown): boolean {
  const kind = failureKindOf(error);
  return kind === 'timeout' || kind === 'server_error' || (error as { mayHaveBeenDone?: unknown } | null)?.mayHaveBeenDone === true;
}

type Port<K extends keyof BackendPorts> = BackendPorts[K];
type In<K extends keyof BackendPorts> = Parameters<Port<K>>[0];
type Out<K extends keyof BackendPorts> = Awaited<ReturnType<Port<K>>>;

const notProvided = <K extends keyof BackendPorts>(name: K) =>
  fromPromise<Out<K>, In<K>>(() => Promise.reject(new Error(`backend port ${name} was not provided`)));

/** Placeholders that declare each actor's types; `toActors` swaps in real implementations. */
export const portActors = {
  requestOtp: notProvided('requestOtp'),
  createSession: notProvided('createSession'),
  fetchAccount: notProvided('fetchAccount'),
  enablePayLater: notProvided('enablePayLater'),
  listOrders: notProvided('listOrders'),
  confirmReceipt: notProvided('confirmReceipt'),
  requestReturn: notProvided('requestReturn'),
};

/** Wraps backend functions as the promise actors the machine invokes (for `machine.provide({ actors })`). */
export function toActors(ports: BackendPorts): typeof portActors {
  const wrap = <K extends keyof BackendPorts>(name: K) =>
    fromPromise<Out<K>, In<K>>(({ input }) => (ports[name] as (i: In<K>) => Promise<Out<K>>)(input));
  return {
    requestOtp: wrap('requestOtp'),
    createSession: wrap('createSession'),
    fetchAccount: wrap('fetchAccount'),
    enablePayLater: wrap('enablePayLater'),
    listOrders: wrap('listOrders'),
    confirmReceipt: wrap('confirmReceipt'),
    requestReturn: wrap('requestReturn'),
  };
}
