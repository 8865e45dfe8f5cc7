// 10,000 random, malformed and hostile activities against the real HTTP endpoint: no crash, no 5xx (but an invoke's 501),
// every stored dialogue restores.
import { dialogueMachine } from '../../machines/dialogue';
import { restoreDialogue } from '../../machines/snapshot';
import { conversationKey } from '../../src/bot/conversationRecord';
import { startStub } from '../mock/harness';
import { post } from './support/botClient';
import { fuzzCases, type FuzzCase } from './support/fuzzActivities';
import { startInProcessBot } from './support/inProcessBot';

const isInvoke = (body: unknown): boolean => typeof body === 'object' && body !== null && (body as { type?: unknown }).type === 'invoke';

/** FUZZ_SEED reproduces a failing run; the default keeps CI deterministic. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const CASES = 10_000;
const CONVERSATIONS = 400;
/** Conversations in flight at once; each conversation's own activities go one after another, in order. */
const LANES = 8;

test(`${CASES} fuzzed activities (seed ${SEED}): no crash, no 5xx, and every stored dialogue restores`, async () => {
  // Stand-in channels for replies sent the normal way: one takes them, one refuses them.
  const accepting = await startStub((_req, res) => {
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json');
    res.end('{"id":"1"}');
  });
  const refusing = await startStub((_req, res) => {
    res.statusCode = 400;
    res.end();
  });
  const bot = await startInProcessBot({ env: { LOG_LEVEL: 'silent' } });
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);

  try {
    const cases = fuzzCases(SEED, CASES, CONVERSATIONS, { accepting: accepting.url, refusing: refusing.url });
    const byConversation = new Map<string, FuzzCase[]>();
    for (const c of cases) byConversation.set(c.conversationId, [...(byConversation.get(c.conversationId) ?? []), c]);
    const queue = [...byConversation.values()];

    const serverErrors: string[] = [];
    const statuses = new Map<number, number>();
    await Promise.all(
      Array.from({ length: LANES }, async () => {
        for (let conversation = queue.shift(); conversation; conversation = queue.shift()) {
          for (const c of conversation) {
            const { status } = await post(bot.url, c.body, c.headers);
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            // An invoke is answered 501 on purpose (the bot handles none, as botbuilder's ActivityHandler answers).
            if (status >= 500 && !(status === 501 && isInvoke(c.body))) {
              serverErrors.push(`${status} for ${JSON.stringify(c.body).slice(0, 300)}`);
            }
          }
        }
      }),
    );

    expect(serverErrors).toEqual([]);
    expect(unhandled).toEqual([]);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);

    const keys = [...byConversation.keys()].map(conversationKey);
    const stored = await bot.storage.read(keys);
    const unrestorable = Object.entries(stored)
      .filter(([, record]) => record.dialogue !== undefined && !restoreDialogue(dialogueMachine, record.dialogue).ok)
      .map(([key]) => key);
    expect(unrestorable).toEqual([]);
    // The traffic must have reached the dialogue, or the test proved little.
    expect(Object.values(stored).filter((r) => r.dialogue !== undefined).length).toBeGreaterThan(CONVERSATIONS * 0.9);
    console.info(`fuzz seed ${SEED}: ${CASES} activities, answers by status ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  } finally {
    process.off('unhandledRejection', onUnhandled);
    await bot.close();
    await Promise.all([accepting.close(), refusing.close()]);
  }
}, 120_000);
