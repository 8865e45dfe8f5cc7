// The mock backend's accounts, orders and sessions (in memory, exported for its state file), and the business rules that change them (no HTTP here).
import { randomBytes } from 'node:crypto';
import {
  PAYABLE_ORDER_STATUSES,
  RETURNABLE_ORDER_STATUSES,
  type Account,
  type CreditLevel,
  type Order,
  type OrderStatus,
  type Session,
} from '../../machines/domain';
import type { OrderActionRefusal } from '../../machines/ports';
import type { NotEligibleReason } from '../backend/schemas';
import type { Persona } from './personas';
import { maskPhone } from '../../dialogs/mask';
import type { MockStateSnapshot } from './stateFile';

interface AccountRecord {
  phone: string;
  account: Account;
  orders: Order[];
}

interface SessionRecord {
  accountId: string;
  expiresAtMs: number;
}

export type EnableResult = { ok: true; account: Account } | { ok: false; reason: NotEligibleReason };
export type OrderResult = { ok: true; order: Order } | { ok: false; error: OrderActionRefusal };
export type OrderAction = 'confirmReceipt' | 'requestReturn';

/**
 * Which statuses each customer action applies to, and what it makes of the order. The statuses are the dialogue's
 * own rules (machines/domain.ts), so the mock refuses exactly what the bot would not offer.
 */
const ORDER_TRANSITIONS: Record<OrderAction, { from: readonly OrderStatus[]; to: OrderStatus }> = {
  confirmReceipt: { from: PAYABLE_ORDER_STATUSES, to: 'paid' },
  requestReturn: { from: RETURNABLE_ORDER_STATUSES, to: 'return_requested' },
};

/** The pay-later limit granted on enabling, by credit level (poor credit is never granted). */
const LIMIT_BY_CREDIT: Record<Exclude<CreditLevel, 'poor'>, number> = { good: 5000, fair: 2000 };

const isCreditEligible = (level: CreditLevel) => level !== 'poor';

const DAY_MS = 24 * 60 * 60 * 1000;

export const DEFAULT_SESSION_TTL_MS = 2 * 60 * 60 * 1000;

export interface MockStateOptions {
  sessionTtlMs?: number;
  now?: () => number;
  /** A state exported before (`snapshot()`), to start from instead of the personas. */
  from?: MockStateSnapshot;
  /** Told after every change a real backend would keep (the state file's writer). */
  onChange?: () => void;
}

export class MockState {
  private readonly accounts = new Map<string, AccountRecord>();
  private readonly accountIdByPhone = new Map<string, string>();
  private readonly sessions = new Map<string, SessionRecord>();
  private readonly sessionTtlMs: number;
  private readonly now: () => number;
  private readonly onChange: () => void;

  constructor(
    readonly personas: readonly Persona[],
    options: MockStateOptions = {},
  ) {
    this.sessionTtlMs = options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
    this.now = options.now ?? Date.now;
    this.onChange = options.onChange ?? (() => undefined);
    if (options.from) this.restore(options.from);
    else this.restorePersonas();
  }

  /**
   * Restores the fixture personas and forgets accounts created by unknown phones. Sessions are kept, so a
   * bot that is mid-conversation with a persona keeps working after a reset.
   */
  reset(): void {
    this.restorePersonas();
    this.onChange();
  }

  /** Everything a real backend would keep, to save and start from later; sessions already expired are left out. */
  snapshot(): MockStateSnapshot {
    const now = this.now();
    return {
      version: 1,
      accounts: structuredClone([...this.accounts.values()]),
      sessions: [...this.sessions]
        .filter(([, s]) => s.expiresAtMs > now)
        .map(([token, s]) => ({ accountId: s.accountId, token, expiresAt: new Date(s.expiresAtMs).toISOString() })),
    };
  }

  private restore(saved: MockStateSnapshot): void {
    for (const { phone, account, orders } of structuredClone(saved.accounts)) this.addAccount(phone, account, orders);
    for (const { token, accountId, expiresAt } of saved.sessions) this.sessions.set(token, { accountId, expiresAtMs: Date.parse(expiresAt) });
  }

  private restorePersonas(): void {
    this.accounts.clear();
    this.accountIdByPhone.clear();
    for (const p of this.personas) this.addAccount(p.phone, this.accountFromPersona(p), this.ordersFromPersona(p));
  }

  /**
   * Logs a phone in. An unknown phone gets a fresh account (not PLUS, not verified, good credit), as a new
   * shop customer would, so any well-formed number can be used to try the whole onboarding.
   */
  login(phone: string): Session {
    const accountId = this.accountIdByPhone.get(phone) ?? this.addAccount(phone, this.freshAccount(phone));
    return this.openSession(accountId);
  }

