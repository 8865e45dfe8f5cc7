// waitUntil: resolves with what the condition found, and a condition that never holds fails by its deadline, saying what it waited for.
import { waitUntil } from './waitUntil';

test('resolves with the first truthy value the condition returns, asking again until then', async () => {
  let asked = 0;
  const found = await waitUntil(() => ++asked >= 3 && `found on ask ${asked}`, { what: 'the third ask', intervalMs: 1 });
  expect(found).toBe('found on ask 3');
});

test('a condition that never holds fails after timeoutMs, naming what it waited for', async () => {
  const started = Date.now();
  await expect(waitUntil(() => false, { what: 'the moon to turn blue', timeoutMs: 100, intervalMs: 10 })).rejects.toThrow(
    'timed out after 100 ms waiting for the moon to turn blue',
  );
  expect(Date.now() - started).toBeGreaterThanOrEqual(100);
});

test('a `what` function is asked at the deadline, so the message tells what was there instead', async () => {
  const seen: number[] = [];
  const waiting = waitUntil(() => void seen.push(seen.length), { what: () => `a miracle; saw ${seen.length} asks`, timeoutMs: 50, intervalMs: 10 });
  await expect(waiting).rejects.toThrow(/waiting for a miracle; saw \d+ asks/);
  expect(seen.length).toBeGreaterThan(1);
});

test('a condition that throws ends the wait with its own error', async () => {
  const failing = waitUntil(
    async () => {
      throw new Error('the server went away');
    },
    { what: 'an answer', timeoutMs: 10_000 },
  );
  await expect(failing).rejects.toThrow('the server went away');
});
