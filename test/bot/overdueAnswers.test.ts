// The QA probe of the customer with an overdue lamp (13800000006): whether they are overdue and for how long, a due date
// they cannot meet, what being late does, and words the bot did not place; read, and in whole turns on a fixed day.
import { dialogueMachine } from '../../machines/dialogue';
import { toActors, type BackendPorts } from '../../machines/ports';
import type { Account, Order } from '../../machines/domain';
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';
import { understandRequests } from '../../src/bot/twoRequests';
import { runDialogueTurn, type DialogueTurnResult } from '../../src/bot/dialogueTurn';
import type { ConversationRecord } from '../../src/bot/conversationRecord';
import { at, CONFIRMING_RECEIPT, LIST, persona5, persona6, persona6Account } from './personaOrders';

const nlu = createNlu();
const ENABLED = 'flow.onboarding.enabled';
const WELCOME = 'flow.welcome';
const TERMS = 'flow.onboarding.confirmingTerms';
const CODE = 'flow.onboarding.login.awaitingOtp';
const OVERDUE = { type: 'TOPIC_ASKED', topic: 'overdueStatus' };
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });

const account = (over: Partial<Account> = {}): Account => ({ ...persona6Account, ...over });
const lampCustomer = { account: account(), orders: persona6 };
const notEnabled = { account: account({ accountId: 'acct_004', payLater: { enabled: false } }) };

describe('whether the customer is overdue, and for how long, is answered from their orders', () => {
  const asked = ['我是不是逾期了？？急', '我有逾期吗', '有没有逾期', '逾期了几天了', '逾期多久了', '我逾期了吗', 'am I overdue?', 'how many days overdue is it?'];

  it.each(asked)('%j at the list, or at the lamp\'s payment, is answered there', (text) => {
    expect(at(LIST, text, lampCustomer)).toEqual(OVERDUE);
    expect(at(CONFIRMING_RECEIPT, text, { ...lampCustomer, orderId: 'JD6001' })).toEqual(OVERDUE);
  });

  it.each(asked)('%j away from the orders (the status card, the welcome, before the login) opens them, where it is read again', (text) => {
    expect(at(ENABLED, text, lampCustomer)).toEqual({ type: 'ORDERS', question: true });
    expect(at(WELCOME, text, {})).toEqual({ type: 'ORDERS', question: true });
  });

  it('from a customer without pay-later, at the terms: answered there (none can be overdue), the terms kept', () => {
    expect(at(TERMS, '我有逾期吗', notEnabled)).toEqual(OVERDUE);
  });

  it('with charges asked too ("逾期多久了 有罚息吗"), the fees\' answer comes first', () => {
    const read = understandRequests(nlu, '逾期多久了 有罚息吗', undefined, LIST, lampCustomer);
    expect(read.event).toEqual(OVERDUE);
    expect(read.answersFirst).toEqual([topic('fees')]);
  });

  it.each([
    ['逾期会怎样', { type: 'PAY', question: true }],
    ['逾期了会上征信吗', topic('overdueCredit')],
    ['有没有逾期费', topic('fees')],
    ['我根本没用过 怎么就逾期了吗', topic('debtDisputed')],
  ])('%j is no question about their own orders: %j', (text, event) => {
    expect(at(LIST, text, lampCustomer)).toEqual(event);
  });

  it('"是不是逾期了就不能用了" asks what being late does, not whether they are', () => {
    expect(at(LIST, '是不是逾期了就不能用了', lampCustomer)).not.toEqual(OVERDUE);
  });
});

// At the list "收到短信说我逾期了" was read as paying: the list again, which order is late and by how long unsaid.
describe('told by a text or a call that they are overdue, the customer asks whether they are', () => {
  const told = ['收到短信说我逾期了', '收到短信说我逾期了，怎么办', '接到电话说我逾期了', "I got a text saying I'm overdue", 'got an sms saying my payment is past due'];

  // As the status, and with nothing overdue a warning that the message may be a scam (dialogs/notices.ts overdueMessage).
  it.each(told)('%j at the list, or at the lamp\'s payment, is answered there', (text) => {
    expect(at(LIST, text, lampCustomer)).toEqual(topic('overdueMessage'));
    expect(at(CONFIRMING_RECEIPT, text, { ...lampCustomer, orderId: 'JD6001' })).toEqual(topic('overdueMessage'));
  });

  it('before the login it is the request for the orders, whose list reads the words again', () => {
    expect(at(WELCOME, '收到短信说我逾期了', {})).toEqual({ type: 'ORDERS' });
  });

  // A plain why beside it ("收到短信说我逾期了 为什么") asks why the message came: the same answer (test/bot/orderListReadings.test.ts).
  it.each(['收到短信说我逾期了 凭什么', '收到短信说我逾期了但我没收到货', '收到短信说我订单到了'])('%j is no such question', (text) => {
    expect(at(LIST, text, lampCustomer)).not.toEqual(OVERDUE);
    expect(at(LIST, text, lampCustomer)).not.toEqual(topic('overdueMessage'));
  });
});

