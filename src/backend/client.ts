// The bot's typed client for the account backend: domain outcomes come back as results, technical failures throw BackendError.
import type { z } from 'zod';
import { createHttpSender } from '../httpSender';
import type { Account, Order, Session } from '../../machines/domain';
import type { BackendErrorKind } from '../../machines/context';
import type { OrderActionRefusal } from '../../machines/ports';
import {
  accountSchema,
  errorBodySchema,
  notEligibleBodySchema,
  orderSchema,
  ordersResponseSchema,
  phoneSchema,
  sessionSchema,
  type NotEligibleReason,
} from './schemas';

export type Result<T, E extends string, Extra = unknown> = { ok: true; value: T } | ({ ok: false; error: E } & Extra);

export type OrderActionResult = Result<Order, OrderActionRefusal>;

/** What went wrong technically; the dialogue apologises for each kind (machines/context.ts lists them). */
export type { BackendErrorKind };

export class BackendError extends Error {
  override readonly name = 'BackendError';
  /**
   * Beside a timeout or a 5xx, the call may have been carried out (machines/ports.ts mayHaveBeenDone): the connection
   * dropped once the request was written, or the expected success came back unreadable.
   */
  readonly mayHaveBeenDone: boolean;
  constructor(
    readonly kind: BackendErrorKind,
    message: string,
    options?: { cause?: unknown; mayHaveBeenDone?: boolean },
  ) {
    super(message, options);
    this.mayHaveBeenDone = options?.mayHaveBeenDone ?? false;
  }
}

/** A request that failed while connecting (refused, no such host) was never written: the backend did nothing. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
const neverSent = (error: unknown): boolean => {
  const { code, syscall } = (error ?? {}) as { code?: unknown; syscall?: unknown };
  return NOT_SENT_CODES.has(String(code)) || syscall === 'connect' || syscall === 'getaddrinfo';
};

export interface AccountClientOptions {
  baseUrl: string;
  timeoutMs: number;
  /** The bot's own credential for service routes (ACCOUNT_API_SERVICE_TOKEN); without it they answer 401. */
  serviceToken?: string;
}

export interface AccountClient {
  /** `too_soon`: the backend sent the number a code a moment ago and spaces them (429). */
  requestOtp(phone: string): Promise<Result<void, 'invalid_phone' | 'too_soon'>>;
  createSession(phone: string, code: string): Promise<Result<Session, 'wrong_code'>>;
  /** A session for an account an agent already verified, so the customer skips the login. */
  createServiceSession(accountId: string): Promise<Result<Session, 'unknown_account'>>;
  getAccount(session: Session): Promise<Account>;
  enablePayLater(session: Session): Promise<Result<Account, 'not_eligible', { reason: NotEligibleReason }>>;
  listOrders(session: Session): Promise<Order[]>;
  confirmReceipt(session: Session, orderId: string): Promise<OrderActionResult>;
  requestReturn(session: Session, orderId: string, reason: string): Promise<OrderActionResult>;
  /** Mock only: restores the demo personas. */
  reset(): Promise<void>;
}

interface Reply {
  status: number;
  body: unknown;
  what: string;
}

