// The behaviour every store promises (botbuilder's Storage with eTag compare-and-set), run against each implementation.
import type { CasStorage } from '../../src/storage';
import { ETAG_IF_ABSENT, EtagConflictError, isEtagConflictError, withEtagRetry } from '../../src/storage';
import { sampleConversation } from './sampleDoc';

/** A thousand serialized compare-and-sets over a network take seconds; a loaded CI machine may need more. */
export const CONTENTION_TIMEOUT_MS = 60_000;

export interface StoreUnderTest {
  /** Opens the store the suite uses; called once per suite. */
  open(): Promise<CasStorage>;
  /** Removes what the suite left behind, after the store is closed. */
  dispose?(): Promise<void>;
}

/** Resolves to the error a promise rejects with, or fails the test if it resolves. */
async function rejectionOf(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected the promise to reject');
    },
    (err: unknown) => err,
  );
}

/**
 * Increments a counter on one key from `writers` concurrent loops of `times` increments each, through
 * the given stores in turn (several stores = several bot instances); returns the retries counted.
 */
export async function contend(stores: CasStorage[], key: string, writers: number, times: number): Promise<number> {
  let retries = 0;
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < times; i++) {
        const storage = stores[(w + i) % stores.length];
        const result = await withEtagRetry<{ n: number }>(storage, key, (current) => ({ n: (current?.n ?? 0) + 1 }), {
          attempts: 1000,
        });
        retries += result.retries;
      }
    }),
  );
  return retries;
}

