// What /readyz checks: the storage answers and the account backend answers HTTP at all.
import type { CasStorage } from '../storage';

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, { ok: boolean; error?: string }>;
}

async function check(probe: () => Promise<void>): Promise<{ ok: boolean; error?: string }> {
  try {
    await probe();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** Any HTTP answer below 500 means the backend is up (the root has no route and answers 404). */
async function probeBackend(baseUrl: string, timeoutMs: number): Promise<void> {
  const response = await fetch(baseUrl, { signal: AbortSignal.timeout(timeoutMs) });
  await response.arrayBuffer();
  if (response.status >= 500) throw new Error(`backend answered ${response.status}`);
}

export async function readiness(storage: CasStorage, backendUrl: string, timeoutMs: number): Promise<ReadinessReport> {
  const [storageCheck, backendCheck] = await Promise.all([
    check(() => storage.ping()),
    check(() => probeBackend(backendUrl, timeoutMs)),
  ]);
  return { ready: storageCheck.ok && backendCheck.ok, checks: { storage: storageCheck, backend: backendCheck } };
}
