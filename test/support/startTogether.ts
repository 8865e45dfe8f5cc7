// Starts a suite's servers side by side without leaking the ones that came up when another one failed.

/**
 * Awaits every start, even after one has failed, and hands what did start to `keep` (so the suite's afterAll can
 * stop it), then rethrows the first failure. With a plain `Promise.all`, a failure leaves the other servers
 * running and unassigned: nothing stops them, and jest never exits.
 */
export async function startTogether<T extends unknown[]>(
  starts: [...{ [K in keyof T]: Promise<T[K]> }],
  keep: (started: { [K in keyof T]: T[K] | undefined }) => void,
): Promise<void> {
  const settled = await Promise.allSettled(starts);
  keep(settled.map((result) => (result.status === 'fulfilled' ? result.value : undefined)) as { [K in keyof T]: T[K] | undefined });
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}
