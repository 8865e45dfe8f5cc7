// A generated secret is made once and then read back: by the next start, and by an instance starting at the same moment.
import { storedSecret } from '../../src/bot/storedSecret';
import { MemoryStorage } from '../../src/storage';

test('the first call creates the secret, every later one reads the same', async () => {
  const storage = new MemoryStorage();
  const first = await storedSecret(storage, 'secret/test');
  expect(first).toMatch(/^[0-9a-f]{64}$/);
  expect(await storedSecret(storage, 'secret/test')).toBe(first);
  expect(await storedSecret(storage, 'secret/other')).not.toBe(first);
});

test('two instances starting together agree on one secret', async () => {
  const storage = new MemoryStorage();
  const [a, b, c] = await Promise.all([1, 2, 3].map(() => storedSecret(storage, 'secret/test')));
  expect(new Set([a, b, c]).size).toBe(1);
});

test('a malformed stored secret stops the start with its key named, rather than being replaced', async () => {
  const storage = new MemoryStorage();
  await storage.write({ 'secret/test': { secret: 'short' } });
  await expect(storedSecret(storage, 'secret/test')).rejects.toThrow(/secret\/test is malformed/);
});
