// An agent's release line the customer's channel did not take: kept on the record (read back from records of before it),
// said once first at the customer's next turn, and dropped when the conversation is with an agent again.
import { modelMachine } from '../machines/dialogueModel';
import { createNlu } from '../../src/nlu';
import { runDialogueTurn, type DialogueTurnDeps } from '../../src/bot/dialogueTurn';
import { conversationRecordSchema, type ConversationRecord } from '../../src/bot/conversationRecord';
import { markUntold, untoldFor, withUntold } from '../../src/bot/untold';
import { zhCN } from '../../dialogs/messages/zh-CN';

// Backend calls never answer: these turns make none.
const deps: DialogueTurnDeps = { machine: modelMachine, nlu: createNlu(), shopUrl: 'http://shop', maxWaitMs: 1000 };
const BACK = zhCN['notice.agentReleased'];
const texts = (replies: Array<{ text?: string }>) => replies.map((r) => r.text ?? '');
const saying = (replies: Array<{ text?: string }>, line: string) => texts(replies).filter((t) => t === line).length;

const say = (record: ConversationRecord | undefined, text: string) => runDialogueTurn(deps, { record, text, conversationId: 'c1' });
const released = (record: ConversationRecord) => runDialogueTurn(deps, { record, event: { type: 'AGENT_RELEASED' }, conversationId: 'c1' });

/** Handed to a person, then given back with the release line marked untold, as src/bot/paylaterBot.ts keeps it. */
async function releasedUnheard(): Promise<ConversationRecord> {
  const handed = await say(undefined, '转人工');
  expect(handed.after.hasTag('agent')).toBe(true);
  const back = await released(handed.record);
  const kept = markUntold({ type: 'AGENT_RELEASED' }, back.after.context.notices, back.record);
  expect(kept?.untoldRelease).toEqual({});
  return kept as ConversationRecord;
}

test("the customer's next turn says it first, before its own answer, and forgets it", async () => {
  const { replies, record } = await say(await releasedUnheard(), '先用后付是什么');
  expect(texts(replies)[0]).toBe(BACK);
  expect(texts(replies).join('\n')).toContain(zhCN['faq.what_is']);
  expect(record.untoldRelease).toBeUndefined();
  // The prompt said with it offered no person, as the release's own would have (a typed yes at the credit refusal).
  expect(record.releasedByAgent).toBe(true);
  expect(saying((await say(record, '先用后付是什么')).replies, BACK)).toBe(0);
});

test('with an agent again before the customer writes, it is not said: not to their words, nor beside the next release', async () => {
  const unheard = await releasedUnheard();
  const handedAgain = await say({ ...unheard, untoldRelease: undefined }, '转人工');
  // Back with an agent, carrying the line a proactive turn could not tell.
  const takenAgain: ConversationRecord = { ...handedAgain.record, untoldRelease: {} };
  const toAgent = await say(takenAgain, '你好');
  expect(saying(toAgent.replies, BACK)).toBe(0);
  expect(toAgent.record.untoldRelease).toBeUndefined();

  // Nor to their taking the request back while no agent has answered yet.
  const handoffQueue = { waiting: async () => true, withdraw: async () => true, away: async () => false };
  const withdrawn = await runDialogueTurn({ ...deps, handoffQueue }, { record: takenAgain, text: '取消', conversationId: 'c1' });
  expect(withdrawn.after.hasTag('agent')).toBe(false);
  expect(saying(withdrawn.replies, BACK)).toBe(0);
  expect(withdrawn.record.untoldRelease).toBeUndefined();

  const backOnce = await released(takenAgain);
  expect(saying(backOnce.replies, BACK)).toBe(1);
  expect(backOnce.record.untoldRelease).toBeUndefined();
  expect(saying((await say(backOnce.record, '先用后付是什么')).replies, BACK)).toBe(0);
});

