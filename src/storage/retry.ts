// Read → compute → compare-and-set write of one key, redone on fresh state when another writer got there first.
import { setTimeout as sleep } from 'node:timers/promises';
import { ETAG_IF_ABSENT, type CasStorage } from './casStorage';
import { EtagConflictError, isEtagConflictError } from './errors';

export interface EtagRetryOptions {
  /** Total tries, the first included (default 5); then the last EtagConflictError is thrown. */
  attempts?: number;
  /**
   * Cap of the random pause before a retry (default 20 ms). "Full jitter" (0..min(cap, 2^retry) ms)
   * spreads colliding writers apart so they do not collide again in lockstep.
   */
  maxBackoffMs?: number;
}

export interface EtagRetryResult<T> {
  /** The document as written. */
  value: T;
  /** How many times `update` was redone because of a conflict: 0 when nobody else wrote the key. */
  retries: number;
}

/**
 * Updates one document under optimistic concurrency. `update` gets the stored document (without
 * its eTag; undefined when the key is absent) and returns the next one; it may run more than once,
 * so it must not have effects outside its return value: collect what the turn wants to send or
 * call, and do it after this resolves. Nothing is lost when two writers collide: the loser's
 * `update` runs again on the winner's result.
 */
export async function withEtagRetry<T extends object>(
  storage: CasStorage,
  key: string,
  update: (current: T | undefined) => T | Promise<T>,
  options: EtagRetryOptions = {},
): Promise<EtagRetryResult<T>> {
  const attempts = options.attempts ?? 5;
  const maxBackoffMs = options.maxBackoffMs ?? 20;
  for (let retries = 0; ; retries++) {
    const stored = (await storage.read([key]))[key] as (T & { eTag: string }) | undefined;
    let current: T | undefined;
    let eTag = ETAG_IF_ABSENT;
    if (stored) {
      const { eTag: storedETag, ...doc } = stored;
      current = doc as unknown as T;
      eTag = storedETag;
    }
    const value = await update(current);
    try {
      await storage.write({ [key]: { ...value, eTag } });
      return { value, retries };
    } catch (err) {
      if (!isEtagConflictError(err)) throw err;
      if (retries + 1 >= attempts) throw new EtagConflictError(key, attempts);
    }
    await sleep(Math.random() * Math.min(maxBackoffMs, 2 ** retries));
  }
}
