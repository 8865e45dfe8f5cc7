// Three oddities from QA, read and in whole turns with the demo personas: going to do a shop-page step now was told "take
// your time", gibberish was filed as a return's reason, and goods not wanted at their payment were not offered the return.
import type { CardAction } from 'botbuilder';
import { dialogueMachine } from '../../machines/dialogue';
import { toActors, type BackendPorts } from '../../machines/ports';
import type { Account, Order } from '../../machines/domain';
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';
import { runDialogueTurn, type DialogueTurnResult } from '../../src/bot/dialogueTurn';
import type { ConversationRecord } from '../../src/bot/conversationRecord';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { enUS } from '../../dialogs/messages/en-US';
import { at, CONFIRMING_RECEIPT, earbuds, lamp, persona5, persona6, REASON, returningEarbuds } from './personaOrders';

const nlu = createNlu();
const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const GOING_NOW = { type: 'TOPIC_ASKED', topic: 'goingNow' };
const UNCLEAR = { type: 'TOPIC_ASKED', topic: 'reasonUnclear' };

const account = (accountId: string, over: Partial<Account>): Account => ({
  accountId,
  phoneMasked: `138****000${accountId.slice(-1)}`,
  plus: { active: true },
  realName: { verified: true },
  credit: { level: 'good', eligible: true },
  payLater: { enabled: true, limit: 5000 },
  ...over,
});
/** The demo personas as the backend has them (src/mock/personas.json). */
const personas: Record<string, { account: Account; orders: Order[] }> = {
  '13800000001': { account: account('acct_001', { plus: { active: false }, realName: { verified: false }, payLater: { enabled: false } }), orders: [] },
  '13800000002': { account: account('acct_002', { realName: { verified: false }, payLater: { enabled: false } }), orders: [] },
  '13800000005': { account: account('acct_005', {}), orders: persona5 },
  '13800000006': { account: account('acct_006', {}), orders: persona6 },
};

/** A conversation with one persona's backend, which records the payments and returns asked of it. */
function conversation(phone: string) {
  const { account: acc, orders } = personas[phone];
  const asked = { paid: [] as string[], returned: [] as Array<{ orderId: string; reason: string }> };
  const ports: BackendPorts = {
    requestOtp: async () => undefined,
    createSession: async () => ({ ok: true, value: { accountId: acc.accountId, token: 't', expiresAt: '2099-01-01T00:00:00Z' } }),
    fetchAccount: async () => acc,
    enablePayLater: async () => ({ ok: true, value: acc }),
    listOrders: async () => orders,
    confirmReceipt: async ({ orderId }) => {
      asked.paid.push(orderId);
      return { ok: true, value: { ...orders.find((o) => o.orderId === orderId)!, status: 'paid' } };
    },
    requestReturn: async ({ orderId, reason }) => {
      asked.returned.push({ orderId, reason });
      return { ok: true, value: { ...orders.find((o) => o.orderId === orderId)!, status: 'return_requested' } };
    },
  };
  const deps = { machine: dialogueMachine.provide({ actors: toActors(ports) }), nlu, shopUrl: 'http://shop', maxWaitMs: 1000 };
  let record: ConversationRecord | undefined;
  const say = async (text: string): Promise<DialogueTurnResult> => {
    const turn = await runDialogueTurn(deps, { record, text, conversationId: `c-${phone}` });
    record = turn.record;
    return turn;
  };
  return { asked, say };
}

const said = (turn: DialogueTurnResult): string => turn.replies.map((r) => r.text ?? '').join('\n');
const buttons = (turn: DialogueTurnResult): CardAction[] => turn.replies.flatMap((r) => r.suggestedActions?.actions ?? []);
const buttonEvents = (turn: DialogueTurnResult): unknown[] =>
  buttons(turn).flatMap((b) => (b.type === 'openUrl' ? [] : [(b.value as { event: unknown }).event]));

/** Logged in as a persona after asking for something (开通先用后付, 我要退货, pay…). */
async function loggedIn(phone: string, ask: string) {
  const c = conversation(phone);
  for (const text of [ask, phone]) await c.say(text);
  await c.say('123456');
  return c;
}

describe('going to do a shop-page step now is "go ahead", not "take your time"', () => {
  it.each([
    [PLUS, '好的我马上去买会员'],
    [PLUS, "ok I'll go buy it now"],
    [REAL_NAME, '我这就去认证'],
    [REAL_NAME, '行 我去实名认证一下'],
  ])('at %s, %j', (step, text) => {
    expect(at(step, text, {})).toEqual(GOING_NOW);
  });

  it('persona 1, told to buy PLUS: "好的我马上去买会员" hears go ahead, then how the step goes on, with its buttons', async () => {
    const c = await loggedIn('13800000001', '开通先用后付');
    const turn = await c.say('好的我马上去买会员');
    expect(turn.after.matches({ flow: { onboarding: 'awaitingPlus' } })).toBe(true);
    expect(said(turn)).not.toContain('不着急');
    expect(said(turn)).toContain(zhCN['topic.goingNow']);
    expect(said(turn)).toContain(zhCN['prompt.awaitingPlus.waiting']);
    expect(buttonEvents(turn)).toEqual([{ type: 'AFFIRM' }, { type: 'DENY' }]);
  });

  it('in English too: "ok I\'ll go buy it now" is no "take your time"', async () => {
    const c = await loggedIn('13800000001', 'enable pay later');
    const turn = await c.say("ok I'll go buy it now");
    expect(said(turn)).not.toContain('take your time');
    expect(said(turn)).toContain(enUS['topic.goingNow']);
    expect(said(turn)).toContain(enUS['prompt.awaitingPlus.waiting']);
  });

  it('persona 2, at real-name verification: "我这就去认证" hears go ahead and how it goes on', async () => {
    const c = await loggedIn('13800000002', '开通先用后付');
    const turn = await c.say('我这就去认证');
    expect(turn.after.matches({ flow: { onboarding: 'awaitingRealName' } })).toBe(true);
    expect(said(turn)).not.toContain('不着急');
    expect(said(turn)).toContain(zhCN['prompt.awaitingRealName.waiting']);
  });

  it('putting it off ("等一下") is still "take your time"', async () => {
    const c = await loggedIn('13800000001', '开通先用后付');
    expect(said(await c.say('等一下'))).toContain(zhCN['topic.wait']);
  });
});

