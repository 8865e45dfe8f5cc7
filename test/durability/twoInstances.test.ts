// Two real bot processes on one PostgreSQL, turns of the same conversations alternating and colliding: none lost, none doubled.
import { dialogueMachine } from '../../machines/dialogue';
import { restoreDialogue } from '../../machines/snapshot';
import { statePath } from '../../machines/view';
import { OTP, startMock, type RunningMock } from '../mock/harness';
import { failedTurn, metricValue, say, tap, type Input, type TurnAnswer } from './support/botClient';
import { startBotProcess, type BotProcess } from './support/botProcess';
import { DATABASE_URL, freshSchema, probePostgres, whenAvailable, withClient, type Schema } from './support/postgres';
import { startTogether } from '../support/startTogether';

const CONVERSATIONS = 200;
const TURNS = 10;
/** Conversations talking at the same time; each conversation's own turns follow its script. */
const LANES = 24;

whenAvailable('two bot instances on one PostgreSQL', probePostgres(DATABASE_URL), () => {
  let mock: RunningMock;
  let schema: Schema;
  let a: BotProcess;
  let b: BotProcess;

  beforeAll(async () => {
    await startTogether([startMock(), freshSchema(DATABASE_URL, 'durability_two')], ([startedMock, fresh]) => {
      if (startedMock) mock = startedMock;
      if (fresh) schema = fresh;
    });
    const env = { STORAGE: 'postgres', DATABASE_URL: schema.url, ACCOUNT_API_URL: mock.url, LOG_LEVEL: 'warn' };
    // Started together, so they also migrate the fresh schema at the same moment.
    await startTogether([startBotProcess(env), startBotProcess(env)], ([first, second]) => {
      if (first) a = first;
      if (second) b = second;
    });
  }, 60_000);

  afterAll(async () => {
    for (const bot of [a, b]) if (bot?.child.exitCode === null) bot.kill('SIGKILL');
    await schema?.drop();
    await mock?.close();
  });

  /**
   * One customer: logs in (ENABLE, phone, code: the PLUS step, since 13800000001 is not PLUS), then asks for
   * help or their status seven times. Turns alternate between the instances; some pairs go to both at the
   * same moment, like a double tap: a status check, whose backend call keeps the turn open long enough to
   * collide. Neither moves the customer off the step, so the end state does not depend on which turn won.
   */
  async function converse(i: number): Promise<TurnAnswer[]> {
    const id = `two-${i}`;
    const [first, second] = i % 2 === 0 ? [a, b] : [b, a];
    const send = (bot: BotProcess, input: Input) => say(bot.url, id, input, { channelId: 'emulator' });
    const both = () => Promise.all([send(first, tap('STATUS')), send(second, tap('STATUS'))]);
    const answers: TurnAnswer[] = [];
    answers.push(await send(first, tap('ENABLE')));
    answers.push(await send(second, '13800000001'));
    answers.push(await send(first, OTP));
    answers.push(await send(second, tap('HELP')));
    answers.push(...(i % 2 === 0 ? await both() : [await send(first, tap('HELP')), await send(second, tap('HELP'))]));
    answers.push(await send(first, tap('HELP')));
    answers.push(...(i % 3 === 0 ? await both() : [await send(second, tap('HELP')), await send(first, tap('HELP'))]));
    answers.push(await send(second, tap('HELP')));
    return answers;
  }

  test(`${CONVERSATIONS} conversations × ${TURNS} turns alternating and colliding across two instances: every turn stored exactly once`, async () => {
    const answers: TurnAnswer[][] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: LANES }, async () => {
        for (let i = next++; i < CONVERSATIONS; i = next++) answers[i] = await converse(i);
      }),
    );

    const all = answers.flat();
    expect(all).toHaveLength(CONVERSATIONS * TURNS);
    expect(all.filter((answer) => answer.status !== 200 || failedTurn(answer))).toEqual([]);

    const rows = await withClient(schema.url, (c) => c.query<{ key: string; doc: string }>("SELECT key, doc FROM bot_storage WHERE key LIKE 'conversation/%'"));
    const stored = new Map(rows.rows.map((r) => [r.key, JSON.parse(r.doc) as { turns: number; dialogue: unknown }]));
    const wrong: string[] = [];
    for (let i = 0; i < CONVERSATIONS; i++) {
      const record = stored.get(`conversation/two-${i}`);
      const restored = record && restoreDialogue(dialogueMachine, record.dialogue);
      const state = restored?.ok ? statePath(restored.actor.getSnapshot().value) : 'unrestorable';
      if (record?.turns !== TURNS || state !== 'flow.onboarding.awaitingPlus') wrong.push(`two-${i}: ${record?.turns} turns, ${state}`);
    }
    expect(wrong).toEqual([]);
    expect(stored.size).toBe(CONVERSATIONS);

    const collisions = (await metricValue(a.url, 'paylater_storage_etag_conflicts_total')) + (await metricValue(b.url, 'paylater_storage_etag_conflicts_total'));
    const turns = (await metricValue(a.url, 'paylater_turns_total', { outcome: 'ok' })) + (await metricValue(b.url, 'paylater_turns_total', { outcome: 'ok' }));
    expect(turns).toBe(CONVERSATIONS * TURNS);
    // The pairs sent at once must really have collided, or this test proved nothing about concurrency.
    expect(collisions).toBeGreaterThan(0);
    console.info(`two instances: ${CONVERSATIONS} conversations, ${turns} turns stored, ${collisions} eTag collisions retried, 0 lost, 0 doubled`);

    for (const bot of [a, b]) bot.kill('SIGTERM');
    expect(await Promise.all([a.exited, b.exited])).toEqual([{ code: 0, signal: null }, { code: 0, signal: null }]);
  }, 60_000);
});
