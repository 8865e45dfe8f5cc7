// Times every account backend call, and counts and logs its technical failures, wrapping the client from outside.
import type { Logger } from 'pino';
import { BackendError, type AccountClient } from '../backend/client';
import type { BotMetrics } from './metrics';

/**
 * Domain refusals (a wrong code, not eligible) come back as results and are not errors; only what the
 * client throws is counted, by its BackendError kind ('unknown' for anything unexpected). A Proxy, so any
 * client works: the real one, or a test's class or stub.
 */
export function instrumentAccountClient(client: AccountClient, metrics: BotMetrics, logger: Logger): AccountClient {
  return new Proxy(client, {
    get(target, operation) {
      const method: unknown = Reflect.get(target, operation, target);
      if (typeof method !== 'function' || typeof operation !== 'string') return method;
      return async (...args: unknown[]) => {
        const done = metrics.backendDuration.startTimer({ operation });
        try {
          return await method.apply(target, args);
        } catch (error) {
          const kind = error instanceof BackendError ? error.kind : 'unknown';
          metrics.backendErrors.inc({ operation, kind });
          // A lapsed login is expected (sessions expire; a restarted backend forgets them): the customer is asked to log
          // in again, so it is news, not a fault, and its stack says nothing.
          if (kind === 'unauthorized') logger.info({ operation, kind, reason: (error as Error).message }, 'backend session lapsed: the customer is asked to log in again');
          // The customer is told only "try again"; this line says why (ECONNREFUSED, a 500, an off-contract answer).
          else logger.warn({ operation, kind, err: error, cause: causeOf(error) }, 'backend call failed');
          throw error;
        } finally {
          done();
        }
      };
    },
  });
}

/** The low-level reason under a BackendError: a network error's code, or the message of what it wraps. */
function causeOf(error: unknown): string | undefined {
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause === undefined || cause === null) return undefined;
  const { code, message } = cause as { code?: unknown; message?: unknown };
  return typeof code === 'string' ? code : typeof message === 'string' ? message : String(cause);
}