export function createAccountClient({ baseUrl, timeoutMs, serviceToken }: AccountClientOptions): AccountClient {
  const root = baseUrl.replace(/\/+$/, '');
  const send = createHttpSender();

  async function call(
    method: 'GET' | 'POST',
    path: string,
    init: { session?: Session; bearer?: string; body?: unknown } = {},
  ): Promise<Reply> {
    const what = `${method} ${path}`;
    const headers: Record<string, string> = { accept: 'application/json' };
    const bearer = init.session?.token ?? init.bearer;
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    try {
      const body = init.body === undefined ? undefined : JSON.stringify(init.body);
      const answer = await send(method, root + path, headers, body, timeoutMs);
      return { status: answer.status, body: parseJsonOrNothing(answer.text), what };
    } catch (error) {
      // By name, not instanceof: a timeout's error class may come from another realm (e.g. jest's).
      const name = (error as { name?: unknown } | null)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw new BackendError('timeout', `${what}: no answer within ${timeoutMs} ms`, { cause: error });
      }
      // A connection that dropped after the request was written (reset, hung up) may have left it done.
      throw new BackendError('unavailable', `${what}: backend unreachable`, { cause: error, mayHaveBeenDone: !neverSent(error) });
    }
  }

  const accountPath = (session: Session, rest = '') => `/v1/accounts/${encodeURIComponent(session.accountId)}${rest}`;
  const orderPath = (session: Session, orderId: string, action: string) =>
    accountPath(session, `/orders/${encodeURIComponent(orderId)}/${action}`);

  /** The answers an order action may legitimately refuse with; anything else is technical. */
  function orderAction(reply: Reply): OrderActionResult {
    if (reply.status === 404 && errorCode(reply) === 'order_not_found') return { ok: false, error: 'order_not_found' };
    if (reply.status === 409 && errorCode(reply) === 'invalid_order_state') return { ok: false, error: 'invalid_order_state' };
    return { ok: true, value: expectBody(reply, 200, orderSchema) };
  }

  return {
    async requestOtp(phone) {
      // Checked here with the backend's own schema, so a 400 from the backend is always a bug, never the customer.
      if (!phoneSchema.safeParse(phone).success) return { ok: false, error: 'invalid_phone' };
      const reply = await call('POST', '/v1/otp', { body: { phone } });
      // A backend that spaces its texts (a real SMS gateway does) refuses a code asked for too soon: no failure to apologise for.
      if (reply.status === 429) return { ok: false, error: 'too_soon' };
      expectNoContent(reply);
      return { ok: true, value: undefined };
    },

    async createSession(phone, code) {
      const reply = await call('POST', '/v1/sessions', { body: { phone, code } });
      if (reply.status === 401) return { ok: false, error: 'wrong_code' };
      return { ok: true, value: expectBody(reply, 201, sessionSchema) };
    },

    async createServiceSession(accountId) {
      const reply = await call('POST', '/v1/service-sessions', { bearer: serviceToken, body: { accountId } });
      if (reply.status === 404 && errorCode(reply) === 'unknown_account') return { ok: false, error: 'unknown_account' };
      return { ok: true, value: expectBody(reply, 201, sessionSchema) };
    },

    async getAccount(session) {
      return expectBody(await call('GET', accountPath(session), { session }), 200, accountSchema);
    },

    async enablePayLater(session) {
      const reply = await call('POST', accountPath(session, '/pay-later'), { session, body: { acceptTerms: true } });
      if (reply.status === 409) {
        const refusal = notEligibleBodySchema.safeParse(reply.body);
        if (refusal.success) return { ok: false, error: 'not_eligible', reason: refusal.data.reason };
      }
      return { ok: true, value: expectBody(reply, 200, accountSchema) };
    },

    async listOrders(session) {
      return expectBody(await call('GET', accountPath(session, '/orders'), { session }), 200, ordersResponseSchema).orders;
    },

    async confirmReceipt(session, orderId) {
      return orderAction(await call('POST', orderPath(session, orderId, 'confirm-receipt'), { session }));
    },

    async requestReturn(session, orderId, reason) {
      return orderAction(await call('POST', orderPath(session, orderId, 'return'), { session, body: { reason } }));
    },

    async reset() {
      expectNoContent(await call('POST', '/v1/_reset'));
    },
  };
}

/** The status decides first (a 503 page is a server error, not a bad response); a body that is not JSON then fails its schema. */
function parseJsonOrNothing(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorCode(reply: Reply): string | undefined {
  const parsed = errorBodySchema.safeParse(reply.body);
  return parsed.success ? parsed.data.code : undefined;
}

/** Turns any status other than the expected one into the BackendError the dialogue apologises for. */
function failUnless(reply: Reply, status: number): void {
  if (reply.status === status) return;
  const code = errorCode(reply);
  const detail = `${reply.what}: HTTP ${reply.status}${code ? ` (${code})` : ''}`;
  if (reply.status === 401 || reply.status === 403) throw new BackendError('unauthorized', detail);
  if (reply.status >= 500) throw new BackendError('server_error', detail);
  throw new BackendError('bad_response', `${detail}, expected ${status}`);
}

function expectBody<S extends z.ZodTypeAny>(reply: Reply, status: number, schema: S): z.infer<S> {
  failUnless(reply, status);
  const parsed = schema.safeParse(reply.body);
  if (!parsed.success) {
    // The expected success, unreadable: it was done.
    throw new BackendError('bad_response', `${reply.what}: answer off-contract: ${parsed.error.issues[0]?.message}`, { mayHaveBeenDone: true });
  }
  return parsed.data;
}

function expectNoContent(reply: Reply): void {
  failUnless(reply, 204);
}
