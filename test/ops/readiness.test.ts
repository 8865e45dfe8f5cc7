// /readyz tells a load balancer whether this instance can serve turns: storage and backend both answer, or it names what does not.
import { PostgresStorage } from '../../src/storage';
import { startInProcessBot, type InProcessBot } from '../durability/support/inProcessBot';

interface Report {
  ready: boolean;
  checks: Record<'storage' | 'backend', { ok: boolean; error?: string }>;
}

async function readyz(bot: InProcessBot): Promise<{ status: number; report: Report }> {
  const response = await fetch(`${bot.url}/readyz`);
  return { status: response.status, report: (await response.json()) as Report };
}

/** Port 1 refuses connections at once: what the bot sees while a dependency is down. */
const REFUSED = '127.0.0.1:1';

test('an instance whose storage and backend answer is ready', async () => {
  const bot = await startInProcessBot();
  try {
    const { status, report } = await readyz(bot);
    expect(status).toBe(200);
    expect(report).toEqual({ ready: true, checks: { storage: { ok: true }, backend: { ok: true } } });
  } finally {
    await bot.close();
  }
});

test('an instance that cannot reach its database answers 503 and names the storage check', async () => {
  const storage = new PostgresStorage({ connectionString: `postgres://postgres@${REFUSED}/test`, connectTimeoutMs: 1000 });
  const bot = await startInProcessBot({ storage });
  try {
    const { status, report } = await readyz(bot);
    expect(status).toBe(503);
    expect(report.ready).toBe(false);
    expect(report.checks.storage).toEqual({ ok: false, error: expect.stringMatching(/ECONNREFUSED|connect/) });
    expect(report.checks.backend.ok).toBe(true);
  } finally {
    await bot.close();
  }
});

test('an instance that cannot reach the account backend answers 503 and names the backend check', async () => {
  const bot = await startInProcessBot({ env: { ACCOUNT_API_URL: `http://${REFUSED}` } });
  try {
    const { status, report } = await readyz(bot);
    expect(status).toBe(503);
    expect(report.checks.backend).toEqual({ ok: false, error: expect.any(String) });
    expect(report.checks.storage.ok).toBe(true);
  } finally {
    await bot.close();
  }
});
