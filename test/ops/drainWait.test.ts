// A stop waits for the turns in flight, but leaves time within its deadline to flush transcripts and close storage.
import { drainWaitMs } from '../../src/bot/app';
import { STOP_DEADLINE_MS } from '../../src/ops';

test('with the default backend timeout a stop waits for a whole chain of three calls', () => {
  // BACKEND_TIMEOUT_MS 3000: each call is waited for 5 s.
  expect(drainWaitMs(5000)).toBe(18_000);
});

test('with a slow backend timeout the wait ends early enough for the flush and the close before the deadline', () => {
  // BACKEND_TIMEOUT_MS 10000: the chain alone would take 39 s, past the 30 s after which the process is ended.
  const wait = drainWaitMs(12_000);
  expect(wait).toBeLessThan(STOP_DEADLINE_MS);
  expect(STOP_DEADLINE_MS - wait).toBeGreaterThanOrEqual(5000);
});
