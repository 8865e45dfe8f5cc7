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
      // maskDeep has already turned an Error into pino's shape (src/bot/mask.ts); pino's own err serializer, which runs
      // after the formatter, would read that plain object again: type "Object", the cause's message appended twice.
      serializers: { err: (err: unknown) => err },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? maskSensitive(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
