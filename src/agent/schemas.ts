// The agent API's request bodies (PRODUCT.md §6), each parsed once at the edge.
import { z } from 'zod';
import { INTENTS, type Intent } from '../../machines/domain';

const text = (max: number) => z.string().trim().min(1).max(max);

const channelAccountSchema = z
  .object({ id: z.string().min(1).max(256), name: z.string().max(256).optional(), role: z.string().max(32).optional() })
  .passthrough();

/**
 * A Bot Framework ConversationReference as a channel or agent hub gives it. `user` and `bot` are required: a
 * proactive turn is built from them (who the customer is, who speaks), and botbuilder fails without them.
 */
export const conversationReferenceSchema = z
  .object({
    conversation: z.object({ id: z.string().min(1).max(256) }).passthrough(),
    serviceUrl: z
      .string()
      .url()
      .max(2048)
      .refine((url) => /^https?:\/\//i.test(url), 'must be an http(s) URL'),
    channelId: z.string().min(1).max(64),
    user: channelAccountSchema,
    bot: channelAccountSchema,
    activityId: z.string().max(256).optional(),
    locale: z.string().max(32).optional(),
  })
  .passthrough();

/**
 * Who at the desk acts: optional, but once an agent named themselves on a conversation, another named agent may not
 * write to it or release it (two desks answered one customer).
 */
const agentSchema = z.string().trim().min(1).max(128);

export const agentMessageSchema = z.object({ text: text(4000), agent: agentSchema.optional() }).strict();

const accountIdSchema = z.string().min(1).max(128);

/**
 * Intents a release refuses, with why: they are the customer's own replies and words to the bot, not something an
 * agent can hand on. A release's intent is a topic or a task (enable, status, orders, …) or help.
 */
const NOT_ON_RELEASE: Partial<Record<Intent, string>> = {
  human: 'the bot would hand the customer back to an agent at once, while the queue still had them with you',
  cancel: 'it would drop the step the release resumes; release without an intent and the customer can cancel',
  restart: 'it would start over and log the customer out; release without an intent and the customer can restart',
  affirm: "it would answer the bot's question (say, the terms) for the customer",
  deny: "it would answer the bot's question for the customer",
  greeting: 'the bot would answer words the customer did not say',
  thanks: 'the bot would answer words the customer did not say',
  goodbye: 'the bot would answer words the customer did not say',
  out_of_scope: 'the bot would answer words the customer did not say',
};

const releaseIntentSchema = z.enum(INTENTS).superRefine((intent, ctx) => {
  const why = NOT_ON_RELEASE[intent];
  if (why) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${intent} is not for a release: ${why}` });
});

/** Every field is optional, and so is the body: a bare POST gives the conversation back at the step it was on. */
export const releaseSchema = z
  .object({
    intent: releaseIntentSchema.optional(),
    note: text(1000).optional(),
    accountId: accountIdSchema.optional(),
    agent: agentSchema.optional(),
  })
  .strict()
  .default({});

export const handoffRequestSchema = z
  .object({
    conversation: conversationReferenceSchema,
    intent: z.enum(INTENTS),
    accountId: accountIdSchema.optional(),
    note: text(1000).optional(),
    locale: z.string().max(32).optional(),
  })
  .strict();

export type HandoffRequest = z.infer<typeof handoffRequestSchema>;
