// A customer back at a shop-page step after a pause: the step is read again once, quietly, since the shop's notice may
// have missed this conversation (the step done from another chat).
import { dialogueMachine } from '../../machines/dialogue';
import { toActors, type BackendPorts } from '../../machines/ports';
import type { Account } from '../../machines/domain';
import { createNlu } from '../../src/nlu';
import { runDialogueTurn, SHOP_STEP_RECHECK_AFTER_MS, type DialogueTurnDeps } from '../../src/bot/dialogueTurn';
import type { ConversationRecord } from '../../src/bot/conversationRecord';
import { accounts, session } from '../machines/dialogueModel';
import { zhCN } from '../../dialogs/messages/zh-CN';

function backend(start: Account) {
  const state = { account: start, reads: 0, down: false };
  const ports: BackendPorts = {
    requestOtp: async () => undefined,
    createSession: async () => ({ ok: true, value: session }),
    fetchAccount: async () => {
      state.reads += 1;
      if (state.down) throw Object.assign(new Error('down'), { kind: 'unavailable' });
      return state.account;
    },
    enablePayLater: async () => ({ ok: true, value: state.account }),
    listOrders: async () => [],
    confirmReceipt: async () => ({ ok: false, error: 'invalid_order_state' }),
    requestReturn: async () => ({ ok: false, error: 'invalid_order_state' }),
  };
  const deps: DialogueTurnDeps = {
    machine: dialogueMachine.provide({ actors: toActors(ports) }),
    nlu: createNlu(),
    shopUrl: 'http://shop',
    maxWaitMs: 1000,
  };
  return { state, deps };
}

/** Logged in as a PLUS member not yet verified: at the real-name step. */
async function atRealName(b: ReturnType<typeof backend>): Promise<ConversationRecord> {
  let record: ConversationRecord | undefined;
  for (const text of ['开通先用后付', '13800000002', '123456']) {
    record = (await runDialogueTurn(b.deps, { record, text, conversationId: 'c1' })).record;
  }
  return record!;
}

/** The record as if its last turn was `ms` ago. */
const olderBy = (record: ConversationRecord, ms: number): ConversationRecord => ({
  ...record,
  updatedAt: new Date(Date.now() - ms).toISOString(),
});

const say = (b: ReturnType<typeof backend>, record: ConversationRecord, text: string) =>
  runDialogueTurn(b.deps, { record, text, conversationId: 'c1' });

const texts = (replies: Array<{ text?: string }>) => replies.map((r) => r.text ?? '');

test('verified meanwhile elsewhere, a customer writing after a pause is answered, then told it is done and taken on', async () => {
  const b = backend(accounts.notVerified);
  const record = await atRealName(b);
  expect(record.dialogue).toBeDefined();
  b.state.account = accounts.eligible;
  const reads = b.state.reads;

  const turn = await say(b, olderBy(record, SHOP_STEP_RECHECK_AFTER_MS), '你好');
  expect(b.state.reads).toBe(reads + 1);
  expect(turn.after.matches({ flow: { onboarding: 'confirmingTerms' } })).toBe(true);
  const said = texts(turn.replies).join('\n');
  expect(said).toContain(zhCN['notice.stepDone.realName']);
  expect(said).not.toContain('/shop/real-name');
});

test('right after the last turn, no account is read: the step is shown as it was', async () => {
  const b = backend(accounts.notVerified);
  const record = await atRealName(b);
  b.state.account = accounts.eligible;
  const reads = b.state.reads;
  const turn = await say(b, record, '?');
  expect(b.state.reads).toBe(reads);
  expect(turn.after.matches({ flow: { onboarding: 'awaitingRealName' } })).toBe(true);
});

test('still not done after a pause: the step is asked as before, with no "not done yet" the customer never asked about', async () => {
  const b = backend(accounts.notVerified);
  const record = await atRealName(b);
  const quick = await say(b, record, '你好');
  const reads = b.state.reads;
  const paused = await say(b, olderBy(record, SHOP_STEP_RECHECK_AFTER_MS), '你好');
  expect(b.state.reads).toBe(reads + 1);
  expect(paused.after.matches({ flow: { onboarding: 'awaitingRealName' } })).toBe(true);
  expect(texts(paused.replies)).toEqual(texts(quick.replies));
});

test('the backend failing on that read says nothing of it: the customer asked for no check', async () => {
  const b = backend(accounts.notVerified);
  const record = await atRealName(b);
  const quick = await say(b, record, '你好');
  b.state.down = true;
  const paused = await say(b, olderBy(record, SHOP_STEP_RECHECK_AFTER_MS), '你好');
  expect(paused.after.matches({ flow: { onboarding: 'awaitingRealName' } })).toBe(true);
  expect(texts(paused.replies)).toEqual(texts(quick.replies));
});

test('"好了" after a pause reads the account once, as it always did, not twice', async () => {
  const b = backend(accounts.notVerified);
  const record = await atRealName(b);
  b.state.account = accounts.eligible;
  const reads = b.state.reads;
  const turn = await say(b, olderBy(record, SHOP_STEP_RECHECK_AFTER_MS), '好了');
  expect(b.state.reads).toBe(reads + 1);
  expect(turn.after.matches({ flow: { onboarding: 'confirmingTerms' } })).toBe(true);
});

test('words that leave the step after a pause read nothing more', async () => {
  const b = backend(accounts.notVerified);
  const record = await atRealName(b);
  const reads = b.state.reads;
  const turn = await say(b, olderBy(record, SHOP_STEP_RECHECK_AFTER_MS), '暂不开通');
  expect(turn.after.matches({ flow: 'welcome' })).toBe(true);
  expect(b.state.reads).toBe(reads);
});

test('the turn keeps time by its own clock: the record is stamped by it, and a pause is one on it, whatever the wall says', async () => {
  const b = backend(accounts.notVerified);
  const clock = { now: Date.parse('2031-03-01T08:00:00.000Z') };
  b.deps.now = () => clock.now;
  const record = await atRealName(b);
  expect(record.updatedAt).toBe('2031-03-01T08:00:00.000Z');
  b.state.account = accounts.eligible;
  const reads = b.state.reads;

  // A moment by the bot's clock (the wall's is years behind it): no pause, no read.
  clock.now += 1000;
  const quick = await say(b, record, '你好');
  expect(b.state.reads).toBe(reads);
  expect(quick.record.updatedAt).toBe('2031-03-01T08:00:01.000Z');

  // The bot's clock moved on past the pause (no real time passed): the step is read again.
  clock.now += SHOP_STEP_RECHECK_AFTER_MS;
  const paused = await say(b, quick.record, '你好');
  expect(b.state.reads).toBe(reads + 1);
  expect(paused.after.matches({ flow: { onboarding: 'confirmingTerms' } })).toBe(true);
});
