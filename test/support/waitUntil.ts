// Waits for something a test cannot await directly (a log line, a server answering), with a deadline and a message naming it.
import { setTimeout as sleep } from 'node:timers/promises';

type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

export interface WaitOptions {
  /**
   * What is awaited, for the failure message: "timed out after 5000 ms waiting for <what>". A function is asked
   * only at the deadline, so it can tell what was there instead.
   */
  what: string | (() => string);
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Asks `condition` every `intervalMs` until it returns something truthy, and resolves with that. Past `timeoutMs`
 * it rejects, so a condition that never holds fails the test with a reason instead of hanging it until jest's
 * own timeout (or forever, in a beforeAll). A condition that throws ends the wait with its error.
 */
export async function waitUntil<T>(condition: () => T | Promise<T>, { what, timeoutMs = 5000, intervalMs = 50 }: WaitOptions): Promise<Truthy<Awaited<T>>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value as Truthy<Awaited<T>>;
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'function' ? what() : what}`);
    // Never sleeps past the deadline, so the condition gets its last look right at it.
    await sleep(Math.min(intervalMs, left));
  }
}
