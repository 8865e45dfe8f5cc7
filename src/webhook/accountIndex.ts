// Which conversation the backend's events about an account continue: `account/<accountId>` → the conversation last logged in as it.
import { z } from 'zod';
import type { DialogueContext } from '../../machines/context';
import type { TurnObserver } from '../bot/paylaterBot';
import { isEtagConflictError, type CasStorage } from '../storage';

const entrySchema = z.object({ conversationId: z.string(), updatedAt: z.string() });
const storedEntrySchema = entrySchema.extend({ eTag: z.string() });

/** An account's entry as read, with the eTag a later compare-and-set needs. */
export type AccountEntry = z.infer<typeof storedEntrySchema>;

const accountKey = (accountId: string) => `account/${encodeURIComponent(accountId)}`;

/**
 * Writes the index in the turn a conversation gets its session (a login, or an agent passing a verified account),
 * so other turns cost nothing. A customer in several conversations is reached in the latest one.
 */
export function accountIndexObserver(storage: CasStorage): TurnObserver {
  return async (context, result) => {
    const before = (result.before.context as DialogueContext).session?.accountId;
    const after = (result.after.context as DialogueContext).session?.accountId;
    if (!after || after === before) return;
    await storage.write({ [accountKey(after)]: { conversationId: context.activity.conversation.id, updatedAt: new Date().toISOString() } });
  };
}

export async function conversationOfAccount(storage: CasStorage, accountId: string): Promise<string | undefined> {
  return (await accountEntry(storage, accountId))?.conversationId;
}

export async function accountEntry(storage: CasStorage, accountId: string): Promise<AccountEntry | undefined> {
  const parsed = storedEntrySchema.safeParse((await storage.read([accountKey(accountId)]))[accountKey(accountId)]);
  return parsed.success ? parsed.data : undefined;
}

/** Removes the account's entry if it names `conversationId` (a conversation being erased); another one's stays. */
export async function forgetAccountEntry(storage: CasStorage, accountId: string, conversationId: string): Promise<void> {
  await restoreAccountEntry(storage, accountId, conversationId, undefined);
}

/**
 * Undoes the indexing of `conversationId` to an account, for a step that failed and deleted that conversation: left
 * pointing at it, the index would drop the account's events until the customer logs in again. The entry read before
 * the step (`previous`) is put back, or the entry is removed if there was none. An entry another conversation wrote
 * since is a later login and stays.
 */
export async function restoreAccountEntry(
  storage: CasStorage,
  accountId: string,
  conversationId: string,
  previous: AccountEntry | undefined,
): Promise<void> {
  const current = await accountEntry(storage, accountId);
  if (current?.conversationId !== conversationId) return;
  // The store has no conditional delete: a login landing between this read and the delete would lose its entry
  // until its next login, a far smaller window than the failed step's.
  if (!previous) return storage.delete([accountKey(accountId)]);
  const { eTag: _readAt, ...entry } = previous;
  try {
    await storage.write({ [accountKey(accountId)]: { ...entry, eTag: current.eTag } });
  } catch (err) {
    // Written since we read it: that is a later login, which wins.
    if (!isEtagConflictError(err)) throw err;
  }
}
