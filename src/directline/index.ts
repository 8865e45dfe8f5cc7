// A local Direct Line channel on the bot's own restify server, so Web Chat's stock createDirectLine talks to the bot.
import { createHmac } from 'node:crypto';
import type { Server } from 'restify';
import type { ChannelIdentity } from './activities';
import { CHANNEL_PATH } from './activities';
import { registerChannelRoutes } from './channelRoutes';
import { registerClientRoutes } from './clientRoutes';
import { createBotForwarder } from './forwarder';
import { createRateLimiter } from './rateLimit';
import { createConversations } from './recovery';
import { createConversationStore } from './store';
import { createTokenService } from './tokens';
import type { DirectLineChannel, DirectLineOptions, Logger } from './types';

export type { DirectLineChannel, DirectLineOptions, Logger } from './types';
export { DIRECT_LINE_PATH } from './clientRoutes';
export { CHANNEL_PATH } from './activities';

/** The channelId of the activities this channel sends (Azure's Direct Line uses the same for Web Chat). */
export const DIRECT_LINE_CHANNEL_ID = 'webchat';

const consoleLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (obj, msg) => console.warn(msg, obj),
  error: (obj, msg) => console.error(msg, obj),
};

/**
 * Adds the Direct Line routes (`/v3/directline/…`, for the page) and the channel's service endpoint
 * (`/directline-channel/<key>/v3/conversations/…`, for the bot's replies) to `server`.
 * Conversations are held in this process's memory; given the bot's transcript (`history`), one this process
 * lost in a restart is rebuilt from it the first time the page or the bot asks for it.
 */
export function registerDirectLine(server: Server, opts: DirectLineOptions): DirectLineChannel {
  const now = opts.now ?? Date.now;
  const logger = opts.logger ?? consoleLogger;
  const ttlSec = opts.tokenTtlSec ?? 1800;
  if (ttlSec < 900) logger.warn({ ttlSec }, 'directline: tokens expire before DirectLineJS refreshes them (every 15 minutes)');

  const key = createHmac('sha256', opts.tokenSecret).update('directline-channel').digest('base64url').slice(0, 32);
  const channel: ChannelIdentity = {
    channelId: DIRECT_LINE_CHANNEL_ID,
    serviceUrl: `${opts.publicBaseUrl.replace(/\/+$/, '')}${CHANNEL_PATH}/${key}`,
    bot: { ...(opts.bot ?? { id: 'paylater-bot', name: '先用后付 助手' }), role: 'bot' },
  };
  const maxActivities = opts.maxActivitiesPerConversation ?? 500;
  const store = createConversationStore(
    {
      maxConversations: opts.maxConversations ?? 1000,
      idleTtlMs: opts.conversationIdleMs ?? 2 * 60 * 60 * 1000,
      maxActivitiesPerConversation: maxActivities,
    },
    now,
  );
  const conversations = createConversations({ store, history: opts.history, maxActivities, recentMs: ttlSec * 1000, now, logger });

  registerClientRoutes(server, {
    tokens: createTokenService(opts.tokenSecret, ttlSec, now),
    store,
    conversations,
    forwarder: createBotForwarder({ botEndpoint: opts.botEndpoint, timeoutMs: opts.botTimeoutMs ?? 15_000, logger }),
    tokenLimiter: createRateLimiter({ max: opts.tokensPerMinutePerClient ?? 30, windowMs: 60_000 }, now),
    clientAddress: opts.clientAddress ?? ((req) => req.socket.remoteAddress ?? 'unknown'),
    channel,
    logger,
    now,
  });
  registerChannelRoutes(server, { store, conversations, channel, key, logger, now });

  return {
    serviceUrl: channel.serviceUrl,
    channelId: channel.channelId,
    conversationCount: () => store.size(),
    forget: (conversationId) => store.clear(conversationId),
  };
}
