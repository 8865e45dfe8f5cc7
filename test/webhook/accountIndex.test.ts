// The account index: every conversation logged in as an account (the latest first), and undoing a failed hand-in's entry.
import { MemoryStorage } from '../../src/storage';
import {
  accountEntry,
  conversationOfAccount,
  conversationsOfAccount,
  EARLIER_KEPT_MS,
  forgetAccountEntry,
  indexConversation,
  MAX_EARLIER_CONVERSATIONS,
  restoreAccountEntry,
} from '../../src/webhook/accountIndex';

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

describe('an account logged in in several conversations', () => {
  const HOUR = 60 * 60_000;
  const now = Date.parse('2026-05-01T12:00:00Z');

  test('each login is kept, the latest first; logging in again moves a conversation to the front', async () => {
    const storage = new MemoryStorage();
    for (const id of ['phone', 'computer', 'phone']) await indexConversation(storage, 'acct_001', id, now);
    expect(await conversationsOfAccount(storage, 'acct_001')).toEqual(['phone', 'computer']);
    expect(await conversationOfAccount(storage, 'acct_001')).toBe('phone');
  });

  test(`at most ${MAX_EARLIER_CONVERSATIONS} earlier ones, none older than a day`, async () => {
    const storage = new MemoryStorage();
    await indexConversation(storage, 'acct_001', 'yesterday', now - EARLIER_KEPT_MS - HOUR);
    for (let i = 1; i <= MAX_EARLIER_CONVERSATIONS + 1; i++) await indexConversation(storage, 'acct_001', `c${i}`, now - HOUR + i);
    await indexConversation(storage, 'acct_001', 'latest', now);
    const kept = await conversationsOfAccount(storage, 'acct_001');
    expect(kept).toHaveLength(1 + MAX_EARLIER_CONVERSATIONS);
    expect(kept[0]).toBe('latest');
    expect(kept).not.toContain('yesterday');
    expect(kept).not.toContain('c1');
  });

  test('two conversations logging in at once are both kept', async () => {
    const storage = new MemoryStorage();
    await Promise.all([indexConversation(storage, 'acct_001', 'one', now), indexConversation(storage, 'acct_001', 'two', now)]);
    expect((await conversationsOfAccount(storage, 'acct_001')).sort()).toEqual(['one', 'two']);
  });

  test('an erased conversation leaves the entry wherever it stands; the others stay', async () => {
    const storage = new MemoryStorage();
    for (const id of ['a', 'b', 'c']) await indexConversation(storage, 'acct_001', id, now);
    await forgetAccountEntry(storage, 'acct_001', 'b');
    expect(await conversationsOfAccount(storage, 'acct_001')).toEqual(['c', 'a']);
    await forgetAccountEntry(storage, 'acct_001', 'c');
    expect(await conversationsOfAccount(storage, 'acct_001')).toEqual(['a']);
    await forgetAccountEntry(storage, 'acct_001', 'a');
    expect(await storage.read([KEY])).toEqual({});
  });

  test('an entry written before earlier conversations were kept reads as the one latest conversation', async () => {
    const storage = new MemoryStorage();
    await indexTo(storage, 'old');
    expect(await conversationsOfAccount(storage, 'acct_001')).toEqual(['old']);
    await indexConversation(storage, 'acct_001', 'new', Date.now());
    expect(await conversationsOfAccount(storage, 'acct_001')).toEqual(['new', 'old']);
  });

  test('logins that keep colliding on the entry still index the conversation, as the latest, and do not fail the login', async () => {
    const storage = new MemoryStorage();
    await indexTo(storage, 'old');
    const write = storage.write.bind(storage);
    // Every compare-and-set loses to another login (two hundred conversations of one account logging in at once).
    jest.spyOn(storage, 'write').mockImplementation(async (changes) => {
      const [doc] = Object.values(changes) as Array<{ eTag?: string }>;
      if (doc?.eTag !== undefined) await write({ [KEY]: { conversationId: 'racer', updatedAt: new Date().toISOString() } });
      return write(changes);
    });
    await expect(indexConversation(storage, 'acct_001', 'new', Date.now())).resolves.toBeUndefined();
    expect(await conversationsOfAccount(storage, 'acct_001')).toEqual(['new', 'racer']);
  });
});
