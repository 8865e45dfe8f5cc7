// The Direct Line 3.0 subset DirectLineJS (Web Chat's createDirectLine, polling) calls: tokens, start/resume, post, poll.
import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { conversationStarted, forPage, fromCustomer, toBot, type ChannelIdentity } from './activities';
import type { BotForwarder } from './forwarder';
import { readBody, route, sendError } from './http';
import type { RateLimiter } from './rateLimit';
import { clientActivitySchema, generateBodySchema, startBodySchema, watermarkSchema } from './schemas';
import type { Conversations } from './recovery';
import type { Conversation, ConversationStore } from './store';
import type { TokenClaims, TokenService } from './tokens';
import { bearerToken } from '../secret';
import type { Logger } from './types';

export const DIRECT_LINE_PATH = '/v3/directline';
const CLIENT_BODY_LIMIT = 32 * 1024;

export interface ClientRouteDeps {
  tokens: TokenService;
  store: ConversationStore;
  /** Finds a conversation, recovering one this process lost (a restart) from the bot's transcript. */
  conversations: Conversations;
  forwarder: BotForwarder;
  tokenLimiter: RateLimiter;
  clientAddress: (req: Request) => string;
  channel: ChannelIdentity;
  logger: Logger;
  now: () => number;
}

const randomId = (bytes: number) => randomBytes(bytes).toString('base64url');

