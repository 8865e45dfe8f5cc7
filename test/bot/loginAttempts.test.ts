// Wrong codes counted per phone number across conversations: five in fifteen minutes, and its codes are not checked.
import type { BackendPorts } from '../../machines/ports';
import { MemoryStorage } from '../../src/storage';
import { LoginAttempts, limitWrongCodes, MAX_WRONG_CODES_PER_PHONE, WRONG_CODE_WINDOW_MS } from '../../src/bot/loginAttempts';
import { session } from '../machines/dialogueModel';

function setUp() {
  const storage = new MemoryStorage();
  const clock = { now: 1_000_000 };
  const checked: string[] = [];
  const backend = {
    createSession: async ({ code }: { phone: string; code: string }) => {
      checked.push(code);
      return code === '123456' ? ({ ok: true, value: session } as const) : ({ ok: false, error: 'wrong_code' } as const);
    },
  } as unknown as BackendPorts;
  const ports = limitWrongCodes(backend, new LoginAttempts(storage, () => clock.now));
  const tryCode = (code: string, phone = '13800000005') => ports.createSession({ phone, code });
  return { storage, clock, checked, tryCode };
}

test('the fifth wrong code for a number locks it: even the right one is then refused without asking the backend', async () => {
  const { checked, tryCode } = setUp();
  for (let i = 1; i < MAX_WRONG_CODES_PER_PHONE; i++) {
    expect(await tryCode('000000')).toEqual({ ok: false, error: 'wrong_code', attemptsLeft: MAX_WRONG_CODES_PER_PHONE - i });
  }
  // The one that reaches the limit says so.
  expect(await tryCode('000000')).toEqual({ ok: false, error: 'too_many_attempts', minutesLeft: 15 });
  expect(await tryCode('123456')).toEqual({ ok: false, error: 'too_many_attempts', minutesLeft: 15 });
  expect(checked).toHaveLength(MAX_WRONG_CODES_PER_PHONE);
  // Another number is not locked out.
  expect((await tryCode('123456', '13800000004')).ok).toBe(true);
});

test('the lock ends with the window that began at the first wrong code, and says how long is left of it', async () => {
  const { clock, tryCode } = setUp();
  await tryCode('000000');
  clock.now += 4 * 60_000 + 30_000;
  for (let i = 1; i < MAX_WRONG_CODES_PER_PHONE - 1; i++) await tryCode('000000');
  // The code that reaches the limit, 4.5 minutes after the first: 10.5 minutes left, said as 11.
  expect(await tryCode('000000')).toEqual({ ok: false, error: 'too_many_attempts', minutesLeft: 11 });
  clock.now += 10 * 60_000;
  expect(await tryCode('123456')).toEqual({ ok: false, error: 'too_many_attempts', minutesLeft: 1 });
  clock.now += 30_000 - 1;
  expect(await tryCode('123456')).toEqual({ ok: false, error: 'too_many_attempts', minutesLeft: 1 });
  clock.now += 1;
  expect((await tryCode('123456')).ok).toBe(true);
});

test('the right code forgets the wrong ones before it', async () => {
  const { tryCode } = setUp();
  for (let i = 0; i < MAX_WRONG_CODES_PER_PHONE - 1; i++) await tryCode('000000');
  expect((await tryCode('123456')).ok).toBe(true);
  for (let i = 0; i < MAX_WRONG_CODES_PER_PHONE - 1; i++) await tryCode('000000');
  expect((await tryCode('123456')).ok).toBe(true);
});

test('the store keeps a count under a keyed hash, never the phone number', async () => {
  const { storage, tryCode } = setUp();
  const write = jest.spyOn(storage, 'write');
  await tryCode('000000');
  const written = JSON.stringify(write.mock.calls);
  expect(written).toMatch(/"login-attempts\/[0-9a-f]{32}":\{"count":1,/);
  expect(written).not.toContain('13800000005');
});
