// The incoming activity as the bot accepts it: validated before it reaches the adapter, so bad input gets a 400.
import { z } from 'zod';

const account = z.object({ id: z.string().min(1).max(256), name: z.string().max(256).optional() }).passthrough();

export const incomingActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(256).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().url().max(2048),
    conversation: z.object({ id: z.string().min(1).max(256) }).passthrough(),
    from: account,
    recipient: account.optional(),
    text: z.string().max(4000).optional(),
    locale: z.string().max(32).optional(),
    value: z.unknown().optional(),
    membersAdded: z.array(account).max(100).optional(),
    deliveryMode: z.enum(['normal', 'expectReplies', 'notification', 'ephemeral']).optional(),
  })
  .passthrough();

export type IncomingActivity = z.infer<typeof incomingActivitySchema>;

/** A short reason for a 400, naming the first wrong field. */
export function activityProblem(body: unknown): string | undefined {
  const parsed = incomingActivitySchema.safeParse(body);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  return `invalid activity: ${issue.path.join('.') || 'body'}: ${issue.message}`;
}
