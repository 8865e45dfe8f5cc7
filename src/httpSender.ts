// One HTTP exchange on a keep-alive agent (the backend client, the Direct Line channel): node:http(s) rather than fetch, for a third of the CPU.
import { Agent as HttpAgent, request as requestHttp, type IncomingMessage } from 'node:http';
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

/** A sender with its own keep-alive connections (HTTP or HTTPS, by each URL's scheme). */
export function createHttpSender(): HttpSend {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  return (method, url, headers, body, timeoutMs) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const request = secure ? requestHttps : requestHttp;
      let settled = false;
      const finish = (error: Error | undefined, answer?: HttpAnswer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) reject(error);
        else resolve(answer as HttpAnswer);
      };
      const req = request(
        target,
        {
          method,
          agent: secure ? agents.https : agents.http,
          headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        },
        (res: IncomingMessage) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => finish(undefined, { status: res.statusCode ?? 0, text }));
          res.on('error', (error) => finish(error));
        },
      );
      // One timer covers connecting, waiting and reading the body, so a stalled answer also times out.
      const timer = setTimeout(() => {
        const error = new HttpTimeoutError(`no answer within ${timeoutMs} ms`);
        finish(error);
        req.destroy(error);
      }, timeoutMs);
      req.on('error', (error) => finish(error));
      req.end(body);
    });
}
