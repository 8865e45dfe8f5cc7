// Times every account backend call and counts its technical failures, wrapping the client from outside.
import { BackendError, type AccountClient } from '../backend/client';
import type { BotMetrics } from './metrics';

/**
 * Domain refusals (a wrong code, not eligible) come back as results and are not errors; only what the
 * client throws is counted, by its BackendError kind ('unknown' for anything unexpected). A Proxy, so any
 * client works: the real one, or a test's class or stub.
 */
export function instrumentAccountClient(client: AccountClient, metrics: BotMetrics): AccountClient {
  return new Proxy(client, {
    get(target, operation) {
      const method: unknown = Reflect.get(target, operation, target);
      if (typeof method !== 'function' || typeof operation !== 'string') return method;
      return async (...args: unknown[]) => {
        const done = metrics.backendDuration.startTimer({ operation });
        try {
          return await method.apply(target, args);
        } catch (error) {
          metrics.backendErrors.inc({ operation, kind: error instanceof BackendError ? error.kind : 'unknown' });
          throw error;
        } finally {
          done();
        }
      };
    },
  });
}
