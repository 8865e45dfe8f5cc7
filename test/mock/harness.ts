// Test harness: starts a mock backend on a free port and talks to it over real HTTP, as the bot or a browser would.
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockBackend, type MockBackend, type MockBackendOptions } from '../../src/mock/server';

export const OTP = '654321';

export interface Answer {
  status: number;
  contentType: string;
  text: string;
  /** The parsed JSON body, when the answer is JSON. */
  body: any;
}

export interface RunningMock {
  mock: MockBackend;
  url: string;
  request(method: string, path: string, init?: { json?: unknown; token?: string; headers?: Record<string, string>; raw?: string }): Promise<Answer>;
  /** Logs a phone in with the right code and returns the session. */
  login(phone: string): Promise<{ accountId: string; token: string; expiresAt: string }>;
  /** Submits an HTML form the way a browser does. */
  submitForm(path: string, fields: Record<string, string>): Promise<Answer>;
  close(): Promise<void>;
}

export async function startMock(options: Partial<MockBackendOptions> = {}): Promise<RunningMock> {
  const mock = createMockBackend({ otpCode: OTP, ...options });
  const url = await mock.listen(0, '127.0.0.1');

  const request: RunningMock['request'] = async (method, path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.json !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(url + path, {
      method,
      headers,
      body: init.raw ?? (init.json === undefined ? undefined : JSON.stringify(init.json)),
    });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    return { status: response.status, contentType, text, body: contentType.includes('json') && text ? JSON.parse(text) : undefined };
  };

  return {
    mock,
    url,
    request,
    async login(phone) {
      const answer = await request('POST', '/v1/sessions', { json: { phone, code: OTP } });
      if (answer.status !== 201) throw new Error(`login failed: ${answer.status} ${answer.text}`);
      return answer.body;
    },
    submitForm(path, fields) {
      return request('POST', path, {
        raw: new URLSearchParams(fields).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    },
    close: () => mock.close(),
  };
}

/**
 * A hand-made HTTP server on a free port, for what the mock does not play: the bot's webhook endpoint, or a broken
 * backend. Handlers must not chain on res.writeHead(): restify patches it process-wide and its version returns nothing.
 */
export async function startStub(handler: RequestListener): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
