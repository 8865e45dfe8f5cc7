// What the bot app needs to be operable, made once per app: metrics and their hooks, /metrics, the request log, the drain gate.
import type { RequestHandler } from 'restify';
import type { Logger } from 'pino';
import type { AccountClient } from '../backend/client';
import type { CasStorage } from '../storage';
import { bearerMatches } from '../secret';
import { countConflicts } from './countConflicts';
import { createDrain, type Drain } from './drain';
import { instrumentAccountClient } from './instrumentClient';
import { createBotMetrics, type BotMetrics } from './metrics';
import { createTurnInstrumentation, type TurnInstrumentation } from './turnInstrumentation';

export { failClosed } from './authentication';
export { stopOnSignals, STOP_DEADLINE_MS } from './signals';
export type { BotMetrics, TurnOutcome } from './metrics';

export interface Ops extends TurnInstrumentation, Pick<Drain, 'gate' | 'drain'> {
  metrics: BotMetrics;
  instrumentClient(client: AccountClient): AccountClient;
  instrumentStorage(storage: CasStorage): CasStorage;
  /** GET /metrics in Prometheus' text format. */
  metricsRoute: RequestHandler;
}

/**
 * `metricsToken`: when set, GET /metrics answers only `Authorization: Bearer <token>` (Prometheus'
 * `authorization` setting); the counts say how busy the bot is and where customers stop, which is not public.
 */
export function createOps(logger: Logger, metricsToken?: string): Ops {
  const metrics = createBotMetrics();
  const { observe, run } = createTurnInstrumentation(metrics, logger);
  const { gate, drain } = createDrain();
  return {
    metrics,
    observe,
    run,
    gate,
    drain: async (timeoutMs) => {
      const idle = await drain(timeoutMs);
      if (!idle) logger.warn({ timeoutMs }, 'requests still in flight when the shutdown grace period ended');
      return idle;
    },
    instrumentClient: (client) => instrumentAccountClient(client, metrics, logger),
    instrumentStorage: (storage) => countConflicts(storage, metrics),
    metricsRoute: async (req, res) => {
      if (metricsToken !== undefined && !bearerMatches(req.header('authorization'), metricsToken)) {
        res.setHeader('www-authenticate', 'Bearer');
        res.send(401, { code: 'Unauthorized', message: 'GET /metrics needs Authorization: Bearer <METRICS_TOKEN>' });
        return;
      }
      const body = await metrics.registry.metrics();
      res.setHeader('content-type', metrics.registry.contentType);
      res.sendRaw(200, body);
    },
  };
}
