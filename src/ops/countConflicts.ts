// Counts eTag collisions at the storage boundary, where every concurrent write of a conversation shows up.
import { isEtagConflictError, type CasStorage } from '../storage';
import type { BotMetrics } from './metrics';

/**
 * The same store, with refused writes counted. withEtagRetry redoes the turn after each one, so this is
 * the number of collisions retried (plus the rare turn whose retries ran out: outcome "conflict").
 * A Proxy keeps the store's type and methods; every call still runs on the store itself.
 */
export function countConflicts(storage: CasStorage, metrics: BotMetrics): CasStorage {
  const write: CasStorage['write'] = async (changes) => {
    try {
      await storage.write(changes);
    } catch (error) {
      if (isEtagConflictError(error)) metrics.etagConflicts.inc();
      throw error;
    }
  };
  return new Proxy(storage, {
    get(target, property) {
      if (property === 'write') return write;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
