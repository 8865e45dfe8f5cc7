// The mock's HTTP edge: body checks against the shared schemas, typed error answers, and one mapping of every error to JSON {code, message}.
import type { Request, Response } from 'restify';
import type { z } from 'zod';
import { ERROR_CODES, errorBodySchema, type ErrorBody } from '../backend/schemas';
import type { Page } from './pages';
import { zodReason } from '../zodReason';

export const MAX_BODY_BYTES = 16 * 1024;

/** Thrown by route handlers; the server's error listener turns it into the JSON answer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Refuses, before reading a byte, bodies the mock will not read anyway. */
export async function guardBody(req: Request): Promise<void> {
  // restify's gunzip stream has no error listener, so a corrupt gzip body would crash the process; nobody needs to
  // compress requests to a mock.
  const encoding = req.header('content-encoding');
  if (encoding && encoding.toLowerCase() !== 'identity') {
    throw new ApiError(415, ERROR_CODES.unsupportedMediaType, `content-encoding ${encoding} is not accepted`);
  }
  // A declared oversize body is refused at once; an undeclared (chunked) one is cut off by the body reader.
  if (req.contentLength() > MAX_BODY_BYTES) {
    throw new ApiError(413, ERROR_CODES.payloadTooLarge, `request body exceeds ${MAX_BODY_BYTES} bytes`);
  }
}

function bodyWasSent(req: Request): boolean {
  return req.contentLength() > 0 || req.isChunked();
}

function parseBody<S extends z.ZodTypeAny>(req: Request, schema: S, contentType: RegExp, expected: string): z.infer<S> {
  if (bodyWasSent(req) && !contentType.test(req.getContentType())) {
    throw new ApiError(415, ERROR_CODES.unsupportedMediaType, `send ${expected}`);
  }
  const parsed = schema.safeParse(bodyWasSent(req) ? req.body : undefined);
  if (!parsed.success) throw new ApiError(400, ERROR_CODES.invalidRequest, zodReason(parsed.error));
  return parsed.data;
}

/** The request's JSON body, checked against the API's schema (400 with the reason when it does not fit). */
export function jsonBody<S extends z.ZodTypeAny>(req: Request, schema: S): z.infer<S> {
  return parseBody(req, schema, /^application\/([\w.-]+\+)?json$/, 'application/json');
}

/** The fields of a browser form post, checked against a schema. */
export function formBody<S extends z.ZodTypeAny>(req: Request, schema: S): z.infer<S> {
  return parseBody(req, schema, /^application\/x-www-form-urlencoded$/, 'an HTML form (application/x-www-form-urlencoded)');
}

/** Sends a response body after checking it against the contract, so the mock cannot drift from the client. */
export function sendJson<S extends z.ZodTypeAny>(res: Response, status: number, schema: S, body: z.input<S>): void {
  res.json(status, schema.parse(body));
}

export function sendPage(res: Response, page: Page): void {
  res.sendRaw(page.status, page.html, { 'content-type': 'text/html; charset=utf-8' });
}

/** Codes for the errors restify raises itself before a handler runs (routing, body reading). */
const RESTIFY_CODES: Record<number, string> = {
  404: ERROR_CODES.notFound,
  405: ERROR_CODES.methodNotAllowed,
  413: ERROR_CODES.payloadTooLarge,
  415: ERROR_CODES.unsupportedMediaType,
};

/** The status and JSON body for any error a request ends with; internals of unexpected errors are never shown. */
export function errorAnswer(error: unknown): { status: number; body: ErrorBody & Record<string, unknown> } {
  if (error instanceof ApiError) {
    return { status: error.status, body: { ...error.extra, code: error.code, message: error.message } };
  }
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = error instanceof Error ? error.message : 'bad request';
    // restify raises InvalidContentError for a body its JSON parser cannot read.
    const code =
      (error as Error).name === 'InvalidContentError' ? ERROR_CODES.invalidJson : (RESTIFY_CODES[status] ?? ERROR_CODES.invalidRequest);
    return { status, body: errorBodySchema.parse({ code, message }) };
  }
  return { status: 500, body: { code: ERROR_CODES.internal, message: 'internal error' } };
}