describe('a due date the customer cannot meet, and what the article does not say', () => {
  it.each(['额 我手头紧 能晚几天吗', '能不能晚两天', '手头有点紧'])('%j is the overdue extension\'s answer, at the list and at the lamp\'s payment', (text) => {
    // A time named ("晚几天") goes with it as days from now (inDays); with the lamp overdue the answer is the same.
    expect(at(LIST, text, lampCustomer)).toMatchObject(topic('dueExtension'));
    expect(at(CONFIRMING_RECEIPT, text, { ...lampCustomer, orderId: 'JD6001' })).toMatchObject(topic('dueExtension'));
  });

  it.each(['能晚几天发货吗'])('%j is about the delivery, not the due date', (text) => {
    expect(at(LIST, text, lampCustomer)).not.toEqual(topic('dueExtension'));
  });

  it.each(['到期了会自动扣款吗', '会自动扣钱吗', 'will it be paid automatically?', 'when will I be charged?'])('%j is about paying, not about the bot: autoPay', (text) => {
    expect(at(LIST, text, lampCustomer)).toEqual(topic('autoPay'));
    expect(at(WELCOME, text, {})).toEqual(topic('autoPay'));
  });

  it.each(['乱扣钱怎么办', '会不会扣错钱'])('%j is still the worry about a wrong charge', (text) => {
    expect(at(WELCOME, text, {})).toEqual(topic('charges'));
  });

  it.each(['能分期吗', '可以分期吗', '能分三个月付吗', 'can I pay in instalments?'])('%j is answered as instalments, not the fees', (text) => {
    expect(at(WELCOME, text, {})).toEqual(topic('instalments'));
  });
});

describe('words the bot did not place', () => {
  it('"那我想开 怎么弄" is enabling (at the terms, how to go ahead)', () => {
    expect(at(WELCOME, '那我想开 怎么弄', {})).toEqual({ type: 'ENABLE' });
    expect(at(TERMS, '那我想开 怎么弄', notEnabled)).toEqual(topic('hesitantYes'));
  });

  it('"开通条件是啥，我是plus了还差啥": the conditions; logged in, the account\'s own status after them', () => {
    expect(understandRequests(nlu, '开通条件是啥，我是plus了还差啥', undefined, WELCOME, {}).event).toEqual({ type: 'REQUIREMENTS' });
    const loggedIn = understandRequests(nlu, '开通条件是啥，我是plus了还差啥', undefined, WELCOME, notEnabled);
    expect(loggedIn.event).toEqual({ type: 'STATUS', question: true });
    expect(loggedIn.answersFirst).toEqual([{ type: 'REQUIREMENTS' }]);
  });

  it('"还差多少钱" is about money, not the conditions', () => {
    expect(at(LIST, '还差多少钱没付', lampCustomer)).not.toEqual({ type: 'STATUS', question: true });
  });

  it.each(['不想实名 有别的办法吗', '不实名能开吗', 'can I skip the real-name verification?'])('%j gets the real-name answer (required, no other way)', (text) => {
    expect(at(WELCOME, text, {})).toEqual({ type: 'REAL_NAME', question: true });
  });

  it.each(['我手机号忘了绑的哪个了', '忘了绑定的是哪个号', "I forgot which phone number I used"])('%j: which number, which the bot cannot look up', (text) => {
    expect(at(WELCOME, text, {})).toEqual(topic('phoneForgotten'));
    expect(at('flow.onboarding.login.awaitingPhone', text, {})).toEqual(topic('phoneForgotten'));
  });

  it.each(['还是没有啊 你们是不是有问题', '还是没有啊', '一直没有'])('%j at the code step sends a new code', (text) => {
    expect(at(CODE, text, {})).toEqual({ type: 'OTP_RESEND_REQUESTED' });
  });

  it.each(['刚才那个号也能开吗', '我老婆的账号能开通吗', 'can my other account get it?'])('%j: each account is checked by itself', (text) => {
    expect(at('flow.onboarding.creditRefused', text, { account: account({ credit: { level: 'poor', eligible: false }, payLater: { enabled: false } }) })).toEqual(
      topic('otherAccount'),
    );
    expect(at(WELCOME, text, {})).toEqual(topic('otherAccount'));
  });

  it.each(['哦哦', '噢', '哦哦这样啊', 'oh'])('%j is heard, not a yes: at the lamp\'s list it pays nothing', (text) => {
    expect(at(LIST, text, lampCustomer)).toEqual(topic('acknowledged'));
    expect(at(WELCOME, text, {})).toEqual(topic('acknowledged'));
  });

  it('"jindu" is 进度 typed in pinyin: the status', () => {
    expect(at(WELCOME, 'jindu', {})).toEqual({ type: 'STATUS' });
    expect(understandActivity(nlu, 'jindu', undefined, ENABLED, lampCustomer).language).toBe('zh-CN');
  });
});

