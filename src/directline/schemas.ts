// zod schemas of every body the channel accepts: from the page (untrusted) and from the bot (its replies).
import { z } from 'zod';

// 32 characters: the bot's own activity schema refuses longer locales.
const localeSchema = z
  .string()
  .max(32)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag');

/** POST /tokens/generate: DirectLineJS may send `{ user: { id } }`; the channel picks the id itself. */
export const generateBodySchema = z.object({}).passthrough().optional();

/** POST /conversations: `{ user?: { id }, locale? }` as DirectLineJS sends it (conversationStartProperties). */
export const startBodySchema = z
  .object({ locale: localeSchema.optional() })
  .passthrough()
  .optional();

const attachmentSchema = z.object({
  contentType: z.string().min(1).max(256),
  contentUrl: z.string().max(2048).optional(),
  content: z.unknown().optional(),
  name: z.string().max(256).optional(),
  thumbnailUrl: z.string().max(2048).optional(),
});

/**
 * What the page may post. Only the fields Web Chat sends are kept (zod strips the rest), so the page cannot
 * forge `from`, `conversation`, `recipient` or `serviceUrl`: the channel sets those from the token.
 */
export const clientActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  // A long paste is passed on (the bot reads its first 4,000 characters); 16,000 stays well inside the bot's 64 KB body.
  text: z.string().max(16_000).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: localeSchema.optional(),
  localTimestamp: z.string().max(64).optional(),
  localTimezone: z.string().max(64).optional(),
  name: z.string().max(256).optional(),
  value: z.unknown().optional(),
  channelData: z.record(z.unknown()).optional(),
  attachments: z.array(attachmentSchema).max(10).optional(),
  entities: z.array(z.record(z.unknown())).max(20).optional(),
  from: z.object({ name: z.string().max(256).optional() }).optional(),
});
export type ClientActivity = z.infer<typeof clientActivitySchema>;

/** What the bot sends back through the serviceUrl; the bot is trusted with the content, not with the routing. */
export const botActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    text: z.string().max(20_000).optional(),
  })
  .passthrough();

/** `?watermark=` is empty (from the start) or the decimal watermark this channel handed out. */
export const watermarkSchema = z
  .string()
  .regex(/^\d{0,15}$/, 'watermark must be a number')
  .optional()
  .transform((w) => (w === undefined || w === '' ? undefined : Number(w)));
