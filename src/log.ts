// The structured logger (pino): personal numbers are masked in every message and field before they are written.
import pino, { type Logger } from 'pino';
import { maskDeep, maskSensitive } from './bot/mask';

export type { Logger };

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      formatters: { log: (object) => maskDeep(object) },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? maskSensitive(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