/** A conversation with a backend holding these orders, on a fixed day. */
function conversation(orders: Order[], now: number) {
  const acc = account();
  const ports: BackendPorts = {
    requestOtp: async () => undefined,
    createSession: async () => ({ ok: true, value: { accountId: acc.accountId, token: 't', expiresAt: '2099-01-01T00:00:00Z' } }),
    fetchAccount: async () => acc,
    enablePayLater: async () => ({ ok: true, value: acc }),
    listOrders: async () => orders,
    confirmReceipt: async () => ({ ok: false, error: 'invalid_order_state' }),
    requestReturn: async () => ({ ok: false, error: 'invalid_order_state' }),
  };
  const deps = { machine: dialogueMachine.provide({ actors: toActors(ports) }), nlu, shopUrl: 'http://shop', maxWaitMs: 1000, now: () => now };
  let record: ConversationRecord | undefined;
  return async (text: string): Promise<DialogueTurnResult> => {
    const turn = await runDialogueTurn(deps, { record, text, conversationId: 'c-overdue' });
    record = turn.record;
    return turn;
  };
}

const said = (turn: DialogueTurnResult): string => turn.replies.map((r) => r.text ?? '').join('\n');
const labels = (turn: DialogueTurnResult): string[] => turn.replies.flatMap((r) => r.suggestedActions?.actions ?? []).map((a) => a.title ?? '');
/** The lamp was due 2026-01-01; three days later, in the morning. */
const JAN_4 = Date.parse('2026-01-04T09:30:00Z');

describe('in whole turns, the days overdue are counted from the due date by the turn\'s clock', () => {
  it('"我是不是逾期了？？急" right after the login: the lamp, its amount, its date, 3 days, what being late does, and its payment', async () => {
    const say = conversation(persona6, JAN_4);
    for (const text of ['我要开通', '13800000006', '123456']) await say(text);
    const turn = await say('我是不是逾期了？？急');
    expect(turn.after.value).toEqual({ flow: { purchase: 'showingOrders' } });
    expect(said(turn)).toContain('「Desk lamp 台灯」¥129.00，付款截止 2026-01-01，已经逾期 3 天');
    expect(said(turn)).toContain('信用记录');
    expect(labels(turn)).toContain('确认收货并付款 · Desk lamp 台灯');
  });

  it('"逾期多久了 有罚息吗" at the list: no figures (the shop\'s pages have them), then the days, the day after the date: one day', async () => {
    const say = conversation(persona6, Date.parse('2026-01-02T23:00:00Z'));
    for (const text of ['我的订单', '13800000006', '123456']) await say(text);
    const turn = await say('逾期多久了 有罚息吗');
    expect(said(turn)).toContain('查不到具体数字');
    expect(said(turn)).toContain('已经逾期 1 天');
    expect(said(turn)).not.toContain('记得在截止日期前付款');
  });

  it('asked before the login, the orders are shown after it, with the answer', async () => {
    const say = conversation(persona6, JAN_4);
    expect(said(await say('有没有逾期'))).toContain('先登录');
    await say('13800000006');
    const turn = await say('123456');
    expect(said(turn)).toContain('已经逾期 3 天');
  });

  it('"逾期会怎样" from the customer with the overdue lamp: what being late does, then that the lamp is late already, to pay now', async () => {
    const say = conversation(persona6, JAN_4);
    for (const text of ['我的订单', '13800000006', '123456']) await say(text);
    const turn = await say('逾期会怎样');
    expect(said(turn)).toContain('信用记录');
    expect(said(turn)).toContain('你的「Desk lamp 台灯」付款截止日期已经过了');
    expect(said(turn)).not.toContain('记得在截止日期前付款');
    expect(labels(turn)).toContain('确认收货并付款 · Desk lamp 台灯');
  });

  it('"逾期会怎样" from a customer with nothing overdue: pay before the due date, as before', async () => {
    const say = conversation(persona5, JAN_4);
    for (const text of ['我的订单', '13800000005', '123456']) await say(text);
    expect(said(await say('逾期会怎样'))).toContain('记得在截止日期前付款');
  });

  it('a customer with nothing overdue is told so', async () => {
    const say = conversation(persona5, JAN_4);
    for (const text of ['我的订单', '13800000006', '123456']) await say(text);
    const turn = await say('我有逾期吗');
    expect(said(turn)).toContain('没有逾期的订单');
    expect(said(turn)).not.toContain('已经逾期');
  });
});