test("other proactive turns leave it for the customer; a release kept only while it left the conversation with the bot", async () => {
  const record = (untoldRelease: ConversationRecord['untoldRelease']): ConversationRecord => ({
    dialogue: undefined,
    locale: 'zh-CN',
    turns: 2,
    updatedAt: new Date().toISOString(),
    untoldRelease,
  });
  expect(untoldFor(undefined, record({ notTaken: true }), false)).toEqual({ steps: [], release: { id: 'agentReleased', notTaken: true } });
  // Not taken but handed on with an intent: the line kept is what the agent asked for.
  expect(untoldFor(undefined, record({ notTaken: true, intent: 'orders' }), false)).toEqual({
    steps: [],
    release: { id: 'agentReleased', notTaken: true, intent: 'orders' },
    intent: 'orders',
  });
  expect(untoldFor({ type: 'BACKEND_STEP_COMPLETED', step: 'plus' }, record({}), false)).toEqual({ steps: [] });
  expect(untoldFor(undefined, record({}), true)).toEqual({ steps: [] });
  expect(withUntold({ steps: ['plus'], release: { id: 'agentReleased' } }, [{ id: 'greeting' }])).toEqual([
    { id: 'agentReleased' },
    { id: 'stepDone', step: 'plus' },
    { id: 'greeting' },
  ]);
  const notices = [{ id: 'agentReleased', notTaken: true } as const];
  expect(markUntold({ type: 'AGENT_RELEASED' }, notices, record(undefined))?.untoldRelease).toEqual({ notTaken: true });
  // Logged in by the agent: as whom is kept with the line, and said with it.
  const loggedIn = [{ id: 'agentReleased', loggedInAs: '138****0005' } as const];
  expect(markUntold({ type: 'AGENT_RELEASED', intent: 'pay' }, loggedIn, record(undefined))?.untoldRelease).toEqual({ loggedInAs: '138****0005', intent: 'pay' });
  expect(untoldFor(undefined, record({ loggedInAs: '138****0005' }), false).release).toEqual({ id: 'agentReleased', loggedInAs: '138****0005' });
  expect(markUntold({ type: 'AGENT_RELEASED' }, notices, { ...record(undefined), handoff: { locale: 'zh-CN' } })).toBeUndefined();
  expect(markUntold({ type: 'HANDOFF_WITHDRAWN' }, notices, record(undefined))).toBeUndefined();
});

test('records from before it are read as they were; a kept line that does not fit is dropped, not the record', () => {
  const stored = { dialogue: undefined, locale: 'zh-CN', turns: 4, updatedAt: new Date().toISOString(), releasedByAgent: true };
  expect(conversationRecordSchema.parse(stored)).toEqual(stored);
  expect(conversationRecordSchema.parse({ ...stored, untoldRelease: { notTaken: true } }).untoldRelease).toEqual({ notTaken: true });
  const unfit = conversationRecordSchema.safeParse({ ...stored, untoldRelease: { notTaken: 'yes' } });
  expect(unfit.success && unfit.data).toEqual(stored);
  // The release's intent is kept with the line; one that is no intent is dropped, the line kept.
  expect(conversationRecordSchema.parse({ ...stored, untoldRelease: { intent: 'status' } }).untoldRelease).toEqual({ intent: 'status' });
  expect(conversationRecordSchema.parse({ ...stored, untoldRelease: { intent: 'fly' } }).untoldRelease).toEqual({});
});

// Released with an intent while the channel was gone: what the intent showed (the help, here) was never shown either.
test('the release\'s intent is kept with the line and shown again at the next turn, after it', async () => {
  const handed = await say(undefined, '转人工');
  const back = await runDialogueTurn(deps, { record: handed.record, event: { type: 'AGENT_RELEASED', intent: 'help' }, conversationId: 'c1' });
  expect(texts(back.replies)).toContain(zhCN['notice.help']);
  const kept = markUntold({ type: 'AGENT_RELEASED', intent: 'help' }, back.after.context.notices, back.record) as ConversationRecord;
  expect(kept.untoldRelease).toEqual({ intent: 'help' });
  // The line says the request too, in one message (dialogs/notices.ts releaseLine).
  expect(untoldFor(undefined, kept, false)).toEqual({ steps: [], release: { id: 'agentReleased', intent: 'help' }, intent: 'help' });

  const { replies, record } = await say(kept, '谢谢');
  const said = texts(replies).join('\n');
  expect(said.startsWith(zhCN['notice.agentReleased.handedOn'].replace('{why}', zhCN['notice.handedIn.help']))).toBe(true);
  expect(said.indexOf(zhCN['notice.help'])).toBeGreaterThan(0);
  expect(said.indexOf(zhCN['notice.thanks'])).toBeGreaterThan(said.indexOf(zhCN['notice.help']));
  expect(record.untoldRelease).toBeUndefined();
});

// Released from the queue with a verified account, the untold line was kept as "customer service has finished": nobody
// had written. It is kept as it was said.
test('an untold release nobody had answered is kept so, and said so at the next turn', () => {
  const stored = { dialogue: undefined, locale: 'zh-CN', turns: 1, updatedAt: new Date(0).toISOString() } as ConversationRecord;
  const notices = [{ id: 'agentReleased', unanswered: true, loggedInAs: '138****0002' } as const];
  const kept = markUntold({ type: 'AGENT_RELEASED', unanswered: true }, notices, stored) as ConversationRecord;
  expect(conversationRecordSchema.parse(kept).untoldRelease).toEqual({ unanswered: true, loggedInAs: '138****0002' });
  expect(untoldFor(undefined, kept, false).release).toEqual({ id: 'agentReleased', unanswered: true, loggedInAs: '138****0002' });
});
