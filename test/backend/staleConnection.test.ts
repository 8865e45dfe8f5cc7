// A keep-alive connection the server closes while the bot writes into it: the request is sent again on a new
// connection, so a customer who paused a few seconds between two steps is not told "service unavailable".
import type { Socket } from 'node:net';
import { BackendError, createAccountClient } from '../../src/backend/client';
import { startStub } from '../mock/harness';

/**
 * A server that resets a connection at its `resetAt`-th request on it, without answering: what the client sees when
 * the server's keep-alive timeout closes an idle connection just as the client reuses it.
 */
async function resettingServer(resetAt: number) {
  const perSocket = new WeakMap<Socket, number>();
  let received = 0;
  const stub = await startStub((req, res) => {
    received++;
    const n = (perSocket.get(req.socket) ?? 0) + 1;
    perSocket.set(req.socket, n);
    if (n === resetAt) {
      req.socket.destroy();
      return;
    }
    res.statusCode = 204;
    res.end();
  });
  return { ...stub, received: () => received };
}

test('a request on a reused connection that the server has closed is sent once more on a new one', async () => {
  const server = await resettingServer(2);
  const client = createAccountClient({ baseUrl: server.url, timeoutMs: 2000 });
  try {
    await expect(client.requestOtp('13800000001')).resolves.toEqual({ ok: true, value: undefined });
    // The same keep-alive connection again: the server resets it, the client retries on a fresh one.
    await expect(client.requestOtp('13800000001')).resolves.toEqual({ ok: true, value: undefined });
    expect(server.received()).toBe(3);
  } finally {
    await server.close();
  }
});

test('a request reset on a new connection is not sent again (it may have reached the server)', async () => {
  const server = await resettingServer(1);
  const client = createAccountClient({ baseUrl: server.url, timeoutMs: 2000 });
  try {
    const error = await client.requestOtp('13800000001').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackendError);
    expect((error as BackendError).kind).toBe('unavailable');
    expect(server.received()).toBe(1);
  } finally {
    await server.close();
  }
});
