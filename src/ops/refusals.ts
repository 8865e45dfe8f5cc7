// One log line for each request the bot refuses (4xx, or 501 to an activity it has no answer for): which request, and why.
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';

/** Requests whose refusal was logged already where it was decided (an unauthenticated activity, a refused backend event). */
const loggedAlready = new WeakSet<Request>();

/** The refusal of `req` is in the log already: no second line for it. */
export const refusalLogged = (req: Request): void => void loggedAlready.add(req);

/** Longest reason logged: a zod issue can be long, and the line should stay one glance. */
const MAX_REASON_LENGTH = 200;

/**
 * Why restify itself refused, by its error's name. Not the error's message: a JSON parse error quotes the start of the
 * body, which may be a customer's message.
 */
const RESTIFY_REASONS: Record<string, string> = {
  InvalidContentError: 'the body is not valid JSON',
  PayloadTooLargeError: 'the body is too large',
  MethodNotAllowedError: 'method not allowed on this path',
  ResourceNotFoundError: 'no such route',
  UnsupportedMediaTypeError: 'unsupported media type',
};

/** What the answer says of itself: restify's error, or the `{code, message}` body every refusal of the bot's own sends. */
function reasonOf(res: Response, err: unknown): string {
  const body = (res as Response & { _body?: unknown })._body;
  const error = err instanceof Error ? err : body instanceof Error ? body : undefined;
  if (error) return RESTIFY_REASONS[error.name] ?? error.name;
  if (body && typeof body === 'object') {
    const { code, message } = body as { code?: unknown; message?: unknown };
    const said = [code, message].filter((part) => typeof part === 'string' && part !== '').join(': ');
    if (said) return said.slice(0, MAX_REASON_LENGTH);
  }
  return res.statusCode === 501 ? 'not implemented (an activity the bot has no answer for)' : 'refused';
}

/** Refusals that are the ordinary course of things (a route or id not there, a conversation no longer with an agent). */
const ORDINARY = new Set([404, 405, 409, 410]);

/**
 * Logs each refused request once, after its answer went: method, path, status and reason (never the body, nor the query,
 * which may hold a cursor). Bad input is a warning; an unknown route or a conversation in another state is info.
 */
export function logRefusals(server: Server, logger: Logger): void {
  server.on('after', (req: Request, res: Response, _route: unknown, err: unknown) => {
    const status = res.statusCode;
    if (!((status >= 400 && status < 500) || status === 501) || loggedAlready.has(req)) return;
    const line = { method: req.method, path: req.path(), status, reason: reasonOf(res, err) };
    if (ORDINARY.has(status)) logger.info(line, 'request refused');
    else logger.warn(line, 'request refused');
  });
}
