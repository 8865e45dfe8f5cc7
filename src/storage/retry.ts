// Optimistic concurrency: a compare-and-set redone on fresh state when another writer got there first, and the one-key read → compute → write built on it.
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
  /** The document as written (undefined when `update` returned SKIP_WRITE: nothing was written). */
  value: T;
  /** How many times `update` was redone because of a conflict: 0 when nobody else wrote the key. */
  retries: number;
}

declare const skipWriteBrand: unique symbol;
/**
 * The type of SKIP_WRITE. Branded rather than `unique symbol`: TypeScript widens a unique symbol returned by an
 * update such as `() => SKIP_WRITE` to plain `symbol` while it tries withEtagRetry's first overload, and the
 * call would then match neither.
 */
export type SkipWrite = symbol & { readonly [skipWriteBrand]: true };

/**
 * What an update returns to leave the document as it is: nothing is written, and the result's `value` is
 * undefined. A registered symbol, so it is still recognised when the module is loaded twice (jest, workers).
 */
export const SKIP_WRITE = Symbol.for('paylater.storage.skipWrite') as SkipWrite;

const isSkipWrite = (value: unknown): value is SkipWrite => value === SKIP_WRITE;

/**
 * Runs `attempt` (one read → compute → compare-and-set write, however many documents it covers) until it
 * gets through without an EtagConflictError, with a random "full jitter" pause between tries. After
 * `attempts` conflicts it throws EtagConflictError(key, attempts); any other error is thrown at once.
 * `attempt` gets how many tries were lost to a conflict before it, and must read afresh each time.
 */
export async function retryOnEtagConflict<T>(
  key: string,
  attempt: (retries: number) => Promise<T>,
  options: EtagRetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 5;
  const maxBackoffMs = options.maxBackoffMs ?? 20;
  for (let retries = 0; ; retries++) {
    try {
      return await attempt(retries);
    } catch (err) {
      if (!isEtagConflictError(err)) throw err;
      if (retries + 1 >= attempts) throw new EtagConflictError(key, attempts);
    }
    await sleep(Math.random() * Math.min(maxBackoffMs, 2 ** retries));
  }
}

/**
 * Updates one document under optimistic concurrency. `update` gets the stored document (without
 * its eTag; undefined when the key is absent) and returns the next one, or SKIP_WRITE to leave it
 * as it is; it may run more than once, so it must not have effects outside its return value:
 * collect what the turn wants to send or call, and do it after this resolves. Nothing is lost when
 * two writers collide: the loser's `update` runs again on the winner's result.
 */
export function withEtagRetry<T extends object>(
  storage: CasStorage,
  key: string,
  update: (current: T | undefined) => T | Promise<T>,
  options?: EtagRetryOptions,
): Promise<EtagRetryResult<T>>;
/** The same, for an update that may decide to write nothing: `value` is then undefined. */
export function withEtagRetry<T extends object>(
  storage: CasStorage,
  key: string,
  update: (current: T | undefined) => T | SkipWrite | Promise<T | SkipWrite>,
  options?: EtagRetryOptions,
): Promise<EtagRetryResult<T | undefined>>;
export function withEtagRetry<T extends object>(
  storage: CasStorage,
  key: string,
  update: (current: T | undefined) => T | SkipWrite | Promise<T | SkipWrite>,
  options: EtagRetryOptions = {},
): Promise<EtagRetryResult<T | undefined>> {
  return retryOnEtagConflict(
    key,
    async (retries) => {
      const stored = (await storage.read([key]))[key] as (T & { eTag: string }) | undefined;
      let current: T | undefined;
      let eTag = ETAG_IF_ABSENT;
      if (stored) {
        const { eTag: storedETag, ...doc } = stored;
        current = doc as unknown as T;
        eTag = storedETag;
      }
      const value = await update(current);
      if (isSkipWrite(value)) return { value: undefined, retries };
      await storage.write({ [key]: { ...value, eTag } });
      return { value, retries };
    },
    options,
  );
}
