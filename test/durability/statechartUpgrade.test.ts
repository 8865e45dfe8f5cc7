// Live conversations survive a new statechart: records saved by version 0 are migrated, and ones that cannot be restart with an apology.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { catalogs } from '../../dialogs/messages';
import { initialContext } from '../../machines/context';
import { dialogueMachine, MACHINE_VERSION } from '../../machines/dialogue';
import { persistDialogue, restoreDialogue } from '../../machines/snapshot';
import { conversationKey } from '../../src/bot/conversationRecord';
import { SqliteStorage } from '../../src/storage';
import { say, tap } from './support/botClient';
import { startInProcessBot, type InProcessBot } from './support/inProcessBot';

type Session = { accountId: string; token: string; expiresAt: string };

let bot: InProcessBot;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'bot-upgrade-'));
  bot = await startInProcessBot({ storage: new SqliteStorage({ dataDir }) });
});
afterAll(async () => {
  await bot?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A conversation record as the previous release stored it: a version-0 snapshot (no phoneAttempts, old state names). */
async function storeOldRecord(conversationId: string, machineVersion: number, value: unknown, session?: Session): Promise<void> {
  const snapshot = { status: 'active', value, historyValue: {}, children: {}, context: { goal: 'enable', otpAttempts: 0, session, notices: [] } };
  const record = { dialogue: { machineVersion, snapshot }, locale: 'en-US', turns: 7, updatedAt: '2026-01-01T00:00:00.000Z' };
  await bot.storage.write({ [conversationKey(conversationId)]: record });
}

async function storedDialogue(conversationId: string) {
  const key = conversationKey(conversationId);
  const record = (await bot.storage.read([key]))[key];
  return { record, restored: restoreDialogue(dialogueMachine, record.dialogue) };
}

const lastTurn = (conversationId: string) => bot.logs.filter((l) => l.msg === 'turn' && l.conversationId === conversationId).at(-1);
const resumeFailedText = catalogs['en-US']['notice.resumeFailed'];

test('a customer saved by version 0 at "awaitingVerification" carries on at the real-name step, with no apology', async () => {
  await storeOldRecord('upgrade-migrated', 0, { flow: { onboarding: 'awaitingVerification' } }, await bot.mock.login('13800000002'));
  const answer = await say(bot.url, 'upgrade-migrated', tap('AFFIRM'));
  expect(answer.status).toBe(200);
  expect(answer.replies.map((r) => r.text)).not.toContain(resumeFailedText);
  expect(lastTurn('upgrade-migrated')).toMatchObject({ outcome: 'ok', state: 'flow.onboarding.awaitingRealName' });
  const { record, restored } = await storedDialogue('upgrade-migrated');
  expect(record).toMatchObject({ turns: 8, dialogue: { machineVersion: MACHINE_VERSION } });
  expect(restored.ok).toBe(true);
});

test.each([
  ['a state this version no longer has', 0, { flow: { onboarding: 'awaitingFingerprint' } }],
  ['a snapshot from a newer version (a rollback)', MACHINE_VERSION + 1, { flow: { onboarding: 'awaitingPlus' } }],
])('%s: the customer gets an apology and resumes at the first unfinished step, still logged in', async (_name, version, value) => {
  const id = `upgrade-restarted-v${version}`;
  await storeOldRecord(id, version, value, await bot.mock.login('13800000001'));
  const answer = await say(bot.url, id, 'hello?');
  expect(answer.status).toBe(200);
  expect(answer.replies[0].text).toBe(resumeFailedText);
  // Not PLUS yet: the first unfinished step; no new login was asked for.
  expect(lastTurn(id)).toMatchObject({ outcome: 'resume_failed', state: 'flow.onboarding.awaitingPlus' });
  const { record, restored } = await storedDialogue(id);
  expect(record.turns).toBe(8);
  expect(restored.ok).toBe(true);
});

test('an unreadable snapshot without a login restarts at the login, with the apology', async () => {
  await bot.storage.write({ [conversationKey('upgrade-garbage')]: { dialogue: { hello: 'world' }, locale: 'en-US', turns: 2, updatedAt: '2026-01-01T00:00:00.000Z' } });
  const answer = await say(bot.url, 'upgrade-garbage', 'hi');
  expect(answer.replies[0].text).toBe(resumeFailedText);
  expect(lastTurn('upgrade-garbage')).toMatchObject({ outcome: 'resume_failed', state: 'flow.onboarding.login.awaitingPhone' });
  expect((await storedDialogue('upgrade-garbage')).restored.ok).toBe(true);
});

test('a version-0 customer with an agent when the bot was upgraded returns to the real-name step when released', () => {
  // Saved the way version 0 did: the handoff remembers the interrupted step by its old state id.
  const actor = createActor(dialogueMachine, {
    snapshot: dialogueMachine.resolveState({ value: { flow: { onboarding: 'awaitingRealName' } }, context: initialContext() }),
  }).start();
  actor.send({ type: 'HUMAN' });
  const v0 = JSON.parse(JSON.stringify(persistDialogue(actor)).replaceAll('awaitingRealName', 'awaitingVerification'));
  v0.machineVersion = 0;
  actor.stop();

  const restored = restoreDialogue(dialogueMachine, v0);
  expect(restored).toMatchObject({ ok: true, migratedFrom: 0 });
  const resumed = restored.actor.start();
  resumed.send({ type: 'AGENT_RELEASED' });
  expect(resumed.getSnapshot().matches({ flow: { onboarding: 'awaitingRealName' } })).toBe(true);
  resumed.stop();
});
