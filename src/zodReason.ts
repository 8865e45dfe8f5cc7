// One way to say what was wrong with a body that failed its zod check, shared by every HTTP API (the bot's and the mock's).
import type { z } from 'zod';

/**
 * Every wrong field of a body, named, for a 400's message ("phone: Required; code: String must contain 6 character(s)");
 * what is wrong with the whole of it is said of `whole` (a query string's unknown parameters).
 */
export const zodReason = (error: z.ZodError, whole = 'body'): string =>
  error.issues.map((i) => `${i.path.length ? i.path.join('.') : whole}: ${i.message}`).join('; ');
