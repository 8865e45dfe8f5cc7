// The mock backend's state file: accounts, orders and sessions survive a restart; a bad file falls back to the personas; writes are coalesced and whole.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startMock as startConfiguredMock, MOCK_STATE_FILE_NAME } from '../../src/mock/startMock';
import { createStateWriter, type MockStateSnapshot } from '../../src/mock/stateFile';
import { waitUntil } from '../support/waitUntil';
import { startMock, type RunningMock } from './harness';

const VALID_ID_NUMBER = '11010519491231002X';

let dir: string;
let file: string;
const running: RunningMock[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mock-state-'));
  file = path.join(dir, 'mock-backend.json');
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((m) => m.close()));
  rmSync(dir, { recursive: true, force: true });
});

/** A mock on `file`, with its warnings collected. */
async function mockOnFile(): Promise<{ m: RunningMock; warnings: string[] }> {
  const warnings: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
  const m = await startMock({ stateFile: file, logger });
  running.push(m);
  return { m, warnings };
}

async function restart(m: RunningMock): Promise<RunningMock> {
  await m.close();
  running.splice(running.indexOf(m), 1);
  return (await mockOnFile()).m;
}

const saved = (): MockStateSnapshot => JSON.parse(readFileSync(file, 'utf8'));
/** An account as the file has it now; undefined while there is no file yet. */
function savedAccount(accountId: string) {
  if (!readdirSync(dir).includes('mock-backend.json')) return undefined;
  return saved().accounts.find((a) => a.account.accountId === accountId)?.account;
}

test('a closed mock and a new one on the same file: logins still work, and what customers did stays done', async () => {
  let { m } = await mockOnFile();
  const newcomer = await m.login('13800000002');
  expect((await m.submitForm('/shop/real-name', { accountId: newcomer.accountId, name: '张三', idNumber: VALID_ID_NUMBER })).status).toBe(200);
  const payer = await m.login('13800000005');
  expect((await m.request('POST', `/v1/accounts/${payer.accountId}/orders/JD5001/confirm-receipt`, { token: payer.token })).status).toBe(200);
  const enabler = await m.login('13800000004');
  expect((await m.request('POST', `/v1/accounts/${enabler.accountId}/pay-later`, { token: enabler.token, json: { acceptTerms: true } })).status).toBe(200);
  const stranger = await m.login('13912345678');

  m = await restart(m);

  const account = await m.request('GET', `/v1/accounts/${newcomer.accountId}`, { token: newcomer.token });
  expect(account.status).toBe(200);
  expect(account.body.realName).toEqual({ verified: true });
  const orders = await m.request('GET', `/v1/accounts/${payer.accountId}/orders`, { token: payer.token });
  expect(orders.body.orders.find((o: { orderId: string }) => o.orderId === 'JD5001').status).toBe('paid');
  const enabled = await m.request('GET', `/v1/accounts/${enabler.accountId}`, { token: enabler.token });
  expect(enabled.body.payLater).toEqual({ enabled: true, limit: 5000 });
  // A phone that made its own account gets that account back, not a new one.
  expect((await m.login('13912345678')).accountId).toBe(stranger.accountId);
  // The file is whole: no temporary file is left beside it.
  expect(readdirSync(dir)).toEqual(['mock-backend.json']);
});

test('a session keeps its expiry across the restart, and an expired one is not kept', async () => {
  let clock = Date.now();
  const first = await startMock({ stateFile: file, sessionTtlMs: 60_000, now: () => clock });
  const early = await first.login('13800000001');
  clock += 50_000;
  const late = await first.login('13800000001');
  clock += 20_000; // `early` has lapsed, `late` has 40 s left
  await first.close();

  const again = await startMock({ stateFile: file, sessionTtlMs: 60_000, now: () => clock });
  running.push(again);
  expect((await again.request('GET', `/v1/accounts/${late.accountId}`, { token: late.token })).status).toBe(200);
  expect((await again.request('GET', `/v1/accounts/${early.accountId}`, { token: early.token })).status).toBe(401);
  expect(saved().sessions.map((s) => s.token)).toEqual([late.token]);
  clock += 40_000;
  expect((await again.request('GET', `/v1/accounts/${late.accountId}`, { token: late.token })).status).toBe(401);
});