  /** A session for an account someone trusted already verified (the service route); undefined for an unknown one. */
  serviceLogin(accountId: string): Session | undefined {
    return this.accounts.has(accountId) ? this.openSession(accountId) : undefined;
  }

  private openSession(accountId: string): Session {
    const token = randomBytes(24).toString('base64url');
    const expiresAtMs = this.now() + this.sessionTtlMs;
    this.sessions.set(token, { accountId, expiresAtMs });
    this.onChange();
    return { accountId, token, expiresAt: new Date(expiresAtMs).toISOString() };
  }

  /** The account a bearer token belongs to, or undefined when it is unknown, expired or its account is gone. */
  authenticate(token: string): string | undefined {
    const session = this.sessions.get(token);
    if (!session) return undefined;
    if (session.expiresAtMs <= this.now()) {
      this.sessions.delete(token);
      return undefined;
    }
    return this.accounts.has(session.accountId) ? session.accountId : undefined;
  }

  hasAccount(accountId: string): boolean {
    return this.accounts.has(accountId);
  }

  /** The fixture personas with their current account state, for logs and tests. */
  describePersonas(): { phone: string; description: string; account: Account }[] {
    // A saved state from another personas file may lack some of them.
    return this.personas
      .filter((p) => this.accounts.has(p.accountId))
      .map((p) => ({ phone: p.phone, description: p.description, account: this.account(p.accountId) }));
  }

  account(accountId: string): Account {
    return structuredClone(this.record(accountId).account);
  }

  orders(accountId: string): Order[] {
    return structuredClone(this.record(accountId).orders);
  }

  /** Conditions are checked in onboarding order, so the reason is the customer's next step. */
  enablePayLater(accountId: string): EnableResult {
    const { account } = this.record(accountId);
    if (!account.plus.active) return { ok: false, reason: 'plus' };
    if (!account.realName.verified) return { ok: false, reason: 'real_name' };
    // Checking the level too lets TypeScript know a limit exists for it.
    if (!account.credit.eligible || account.credit.level === 'poor') return { ok: false, reason: 'credit' };
    if (!account.payLater.enabled) {
      account.payLater = { enabled: true, limit: LIMIT_BY_CREDIT[account.credit.level] };
      this.onChange();
    }
    return { ok: true, account: this.account(accountId) };
  }

  moveOrder(accountId: string, orderId: string, action: OrderAction): OrderResult {
    const order = this.record(accountId).orders.find((o) => o.orderId === orderId);
    if (!order) return { ok: false, error: 'order_not_found' };
    const transition = ORDER_TRANSITIONS[action];
    if (!transition.from.includes(order.status)) return { ok: false, error: 'invalid_order_state' };
    order.status = transition.to;
    this.onChange();
    return { ok: true, order: structuredClone(order) };
  }

  /** Done by the customer on the shop's PLUS page. */
  activatePlus(accountId: string): void {
    this.record(accountId).account.plus.active = true;
    this.onChange();
  }

  /** Done by the customer on the shop's real-name page; the mock keeps no name or ID number. */
  verifyRealName(accountId: string): void {
    this.record(accountId).account.realName.verified = true;
    this.onChange();
  }

  private record(accountId: string): AccountRecord {
    const record = this.accounts.get(accountId);
    // Callers check ownership first, so a missing account here is a programming error, not a request error.
    if (!record) throw new Error(`unknown account ${accountId}`);
    return record;
  }

  private addAccount(phone: string, account: Account, orders: Order[] = []): string {
    this.accounts.set(account.accountId, { phone, account, orders });
    this.accountIdByPhone.set(phone, account.accountId);
    return account.accountId;
  }

  private accountFromPersona(p: Persona): Account {
    return {
      accountId: p.accountId,
      phoneMasked: maskPhone(p.phone),
      plus: { active: p.plus },
      realName: { verified: p.realNameVerified },
      credit: { level: p.credit, eligible: isCreditEligible(p.credit) },
      payLater: p.payLater.enabled ? { enabled: true, limit: p.payLater.limit } : { enabled: false },
    };
  }

  private ordersFromPersona(p: Persona): Order[] {
    return p.orders.map(({ dueInDays, ...order }) =>
      dueInDays === undefined ? order : { ...order, dueDate: this.dateInDays(dueInDays) },
    );
  }

  private dateInDays(days: number): string {
    return new Date(this.now() + days * DAY_MS).toISOString().slice(0, 10);
  }

  private freshAccount(phone: string): Account {
    return {
      accountId: `acct_${randomBytes(6).toString('hex')}`,
      phoneMasked: maskPhone(phone),
      plus: { active: false },
      realName: { verified: false },
      credit: { level: 'good', eligible: true },
      payLater: { enabled: false },
    };
  }
}
