// The agent API's request bodies (PRODUCT.md §6), each parsed once at the edge.
import { z } from 'zod';
import { INTENTS, type Intent } from '../../machines/domain';
import { localeFromTag } from '../bot/locale';

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * An optional field. Agent desks send a field they have no value for as "" (or blanks): that is the field left out, not a
 * wrong one (a release with `note: ""` was refused).
 */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

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

export const agentMessageSchema = z.object({ text: text(4000), agent: optional(agentSchema) }).strict();

const accountIdSchema = z.string().min(1).max(128);

const WORDS_NOBODY_SAID = 'the bot would answer words the customer did not say';

/**
 * Intents an agent cannot hand to the bot, with why: they are the customer's own replies and words to the bot, not
 * something an agent can hand on. What is handed on is a topic or a task (enable, status, orders, …) or help. A release
 * and a hand-in refuse the same ones; only the words of why differ where the two differ.
 */
const CUSTOMER_WORDS: Partial<Record<Intent, string>> = {
  affirm: "it would answer the bot's question (say, the terms) for the customer",
  deny: "it would answer the bot's question for the customer",
  greeting: WORDS_NOBODY_SAID,
  thanks: WORDS_NOBODY_SAID,
  goodbye: WORDS_NOBODY_SAID,
  out_of_scope: WORDS_NOBODY_SAID,
};

const NOT_ON_RELEASE: Partial<Record<Intent, string>> = {
  ...CUSTOMER_WORDS,
  human: 'the bot would hand the customer back to an agent at once, while the queue still had them with you',
  cancel: 'it would drop the step the release resumes; release without an intent and the customer can cancel',
  restart: 'it would start over and log the customer out; release without an intent and the customer can restart',
};

const NOT_ON_HAND_IN: Partial<Record<Intent, string>> = {
  ...CUSTOMER_WORDS,
  affirm: "it would answer a question the bot never asked (to have pay-later turned on, hand in at enable)",
  deny: 'it would answer a question the bot never asked',
  human: 'the bot would hand the customer straight back to a person',
  cancel: 'the bot would open by cancelling what the customer never started',
  restart: 'the bot would open by starting over a conversation that has not begun',
};

/**
 * An intent an agent hands on, refused (400, with why) when it is one of `refused`; an unknown one is told the intents
 * this request accepts (not those it would then refuse).
 */
const agentIntentSchema = (refused: Partial<Record<Intent, string>>, what: string) => {
  const accepted = INTENTS.filter((intent) => !refused[intent]).join(', ');
  return z.string().transform((intent, ctx) => {
    if (!(INTENTS as readonly string[]).includes(intent)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `unknown intent ${JSON.stringify(intent)}: ${what} takes one of ${accepted}` });
      return z.NEVER;
    }
    const why = refused[intent as Intent];
    if (why) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${intent} is not for ${what}: ${why}` });
    return intent as Intent;
  });
};

/** A language tag whose language the bot speaks (zh, en), in any form: "zh-Hans-CN" is zh-CN, "en-GB" en-US. */
const spokenByTheBot = (tag: string): boolean =>
  ['zh', 'en'].includes(tag.split(/[-_]/)[0].toLowerCase()) && localeFromTag(tag) !== undefined;

/**
 * The language an agent asks the bot to speak: any other is refused, with its name, rather than turned into zh-CN
 * without a word (a release has no `locale`: the conversation keeps its language, and the field is refused as unknown).
 */
const localeSchema = z
  .string()
  .max(32)
  .refine(spokenByTheBot, (tag) => ({
    message: `${tag} is not a language the bot speaks: give zh-CN or en-US (or a tag of the same language, zh-… or en-…), or leave it out`,
  }));

/** Every field is optional, and so is the body: a bare POST gives the conversation back at the step it was on. */
export const releaseSchema = z
  .object({
    intent: optional(agentIntentSchema(NOT_ON_RELEASE, 'a release')),
    note: optional(text(1000)),
    accountId: optional(accountIdSchema),
    agent: optional(agentSchema),
  })
  .strict()
  .default({});

export const handoffRequestSchema = z
  .object({
    conversation: conversationReferenceSchema,
    intent: agentIntentSchema(NOT_ON_HAND_IN, 'a hand-in'),
    accountId: optional(accountIdSchema),
    note: optional(text(1000)),
    locale: optional(localeSchema),
  })
  .strict();

export type HandoffRequest = z.infer<typeof handoffRequestSchema>;