export function registerClientRoutes(server: Server, deps: ClientRouteDeps): void {
  const { tokens, store, conversations, logger } = deps;

  /**
   * 401 without a valid token; 403 for an expired one (DirectLineJS reads only 403 as "token expired" and
   * reports the connection as lost, while a 401 would silently stop its polling) and for another conversation's.
   */
  const authorize = (req: Request, res: Response, conversationId?: string): TokenClaims | undefined => {
    const check = tokens.verify(bearerToken(req.headers.authorization));
    if (!check.ok) {
      if (check.reason === 'expired') sendError(res, 403, 'TokenExpired', 'token expired');
      else sendError(res, 401, 'Unauthorized', check.reason === 'missing' ? 'missing bearer token' : 'invalid token');
      return undefined;
    }
    if (conversationId !== undefined && check.claims.conv !== conversationId) {
      sendError(res, 403, 'Forbidden', 'token is not valid for this conversation');
      return undefined;
    }
    res.header('cache-control', 'no-store');
    return check.claims;
  };

  /**
   * The token's conversation, held or recovered; otherwise answers 404 (none: the page starts afresh) or 503 (the
   * store that would recover it did not answer: the page tries again) and gives undefined.
   */
  const conversationOf = async (res: Response, claims: TokenClaims): Promise<Conversation | undefined> => {
    const lookup = await conversations.find(claims.conv, claims.user);
    if (lookup.kind === 'found') return lookup.conversation;
    if (lookup.kind === 'unavailable') sendUnavailable(res);
    else sendError(res, 404, 'NotFound', 'conversation not found');
    return undefined;
  };
  const sendUnavailable = (res: Response) => sendError(res, 503, 'ServiceUnavailable', 'the conversation cannot be read now; try again');

  const conversationInfo = (claims: TokenClaims, token: string) => ({
    conversationId: claims.conv,
    token,
    expires_in: Math.max(0, claims.exp - Math.floor(deps.now() / 1000)),
  });

  const readWatermark = (req: Request, res: Response): { ok: true; value: number | undefined } | { ok: false } => {
    // Read from the URL itself: req.query is only an object when the server happens to use queryParser.
    const raw = new URL(req.url ?? '', 'http://local').searchParams.get('watermark') ?? undefined;
    const parsed = watermarkSchema.safeParse(raw);
    if (parsed.success) return { ok: true, value: parsed.data };
    sendError(res, 400, 'BadArgument', parsed.error.issues[0]?.message ?? 'bad watermark');
    return { ok: false };
  };

  server.post(`${DIRECT_LINE_PATH}/tokens/generate`, route(logger, async (req, res) => {
    // Open to any page visitor (no secret on the page), so minting is rate-limited per address; a token costs
    // no memory until it starts its conversation, and the store is bounded anyway.
    if (!deps.tokenLimiter.take(deps.clientAddress(req))) {
      res.header('retry-after', '60');
      return sendError(res, 429, 'TooManyRequests', 'too many tokens requested; try again in a minute');
    }
    const body = await readBody(req, CLIENT_BODY_LIMIT, generateBodySchema);
    if (!body.ok) return sendError(res, body.status, 'BadArgument', body.message);
    // The user id is chosen here and sealed in the token ("dl_" ids are reserved for that), so no page can
    // speak as another customer.
    const conversationId = randomId(18);
    const minted = tokens.mint(conversationId, `dl_${randomId(12)}`);
    res.header('cache-control', 'no-store');
    res.send(200, { conversationId, token: minted.token, expires_in: minted.expiresIn });
  }));

  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, route(logger, async (req, res) => {
    const claims = authorize(req, res);
    if (!claims) return;
    if (!(await conversationOf(res, claims))) return;
    const minted = tokens.mint(claims.conv, claims.user);
    res.send(200, { conversationId: claims.conv, token: minted.token, expires_in: minted.expiresIn });
  }));

  server.post(`${DIRECT_LINE_PATH}/conversations`, route(logger, async (req, res) => {
    const claims = authorize(req, res);
    if (!claims) return;
    const body = await readBody(req, CLIENT_BODY_LIMIT, startBodySchema);
    if (!body.ok) return sendError(res, body.status, 'BadArgument', body.message);
    const token = bearerToken(req.headers.authorization) as string;
    const lookup = await conversations.find(claims.conv, claims.user);
    if (lookup.kind === 'unavailable') return sendUnavailable(res);
    // Asked again after the wait: a second start with the same token may have created it meanwhile.
    if (lookup.kind === 'found' || store.get(claims.conv)) return res.send(200, conversationInfo(claims, token));
    const conversation = store.create(claims.conv, claims.user, body.value?.locale);
    logger.info({ conversationId: conversation.id }, 'directline: conversation started');
    // Not awaited: the page starts polling while the bot prepares its greeting.
    void deps.forwarder.forward(conversation, conversationStarted(conversation, deps.channel, new Date(deps.now())));
    res.send(201, conversationInfo(claims, token));
  }));

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId`, route(logger, async (req, res) => {
    const claims = authorize(req, res, req.params.conversationId);
    if (!claims || !readWatermark(req, res).ok) return;
    if (!(await conversationOf(res, claims))) return;
    res.send(200, conversationInfo(claims, bearerToken(req.headers.authorization) as string));
  }));

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, route(logger, async (req, res) => {
    const claims = authorize(req, res, req.params.conversationId);
    if (!claims) return;
    const watermark = readWatermark(req, res);
    if (!watermark.ok) return;
    if (!(await conversationOf(res, claims))) return;
    const page = store.since(claims.conv, watermark.value);
    if (!page) return sendError(res, 404, 'NotFound', 'conversation not found');
    res.send(200, { activities: forPage(page.activities), watermark: page.watermark });
  }));

  server.post(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, route(logger, async (req, res) => {
    const claims = authorize(req, res, req.params.conversationId);
    if (!claims) return;
    const body = await readBody(req, CLIENT_BODY_LIMIT, clientActivitySchema);
    if (!body.ok) return sendError(res, body.status, 'BadArgument', body.message);
    const conversation = await conversationOf(res, claims);
    if (!conversation) return;
    // Logged before the bot's turn so the transcript shows the question before the answers it causes.
    const logged = store.append(conversation.id, fromCustomer(conversation, body.value, deps.channel, new Date(deps.now())));
    if (!logged) return sendError(res, 404, 'NotFound', 'conversation not found');
    const delivery = await deps.forwarder.forward(conversation, toBot(logged, deps.channel));
    if (!delivery.ok) return sendError(res, 502, 'BotError', 'the bot could not take the message');
    res.send(200, { id: logged.id });
  }));
}