test.each([
  ['not JSON', '{"version": 1, "accounts": ['],
  ['not a state', JSON.stringify({ version: 1, accounts: [{ phone: '13800000001', account: { accountId: 'acct_001' }, orders: [] }], sessions: [] })],
  ['from an unknown version', JSON.stringify({ version: 2, accounts: [], sessions: [] })],
])('a state file %s is logged as a warning naming the file, and the mock starts from the personas', async (_what, text) => {
  writeFileSync(file, text);
  const { m, warnings } = await mockOnFile();
  expect(warnings).toHaveLength(1);
  expect(JSON.parse(warnings[0])).toMatchObject({ level: 40, file, msg: expect.stringContaining(file) });
  const persona = await m.login('13800000001');
  const account = await m.request('GET', `/v1/accounts/${persona.accountId}`, { token: persona.token });
  expect(account.body).toMatchObject({ accountId: 'acct_001', plus: { active: false }, realName: { verified: false } });
});

test('no state file yet: the personas, quietly, and nothing is written before a change', async () => {
  const { m, warnings } = await mockOnFile();
  expect(m.mock.state.describePersonas()).toHaveLength(6);
  await m.close();
  expect(warnings).toEqual([]);
  expect(readdirSync(dir)).toEqual([]);
});

test('POST /v1/_reset brings the personas back and saves them', async () => {
  const { m } = await mockOnFile();
  const session = await m.login('13800000002');
  await m.submitForm('/shop/real-name', { accountId: session.accountId, name: '张三', idNumber: VALID_ID_NUMBER });
  await waitUntil(() => savedAccount('acct_002')?.realName.verified === true, { what: 'the verification saved' });

  expect((await m.request('POST', '/v1/_reset')).status).toBe(204);
  // Saved by the reset itself, before any close.
  await waitUntil(() => savedAccount('acct_002')?.realName.verified === false, { what: 'the personas saved' });
  // The session is kept, as a reset keeps sessions.
  expect((await (await restart(m)).request('GET', '/v1/accounts/acct_002', { token: session.token })).body.realName).toEqual({ verified: false });
});

describe('the writer', () => {
  let value: number;
  let reads: number;
  const snapshot = (): MockStateSnapshot => {
    reads += 1;
    return { version: 1, accounts: [], sessions: [{ accountId: `acct_${value}`, token: 't', expiresAt: new Date(0).toISOString() }] };
  };
  const written = () => saved().sessions[0].accountId;
  beforeEach(() => {
    value = 0;
    reads = 0;
  });

  test('two quick changes make one write, of the last state', async () => {
    const writer = createStateWriter(file, snapshot, pino({ level: 'silent' }), 20);
    value = 1;
    writer.changed();
    value = 2;
    writer.changed();
    await waitUntil(() => reads === 1 && readdirSync(dir).includes('mock-backend.json'), { what: 'one write' });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(reads).toBe(1);
    expect(written()).toBe('acct_2');
  });

  test('a change during a write is written after it, and flush waits for both', async () => {
    // The second change comes while the first state is being written (right after it was read).
    const writer = createStateWriter(
      file,
      () => {
        const state = snapshot();
        if (reads === 1) {
          value = 2;
          writer.changed();
        }
        return state;
      },
      pino({ level: 'silent' }),
      0,
    );
    value = 1;
    writer.changed();
    await waitUntil(() => reads === 1, { what: 'the first write', intervalMs: 1 });
    await writer.flush();
    expect(reads).toBe(2);
    expect(written()).toBe('acct_2');
  });

  test('flush writes a pending change at once; with nothing pending it writes nothing', async () => {
    const writer = createStateWriter(file, snapshot, pino({ level: 'silent' }), 60_000);
    await writer.flush();
    expect(reads).toBe(0);
    value = 3;
    writer.changed();
    await writer.flush();
    expect(written()).toBe('acct_3');
    expect(reads).toBe(1);
  });
});

test('`npm start` / `npm run start:mock` keep the mock state in DATA_DIR', async () => {
  const config = loadConfig({ DATA_DIR: dir, MOCK_BACKEND_PORT: '6150', STORAGE: 'memory', LOG_LEVEL: 'silent' });
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    const { mock, url } = await startConfiguredMock(config, pino({ level: 'silent' }));
    const answer = await fetch(`${url}/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone: '13800000001', code: config.MOCK_OTP_CODE }),
    });
    expect(answer.status).toBe(201);
    await mock.close();
  } finally {
    log.mockRestore();
  }
  expect(readdirSync(dir)).toEqual([MOCK_STATE_FILE_NAME]);
  file = path.join(dir, MOCK_STATE_FILE_NAME);
  expect(saved().sessions).toHaveLength(1);
});
