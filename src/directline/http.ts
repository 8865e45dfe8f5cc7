// HTTP plumbing shared by the Direct Line routes: bounded JSON bodies, zod checks, Direct Line-shaped errors.
import type { Request, RequestHandler, Response } from 'restify';
import type { z } from 'zod';
import type { Logger } from './types';
import { MAX_JSON_DEPTH, nestsDeeperThan, tooDeepReason } from '../jsonDepth';

export type Parsed<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

/** Direct Line's error body: `{ error: { code, message } }`, which DirectLineJS and Web Chat log as is. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

/**
 * The JSON body, at most `limit` bytes and `maxDepth` levels deep (what lies behind walks bodies recursively). The bot
 * server may or may not run restify's bodyParser globally, so a body it already parsed is used as is and otherwise
 * the stream is read here, never past the limit.
 */
export async function readJsonBody(req: Request, limit: number, maxDepth = MAX_JSON_DEPTH): Promise<Parsed<unknown>> {
  const body = await readUncheckedBody(req, limit);
  if (body.ok && nestsDeeperThan(body.value, maxDepth)) return { ok: false, status: 400, message: tooDeepReason(maxDepth) };
  return body;
}

async function readUncheckedBody(req: Request, limit: number): Promise<Parsed<unknown>> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return { ok: false, status: 413, message: `body larger than ${limit} bytes` };
  const already: unknown = (req as { body?: unknown }).body;
  if (already !== undefined && already !== null) {
    if (typeof already === 'object' && !Buffer.isBuffer(already)) return { ok: true, value: already };
    return parseText(Buffer.isBuffer(already) ? already.toString('utf8') : String(already));
  }
  if (req.readableEnded) return { ok: true, value: undefined };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return { ok: false, status: 413, message: `body larger than ${limit} bytes` };
    chunks.push(chunk);
  }
  return parseText(Buffer.concat(chunks).toString('utf8'));
}

function parseText(text: string): Parsed<unknown> {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, message: 'body is not valid JSON' };
  }
}

/** Reads and validates a body; the failure says which field is wrong, for the 400. */
export async function readBody<S extends z.ZodTypeAny>(
  req: Request,
  limit: number,
  schema: S,
  maxDepth = MAX_JSON_DEPTH,
): Promise<Parsed<z.infer<S>>> {
  const raw = await readJsonBody(req, limit, maxDepth);
  if (!raw.ok) return raw;
  const parsed = schema.safeParse(raw.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { ok: false, status: 400, message: `${where}${issue?.message ?? 'invalid body'}` };
}

/**
 * Adapts an async handler to restify: it answers the request itself; a throw becomes a logged 500
 * instead of an unhandled rejection. The handler does not return the promise, so restify does not
 * mistake it for an async handler that must not call next.
 */
export function route(logger: Logger, handler: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return (req, res, next) => {
    handler(req, res).then(
      () => next(),
      (err: unknown) => {
        logger.error({ err, url: req.url }, 'directline: request failed');
        if (!res.headersSent) sendError(res, 500, 'ServiceError', 'internal error');
        next();
      },
    );
  };
}
