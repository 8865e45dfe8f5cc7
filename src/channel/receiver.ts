// The channel's service endpoint: a small HTTP server that takes the activities a bot sends to `{serviceUrl}/v3/conversations/…`.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

/** Cards can be large; this bounds one activity, and keeps a runaway bot from filling memory. */
const MAX_BODY_BYTES = 1024 * 1024;

// sendToConversation posts to `…/activities`, replyToActivity (what a turn's sendActivity uses) to `…/activities/{replyToId}`.
const ACTIVITIES_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

/** Hands an arriving activity to its conversation; false when the channel knows no such conversation. */
export type Deliver = (conversationId: string, activity: Activity) => boolean;

export interface Receiver {
  /** The serviceUrl to put on outgoing activities (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

/** The Bot Framework connector's error codes, so a bot's logs read as they would against a real channel. */
const ERROR_CODES: Record<number, string> = {
  400: 'BadArgument',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  413: 'MessageSizeTooBig',
};

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function answer(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpProblem(413, `activity exceeds ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpProblem(400, 'body is not JSON');
  }
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new HttpProblem(400, 'the conversation id is not properly encoded');
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, deliver: Deliver): Promise<void> {
  const match = ACTIVITIES_PATH.exec(new URL(req.url ?? '/', 'http://channel').pathname);
  if (!match) throw new HttpProblem(404, 'no such route');
  // Updates and deletes of sent activities are accepted and ignored: a terminal cannot rewrite what it printed.
  if (req.method === 'PUT' || req.method === 'DELETE') return answer(res, 200, { id: match[2] ?? '' });
  if (req.method !== 'POST') throw new HttpProblem(405, `${req.method} is not supported`);
  const body = await readJson(req);
  if (typeof body !== 'object' || body === null || typeof (body as { type?: unknown }).type !== 'string') {
    throw new HttpProblem(400, 'an activity needs a type');
  }
  const conversationId = decodePart(match[1]);
  const id = randomUUID();
  const activity = { ...(body as Activity), id, conversation: { ...(body as Activity).conversation, id: conversationId } };
  if (!deliver(conversationId, activity)) throw new HttpProblem(404, `conversation ${conversationId} is not open on this channel`);
  answer(res, 200, { id });
}

/** Starts the endpoint on `host:port` (port 0 picks a free one). */
export async function startReceiver(deliver: Deliver, host = '127.0.0.1', port = 0): Promise<Receiver> {
  const server = createServer((req, res) => {
    handle(req, res, deliver).catch((error: unknown) => {
      const status = error instanceof HttpProblem ? error.status : 500;
      const code = ERROR_CODES[status] ?? 'InternalError';
      if (!res.headersSent) answer(res, status, { error: { code, message: String((error as Error).message) } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets the bot's connector holds would otherwise keep close() waiting.
        server.closeAllConnections();
      }),
  };
}
