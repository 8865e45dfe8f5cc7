// The incoming activity as the bot accepts it: validated before it reaches the adapter, so bad input gets a 400.
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { MAX_JSON_DEPTH, nestsDeeperThan, tooDeepReason } from '../jsonDepth';

const account = z.object({ id: z.string().min(1).max(256), name: z.string().max(256).optional() }).passthrough();

export const incomingActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(256).optional(),
    channelId: z.string().min(1).max(64),
    // Where replies are posted: a web address only ("javascript:…" or "file:…" passed as a URL and was accepted).
    serviceUrl: z
      .string()
      .url()
      .max(2048)
      .refine((url) => /^https?:\/\//i.test(url), 'serviceUrl must be an http:// or https:// address'),
    conversation: z.object({ id: z.string().min(1).max(256) }).passthrough(),
    from: account,
    recipient: account.optional(),
    // Bounded by the body's size: a long paste is read in part (MAX_UNDERSTOOD_LENGTH), not refused without a word.
    text: z.string().optional(),
    locale: z.string().max(32).optional(),
    value: z.unknown().optional(),
    membersAdded: z.array(account).max(100).optional(),
    membersRemoved: z.array(account).max(100).optional(),
    deliveryMode: z.enum(['normal', 'expectReplies', 'notification', 'ephemeral']).optional(),
  })
  .passthrough();

export type IncomingActivity = z.infer<typeof incomingActivitySchema>;

/** What a body that is no JSON object (empty, plain text, a form, a list) is told. */
export const NOT_A_JSON_ACTIVITY = 'the body must be a JSON activity (Content-Type: application/json)';

/** application/json, or a JSON type of its own (application/vnd.…+json); given without its parameters, lower-case. */
export const isJsonMediaType = (mediaType: string): boolean => mediaType === 'application/json' || mediaType.endsWith('+json');

/**
 * The activity as botbuilder's own request handling hands it on: the timestamps as dates, the channel's strings kept
 * beside them (what CloudAdapter.process does before processActivity).
 */
export function parseActivity(body: unknown): { ok: true; activity: Activity } | { ok: false; problem: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, problem: NOT_A_JSON_ACTIVITY };
  // Before anything walks it: masking and the transcripts recurse into values and channel data.
  if (nestsDeeperThan(body, MAX_JSON_DEPTH)) return { ok: false, problem: `invalid activity: ${tooDeepReason()}` };
  const parsed = incomingActivitySchema.safeParse(body);
  if (!parsed.success) {
    // A short reason for the 400, naming the first wrong field.
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `invalid activity: ${issue.path.join('.') || 'body'}: ${issue.message}` };
  }
  const activity = parsed.data as unknown as Activity & Record<string, unknown>;
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['expiration', 'rawExpiration'], ['localTimestamp', 'rawLocalTimestamp']] as const) {
    const value = activity[field];
    if (typeof value === 'string') Object.assign(activity, { [raw]: value, [field]: new Date(value) });
  }
  return { ok: true, activity };
}
