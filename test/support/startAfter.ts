// Starts one more server after others, stopping those when it fails: the one-after-another counterpart of startTogether.

/**
 * Runs `start`; if it throws, runs `stopEarlier` and rethrows. The caller gets no handle when a start fails, so
 * what came up before it would stay up with nothing to stop it: a server left listening, and jest never exits.
 * `start` is a function so that a failure while preparing it (a configuration error) is caught too.
 */
export async function startAfter<T>(stopEarlier: () => Promise<void>, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    try {
      await stopEarlier();
    } catch (stopError) {
      throw new AggregateError([error, stopError], 'a start failed, and stopping what started before it failed too');
    }
    throw error;
  }
}
