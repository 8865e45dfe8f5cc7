// One HTTP exchange on a keep-alive agent (the backend client, the Direct Line channel): node:http(s) rather than fetch, for a third of the CPU.
import { Agent as HttpAgent, request as requestHttp, type ClientRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as requestHttps } from 'node:https';

/**
 * Measured in `npm run bench` (docs/performance.md): fetch spent 250-360 µs of the bot's CPU per backend call,
 * node:http 100-140 µs, and a bot turn makes almost one call on average.
 */
export interface HttpAnswer {
  status: number;
  text: string;
}

/** What a request that ran out of time rejects with; its name is the one fetch's timeout used. */
export class HttpTimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

export type HttpSend = (
  method: string,
  url: string,
  headers: Record<string, string>,
  body: string | undefined,
  timeoutMs: number,
) => Promise<HttpAnswer>;

/**
 * Idle keep-alive connections are closed after this long: before the 5 s after which Node's servers (the mock
 * backend, the bot itself) close theirs, so that a request is seldom written into a connection the server is closing.
 */
const IDLE_SOCKET_MS = 4_000;

/**
 * Keep-alive agents that close idle connections after IDLE_SOCKET_MS, or sooner when the server's Keep-Alive hint
 * says so (Node honours that hint only for an agent that has a timeout of its own).
 */
export const createKeepAliveAgents = () => ({
  http: new HttpAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS }),
  https: new HttpsAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS }),
});

/**
 * Errors of a request written into a reused connection the server had already closed: it never reached the server,
 * so sending it again on a new connection is safe (Node's documented pattern, `request.reusedSocket`).
 */
const STALE_CONNECTION_CODES = new Set(['ECONNRESET', 'EPIPE']);

/** A sender with its own keep-alive connections (HTTP or HTTPS, by each URL's scheme). */
export function createHttpSender(): HttpSend {
  const agents = createKeepAliveAgents();
  return (method, url, headers, body, timeoutMs) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const request = secure ? requestHttps : requestHttp;
      const options = {
        method,
        agent: secure ? agents.https : agents.http,
        headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      };
      let settled = false;
      let current: ClientRequest;
      const finish = (error: Error | undefined, answer?: HttpAnswer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) reject(error);
        else resolve(answer as HttpAnswer);
      };
      const send = (retried: boolean) => {
        let answered = false;
        const req = request(target, options, (res: IncomingMessage) => {
          answered = true;
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => finish(undefined, { status: res.statusCode ?? 0, text }));
          res.on('error', (error) => finish(error));
        });
        current = req;
        req.on('error', (error: NodeJS.ErrnoException) => {
          const stale = req.reusedSocket && !answered && STALE_CONNECTION_CODES.has(error.code ?? '');
          if (stale && !retried && !settled) send(true);
          else finish(error);
        });
        req.end(body);
      };
      // One timer covers connecting, waiting and reading the body (a retry included), so a stalled answer times out.
      const timer = setTimeout(() => {
        const error = new HttpTimeoutError(`no answer within ${timeoutMs} ms`);
        finish(error);
        current.destroy(error);
      }, timeoutMs);
      send(false);
    });
}
