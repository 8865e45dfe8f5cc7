// The in-memory store used by tests keeps the same contract as the durable ones.
import { createStorage, MemoryStorage } from '../../src/storage';
import { describeStorageContract } from './contract';

describeStorageContract('MemoryStorage', { open: async () => new MemoryStorage() });

test('createStorage with STORAGE=memory gives an empty in-memory store', async () => {
  const storage = await createStorage({ STORAGE: 'memory', DATA_DIR: './unused', DATABASE_URL: undefined });
  expect(storage).toBeInstanceOf(MemoryStorage);
  expect(await storage.read(['conv/1'])).toEqual({});
});
