// SIGTERM/SIGINT: one graceful stop (no new turns, finish those in flight, close storage), then exit; a deadline if it hangs.
import type { Logger } from 'pino';

/** Kubernetes' default grace period: past it the process would be killed anyway, without a log line. */
export const STOP_DEADLINE_MS = 30_000;

export function stopOnSignals(logger: Logger, stop: () => Promise<void>, deadlineMs = STOP_DEADLINE_MS): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'already stopping; waiting for turns in flight');
      return;
    }
    stopping = true;
    logger.info({ signal }, 'stopping: new requests get 503, turns in flight finish');
    const deadline = setTimeout(() => {
      logger.error({ deadlineMs }, 'stop did not finish in time; exiting');
      process.exit(1);
    }, deadlineMs);
    deadline.unref();
    stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
