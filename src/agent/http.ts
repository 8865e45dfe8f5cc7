// The HTTP edge of the bot's own APIs (agent, backend events): JSON problems with a reason, zod-checked bodies, one error net per route.
import type { Next, Request, RequestHandler, Response } from 'restify';
import type { z } from 'zod';
import type { Logger } from 'pino';
import { MAX_JSON_DEPTH, nestsDeeperThan, tooDeepReason } from '../jsonDepth';
import { isJsonMediaType } from '../bot/activitySchema';
import { zodReason } from '../zodReason';

/** An answer other than success, with a stable `code` for programs and a `message` for people. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** 502: the customer's channel did not take what the bot sent for an agent; `outcome` says what that means. */
export const channelUnreachable = (outcome: string): HttpProblem =>
  new HttpProblem(502, 'channel_unreachable', `the customer's channel did not take the message; ${outcome}`);

export const sendProblem = (res: Response, status: number, code: string, message: string): void => {
  res.json(status, { code, message });
};

/** Requests whose body restify's JSON parser could not read, let through to their route (see tolerateUnreadableJson). */
const unreadableJson = new WeakSet<Request>();

/**
 * Wraps restify's JSON parsing for the bot's own APIs: a body that is not JSON reaches the route instead of being
 * answered by restify ({"code":"InvalidContent"}), so that the route answers in the documented terms
 * (invalid_request, invalid_event) and only after its own checks: the agent token, the webhook's signature.
 * restify keeps the raw text in req.body and req.rawBody, which is what the webhook's signature covers.
 */
export function tolerateUnreadableJson(parse: RequestHandler): RequestHandler {
  return (req, res, next) =>
    parse(req, res, ((error?: unknown) => {
      if (error instanceof Error && error.name === 'InvalidContentError') {
        unreadableJson.add(req);
        return next();
      }
      return next(error as Error);
    }) as Next);
}

/** True when the body was sent as JSON but is not JSON. */
export const isUnreadableJson = (req: Request): boolean => unreadableJson.has(req);

/**
 * 415 for a body sent as anything but JSON: restify reads a form (`curl -d 'text=hi'`) as fields, and a form's `text`
 * went to the customer. No Content-Type is taken as JSON (as on /api/messages), and an empty body (a bare release) has
 * nothing to misread, whatever it is labelled.
 */
export function requireJsonBody(req: Request): void {
  const mediaType = (req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType === '' || isJsonMediaType(mediaType)) return;
  if (!req.isChunked() && !((req.getContentLength() ?? 0) > 0)) return;
  throw new HttpProblem(415, 'unsupported_media_type', `the body must be JSON (Content-Type: application/json), not ${mediaType}`);
}

/** Checks a JSON body against its schema; the 400 names every wrong field. */
export function parseBody<S extends z.ZodTypeAny>(req: Request, schema: S): z.infer<S> {
  requireJsonBody(req);
  if (isUnreadableJson(req)) throw new HttpProblem(400, 'invalid_request', 'the body is not JSON');
  // A passed-through field (a conversation reference's) is stored and masked later, recursively.
  if (nestsDeeperThan(req.body, MAX_JSON_DEPTH)) throw new HttpProblem(400, 'invalid_request', tooDeepReason());
  const parsed = schema.safeParse(req.body);
  if (parsed.success) return parsed.data;
  throw new HttpProblem(400, 'invalid_request', zodReason(parsed.error));
}

/** Checks a URL's query parameters (each given once) against their schema; the 400 names every wrong one. */
export function parseQuery<S extends z.ZodTypeAny>(req: Request, schema: S): z.infer<S> {
  // Read from the URL itself: req.query is only an object when the server happens to use queryParser.
  const params = new URL(req.url ?? '', 'http://local').searchParams;
  const query = new Map<string, string>();
  for (const [name, value] of params) {
    if (query.has(name)) throw new HttpProblem(400, 'invalid_request', `${name}: given more than once`);
    query.set(name, value);
  }
  const parsed = schema.safeParse(Object.fromEntries(query));
  if (parsed.success) return parsed.data;
  throw new HttpProblem(400, 'invalid_request', zodReason(parsed.error, 'query'));
}

export type Handler = (req: Request, res: Response) => Promise<void>;

/** Registers a guarded route of one API (its authorization included). */
export type Route = (method: 'get' | 'post' | 'del', path: string, handler: Handler) => void;

/** Wraps a route: a thrown HttpProblem becomes its answer; anything else is logged and answered 500 without details. */
export function guarded(logger: Logger, handler: Handler): RequestHandler {
  return async (req: Request, res: Response) => {
    try {
      await handler(req, res);
    } catch (err) {
      if (err instanceof HttpProblem) return sendProblem(res, err.status, err.code, err.message);
      logger.error({ err, method: req.method, url: req.url }, 'request failed');
      if (!res.headersSent) sendProblem(res, 500, 'internal', 'internal error');
    }
  };
}
