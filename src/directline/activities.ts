// How the channel shapes activities: the customer's as the bot should see them, the bot's as the page should.
import { randomUUID } from 'node:crypto';
import type { ClientActivity } from './schemas';
import type { Conversation, LoggedActivity } from './store';
import type { WireAccount, WireActivity } from './types';

export interface ChannelIdentity {
  channelId: string;
  serviceUrl: string;
  bot: WireAccount;
}

const userAccount = (conversation: Conversation, name?: string): WireAccount => ({
  id: conversation.userId,
  ...(name ? { name } : {}),
  role: 'user',
});

/**
 * The customer's activity as logged (and echoed to the page). Routing fields come from the token, never the
 * body; channelData (with Web Chat's clientActivityID) is kept, since Web Chat marks a message sent only when
 * it sees it come back with that id.
 */
export function fromCustomer(conversation: Conversation, body: ClientActivity, channel: ChannelIdentity, now: Date): WireActivity {
  const { from, ...content } = body;
  return {
    ...content,
    channelId: channel.channelId,
    from: userAccount(conversation, from?.name),
    recipient: channel.bot,
    conversation: { id: conversation.id },
    timestamp: now.toISOString(),
  };
}

/**
 * The conversationUpdate a channel sends when a conversation starts (the Emulator does the same), adding the bot
 * and the customer, so the bot greets first. It goes to the bot only: Direct Line never shows it to the page.
 */
export function conversationStarted(conversation: Conversation, channel: ChannelIdentity, now: Date): WireActivity {
  return {
    type: 'conversationUpdate',
    id: randomUUID(),
    channelId: channel.channelId,
    serviceUrl: channel.serviceUrl,
    from: userAccount(conversation),
    recipient: channel.bot,
    conversation: { id: conversation.id },
    membersAdded: [channel.bot, userAccount(conversation)],
    ...(conversation.locale ? { locale: conversation.locale } : {}),
    timestamp: now.toISOString(),
  };
}

/** A logged customer activity on its way to the bot: the bot needs the serviceUrl to answer. */
export function toBot(logged: LoggedActivity, channel: ChannelIdentity): WireActivity {
  return { ...logged, serviceUrl: channel.serviceUrl };
}

/**
 * A bot's activity as logged (the log is what the page reads): pinned to the conversation of the URL, stamped by
 * the channel, without the channel's serviceUrl anywhere inside it, and replying only to what the page has seen.
 * `logged` tells whether an activity id is in this conversation's log.
 */
export function fromBot(
  body: { type: string; [field: string]: unknown },
  conversationId: string,
  channel: ChannelIdentity,
  now: Date,
  logged: (activityId: string) => boolean,
): WireActivity {
  const { id: _ignoredId, serviceUrl: _ignoredUrl, replyToId, ...content } = withoutServiceUrl(body);
  const from = isAccount(content.from) ? content.from : channel.bot;
  return {
    ...content,
    // A proactive turn (an agent's message, a backend event) replies to a synthetic activity the page never saw,
    // and Web Chat holds a reply to an unseen activity back for 5 seconds (queueIncomingActivitySaga's REPLY_TIMEOUT).
    ...(typeof replyToId === 'string' && logged(replyToId) ? { replyToId } : {}),
    channelId: channel.channelId,
    from: { ...from, role: 'bot' },
    conversation: { id: conversationId },
    timestamp: now.toISOString(),
  };
}

/** Where the channel's service endpoint lives; below it comes the secret key, so no URL under it may reach a page. */
export const CHANNEL_PATH = '/directline-channel';

/**
 * The value without any serviceUrl, at any depth. Bots put ConversationReferences inside activities (a
 * handoff.initiate event carries one in `relatesTo` and a transcript of the customer's activities, each with its
 * serviceUrl); the channel's holds the secret path segment. Any string holding a URL of the channel's endpoint
 * goes too, whatever its host, port or key: a conversation recovered from the transcript after a restart carries
 * the serviceUrls of the process that wrote it.
 */
export function withoutServiceUrl<T>(value: T): T {
  const secretPath = `${CHANNEL_PATH}/`;
  return JSON.parse(
    JSON.stringify(value, (key, field: unknown) =>
      key === 'serviceUrl' || (typeof field === 'string' && field.includes(secretPath)) ? undefined : field,
    ),
  ) as T;
}

const isAccount = (value: unknown): value is WireAccount =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';

/** What the page receives: no serviceUrl, which carries the channel's secret path segment. */
export function forPage(activities: LoggedActivity[]): WireActivity[] {
  return activities.map(({ serviceUrl: _hidden, ...rest }) => rest);
}