describe('gibberish at the return\'s reason step is asked again, real reasons are filed', () => {
  it.each(['阿巴阿巴', 'asdfgh', 'qwerty', 'jkl', '。。。', '...', '？？', '啊啊啊', '呜呜呜', 'zzz', 'aaaa', 'asdf asdf'])('%j is not understood as a reason', (text) => {
    expect(at(REASON, text, returningEarbuds)).toEqual(UNCLEAR);
  });

  it.each(['尺码偏小', '和图片不一样', '不喜欢', '买多了', '质量一般', '坏了坏了', '哈哈，质量太差了', 'too big', 'ugly', 'gift', 'changed my mind', '99'])(
    '%j is still the reason',
    (text) => {
      expect(at(REASON, text, returningEarbuds)?.type).toBe('RETURN_REASON_GIVEN');
    },
  );

  it('an emoji alone or a lone "不" is still told how to give a reason', () => {
    for (const text of ['😡', '不']) expect(at(REASON, text, returningEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'reasonNeeded' });
  });

  it('persona 5 returning the earbuds: "阿巴阿巴" is said not understood and the reasons are offered again; "尺码偏小" goes on', async () => {
    const c = await loggedIn('13800000005', '我要退货');
    await c.say('耳机');
    for (const text of ['阿巴阿巴', 'asdfgh', '。。。', '啊啊啊']) {
      const turn = await c.say(text);
      expect(turn.after.matches({ flow: { purchase: 'awaitingReturnReason' } })).toBe(true);
      expect(said(turn)).toContain(zhCN['topic.reasonUnclear']);
      expect(said(turn)).not.toContain(text);
      expect(buttonEvents(turn)).toEqual(expect.arrayContaining([{ type: 'RETURN_REASON_GIVEN', reason: 'not_wanted' }, { type: 'DENY' }]));
    }
    const turn = await c.say('尺码偏小');
    expect(turn.after.matches({ flow: { purchase: 'confirmingReturn' } })).toBe(true);
    expect(said(turn)).toContain('尺码偏小');
  });
});

describe('goods not wanted at their payment are not paid, and their return is offered', () => {
  it.each(['不想要了', '我不想要这个了', "I don't want it anymore", '耳机不想要了'])('%j at the earbuds\' payment: their return, "not wanted", after a word', (text) => {
    const read = understandActivity(nlu, text, undefined, CONFIRMING_RECEIPT, returningEarbuds);
    expect(read.event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: earbuds.orderId, reason: 'not_wanted' });
    expect(read.answersFirst).toEqual([{ type: 'TOPIC_ASKED', topic: 'returnIfUnwanted' }]);
  });

  it('"不要了" alone may be a no to paying; another order named is no word on these goods', () => {
    expect(at(CONFIRMING_RECEIPT, '不要了', returningEarbuds)).toEqual({ type: 'DENY' });
    expect(at(CONFIRMING_RECEIPT, '电饭煲不想要了', returningEarbuds)).not.toEqual(expect.objectContaining({ orderId: earbuds.orderId }));
  });

  it('goods that cannot go back (the overdue lamp) are read as before', () => {
    expect(at(CONFIRMING_RECEIPT, '不想要了', { orders: persona6, orderId: lamp.orderId })?.type).not.toBe('ORDER_RETURN_CHOSEN');
  });

  it('persona 5 paying the earbuds: "不想要了" pays nothing, offers their return with its buttons, and a yes files it', async () => {
    const c = await loggedIn('13800000005', '我要付款');
    expect((await c.say('耳机')).after.matches({ flow: { purchase: 'confirmingReceipt' } })).toBe(true);
    const turn = await c.say('不想要了');
    expect(c.asked.paid).toEqual([]);
    expect(turn.after.matches({ flow: { purchase: 'confirmingReturn' } })).toBe(true);
    expect(said(turn)).toContain(zhCN['topic.returnIfUnwanted']);
    expect(said(turn)).toContain('Wireless earbuds 无线耳机');
    expect(buttonEvents(turn)).toEqual([{ type: 'AFFIRM' }, { type: 'DENY' }]);
    await c.say('好的');
    expect(c.asked).toEqual({ paid: [], returned: [{ orderId: earbuds.orderId, reason: 'not_wanted' }] });
  });

  it('in English, and "keep it" then leaves the order unpaid and not returned', async () => {
    const c = await loggedIn('13800000005', 'pay');
    await c.say('earbuds');
    const turn = await c.say("I don't want it anymore");
    expect(said(turn)).toContain(enUS['topic.returnIfUnwanted']);
    expect(turn.after.matches({ flow: { purchase: 'confirmingReturn' } })).toBe(true);
    const kept = await c.say('keep it');
    expect(kept.after.matches({ flow: { purchase: 'showingOrders' } })).toBe(true);
    expect(c.asked).toEqual({ paid: [], returned: [] });
  });
});
