// Undoing a failed hand-in's entry in the account index: put back as it was, removed if there was none, and never over a later login.
import { MemoryStorage } from '../../src/storage';
import { accountEntry, conversationOfAccount, restoreAccountEntry } from '../../src/webhook/accountIndex';

const KEY = 'account/acct_001';
const indexTo = (storage: MemoryStorage, conversationId: string) =>
  storage.write({ [KEY]: { conversationId, updatedAt: new Date().toISOString() } });

test('the entry a failed hand-in wrote over is put back', async () => {
  const storage = new MemoryStorage();
  await indexTo(storage, 'earlier');
  const previous = await accountEntry(storage, 'acct_001');
  await indexTo(storage, 'failed');
  await restoreAccountEntry(storage, 'acct_001', 'failed', previous);
  expect(await conversationOfAccount(storage, 'acct_001')).toBe('earlier');
});

test('an account that had no entry before the failed hand-in has none after it', async () => {
  const storage = new MemoryStorage();
  await indexTo(storage, 'failed');
  await restoreAccountEntry(storage, 'acct_001', 'failed', undefined);
  expect(await storage.read([KEY])).toEqual({});
});

test('a login in another conversation during the failed hand-in keeps its entry', async () => {
  const storage = new MemoryStorage();
  await indexTo(storage, 'earlier');
  const previous = await accountEntry(storage, 'acct_001');
  await indexTo(storage, 'failed');
  await indexTo(storage, 'later');
  await restoreAccountEntry(storage, 'acct_001', 'failed', previous);
  expect(await conversationOfAccount(storage, 'acct_001')).toBe('later');
});

test('a login that lands between the check and the write back wins over the entry put back', async () => {
  const storage = new MemoryStorage();
  await indexTo(storage, 'earlier');
  const previous = await accountEntry(storage, 'acct_001');
  await indexTo(storage, 'failed');
  const read = storage.read.bind(storage);
  // The later login is written right after restoreAccountEntry read the entry that still names the failed conversation.
  jest.spyOn(storage, 'read').mockImplementationOnce(async (keys) => {
    const items = await read(keys);
    await indexTo(storage, 'later');
    return items;
  });
  await restoreAccountEntry(storage, 'acct_001', 'failed', previous);
  expect(await conversationOfAccount(storage, 'acct_001')).toBe('later');
});
