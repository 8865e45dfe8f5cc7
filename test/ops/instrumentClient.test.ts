// The backend client's failures in the log: a fault at warn with its error, a lapsed login at info without a stack.
import { Writable } from 'node:stream';
import pino from 'pino';
import { BackendError, type AccountClient } from '../../src/backend/client';
import { instrumentAccountClient } from '../../src/ops/instrumentClient';
import { createBotMetrics } from '../../src/ops/metrics';

function failingClient(error: Error): { client: AccountClient; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const stub = { getAccount: () => Promise.reject(error) } as unknown as AccountClient;
  return { client: instrumentAccountClient(stub, createBotMetrics(), pino({ level: 'info' }, sink)), lines };
}

test('a lapsed login (401) is logged at info, with the call and the reason and no stack', async () => {
  const { client, lines } = failingClient(new BackendError('unauthorized', 'GET /v1/accounts/acct_001: HTTP 401 (unauthorized)'));
  await expect(client.getAccount({ accountId: 'acct_001', token: 'token', expiresAt: '2030-01-01T00:00:00Z' })).rejects.toThrow(BackendError);
  expect(lines).toEqual([
    expect.objectContaining({ level: 30, operation: 'getAccount', kind: 'unauthorized', reason: 'GET /v1/accounts/acct_001: HTTP 401 (unauthorized)' }),
  ]);
  expect(JSON.stringify(lines)).not.toContain('stack');
});

test('a backend fault is logged at warn with the error', async () => {
  const { client, lines } = failingClient(new BackendError('server_error', 'GET /v1/accounts/acct_001: HTTP 500'));
  await expect(client.getAccount({ accountId: 'acct_001', token: 'token', expiresAt: '2030-01-01T00:00:00Z' })).rejects.toThrow(BackendError);
  expect(lines).toEqual([expect.objectContaining({ level: 40, msg: 'backend call failed', kind: 'server_error' })]);
  expect((lines[0].err as { stack?: string }).stack).toContain('BackendError');
});
