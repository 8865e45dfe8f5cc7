// GET /api/agent/conversations in pages: filtered by status, oldest first, continued with the cursor the last page gave.
import { z } from 'zod';
import { queueOrder, type HandoffEntry } from '../handoff/registry';

/** Entries per page when the agent desk names no `limit`, and the most it may ask for. */
export const DEFAULT_QUEUE_PAGE = 100;
export const MAX_QUEUE_PAGE = 200;

/** A page's last entry, where the next page starts after: the queue's order is (since, id). */
type Position = Pick<HandoffEntry, 'since' | 'conversationId'>;

const positionSchema = z.tuple([z.string(), z.string()]);

const encodeCursor = ({ since, conversationId }: Position): string =>
  Buffer.from(JSON.stringify([since, conversationId]), 'utf8').toString('base64url');

function decodeCursor(cursor: string): Position | undefined {
  try {
    const parsed = positionSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? { since: parsed.data[0], conversationId: parsed.data[1] } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The query an agent desk may send; anything else (`page`, `offset`, a misspelt name) is a 400 that names it, not
 * silently ignored. The cursor is opaque: a position in the queue's order, so entries that leave the queue between two
 * pages do not make the next one skip or repeat any.
 */
export const queueQuerySchema = z
  .object({
    status: z.enum(['waiting', 'owned']).optional(),
    limit: z.coerce.number().int().min(1).max(MAX_QUEUE_PAGE).default(DEFAULT_QUEUE_PAGE),
    cursor: z
      .string()
      .max(1024)
      .transform((cursor, ctx) => {
        const position = decodeCursor(cursor);
        if (!position) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'not a cursor of this API (pass `next` of the previous page as it came)' });
        return position ?? z.NEVER;
      })
      .optional(),
  })
  .strict();

export type QueueQuery = z.infer<typeof queueQuerySchema>;

/** One page of the queue (`entries` in the queue's order); `next` continues it, absent on the last page. */
export function queuePage(entries: readonly HandoffEntry[], { status, limit, cursor }: QueueQuery): { entries: HandoffEntry[]; next?: string } {
  const matching = entries.filter((entry) => (!status || entry.status === status) && (!cursor || queueOrder(entry, cursor) > 0));
  const page = matching.slice(0, limit);
  const last = page.at(-1);
  return { entries: page, ...(matching.length > page.length && last ? { next: encodeCursor(last) } : {}) };
}
