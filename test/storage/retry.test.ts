// withEtagRetry, the way a turn saves: redone on fresh state when another writer won, bounded, and counted for metrics.
import { EtagConflictError, isEtagConflictError, MemoryStorage, withEtagRetry } from '../../src/storage';
import { retryOnEtagConflict, SKIP_WRITE } from '../../src/storage/retry';

interface Record {
  step: string;
  turns: number;
}

describe('withEtagRetry', () => {
  test('a first turn sees no record, a later one sees the stored record without its eTag', async () => {
    const storage = new MemoryStorage();
    const seen: Array<Record | undefined> = [];
    const save = (current: Record | undefined) => {
      seen.push(current);
      return { step: 'plus', turns: (current?.turns ?? 0) + 1 };
    };
    expect(await withEtagRetry(storage, 'conv/1', save)).toEqual({ value: { step: 'plus', turns: 1 }, retries: 0 });
    await withEtagRetry(storage, 'conv/1', save);
    expect(seen).toEqual([undefined, { step: 'plus', turns: 1 }]);
  });

  test('when another instance saves the conversation mid-turn, the turn is redone on its result and one retry is counted', async () => {
    const storage = new MemoryStorage();
    await storage.write({ 'conv/1': { step: 'login', turns: 1 } });
    const seen: Record[] = [];
    const result = await withEtagRetry<Record>(storage, 'conv/1', async (current) => {
      seen.push(current!);
      if (seen.length === 1) await storage.write({ 'conv/1': { step: 'realName', turns: 2 } });
      return { step: current!.step, turns: current!.turns + 1 };
    });
    expect(seen.map((r) => r.step)).toEqual(['login', 'realName']);
    expect(result).toEqual({ value: { step: 'realName', turns: 3 }, retries: 1 });
    expect((await storage.read(['conv/1']))['conv/1']).toMatchObject({ step: 'realName', turns: 3 });
  });

  test('gives up after the given attempts with an EtagConflictError that says how many', async () => {
    const storage = new MemoryStorage();
    let runs = 0;
    const err = await withEtagRetry(storage, 'conv/1', async () => {
      runs++;
      await storage.write({ 'conv/1': { step: 'interfering', turns: runs } });
      return { step: 'mine', turns: 0 };
    }, { attempts: 3, maxBackoffMs: 1 }).catch((e: unknown) => e);
    expect(isEtagConflictError(err)).toBe(true);
    expect(err).toMatchObject({ key: 'conv/1', attempts: 3 });
    expect(runs).toBe(3);
    expect((await storage.read(['conv/1']))['conv/1'].step).toBe('interfering');
  });

  test('an error of the turn itself or of the store is not retried', async () => {
    const storage = new MemoryStorage();
    let runs = 0;
    const failingTurn = withEtagRetry(storage, 'conv/1', () => {
      runs++;
      throw new Error('machine failed');
    });
    await expect(failingTurn).rejects.toThrow('machine failed');
    jest.spyOn(storage, 'write').mockRejectedValueOnce(new Error('disk full'));
    await expect(withEtagRetry(storage, 'conv/1', () => ({ runs: ++runs }))).rejects.toThrow('disk full');
    expect(runs).toBe(2);
    expect(await storage.read(['conv/1'])).toEqual({});
  });

  test('an update that returns SKIP_WRITE leaves the stored document and its eTag as they were', async () => {
    const storage = new MemoryStorage();
    await storage.write({ 'conv/1': { step: 'login', turns: 1 } });
    const before = (await storage.read(['conv/1']))['conv/1'];
    const write = jest.spyOn(storage, 'write');
    const result = await withEtagRetry<Record>(storage, 'conv/1', () => SKIP_WRITE);
    expect(result).toEqual({ value: undefined, retries: 0 });
    expect(write).not.toHaveBeenCalled();
    expect((await storage.read(['conv/1']))['conv/1']).toEqual(before);
  });

  test('an update that returns SKIP_WRITE for an absent key does not create it', async () => {
    const storage = new MemoryStorage();
    const result = await withEtagRetry<Record>(storage, 'conv/1', async (current) => (current ? current : SKIP_WRITE));
    expect(result).toEqual({ value: undefined, retries: 0 });
    expect(await storage.read(['conv/1'])).toEqual({});
  });

  test('skipping is decided on fresh state: an update redone after a conflict may then write nothing', async () => {
    const storage = new MemoryStorage();
    await storage.write({ 'conv/1': { step: 'login', turns: 1 } });
    let runs = 0;
    const result = await withEtagRetry<Record>(storage, 'conv/1', async (current) => {
      runs++;
      if (runs === 1) await storage.write({ 'conv/1': { step: 'done', turns: 2 } });
      return current!.step === 'done' ? SKIP_WRITE : { step: 'done', turns: current!.turns + 1 };
    });
    expect(result).toEqual({ value: undefined, retries: 1 });
    expect((await storage.read(['conv/1']))['conv/1']).toMatchObject({ step: 'done', turns: 2 });
  });

  test('isEtagConflictError tells a conflict from any other failure', () => {
    expect(isEtagConflictError(new EtagConflictError('k'))).toBe(true);
    expect(isEtagConflictError(Object.assign(new Error('from another copy of the module'), { name: 'EtagConflictError' }))).toBe(true);
    expect(isEtagConflictError(new Error('Storage: error writing "k" due to eTag conflict.'))).toBe(false);
    expect(isEtagConflictError('EtagConflictError')).toBe(false);
  });
});

describe('retryOnEtagConflict', () => {
  test('redoes an attempt that lost a compare-and-set, telling it how many were lost before', async () => {
    const seen: number[] = [];
    const result = await retryOnEtagConflict('list/head', async (retries) => {
      seen.push(retries);
      if (retries < 2) throw new EtagConflictError('list/chunk/0');
      return 'written';
    }, { maxBackoffMs: 1 });
    expect(result).toBe('written');
    expect(seen).toEqual([0, 1, 2]);
  });

  test('gives up with an EtagConflictError on the given key after the given attempts, and never retries other errors', async () => {
    let runs = 0;
    const conflict = () => {
      runs++;
      return Promise.reject(new EtagConflictError('list/chunk/3'));
    };
    await expect(retryOnEtagConflict('list/head', conflict, { attempts: 3, maxBackoffMs: 1 })).rejects.toMatchObject({
      name: 'EtagConflictError',
      key: 'list/head',
      attempts: 3,
    });
    expect(runs).toBe(3);
    runs = 0;
    const failure = () => {
      runs++;
      return Promise.reject(new Error('disk full'));
    };
    await expect(retryOnEtagConflict('list/head', failure)).rejects.toThrow('disk full');
    expect(runs).toBe(1);
  });
});
