// The channel's service endpoint the bot's ConnectorClient calls to send (reply, proactive, agent) activities.
import { sameSecret } from '../secret';
import type { Server } from 'restify';
import { CHANNEL_PATH, fromBot, type ChannelIdentity } from './activities';
import { MAX_JSON_DEPTH } from '../jsonDepth';
import { readBody, route, sendError } from './http';
import { botActivitySchema } from './schemas';
import type { Conversations } from './recovery';
import type { ConversationStore } from './store';
import type { Logger } from './types';

// Cards can be large; this bounds one bot activity, not a turn.
const BOT_BODY_LIMIT = 256 * 1024;

export interface ChannelRouteDeps {
  store: ConversationStore;
  conversations: Conversations;
  channel: ChannelIdentity;
  /** Secret path segment of the serviceUrl: a bot without an App ID sends no credentials, so the URL is the credential. */
  key: string;
  logger: Logger;
  now: () => number;
}

export function registerChannelRoutes(server: Server, deps: ChannelRouteDeps): void {
  const handler = route(deps.logger, async (req, res) => {
    if (!sameSecret(String(req.params.key ?? ''), deps.key)) return sendError(res, 403, 'Forbidden', 'unknown channel key');
    // The bot's handoff event carries customer activities (each at most MAX_JSON_DEPTH deep) inside its transcript.
    const body = await readBody(req, BOT_BODY_LIMIT, botActivitySchema, 2 * MAX_JSON_DEPTH);
    if (!body.ok) return sendError(res, body.status, 'BadArgument', body.message);
    const conversationId = String(req.params.conversationId);
    // After a restart the bot may answer (or an agent speak) before the page's next poll has recovered the log.
    const lookup = await deps.conversations.find(conversationId);
    if (lookup.kind === 'unavailable') return sendError(res, 503, 'ServiceUnavailable', 'the conversation cannot be read now');
    const activity = fromBot(body.value, conversationId, deps.channel, new Date(deps.now()), (id) => deps.store.has(conversationId, id));
    const logged = deps.store.append(conversationId, activity);
    // Never started, or idle for longer than a token lives and no longer held: the bot learns its proactive message found no one.
    if (!logged) return sendError(res, 404, 'NotFound', 'conversation not found');
    deps.logger.debug({ conversationId, activityType: logged.type }, 'directline: bot activity logged');
    res.send(200, { id: logged.id });
  });

  // sendToConversation, and replyToActivity (what TurnContext.sendActivity uses when replyToId is set).
  server.post(`${CHANNEL_PATH}/:key/v3/conversations/:conversationId/activities`, handler);
  server.post(`${CHANNEL_PATH}/:key/v3/conversations/:conversationId/activities/:activityId`, handler);
}
