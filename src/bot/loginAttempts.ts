// Wrong one-time codes counted per phone number, across conversations: the dialogue's own limit counts one login in one
// conversation, so a new conversation (or asking to log in again) gave anyone three more guesses at a customer's code.
import { z } from 'zod';
import type { BackendPorts } from '../../machines/ports';
import { LOGIN_PAUSE_MINUTES } from '../../machines/context';
import { ETAG_IF_ABSENT, isEtagConflictError, type CasStorage } from '../storage';
import { PhoneDigests } from './phoneDigests';

/** Wrong codes for one phone number within the window, after which its codes are not checked until the window ends. */
export const MAX_WRONG_CODES_PER_PHONE = 5;
export const WRONG_CODE_WINDOW_MS = LOGIN_PAUSE_MINUTES * 60_000;

const failuresSchema = z.object({ count: z.number().int().min(1), firstAt: z.number(), eTag: z.string() });
type Failures = z.infer<typeof failuresSchema>;

export class LoginAttempts {
  constructor(
    private readonly storage: CasStorage,
    private readonly now: () => number = Date.now,
    private readonly digests = new PhoneDigests(storage),
  ) {}

  /** The wrong codes counted for `phone` in the current window, if any. */
  async failures(phone: string): Promise<Failures | undefined> {
    const key = await this.keyOf(phone);
    const parsed = failuresSchema.safeParse((await this.storage.read([key]))[key]);
    return parsed.success && this.now() - parsed.data.firstAt < WRONG_CODE_WINDOW_MS ? parsed.data : undefined;
  }

  lockedOut(failures: Failures | undefined): boolean {
    return failures !== undefined && failures.count >= MAX_WRONG_CODES_PER_PHONE;
  }

  /** Whole minutes until the window that began at `firstAt` ends (at least 1): what the customer is told to wait. */
  minutesLeft(firstAt: number): number {
    return Math.max(1, Math.ceil((firstAt + WRONG_CODE_WINDOW_MS - this.now()) / 60_000));
  }

  /**
   * Counts one more wrong code and returns the count and when its window began; two instances counting at once both
   * count (the loser of the write reads again).
   */
  async failed(phone: string): Promise<{ count: number; firstAt: number }> {
    const key = await this.keyOf(phone);
    for (let attempt = 0; attempt < 3; attempt++) {
      const stored = (await this.storage.read([key]))[key];
      const current = failuresSchema.safeParse(stored);
      const live = current.success && this.now() - current.data.firstAt < WRONG_CODE_WINDOW_MS ? current.data : undefined;
      const next = live ? { count: live.count + 1, firstAt: live.firstAt } : { count: 1, firstAt: this.now() };
      const eTag = (stored as { eTag?: string } | undefined)?.eTag ?? ETAG_IF_ABSENT;
      try {
        await this.storage.write({ [key]: { ...next, eTag } });
        return next;
      } catch (err) {
        if (!isEtagConflictError(err)) throw err;
      }
    }
    // Still losing to other writers after three tries: an attack, if anything.
    return { count: MAX_WRONG_CODES_PER_PHONE, firstAt: this.now() };
  }

  /** The right code: the wrong ones before it no longer count. */
  async succeeded(phone: string): Promise<void> {
    await this.storage.delete([await this.keyOf(phone)]);
  }

  /** The store never holds the phone number: its HMAC under a secret of this installation names the document. */
  private async keyOf(phone: string): Promise<string> {
    return `login-attempts/${(await this.digests.of(phone, 'loginAttempts')).slice(0, 32)}`;
  }
}

/**
 * The backend ports with codes for a locked-out phone number neither sent nor checked: refused before they reach the
 * backend, with the minutes left.
 */
export function limitWrongCodes(ports: BackendPorts, attempts: LoginAttempts): BackendPorts {
  const lockOf = async (phone: string) => {
    const failures = await attempts.failures(phone);
    return failures && attempts.lockedOut(failures)
      ? { ok: false as const, error: 'too_many_attempts' as const, minutesLeft: attempts.minutesLeft(failures.firstAt) }
      : undefined;
  };
  return {
    ...ports,
    requestOtp: async (input) => (await lockOf(input.phone)) ?? ports.requestOtp(input),
    createSession: async (input) => {
      const failures = await attempts.failures(input.phone);
      if (failures && attempts.lockedOut(failures)) {
        return { ok: false, error: 'too_many_attempts', minutesLeft: attempts.minutesLeft(failures.firstAt) };
      }
      const outcome = await ports.createSession(input);
      if (outcome.ok) {
        if (failures) await attempts.succeeded(input.phone);
        return outcome;
      }
      // The wrong code that reaches the limit says so at once, rather than "one more try" the next code cannot have.
      const { count, firstAt } = await attempts.failed(input.phone);
      const attemptsLeft = MAX_WRONG_CODES_PER_PHONE - count;
      return attemptsLeft <= 0
        ? { ok: false, error: 'too_many_attempts', minutesLeft: attempts.minutesLeft(firstAt) }
        : { ok: false, error: 'wrong_code', attemptsLeft };
    },
  };
}
