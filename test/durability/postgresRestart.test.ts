// PostgreSQL stopped and started again under load: the bot keeps answering (an apology, never a 5xx), and nothing is lost.
import { setTimeout as sleep } from 'node:timers/promises';
import { startMock, type RunningMock } from '../mock/harness';
import { failedTurn, say, tap, type TurnAnswer } from './support/botClient';
import { startBotProcess, type BotProcess } from './support/botProcess';
import { whenAvailable, withClient } from './support/postgres';
import { createThrowawayPostgres, probeThrowawayPostgres, type ThrowawayPostgres } from './support/throwawayPostgres';
import { startTogether } from '../support/startTogether';
import { waitUntil } from '../support/waitUntil';

const CONVERSATIONS = 16;

whenAvailable('PostgreSQL restart under load', probeThrowawayPostgres(), () => {
  let mock: RunningMock;
  let database: ThrowawayPostgres;
  let bot: BotProcess;

  beforeAll(async () => {
    await startTogether([startMock(), createThrowawayPostgres()], ([startedMock, created]) => {
      if (startedMock) mock = startedMock;
      if (created) database = created;
    });
    bot = await startBotProcess({ STORAGE: 'postgres', DATABASE_URL: database.url, ACCOUNT_API_URL: mock.url, LOG_LEVEL: 'warn' });
  }, 60_000);

  afterAll(async () => {
    if (bot?.child.exitCode === null) bot.kill('SIGKILL');
    await database?.destroy();
    await mock?.close();
  });

  test('turns during the outage get the apology with HTTP 200, turns before and after are all stored, the process lives on', async () => {
    const answers = new Map<string, TurnAnswer[]>();
    let running = true;
    // The emulator channel makes a failed turn visible in the answer (onTurnError's trace).
    const load = Array.from({ length: CONVERSATIONS }, async (_, i) => {
      const id = `restart-${i}`;
      answers.set(id, []);
      while (running) {
        answers.get(id)!.push(await say(bot.url, id, tap('HELP'), { channelId: 'emulator' }));
        await sleep(20);
      }
    });

    await sleep(1000);
    await database.stop();
    await sleep(1500);
    const duringOutage = await fetch(`${bot.url}/readyz`);
    expect(duringOutage.status).toBe(503);
    expect(((await duringOutage.json()) as { checks: { storage: { ok: boolean } } }).checks.storage.ok).toBe(false);
    await database.start();
    await waitUntil(async () => (await fetch(`${bot.url}/readyz`)).status === 200, {
      what: 'the bot to be ready again after PostgreSQL restarted',
      timeoutMs: 20_000,
      intervalMs: 100,
    });
    await sleep(1000);
    running = false;
    await Promise.all(load);

    const all = [...answers.values()].flat();
    const failed = all.filter(failedTurn);
    expect(all.filter((a) => a.status !== 200)).toEqual([]);
    // Each failed turn still told the customer something: the apology after the trace.
    expect(failed.filter((a) => !a.replies.some((r) => r.type === 'message'))).toEqual([]);
    expect(failed.length).toBeGreaterThan(0);
    expect(bot.child.exitCode).toBeNull();
    expect(bot.stderr.join('')).not.toMatch(/Unhandled|uncaught/i);

    // Every turn the customer saw answered normally was stored before the answer; a failed one may or may
    // not have been (the connection can drop after the commit), but none is stored twice.
    const rows = await withClient(database.url, (c) => c.query<{ key: string; doc: string }>("SELECT key, doc FROM bot_storage WHERE key LIKE 'conversation/%'"));
    const stored = new Map(rows.rows.map((r) => [r.key, (JSON.parse(r.doc) as { turns: number }).turns]));
    const lost: string[] = [];
    for (const [id, conversation] of answers) {
      const answered = conversation.filter((a) => !failedTurn(a)).length;
      const turns = stored.get(`conversation/${id}`) ?? 0;
      if (turns < answered || turns > conversation.length) lost.push(`${id}: ${answered} answered, ${conversation.length} sent, ${turns} stored`);
    }
    expect(lost).toEqual([]);
    console.info(`postgres restart: ${all.length} turns, ${failed.length} answered with the apology during the outage, 0 lost`);

    bot.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
  }, 60_000);
});
