// Webhook replays are recognised for a whole generation; a replay and a forget of an unknown id write nothing.
import { MemoryStorage } from '../../src/storage';
import { GENERATION_SEC, SeenEvents } from '../../src/webhook/seenEvents';

const GENERATION_MS = GENERATION_SEC * 1000;

function setup() {
  const storage = new MemoryStorage();
  let now = 10 * GENERATION_MS;
  const seen = new SeenEvents(storage, () => now);
  return { storage, seen, later: (ms: number) => (now += ms), key: () => `webhook/seen/${Math.floor(now / GENERATION_MS)}` };
}

test('an event is new once; its replay in the same or the next generation is not, and the replay writes nothing', async () => {
  const { storage, seen, later, key } = setup();
  expect(await seen.remember('e1')).toBe(true);
  const stored = (await storage.read([key()]))[key()];
  const write = jest.spyOn(storage, 'write');
  expect(await seen.remember('e1')).toBe(false);
  expect(write).not.toHaveBeenCalled();
  expect((await storage.read([key()]))[key()]).toEqual(stored);
  later(GENERATION_MS);
  expect(await seen.remember('e1')).toBe(false);
  expect(write).not.toHaveBeenCalled();
});

test('a forgotten event is let through again; forgetting an unknown one creates and changes nothing', async () => {
  const { storage, seen, later, key } = setup();
  expect(await seen.remember('e1')).toBe(true);
  const stored = (await storage.read([key()]))[key()];
  await seen.forget('unknown');
  expect((await storage.read([key()]))[key()]).toEqual(stored);
  later(GENERATION_MS);
  await seen.forget('unknown');
  expect(await storage.read([key()])).toEqual({});
  await seen.forget('e1');
  expect(await seen.remember('e1')).toBe(true);
});

test('whoever starts a generation drops the one two before it', async () => {
  const { storage, seen, later } = setup();
  expect(await seen.remember('e1')).toBe(true);
  later(GENERATION_MS);
  expect(await seen.remember('e2')).toBe(true);
  later(GENERATION_MS);
  expect(await seen.remember('e3')).toBe(true);
  expect(Object.keys(await storage.read(['webhook/seen/10', 'webhook/seen/11', 'webhook/seen/12']))).toEqual(['webhook/seen/11', 'webhook/seen/12']);
});
