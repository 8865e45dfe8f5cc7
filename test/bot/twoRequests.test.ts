// A question said beside a request ("我想开通先用后付，另外问下要手续费吗"): both are taken, the answer first.
import type { Account } from '../../machines/domain';
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import { LIST, persona5, REASON, returningEarbuds } from './personaOrders';

const nlu = createNlu();
const read = (text: string, statePath = 'flow.welcome') => {
  const { event, answersFirst } = understandRequests(nlu, text, undefined, statePath, {});
  return { event, answersFirst };
};

describe('a request with a question beside it', () => {
  it.each([
    ['我想开通先用后付，另外问下要手续费吗', { type: 'TOPIC_ASKED', topic: 'fees' }, 'ENABLE'],
    ['开通需要什么条件？我要开通', { type: 'REQUIREMENTS' }, 'ENABLE'],
    ['我想开通先用后付但是我不是PLUS会员怎么办', { type: 'PLUS', question: true }, 'ENABLE'],
    ['查下我的订单，另外先用后付是什么', { type: 'WHAT_IS' }, 'ORDERS'],
    ['逾期会影响征信吗，我想先了解一下再开通', { type: 'TOPIC_ASKED', topic: 'overdueCredit' }, 'ENABLE'],
    ['I want to turn it on. Is there a fee?', { type: 'TOPIC_ASKED', topic: 'fees' }, 'ENABLE'],
    ['am I eligible and how much does it cost', { type: 'TOPIC_ASKED', topic: 'fees' }, 'STATUS'],
    // A question about paying or returns beside a request is answered where the customer is (read alone, it would go on
    // to the orders itself).
    ['我要开通，顺便问下逾期会怎样', { type: 'FAQ_ASKED', topic: 'pay' }, 'ENABLE'],
    ['帮我看看订单，顺便问下逾期会怎样', { type: 'FAQ_ASKED', topic: 'pay' }, 'ORDERS'],
    ['我要退耳机，多久能退款', { type: 'FAQ_ASKED', topic: 'return' }, 'RETURN'],
    ['show my orders and what happens if I pay late', { type: 'FAQ_ASKED', topic: 'pay' }, 'ORDERS'],
    // Two questions: both answered.
    ['先用后付是啥？要什么条件', { type: 'WHAT_IS' }, 'REQUIREMENTS'],
  ])('%j: answered, then the request (or the other question)', (text, answer, request) => {
    const { event, answersFirst } = read(text);
    expect(answersFirst).toEqual([answer]);
    expect(event?.type).toBe(request);
  });
});

describe('messages that stay one reading', () => {
  it.each([
    // A greeting beside a request adds nothing to answer.
    '你好，我想开通先用后付',
    // One request, no question.
    '我想开通先用后付',
    // A person asked for: the question goes with them.
    '我要开通，要转人工吗',
    // One question, said once.
    '逾期会怎样？',
  ])('%j has nothing to answer first', (text) => {
    expect(read(text).answersFirst).toBeUndefined();
  });

  // Where a yes turns pay-later on, pays or files a return, the whole message keeps its one careful reading.
  it.each([
    ['同意，另外要手续费吗', 'flow.onboarding.confirmingTerms'],
    ['确认收货，另外逾期会影响征信吗', 'flow.purchase.confirmingReceipt'],
    ['提交，另外多久能退款', 'flow.purchase.confirmingReturn'],
  ])('%j at %s is read whole', (text, statePath) => {
    expect(read(text, statePath).answersFirst).toBeUndefined();
  });
});

