// A local Bot Framework channel: posts a customer's activities to a bot's endpoint and takes the bot's replies on its own serviceUrl.
import { randomUUID } from 'node:crypto';
import type { Activity, ChannelAccount } from 'botbuilder';
import { ChannelConversation, type PostAnswer, type TurnTiming } from './conversation';
import { startReceiver } from './receiver';

export { ChannelConversation, type Turn } from './conversation';
export { actionsOf, tapOf, type Tap } from './cardActions';
export { textOf } from './cardText';

export interface LocalChannelOptions {
  /** The bot's messaging endpoint, e.g. http://localhost:3978/api/messages. */
  botUrl: string;
  channelId?: string;
  /** Where the serviceUrl listens; the bot must be able to reach it. */
  host?: string;
  port?: number;
  bot?: ChannelAccount;
  timing?: Partial<TurnTiming>;
}

export interface OpenOptions {
  /** Resumes a conversation the bot already knows; a new one is made up otherwise. */
  id?: string;
  user?: ChannelAccount;
  locale?: string;
}

export interface LocalChannel {
  serviceUrl: string;
  open(options?: OpenOptions): ChannelConversation;
  close(): Promise<void>;
}

/** The bot could not be reached, or did not answer in time (as opposed to answering with an error status). */
export class BotUnreachableError extends Error {}

const DEFAULT_TIMING: TurnTiming = { quietMs: 250, turnTimeoutMs: 15_000 };

function poster(botUrl: string, timeoutMs: number) {
  return async (activity: Partial<Activity>): Promise<PostAnswer> => {
    try {
      const response = await fetch(botUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(timeoutMs),
      });
      return { status: response.status, body: await response.text() };
    } catch (error) {
      const why =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${timeoutMs} ms`
          : ((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message);
      throw new BotUnreachableError(`the bot is not reachable at ${botUrl} (${why})`, { cause: error });
    }
  };
}

export async function startLocalChannel(options: LocalChannelOptions): Promise<LocalChannel> {
  const conversations = new Map<string, ChannelConversation>();
  const receiver = await startReceiver(
    (conversationId: string, activity: Activity) => {
      const conversation = conversations.get(conversationId);
      conversation?.receive(activity);
      return conversation !== undefined;
    },
    options.host,
    options.port,
  );
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const post = poster(options.botUrl, timing.turnTimeoutMs);
  const channelId = options.channelId ?? 'terminal';
  const bot = options.bot ?? { id: 'bot', name: 'Bot', role: 'bot' };

  return {
    serviceUrl: receiver.url,
    open(open = {}) {
      const id = open.id ?? `${channelId}-${randomUUID()}`;
      const user = open.user ?? { id: `user-${randomUUID().slice(0, 8)}`, name: 'You', role: 'user' };
      const conversation = new ChannelConversation(
        { id, channelId, serviceUrl: receiver.url, user, bot, locale: open.locale },
        post,
        timing,
      );
      conversations.set(id, conversation);
      return conversation;
    },
    close: () => receiver.close(),
  };
}
