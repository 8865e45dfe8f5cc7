// The options of the local Direct Line channel and the logger shape it needs (pino's fits).
import type { Request } from 'restify';
import type { ConversationHistory } from './recovery';

export interface Logger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface DirectLineOptions {
  /** The bot's own messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint: string;
  /**
   * Where the bot process reaches this server (normally http://127.0.0.1:PORT). The channel's serviceUrl is
   * built on it, so with several bot instances it must be this instance's own address: the conversation
   * logs live in this process's memory.
   */
  publicBaseUrl: string;
  /**
   * Signs the tokens and derives the serviceUrl's secret path segment; at least 16 characters. Keep it across
   * restarts, or open pages lose their conversation and stored references their serviceUrl.
   */
  tokenSecret: string;
  /** The bot's transcript of a conversation, to recover one this process lost in a restart (see recovery.ts). */
  history?: ConversationHistory;
  /** Token lifetime; DirectLineJS refreshes every 15 minutes, so keep it above 900 (default 1800 like Direct Line). */
  tokenTtlSec?: number;
  /** The bot as the page sees it (recipient of the customer's activities). */
  bot?: { id: string; name: string };
  logger?: Logger;
  /** Bounds against abuse: conversations kept, their idle expiry, log length, token mints per address. */
  maxConversations?: number;
  conversationIdleMs?: number;
  maxActivitiesPerConversation?: number;
  tokensPerMinutePerClient?: number;
  /**
   * Who counts as one client for that limit; the socket address by default. Behind a reverse proxy every
   * customer shares the proxy's address, so pass a function reading the proxy's client header instead.
   */
  clientAddress?: (req: Request) => string;
  /** How long one forwarded activity may take in the bot before the page is told it failed. */
  botTimeoutMs?: number;
  /** Injectable clock for tests of expiry. */
  now?: () => number;
}

export interface DirectLineChannel {
  /** The serviceUrl the bot sees on every activity from this channel (and stores in its ConversationReference). */
  readonly serviceUrl: string;
  /** The Bot Framework channelId of the activities this channel sends. */
  readonly channelId: string;
  /** Conversations currently kept in memory. */
  conversationCount(): number;
  /** Forgets what the channel keeps of a conversation's activities (it was erased); a page still open sees no more of them. */
  forget(conversationId: string): void;
}

/** An account on the wire; botbuilder's ChannelAccount insists on a name, which channels do not. */
export interface WireAccount {
  id: string;
  name?: string;
  role?: string;
}

/**
 * An activity as JSON on the wire. botbuilder's Activity types dates as Date and requires fields channels omit,
 * so the channel, which only routes and stores activities, uses this looser shape.
 */
export interface WireActivity {
  type: string;
  id?: string;
  serviceUrl?: string;
  channelId?: string;
  from?: WireAccount;
  recipient?: WireAccount;
  conversation?: { id: string };
  [field: string]: unknown;
}