// At the order list an order chosen is the request: "我要退耳机，多久能退款" answered and showed the list, the earbuds lost.
describe('at the order list', () => {
  it.each([
    ['我要退耳机，多久能退款', { type: 'FAQ_ASKED', topic: 'return' }, { type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' }],
    ['我要付耳机的钱，逾期会怎样', { type: 'FAQ_ASKED', topic: 'pay' }, { type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' }],
  ])('%j: answered, then that order', (text, answer, chosen) => {
    const { event, answersFirst } = understandRequests(nlu, text, undefined, LIST, { orders: persona5 });
    expect(answersFirst).toEqual([answer]);
    expect(event).toEqual(chosen);
  });
});

// "左耳没声音，多久能退款" at the reason step got the answer and the reason asked again.
describe('at a return\'s reason', () => {
  it.each([
    ['左耳没声音，多久能退款', { type: 'FAQ_ASKED', topic: 'return' }, '左耳没声音'],
    ['质量不好，另外要手续费吗', { type: 'TOPIC_ASKED', topic: 'fees' }, '质量不好'],
  ])('%j: answered, and the reason taken', (text, answer, reason) => {
    const { event, answersFirst } = understandRequests(nlu, text, undefined, REASON, returningEarbuds);
    expect(answersFirst).toEqual([answer]);
    expect(event).toEqual({ type: 'RETURN_REASON_GIVEN', reason });
  });

  it('a reason that wonders is all reason', () => {
    const { event, answersFirst } = understandRequests(nlu, '左耳没声音，不知道为什么', undefined, REASON, returningEarbuds);
    expect(answersFirst).toBeUndefined();
    expect(event).toEqual({ type: 'RETURN_REASON_GIVEN', reason: '左耳没声音，不知道为什么' });
  });
});

// "13800000004，逾期会怎样" at the login sent the code and left the question unanswered.
describe('at the login', () => {
  it.each([
    ['flow.onboarding.login.awaitingPhone', '13800000004，逾期会怎样', { type: 'FAQ_ASKED', topic: 'pay' }, { type: 'PHONE_RECEIVED', phone: '13800000004' }],
    ['flow.onboarding.login.awaitingOtp', '123456，另外要手续费吗', { type: 'TOPIC_ASKED', topic: 'fees' }, { type: 'OTP_RECEIVED', code: '123456' }],
  ])('at %s, %j: answered, and the number taken', (statePath, text, answer, taken) => {
    const { event, answersFirst } = understandRequests(nlu, text, undefined, statePath, {});
    expect(answersFirst).toEqual([answer]);
    expect(event).toEqual(taken);
  });
});

// "我想开通先用后付，顺便看看我的订单" (two requests) got a clarifying question.
describe('enabling and the orders asked together', () => {
  const AFTER = { type: 'TOPIC_ASKED', topic: 'ordersAfterEnabling' };
  it.each([
    ['我想开通先用后付，顺便看看我的订单', [AFTER]],
    ['I want to turn on pay later and also check my orders', [AFTER]],
    ['查下我的订单，顺便开通先用后付', [AFTER]],
    ['我想开通先用后付，顺便看看我的订单，另外要手续费吗', [{ type: 'TOPIC_ASKED', topic: 'fees' }, AFTER]],
  ])('%j: enabling goes on, the orders named for after it', (text, first) => {
    const { event, answersFirst } = read(text);
    expect(event?.type).toBe('ENABLE');
    expect(answersFirst).toEqual(first);
  });

  it('with pay-later on already, the orders are shown', () => {
    const account: Account = {
      accountId: 'acct_005', phoneMasked: '138****0005', plus: { active: true }, realName: { verified: true },
      credit: { level: 'good', eligible: true }, payLater: { enabled: true },
    };
    const { event, answersFirst } = understandRequests(nlu, '我想开通先用后付，顺便看看我的订单', undefined, 'flow.welcome', { account });
    expect(event).toEqual({ type: 'ORDERS' });
    expect(answersFirst).toBeUndefined();
  });
});

// QA: long or several-question messages got a clarifying question, or only part answered.
describe('several questions and one request in a message', () => {
  const REQUIREMENTS = { type: 'REQUIREMENTS' };
  const FEES = { type: 'TOPIC_ASKED', topic: 'fees' };

  it.each([
    // Clauses ended by a space, not a comma ("在吗 我想开通…"): the conditions, then enabling, as the comma'd one does.
    ['在吗 我想开通那个先用后负 要什么条件啊 是不是要plus会员？？', 'ENABLE', [REQUIREMENTS]],
    ['先用后付是什么 怎么开通', 'ENABLE', [{ type: 'WHAT_IS' }]],
    // "What do I owe" is the orders, which show it: asked, it is still the request.
    ['我欠了多少钱 能分期还吗', 'ORDERS', [FEES]],
  ])('%j: %s, answered first %j', (text, request, first) => {
    const { event, answersFirst } = read(text);
    expect(event?.type).toBe(request);
    expect(answersFirst).toEqual(first);
  });

  it('a numbered list of questions: those it knows answered, enabling goes ahead; a condition asked beside the conditions is answered by them', () => {
    const { event, answersFirst } = read('客服你好，我想问几个问题：1. 怎么开通？2. 条件，不是plus可以吗？3. 之前的订单能改成先用后付吗？4. 手续费？');
    expect(event?.type).toBe('ENABLE');
    expect(answersFirst).toEqual(expect.arrayContaining([REQUIREMENTS, FEES]));
    expect(answersFirst).not.toContainEqual(expect.objectContaining({ type: 'PLUS' }));
  });

  it('paying with "the orders" beside it: the payment (which shows them), the late-payment question first, and the words that choose the order', () => {
    const understood = understandRequests(
      nlu, '我上周买了个耳机，已经到了，想确认收货付款，另外还有个订单一直没到，要是逾期了会怎么样？', undefined, 'flow.welcome', {},
    );
    expect(understood.event).toEqual({ type: 'PAY' });
    expect(understood.answersFirst).toEqual([{ type: 'FAQ_ASKED', topic: 'pay' }]);
    expect(understood.requestWords).toBe('我上周买了个耳机，已经到了，想确认收货付款');
  });

  it.each([
    // A space inside one request splits nothing that matters.
    '我想开通 先用后付',
    // A person asked for beside a question keeps the message whole.
    '手续费多少 我要转人工',
    // An amount's point is no list marker.
    '耳机299.00 怎么付',
  ])('%j has nothing to answer first', (text) => {
    expect(read(text).answersFirst).toBeUndefined();
  });
});

// "行 那就开吧 顺便问下额度多少" at the terms explained the limit and asked the terms again.
describe('at the terms, a yes with the limit asked beside it', () => {
  const TERMS = 'flow.onboarding.confirmingTerms';
  it.each(['行 那就开吧 顺便问下额度多少', '好的 开通吧，额度是多少'])('%j turns pay-later on (the reply says the limit)', (text) => {
    const { event, answersFirst } = read(text, TERMS);
    expect(event).toEqual(expect.objectContaining({ type: 'AFFIRM' }));
    expect(answersFirst).toBeUndefined();
  });

  it.each(['行 那就开吧 顺便问下手续费', '额度多少', '我再想想 额度多少'])('%j is no yes', (text) => {
    expect(read(text, TERMS).event?.type).not.toBe('AFFIRM');
  });
});
