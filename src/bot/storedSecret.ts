// A secret the operator did not configure, generated once and kept in the bot's store so restarts (and other instances) share it.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ETAG_IF_ABSENT, isEtagConflictError, type CasStorage } from '../storage';

const storedSecretSchema = z.object({ secret: z.string().min(32) });

/**
 * The secret under `key`, created if absent. Whoever can read the store can read it, which is no more than they
 * can already see (the conversations it protects are in the same store); a configured secret is still better.
 */
export async function storedSecret(storage: CasStorage, key: string): Promise<string> {
  const existing = await readSecret(storage, key);
  if (existing) return existing;
  const secret = randomBytes(32).toString('hex');
  try {
    await storage.write({ [key]: { secret, eTag: ETAG_IF_ABSENT } });
    return secret;
  } catch (error) {
    // Another instance starting at the same moment created it first: use theirs.
    if (!isEtagConflictError(error)) throw error;
    const theirs = await readSecret(storage, key);
    if (!theirs) throw error;
    return theirs;
  }
}

async function readSecret(storage: CasStorage, key: string): Promise<string | undefined> {
  const stored = (await storage.read([key]))[key];
  if (stored === undefined) return undefined;
  const parsed = storedSecretSchema.safeParse(stored);
  if (!parsed.success) throw new Error(`the stored secret ${key} is malformed: ${parsed.error.issues[0]?.message}`);
  return parsed.data.secret;
}
