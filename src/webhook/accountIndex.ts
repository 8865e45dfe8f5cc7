// Which conversations the backend's events about an account continue: `account/<accountId>` → those logged in as it, latest first.
import { z } from 'zod';
import type { DialogueContext } from '../../machines/context';
import type { TurnObserver } from '../bot/paylaterBot';
import { isEtagConflictError, retryOnEtagConflict, withEtagRetry, type CasStorage } from '../storage';

const indexedSchema = z.object({ conversationId: z.string(), updatedAt: z.string() });
/** The latest login at the top level (as entries written before `earlier` existed), the ones before it in `earlier`. */
const entrySchema = indexedSchema.extend({ earlier: z.array(indexedSchema).optional() });
const storedEntrySchema = entrySchema.extend({ eTag: z.string() });

type Indexed = z.infer<typeof indexedSchema>;
type Entry = z.infer<typeof entrySchema>;
/** An account's entry as read, with the eTag a later compare-and-set needs. */
export type AccountEntry = z.infer<typeof storedEntrySchema>;

/**
 * Conversations kept besides the latest one. A customer may wait at a shop-page step in one chat and finish it from
 * another (the phone's, the computer's): the shop's notice reached only the latest, and the other still showed the step.
 */
export const MAX_EARLIER_CONVERSATIONS = 4;
/** An earlier login older than this is no longer kept: nobody still waits there for a shop page. */
export const EARLIER_KEPT_MS = 24 * 60 * 60_000;

const accountKey = (accountId: string) => `account/${encodeURIComponent(accountId)}`;

const conversationsIn = (entry: Entry): Indexed[] => [
  { conversationId: entry.conversationId, updatedAt: entry.updatedAt },
  ...(entry.earlier ?? []),
];

/** The entry naming these conversations, the first of them as the latest. */
const entryOf = ([latest, ...earlier]: Indexed[]): Entry => ({ ...latest, ...(earlier.length > 0 ? { earlier } : {}) });

/**
 * Writes the index in the turn a conversation gets its session (a login, or an agent passing a verified account),
 * so other turns cost nothing. A customer in several conversations is reached in each of them (the latest first).
 */
export function accountIndexObserver(storage: CasStorage, nowMs: () => number = Date.now): TurnObserver {
  return async (context, result) => {
    const before = (result.before.context as DialogueContext).session?.accountId;
    const after = (result.after.context as DialogueContext).session?.accountId;
    if (!after || after === before) return;
    await indexConversation(storage, after, context.activity.conversation.id, nowMs());
  };
}

/** Puts `conversationId` first among the account's conversations; logins older than a day and beyond the limit go. */
export async function indexConversation(storage: CasStorage, accountId: string, conversationId: string, now: number): Promise<void> {
  const key = accountKey(accountId);
  const withThisFirst = (stored: unknown): Entry => {
    const parsed = entrySchema.safeParse(stored);
    const earlier = (parsed.success ? conversationsIn(parsed.data) : [])
      .filter((c) => c.conversationId !== conversationId && now - Date.parse(c.updatedAt) < EARLIER_KEPT_MS)
      .slice(0, MAX_EARLIER_CONVERSATIONS);
    return entryOf([{ conversationId, updatedAt: new Date(now).toISOString() }, ...earlier]);
  };
  try {
    // Compare-and-set: two conversations logging in at once must not drop each other.
    await withEtagRetry<Entry>(storage, key, withThisFirst);
  } catch (error) {
    if (!isEtagConflictError(error)) throw error;
    // Many logins to one account at the same moment (a load test, a script) kept colliding: the login must not fail for
    // the index. This one is written as the latest over whatever is there, as the index did before it kept earlier ones;
    // an earlier conversation written meanwhile may drop out of the list.
    const { eTag: _readAt, ...stored } = (await storage.read([key]))[key] ?? {};
    await storage.write({ [key]: withThisFirst(stored) });
  }
}

/** The latest conversation logged in as the account. */
export async function conversationOfAccount(storage: CasStorage, accountId: string): Promise<string | undefined> {
  return (await accountEntry(storage, accountId))?.conversationId;
}

/** Every conversation logged in as the account that the index keeps, the latest first. */
export async function conversationsOfAccount(storage: CasStorage, accountId: string): Promise<string[]> {
  const entry = await accountEntry(storage, accountId);
  return entry ? conversationsIn(entry).map((c) => c.conversationId) : [];
}

export async function accountEntry(storage: CasStorage, accountId: string): Promise<AccountEntry | undefined> {
  const parsed = storedEntrySchema.safeParse((await storage.read([accountKey(accountId)]))[accountKey(accountId)]);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Takes `conversationId` (a conversation being erased) out of the account's entry, wherever it stands: the one before it
 * becomes the latest, and an entry left naming none is removed. The other conversations stay.
 */
export async function forgetAccountEntry(storage: CasStorage, accountId: string, conversationId: string): Promise<void> {
  const key = accountKey(accountId);
  await retryOnEtagConflict(key, async () => {
    const current = await accountEntry(storage, accountId);
    if (!current) return;
    const all = conversationsIn(current);
    const rest = all.filter((c) => c.conversationId !== conversationId);
    if (rest.length === all.length) return;
    // The store has no conditional delete: a login landing between this read and the delete would lose its entry until
    // its next login.
    if (rest.length === 0) return storage.delete([key]);
    await storage.write({ [key]: { ...entryOf(rest), eTag: current.eTag } });
  });
}

/**
 * Undoes the indexing of `conversationId` to an account, for a step that failed and deleted that conversation: left
 * pointing at it, the index would drop the account's events until the customer logs in again. The entry read before
 * the step (`previous`) is put back, or the failed conversation taken out if there was none. An entry another
 * conversation wrote since is a later login and stays, without the failed conversation.
 */
export async function restoreAccountEntry(
  storage: CasStorage,
  accountId: string,
  conversationId: string,
  previous: AccountEntry | undefined,
): Promise<void> {
  const current = await accountEntry(storage, accountId);
  // A later login wrote over it, or there was no entry to put back: the failed conversation only leaves the entry (a
  // later login keeps it among the earlier ones; one naming nothing else is removed).
  if (current?.conversationId !== conversationId || !previous) return forgetAccountEntry(storage, accountId, conversationId);
  const { eTag: _readAt, ...entry } = previous;
  try {
    await storage.write({ [accountKey(accountId)]: { ...entry, eTag: current.eTag } });
  } catch (err) {
    // Written since we read it: that is a later login, which wins.
    if (!isEtagConflictError(err)) throw err;
  }
}
