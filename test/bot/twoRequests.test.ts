// A question said beside a request ("我想开通先用后付，另外问下要手续费吗"): both are taken, the answer first.
import type { Account } from '../../machines/domain';
import { createNlu, type Nlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import { LIST, persona5, persona5Account, REASON, returningEarbuds } from './personaOrders';

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
    ['我要退耳机，多久能退款', { type: 'TOPIC_ASKED', topic: 'refund' }, 'RETURN'],
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
    ['我要退耳机，多久能退款', { type: 'TOPIC_ASKED', topic: 'refund' }, { type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' }],
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
    ['左耳没声音，多久能退款', { type: 'TOPIC_ASKED', topic: 'refund' }, '左耳没声音'],
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
    // How to enable asked beside another question: the steps it takes answered too, in their place, then the login.
    ['先用后付是什么 怎么开通', 'ENABLE', [{ type: 'WHAT_IS' }, { type: 'FAQ_ASKED', topic: 'enable' }]],
    // "What do I owe" is the orders, which show it: asked, it is still the request. Instalments have their own answer.
    ['我欠了多少钱 能分期还吗', 'ORDERS', [{ type: 'TOPIC_ASKED', topic: 'instalments' }]],
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

// QA: numbered lists of questions were answered in part ("1、怎么开通先用后付 2、开通要钱吗 3、结算页在哪里选" got the fees
// alone: the checkout clause read as a second request) or handed over unanswered ("1.需要什么条件 2.逾期了怎么办 3.转人工").
describe('a numbered list of questions', () => {
  const FEES = { type: 'TOPIC_ASKED', topic: 'fees' };
  const AT_CHECKOUT = { type: 'FAQ_ASKED', topic: 'checkout' };
  const CONDITIONS = { type: 'REQUIREMENTS' };
  const PAYING_LATE = { type: 'FAQ_ASKED', topic: 'pay' };
  const HOW_TO_ENABLE = { type: 'FAQ_ASKED', topic: 'enable' };

  it.each([
    '1、怎么开通先用后付 2、开通要钱吗 3、结算页在哪里选',
    '1. 怎么开通先用后付 2. 开通要钱吗 3. 结算页在哪里选',
    '1) 怎么开通先用后付 2) 开通要钱吗 3) 结算页在哪里选',
    '①怎么开通先用后付②开通要钱吗③结算页在哪里选',
    '一、怎么开通先用后付 二、开通要钱吗 三、结算页在哪里选',
    '怎么开通先用后付\n开通要钱吗\n结算页在哪里选',
  ])('%j: how to enable, the fees and where to choose it at checkout answered in order, then enabling', (text) => {
    const { event, answersFirst } = read(text);
    expect(answersFirst).toEqual([HOW_TO_ENABLE, FEES, AT_CHECKOUT]);
    expect(event?.type).toBe('ENABLE');
  });

  it('in English: how to turn it on and the fees answered, then enabling', () => {
    const { event, answersFirst } = read('1. how do I turn it on 2. does it cost anything');
    expect(answersFirst).toEqual([HOW_TO_ENABLE, FEES]);
    expect(event?.type).toBe('ENABLE');
  });

  it.each([
    '1.需要什么条件 2.逾期了怎么办 3.转人工',
    '1、需要什么条件\n2、逾期了怎么办\n3、转人工',
    '需要什么条件\n逾期了怎么办\n转人工',
  ])('%j: a person asked for as one item is the request, the other items answered first', (text) => {
    const { event, answersFirst } = read(text);
    expect(answersFirst).toEqual([CONDITIONS, PAYING_LATE]);
    expect(event).toEqual({ type: 'HUMAN' });
  });

  it.each([
    ['1、怎么开通', '怎么开通'],
    ['一、怎么开通', '怎么开通'],
    ['1. 开通要钱吗', '开通要钱吗'],
  ])('a single numbered item %j is read as the plain question %j', (numbered, plain) => {
    expect(read(numbered)).toEqual(read(plain));
  });

  // A numbered message was read whole, then read again from the start without its first number.
  it.each(['1、怎么开通 2、要钱吗', '1.需要什么条件 2.逾期了怎么办 3.转人工', '1、怎么开通'])('%j: each part read once, the number dropped first', (text) => {
    const readings: string[] = [];
    const counting: Nlu = {
      ...nlu,
      understand: (words) => {
        readings.push(words);
        return nlu.understand(words);
      },
    };
    const { event, answersFirst } = understandRequests(counting, text, undefined, 'flow.welcome', {});
    expect({ event, answersFirst }).toEqual(read(text));
    expect(readings).not.toContain(text);
    expect(new Set(readings).size).toBe(readings.length);
  });

  // "1.怎么开通 2.转人工" was handed over with the how-to unanswered (enabling and a person: two requests).
  it.each(['1.怎么开通 2.转人工', '1、怎么开通\n2、转人工', '1.转人工 2.怎么开通', '1. how do I turn it on 2. talk to a person'])(
    '%j: how enabling goes answered, then the person',
    (text) => {
      expect(read(text)).toEqual({ event: { type: 'HUMAN' }, answersFirst: [{ type: 'FAQ_ASKED', topic: 'enable' }] });
    },
  );

  it.each(['1.我要开通 2.转人工', '怎么开通 我要转人工'])('%j (enabling asked for, or no list): the person, with it', (text) => {
    expect(read(text)).toEqual({ event: { type: 'HUMAN' }, answersFirst: undefined });
  });

  // QA re-probe: how to enable asked beside another question got the fees, then the phone prompt, the steps never said;
  // "先告诉我怎么开通，然后帮我转人工" was handed over with the steps unsaid.
  it.each(['1、怎么开通 2、要钱吗', '怎么开通？要钱吗？', 'how do I turn it on? is it free?'])(
    '%j: how enabling goes and the fees answered in order, then the login',
    (text) => {
      expect(read(text)).toEqual({ event: { type: 'ENABLE', question: true }, answersFirst: [HOW_TO_ENABLE, FEES] });
    },
  );

  // Without the comma ("先告诉我怎么开通然后帮我转人工") it was handed straight over: the same items in the same order.
  it.each([
    '先告诉我怎么开通，然后帮我转人工',
    '先跟我说说怎么开通，再转人工',
    'first tell me how to turn it on, then get me a person',
    '先告诉我怎么开通然后帮我转人工',
    '先跟我说说怎么开通再转人工',
  ])(
    '%j (said in order): how enabling goes answered, then the person',
    (text) => {
      expect(read(text)).toEqual({ event: { type: 'HUMAN' }, answersFirst: [HOW_TO_ENABLE] });
    },
  );

  it('with pay-later on already, "怎么开通？要钱吗？" says no steps to enable', () => {
    const { answersFirst } = understandRequests(nlu, '怎么开通？要钱吗？', undefined, 'flow.welcome', { account: persona5Account });
    expect(answersFirst).not.toContainEqual(HOW_TO_ENABLE);
  });

  // Digits that number nothing: a phone number, an amount, an order number. Were they items, the person asked for in the
  // same sentence would take the question off them.
  it.each(['手续费多少 13800000001 转人工', '手续费¥1.5吗 转人工', '订单JD5001 手续费多少 转人工'])(
    '%j is no list: the question goes to the person with it',
    (text) => {
      expect(read(text)).toEqual({ event: { type: 'HUMAN' }, answersFirst: undefined });
    },
  );

  it('at the login, a numbered phone number is taken and the numbered question answered', () => {
    const { event, answersFirst } = read('1. 13800000004 2. 要手续费吗', 'flow.onboarding.login.awaitingPhone');
    expect(answersFirst).toEqual([FEES]);
    expect(event).toEqual({ type: 'PHONE_RECEIVED', phone: '13800000004' });
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

// QA: the second question of a message was dropped ("is there interest? and when do i have to pay" at the terms got the
// fees alone; "whats the requirements and how long does it take to turn on?" the conditions and the login; "PLUS我有了,
// real name怎么弄?" how to buy PLUS).
describe('every question of a message answered', () => {
  const TERMS = 'flow.onboarding.confirmingTerms';
  const AT_PLUS = 'flow.onboarding.awaitingPlus';
  const AT_REAL_NAME = 'flow.onboarding.awaitingRealName';
  const FEES = { type: 'TOPIC_ASKED', topic: 'fees' };
  const WHEN_TO_PAY = { type: 'FAQ_ASKED', topic: 'pay' };
  const ENABLE_TIME = { type: 'TOPIC_ASKED', topic: 'enableTime' };

  it.each(['is there interest? and when do i have to pay', '有利息吗？什么时候还'])(
    'at the terms, %j: the fees, then when to pay; nothing consented to',
    (text) => {
      expect(read(text, TERMS)).toEqual({ event: WHEN_TO_PAY, answersFirst: [FEES] });
    },
  );

  it.each([
    // Where a yes turns it on, a question beside a yes or a no keeps the one careful reading.
    ['同意，另外要手续费吗', TERMS],
    ['暂不开通，有利息吗', TERMS],
    ['确认收货，另外逾期会影响征信吗', 'flow.purchase.confirmingReceipt'],
  ])('%j at %s is still read whole', (text, statePath) => {
    expect(read(text, statePath).answersFirst).toBeUndefined();
  });

  // At the PLUS step "it" is PLUS: its price is PLUS's (the explainer says it is a paid membership and where the prices
  // are, as "plus多少钱" gets it), not pay-later's fees; and it is needed, which the explainer says too.
  it.each(['ok wait is it free?? and do i need it', 'plus免费吗 必须要吗', 'is it free?', 'do i need it', '必须要吗', '免费吗'])(
    'at the PLUS step, %j: the PLUS explainer, which says both',
    (text) => {
      expect(read(text, AT_PLUS)).toEqual({ event: { type: 'PLUS', question: true }, answersFirst: undefined });
    },
  );

  it('away from the PLUS step, "is it free?" is the fees', () => {
    expect(read('is it free?').event).toEqual(FEES);
  });

  it.each(['要手续费吗', 'is there interest?'])('at the PLUS step, %j names the fees: the fees', (text) => {
    expect(read(text, AT_PLUS).event).toEqual(FEES);
  });

  it.each([
    'whats the requirements and how long does it take to turn on?',
    '需要什么条件 开通要多久',
    '条件是什么 开通要多久',
  ])('%j: the conditions, then how long it takes; no login started unasked', (text) => {
    const { event, answersFirst } = read(text);
    expect(answersFirst).toEqual([expect.objectContaining({ type: 'REQUIREMENTS' })]);
    expect(event).toEqual(ENABLE_TIME);
  });

  it('with enabling asked for too, both answered, then the login', () => {
    expect(read('需要什么条件 开通要多久 我要开通')).toEqual({ event: { type: 'ENABLE' }, answersFirst: [{ type: 'REQUIREMENTS' }, ENABLE_TIME] });
  });

  it.each(['how long does it take to turn on?', '开通要多久', '多久能开通'])('%j alone is how long it takes', (text) => {
    expect(read(text)).toEqual({ event: ENABLE_TIME, answersFirst: undefined });
  });

  it.each(['PLUS我有了, real name怎么弄?', 'I already have PLUS, how do I do the real name?', '我已经是PLUS会员了，实名怎么弄'])(
    '%j: PLUS had is no question about it; real-name verification answered',
    (text) => {
      expect(read(text, AT_REAL_NAME)).toEqual({
        event: { type: 'REAL_NAME', question: true },
        answersFirst: [{ type: 'TOPIC_ASKED', topic: 'plusDoneAlready' }],
      });
      expect(read(text)).toEqual({
        event: { type: 'REAL_NAME', question: true },
        answersFirst: [{ type: 'TOPIC_ASKED', topic: 'plusSaidActive' }],
      });
    },
  );

  it.each([
    ['PLUS我有了', 'plusSaidActive'],
    ["I'm already a PLUS member", 'plusSaidActive'],
    ['实名我已经做过了', 'realNameSaidDone'],
  ])('%j alone, before the login: acknowledged as %s', (text, topic) => {
    expect(read(text).event).toEqual({ type: 'TOPIC_ASKED', topic });
  });

  it.each(['我有plus吗', '我没有plus', 'do I have PLUS?'])('%j says no PLUS had', (text) => {
    expect(read(text).event).not.toEqual({ type: 'TOPIC_ASKED', topic: 'plusSaidActive' });
  });

  it.each(['PLUS我有了', 'I already have PLUS'])('at the PLUS step, %j is its "done", checked', (text) => {
    expect(read(text, AT_PLUS).event).toEqual({ type: 'AFFIRM' });
  });
});

// QA: "逾期会罚钱吗" and "能提前还吗" both got the one text on paying; listed together, each is answered.
describe('paying late and paying early, each its own answer', () => {
  it.each([
    ['逾期会罚钱吗', 'overdueCharges'],
    ['逾期了会被罚款吗', 'overdueCharges'],
    ['is there a penalty if I pay late?', 'overdueCharges'],
    ['能提前还吗', 'earlyPayment'],
    ['可以提前付款吗', 'earlyPayment'],
    ['can I pay early?', 'earlyPayment'],
  ])('%j: %s', (text, topic) => {
    expect(read(text).event).toEqual({ type: 'TOPIC_ASKED', topic });
  });

  it('"有滞纳金吗", "有没有逾期费" stay the fees\' answer', () => {
    expect(read('有滞纳金吗').event).toEqual({ type: 'TOPIC_ASKED', topic: 'fees' });
  });

  it('"1.逾期怎么办 2.能提前还吗": both answered', () => {
    expect(read('1.逾期怎么办 2.能提前还吗')).toEqual({
      event: { type: 'TOPIC_ASKED', topic: 'earlyPayment' },
      answersFirst: [{ type: 'FAQ_ASKED', topic: 'pay' }],
    });
  });
});

// The words beside a typed phone number were found twice: for the login's goal, and again by the turn for the list it leads
// to (src/bot/dialogueTurn.ts). They are found once, and carried with the reading.
describe('the words typed beside a phone number, carried for the list', () => {
  const PHONE_STEP = 'flow.onboarding.login.awaitingPhone';
  const withWords = (text: string, referents = {}) => understandRequests(nlu, text, undefined, PHONE_STEP, referents);

  it('"13800000005 我要退耳机": the return is the login\'s goal, its words kept without the number', () => {
    const { event, phoneWords } = withWords('13800000005 我要退耳机');
    expect(event).toEqual({ type: 'PHONE_RECEIVED', phone: '13800000005', goal: 'return' });
    expect(phoneWords).toBe('我要退耳机');
  });

  it('"我手机号是138…，帮我看看订单，顺便问下逾期了怎么办": the orders are the goal, the question kept for the list', () => {
    const { event, phoneWords } = withWords('我手机号是13800000005，帮我看看订单，顺便问下逾期了怎么办');
    expect(event).toMatchObject({ type: 'PHONE_RECEIVED', goal: 'orders' });
    expect(phoneWords).toContain('帮我看看订单');
    expect(phoneWords).toContain('顺便问下逾期了怎么办');
    expect(phoneWords).not.toContain('13800000005');
  });

  it('the number alone has no words, its goal the login offered or none', () => {
    expect(withWords('13800000005').phoneWords).toBe('');
    expect(withWords('13800000005', { loginOffered: 'pay' })).toMatchObject({ event: { goal: 'pay' }, phoneWords: '' });
  });
});

// Two questions in one message, one of them silently dropped: at the terms the limit's answer was no answer beside
// another, at the phone step the status asked for kept the message whole, "wait" read as a clause of its own kept it whole,
// and "…cost money or hurt my credit score" was one clause read as the fees. Each is answered, in the order asked, once.
describe('two questions in one message, each answered in order', () => {
  const TERMS = 'flow.onboarding.confirmingTerms';
  const PHONE = 'flow.onboarding.login.awaitingPhone';
  const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });
  const said = (text: string, statePath: string) => {
    const { event, answersFirst } = read(text, statePath);
    return [...(answersFirst ?? []), event];
  };

  it.each([
    ['额度有多少？逾期了会怎样', TERMS, [topic('creditLimit'), { type: 'FAQ_ASKED', topic: 'pay' }]],
    ['逾期了会怎样？额度有多少', TERMS, [{ type: 'FAQ_ASKED', topic: 'pay' }, topic('creditLimit')]],
    ['要手续费吗？额度多少', TERMS, [topic('fees'), topic('creditLimit')]],
    ['wait, is there any interest or fee? whats the limit?', TERMS, [topic('fees'), topic('creditLimit')]],
    ['额度有多少？逾期了会怎样', PHONE, [{ type: 'STATUS' }, { type: 'FAQ_ASKED', topic: 'pay' }]],
    ['what is this pay later thing? does it cost money or hurt my credit score?', 'flow.welcome', [{ type: 'WHAT_IS', question: true }, topic('fees'), { type: 'CREDIT' }]],
    ['does it cost anything or affect my credit?', 'flow.welcome', [topic('fees'), { type: 'CREDIT', question: true }]],
    ['要手续费吗还是会影响征信', 'flow.welcome', [topic('fees'), { type: 'CREDIT' }]],
  ])('%j at %s', (text, statePath, answers) => {
    expect(said(text, statePath)).toEqual(answers);
  });

  it('one question worded two ways ("is there any interest or fee") is answered once', () => {
    expect(said('is there any interest or fee', 'flow.welcome')).toEqual([topic('fees')]);
  });

  it('the phone number typed beside the status asked for keeps its one reading: the login goes on', () => {
    expect(read('13800000004，额度有多少', PHONE).event).toMatchObject({ type: 'PHONE_RECEIVED', phone: '13800000004' });
  });

  it('"等等 能换货吗 不想退" at a return\'s confirmation: the exchange answered, then the return taken back', () => {
    expect(said('等等 能换货吗 不想退', 'flow.purchase.confirmingReturn')).toEqual([topic('exchange'), { type: 'DENY' }]);
  });

  it('PLUS said paid for with a person asked for at its step: the person, told it is that payment', () => {
    expect(read('我付了钱但是页面卡住了 到底开成功没有 我要找人', 'flow.onboarding.awaitingPlus').event).toEqual({ type: 'HUMAN', paid: true });
    expect(read('我付了钱但是页面卡住了 到底开成功没有', 'flow.onboarding.awaitingPlus').event).toEqual({ type: 'AFFIRM', paid: true });
  });
});
