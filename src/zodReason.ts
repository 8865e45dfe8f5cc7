// One way to say what was wrong with a body that failed its zod check, shared by every HTTP API (the bot's and the mock's).
import type { z } from 'zod';

/** Every wrong field of a body, named, for a 400's message ("phone: Required; code: String must contain 6 character(s)"). */
export const zodReason = (error: z.ZodError): string =>
  error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'body'}: ${i.message}`).join('; ');
