// The chunked log keeps every item in order when appends skip re-reading the last chunk, also with two writers.
import { isEtagConflictError, MemoryStorage } from '../../src/storage';
import { ChunkedLog } from '../../src/transcripts/chunkedLog';

test('appends from one writer land in order across chunks, without re-reading the chunk it wrote', async () => {
  const storage = new MemoryStorage();
  const log = new ChunkedLog<number>(storage, { chunkSize: 4 });
  const read = jest.spyOn(storage, 'read');
  for (let i = 0; i < 10; i++) await log.append('l', [i]);
  const chunkReads = read.mock.calls.filter(([keys]) => keys.some((key) => key.includes('/chunk/')));
  expect(chunkReads).toHaveLength(0);
  expect(await log.all('l')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

test('a writer whose kept chunk went stale (another instance appended) reads it again and loses nothing', async () => {
  const storage = new MemoryStorage();
  const a = new ChunkedLog<string>(storage, { chunkSize: 5 });
  const b = new ChunkedLog<string>(storage, { chunkSize: 5 });
  await a.append('l', ['a1']);
  await b.append('l', ['b1']);
  await a.append('l', ['a2', 'a3']);
  await a.append('l', ['a4']);
  await b.append('l', ['b2', 'b3']);
  await a.append('l', ['a5']);
  expect(await a.all('l')).toEqual(['a1', 'b1', 'a2', 'a3', 'a4', 'b2', 'b3', 'a5']);
});

test('a list deleted and written again is not mixed with the chunk kept from before', async () => {
  const storage = new MemoryStorage();
  const a = new ChunkedLog<string>(storage, { chunkSize: 5 });
  const b = new ChunkedLog<string>(storage, { chunkSize: 5 });
  await a.append('l', ['old1', 'old2']);
  await b.delete('l');
  await b.append('l', ['new1', 'new2']);
  await a.append('l', ['new3']);
  expect(await a.all('l')).toEqual(['new1', 'new2', 'new3']);
});

test('an append that loses its compare-and-set to another instance is redone on the fresh list and loses nothing', async () => {
  const storage = new MemoryStorage();
  const a = new ChunkedLog<string>(storage, { chunkSize: 4 });
  const b = new ChunkedLog<string>(storage, { chunkSize: 4 });
  await a.append('l', ['a1']);
  const write = storage.write.bind(storage);
  let interfered = false;
  const writes = jest.spyOn(storage, 'write').mockImplementation(async (changes) => {
    // Another instance appends between a's reads and a's write.
    if (!interfered) {
      interfered = true;
      await b.append('l', ['b1']);
    }
    return write(changes);
  });
  expect(await a.append('l', ['a2'])).toBe(2);
  expect(writes).toHaveBeenCalledTimes(3);
  expect(await a.all('l')).toEqual(['a1', 'b1', 'a2']);
});

test('an append that keeps losing gives up after five tries with a conflict on the list head, and writes nothing', async () => {
  const storage = new MemoryStorage();
  const log = new ChunkedLog<string>(storage, { chunkSize: 4 });
  await log.append('l', ['first']);
  const write = storage.write.bind(storage);
  let tries = 0;
  jest.spyOn(storage, 'write').mockImplementation(async (changes) => {
    tries++;
    // Somebody else rewrites the head each time, just before this writer's compare-and-set.
    await write({ 'l/head': { ...(await storage.read(['l/head']))['l/head'], eTag: '*' } });
    return write(changes);
  });
  const err = await log.append('l', ['lost']).catch((e: unknown) => e);
  expect(isEtagConflictError(err)).toBe(true);
  expect(err).toMatchObject({ key: 'l/head', attempts: 5 });
  expect(tries).toBe(5);
  expect(await log.all('l')).toEqual(['first']);
});

describe('removing items', () => {
  test('takes them out of full chunks and the last one; positions stay, and appends go on after them', async () => {
    const storage = new MemoryStorage();
    const log = new ChunkedLog<string>(storage, { chunkSize: 3 });
    await log.append('l', ['a', 'x', 'b', 'c', 'd', 'x', 'e', 'x']);
    expect(await log.remove('l', (item) => item === 'x')).toBe(3);
    expect(await log.all('l')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await log.head('l')).toMatchObject({ count: 8 });
    // A page token (a chunk number) given out before still starts at the same chunk.
    expect((await log.page('l', 1, 1)).items).toEqual(['c', 'd']);
    await log.append('l', ['f', 'g']);
    expect(await log.all('l')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(await log.remove('l', (item) => item === 'absent')).toBe(0);
    expect(await log.remove('none', () => true)).toBe(0);
  });

  test('another writer that kept the last chunk in memory does not write the removed item back', async () => {
    const storage = new MemoryStorage();
    const a = new ChunkedLog<string>(storage, { chunkSize: 5 });
    const b = new ChunkedLog<string>(storage, { chunkSize: 5 });
    await a.append('l', ['a1', 'gone']);
    await b.remove('l', (item) => item === 'gone');
    await a.append('l', ['a2']);
    expect(await b.all('l')).toEqual(['a1', 'a2']);
  });

  test('an append landing while the removal scans makes it read the changed end again, and loses nothing', async () => {
    const storage = new MemoryStorage();
    const log = new ChunkedLog<string>(storage, { chunkSize: 2 });
    const other = new ChunkedLog<string>(storage, { chunkSize: 2 });
    await log.append('l', ['a', 'b', 'gone', 'c', 'd']);
    const write = storage.write.bind(storage);
    let interfered = false;
    jest.spyOn(storage, 'write').mockImplementation(async (changes) => {
      // Another instance appends (another item to remove among them) while the full chunks are being rewritten.
      if (!interfered) {
        interfered = true;
        await other.append('l', ['e', 'gone']);
      }
      return write(changes);
    });
    expect(await log.remove('l', (item) => item === 'gone')).toBe(2);
    expect(await log.all('l')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
