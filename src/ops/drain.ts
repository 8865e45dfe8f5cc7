// Graceful stop of the HTTP side: once draining, new requests get 503 while those in flight run to the end.
import type { Next, Request, Response } from 'restify';

export interface Drain {
  /** restify pre-handler, registered first: counts requests in flight and refuses new ones once draining. */
  gate(req: Request, res: Response, next: Next): void;
  /** Stops taking requests; resolves true when none is left in flight, false if `timeoutMs` passed first. */
  drain(timeoutMs: number): Promise<boolean>;
}

export function createDrain(): Drain {
  let inFlight = 0;
  let draining = false;
  const waiters = new Set<() => void>();

  const finished = () => {
    inFlight -= 1;
    if (inFlight === 0) for (const wake of waiters) wake();
  };

  return {
    gate(_req, res, next) {
      if (draining) {
        // A load balancer retries elsewhere; closing the connection stops keep-alive clients coming back here.
        res.header('connection', 'close');
        res.header('retry-after', '1');
        res.send(503, { code: 'ServiceUnavailable', message: 'the bot is shutting down' });
        return next(false);
      }
      inFlight += 1;
      // 'close' comes once per response: after it was sent, or when the client went away before that.
      res.once('close', finished);
      return next();
    },

    drain(timeoutMs) {
      draining = true;
      if (inFlight === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = (idle: boolean) => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(idle);
        };
        const wake = () => done(true);
        const timer = setTimeout(() => done(false), timeoutMs);
        waiters.add(wake);
      });
    },
  };
}