export function describeStorageContract(name: string, subject: StoreUnderTest): void {
  describe(`${name} keeps botbuilder's Storage contract with eTag compare-and-set`, () => {
    let storage: CasStorage;
    let keys = 0;
    // Every test works on keys of its own, so the tests share one store without seeing each other.
    const key = (label: string) => `conv/${label}/${++keys}`;

    beforeAll(async () => {
      storage = await subject.open();
    });
    afterAll(async () => {
      await storage?.close();
      await subject.dispose?.();
    });

    test('reading keys that were never written returns only the ones that exist', async () => {
      const present = key('present');
      await storage.write({ [present]: { step: 'login' } });
      const items = await storage.read([key('missing'), present, key('missing')]);
      expect(Object.keys(items)).toEqual([present]);
      expect(await storage.read([])).toEqual({});
    });

    test('a written conversation reads back equal, with a string eTag, and reads are copies', async () => {
      const k = key('roundtrip');
      const doc = { ...sampleConversation(7), nested: { list: [1, 'two', null, { deep: true }] }, text: '先用后付 \u0000 ok 👍' };
      await storage.write({ [k]: doc });
      const first = (await storage.read([k]))[k];
      expect(first).toEqual({ ...doc, eTag: expect.any(String) });
      first.step = 'changed by the reader';
      expect((await storage.read([k]))[k].step).toBe(doc.step);
    });

    test('a write carrying the current eTag succeeds and gives the item a new eTag', async () => {
      const k = key('cas');
      await storage.write({ [k]: { n: 1 } });
      const read = (await storage.read([k]))[k];
      await storage.write({ [k]: { ...read, n: 2 } });
      const after = (await storage.read([k]))[k];
      expect(after.n).toBe(2);
      expect(after.eTag).not.toBe(read.eTag);
    });

    test('a write carrying a stale eTag fails with EtagConflictError and changes nothing', async () => {
      const k = key('stale');
      await storage.write({ [k]: { n: 1 } });
      const stale = (await storage.read([k]))[k];
      await storage.write({ [k]: { ...stale, n: 2 } });
      const err = await rejectionOf(storage.write({ [k]: { ...stale, n: 3 } }));
      expect(isEtagConflictError(err)).toBe(true);
      expect(err).toBeInstanceOf(EtagConflictError);
      expect((err as EtagConflictError).key).toBe(k);
      expect((await storage.read([k]))[k].n).toBe(2);
    });

    test("an eTag of '*', empty or absent overwrites whatever is stored", async () => {
      const k = key('overwrite');
      await storage.write({ [k]: { n: 1 } });
      await storage.write({ [k]: { n: 2, eTag: '*' } });
      expect((await storage.read([k]))[k].n).toBe(2);
      await storage.write({ [k]: { n: 3 } });
      expect((await storage.read([k]))[k].n).toBe(3);
      await storage.write({ [k]: { n: 4, eTag: '' } });
      expect((await storage.read([k]))[k].n).toBe(4);
      await storage.write({ [key('fresh')]: { n: 1, eTag: '*' } });
    });

    test('ETAG_IF_ABSENT creates a new item and conflicts when the key already exists', async () => {
      const k = key('create');
      await storage.write({ [k]: { n: 1, eTag: ETAG_IF_ABSENT } });
      expect((await storage.read([k]))[k].n).toBe(1);
      expect(isEtagConflictError(await rejectionOf(storage.write({ [k]: { n: 2, eTag: ETAG_IF_ABSENT } })))).toBe(true);
      expect((await storage.read([k]))[k].n).toBe(1);
    });

    test('a deleted item is gone, deleting it again is fine, and an eTag read before the delete conflicts', async () => {
      const k = key('delete');
      await storage.write({ [k]: { n: 1 } });
      const before = (await storage.read([k]))[k];
      await storage.delete([k, key('never-written')]);
      expect(await storage.read([k])).toEqual({});
      await storage.delete([k]);
      expect(isEtagConflictError(await rejectionOf(storage.write({ [k]: before })))).toBe(true);
      expect(await storage.read([k])).toEqual({});
    });

    test('a write of several items is all or nothing', async () => {
      const [a, b, c] = [key('batch-a'), key('batch-b'), key('batch-c')];
      await storage.write({ [a]: { n: 1 }, [b]: { n: 1 } });
      const read = await storage.read([a, b]);
      await storage.write({ [b]: { ...read[b], n: 2 } });
      const err = await rejectionOf(storage.write({ [a]: { ...read[a], n: 9 }, [c]: { n: 9 }, [b]: { ...read[b], n: 9 } }));
      expect((err as EtagConflictError).key).toBe(b);
      const after = await storage.read([a, b, c]);
      expect([after[a].n, after[b].n, after[c]]).toEqual([1, 2, undefined]);
    });

    test('keys and items that are not usable are refused before anything is stored', async () => {
      await expect(storage.write({ '': { n: 1 } })).rejects.toThrow(TypeError);
      await expect(storage.write({ [key('bad')]: null })).rejects.toThrow(TypeError);
      await expect(storage.write({ [key('bad')]: [1, 2] })).rejects.toThrow(TypeError);
      await expect(storage.write({ [key('bad')]: { eTag: 5 } })).rejects.toThrow(TypeError);
      await expect(storage.read([''])).rejects.toThrow(TypeError);
      await expect(storage.delete([42 as unknown as string])).rejects.toThrow(TypeError);
    });

    test('50 writers incrementing one conversation 20 times each through withEtagRetry end at exactly 1000', async () => {
      const k = key('counter');
      const retries = await contend([storage], k, 50, 20);
      expect((await storage.read([k]))[k].n).toBe(1000);
      // The writers really collided, so the test exercised the retry path.
      expect(retries).toBeGreaterThan(0);
    }, CONTENTION_TIMEOUT_MS);

    test('20 writers creating the same new conversation at once all land, none overwrites another', async () => {
      const k = key('first-turn');
      await contend([storage], k, 20, 1);
      expect((await storage.read([k]))[k].n).toBe(20);
    }, CONTENTION_TIMEOUT_MS);

    test('ping resolves while the store is usable', async () => {
      await expect(storage.ping()).resolves.toBeUndefined();
    });
  });
}
