// Which conversation the backend's events about an account continue: `account/<accountId>` → the conversation last logged in as it.
import { z } from 'zod';
import type { DialogueContext } from '../../machines/context';
import type { TurnObserver } from '../bot/paylaterBot';
import type { CasStorage } from '../storage';

const entrySchema = z.object({ conversationId: z.string(), updatedAt: z.string() });

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
  const parsed = entrySchema.safeParse((await storage.read([accountKey(accountId)]))[accountKey(accountId)]);
  return parsed.success ? parsed.data.conversationId : undefined;
}
