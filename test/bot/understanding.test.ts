// What the customer's words mean where a step waits for free text (a return reason): a reason, or a question to answer.
import { createNlu } from '../../src/nlu';
import { handoffWithdrawal, understandActivity, type Referents } from '../../src/bot/understanding';
import type { Order } from '../../machines/domain';

const nlu = createNlu();
const atReturnReason = (text: string) => understandActivity(nlu, text, undefined, 'flow.purchase.awaitingReturnReason').event;

describe('at the return-reason step', () => {
  it.each([
    '质量不好',
    '买多了',
    'wrong size',
    // Statements that look like questions, about topics the bot could answer (status, orders, pay, return): still the
    // reason. A question word inside a statement or at its end after 不知道, 呢 and 嘛, an auxiliary without "?".
    '不知道为什么开不了机',
    '开不了机，不知道为什么',
    '怎么都开不了机',
    '还没收到货呢',
    '东西坏了嘛',
    '订单还没到呢',
    'Does not work, I want a refund',
    'Is broken',
  ])('%j is the reason', (text) => {
    // Filed without the particle at its end ("还没收到货呢": "还没收到货"), no part of the reason.
    expect(atReturnReason(text)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: text.replace(/[呢嘛]$/, '') });
  });

  it.each([
    ['等等，付款截止日期过了会怎样', 'PAY'],
    ['is it refundable?', 'RETURN'],
    ['先用后付是什么', 'WHAT_IS'],
  ])('%j is a question (%s), answered by the step', (text, type) => {
    expect(atReturnReason(text)).toEqual({ type, question: true });
  });

  // Refunds have an answer of their own (they got the general returns text): nothing paid, nothing comes back.
  it.each(['退款多久到账？', '多久退款'])('%j is a question about refunds, answered by the step', (text) => {
    expect(atReturnReason(text)).toEqual({ type: 'TOPIC_ASKED', topic: 'refund' });
  });

  it('"逾期会影响信用吗" is a question, answered by the step', () => {
    expect(atReturnReason('逾期会影响信用吗')).toEqual({ type: 'TOPIC_ASKED', topic: 'overdueCredit' });
  });

  it.each([
    ['转人工', 'HUMAN'],
    ['取消', 'CANCEL'],
  ])('%j still steers the dialogue (%s)', (text, type) => {
    expect(atReturnReason(text)).toEqual({ type });
  });

  it.each(['算了，不退了', '不退了', '算了', '还是不退了吧', '先不退', '谢谢，没事了', '不用了', 'never mind', "I'll keep it", 'Keep it.'])(
    '%j takes the return back (DENY), as the 不退了 button does',
    (text) => {
      expect(atReturnReason(text)).toEqual({ type: 'DENY' });
    },
  );

  // Its reason part: plainly not wanting the goods is the 不想要了 button's reason, the return asked for is no part of it.
  it.each([
    ['不要了', 'not_wanted'],
    ['不喜欢', '不喜欢'],
    ['不合适', '不合适'],
    ['退了吧，质量太差', '质量太差'],
  ])('%j is a reason (%j), not taking the return back', (text, reason) => {
    expect(atReturnReason(text)).toEqual({ type: 'RETURN_REASON_GIVEN', reason });
  });

  it('"不想要了" is the reason its button gives', () => {
    expect(atReturnReason('不想要了')).toEqual({ type: 'RETURN_REASON_GIVEN', reason: 'not_wanted' });
  });

  it('an ID number is declined, never kept as the reason', () => {
    expect(atReturnReason('11010519491231002X')).toEqual({ type: 'ID_NUMBER_RECEIVED' });
  });

  it.each([
    ['转人工，我的身份证是11010519491231002X', 'HUMAN'],
    ['取消 11010519491231002X', 'CANCEL'],
  ])('%j: asking for a person or to cancel wins over the ID number (%s)', (text, type) => {
    expect(atReturnReason(text)).toEqual({ type });
  });
});

describe('at the order list, words that name an order', () => {
  const orders: Order[] = [
    { orderId: 'JD5001', title: 'Wireless earbuds 无线耳机', amount: 299, status: 'delivered', dueDate: '2026-12-13' },
    { orderId: 'JD5002', title: 'Rice cooker 电饭煲', amount: 459.9, status: 'in_transit' },
    { orderId: 'JD5003', title: 'Running shoes 跑步鞋', amount: 529, status: 'paid' },
  ];
  const atOrderList = (text: string) => understandActivity(nlu, text, undefined, 'flow.purchase.showingOrders', { orders }).event;

  it.each([
    ['电饭煲退了吧', 'ORDER_RETURN_CHOSEN', 'JD5002'],
    ['退电饭煲', 'ORDER_RETURN_CHOSEN', 'JD5002'],
    ['耳机确认收货', 'ORDER_PAY_CHOSEN', 'JD5001'],
    ['耳机收到了，付款吧', 'ORDER_PAY_CHOSEN', 'JD5001'],
    ['耳机付了吧', 'ORDER_PAY_CHOSEN', 'JD5001'],
    ['第二个退了', 'ORDER_RETURN_CHOSEN', 'JD5002'],
    ['第1笔付款', 'ORDER_PAY_CHOSEN', 'JD5001'],
    ['JD5002 退货', 'ORDER_RETURN_CHOSEN', 'JD5002'],
    ['return the rice cooker', 'ORDER_RETURN_CHOSEN', 'JD5002'],
    ['pay for the earbuds', 'ORDER_PAY_CHOSEN', 'JD5001'],
    ['I want to send the second one back', 'ORDER_RETURN_CHOSEN', 'JD5002'],
    // The action is checked by the dialogue, which says why a paid order cannot be returned.
    ['跑步鞋要退货', 'ORDER_RETURN_CHOSEN', 'JD5003'],
  ])('%j chooses %s for %s', (text, type, orderId) => {
    expect(atOrderList(text)).toEqual({ type, orderId });
  });

  it.each([
    ['耳机', 'JD5001'],
    ['the earbuds', 'JD5001'],
    ['2', 'JD5002'],
    ['最后一个', 'JD5003'],
    // "电饭煲什么时候到？" (only a return is possible for it) no longer asks what to do with it: where it is is answered
    // (the delivery topic, test/bot/orderQuestions.test.ts).
  ])('%j names %s without an action: the bot asks what to do with it', (text, orderId) => {
    expect(atOrderList(text)).toEqual({ type: 'ORDER_MENTIONED', orderId });
  });

  it.each([
    ["I'm running late", 'JD5003'],
    ['are these wireless?', 'JD5001'],
    ['any rice left?', 'JD5002'],
  ])('%j uses a describing word of a title, not its noun: it does not name %s', (text, orderId) => {
    expect(atOrderList(text)).not.toMatchObject({ orderId });
  });

  it.each([
    ['the running shoes', 'JD5003'],
    ['the shoes', 'JD5003'],
    ['the cooker', 'JD5002'],
    ['the wireless earbud', 'JD5001'],
  ])('%j names %s by its noun', (text, orderId) => {
    expect(atOrderList(text)).toEqual({ type: 'ORDER_MENTIONED', orderId });
  });

  it.each([
    ['我要退货', 'RETURN'],
    ['转人工', 'HUMAN'],
    ['第一个，转人工', 'HUMAN'],
    ['取消', 'CANCEL'],
  ])('%j names no single order (or asks for something else): %s as anywhere', (text, type) => {
    expect(atOrderList(text)).toEqual({ type });
  });

  it.each([
    ['退了吧', 'ORDER_RETURN_CHOSEN'],
    ['我要退货', 'ORDER_RETURN_CHOSEN'],
    ['付款', 'ORDER_PAY_CHOSEN'],
  ])('right after the bot asked about an order, %j applies to it (%s)', (text, type) => {
    const event = understandActivity(nlu, text, undefined, 'flow.purchase.showingOrders', { orders, orderId: 'JD5001' }).event;
    expect(event).toEqual({ type, orderId: 'JD5001' });
  });

  // Third review: "好" to the open "想怎么处理？" filed a return the customer never asked for.
  it('a yes to the question about an order chooses nothing: the buttons do', () => {
    const at = (orderId: string) => understandActivity(nlu, '好', undefined, 'flow.purchase.showingOrders', { orders, orderId }).event;
    expect(at('JD5002')).toEqual({ type: 'AFFIRM' });
    expect(at('JD5001')).toEqual({ type: 'AFFIRM' });
    expect(understandActivity(nlu, '好', undefined, 'flow.purchase.showingOrders', { orders }).event).toEqual({ type: 'AFFIRM' });
  });

  it('words that name another order win over the one asked about', () => {
    const event = understandActivity(nlu, '电饭煲退了', undefined, 'flow.purchase.showingOrders', { orders, orderId: 'JD5001' }).event;
    expect(event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002' });
  });

  // Found in review: negations, complaints, questions and look-alike positions were read as actions on an order.
  it.each([
    // An action refused of an order named is acknowledged, the order left as it is (test/bot/orderListReadings.test.ts).
    ['耳机不退了', { type: 'TOPIC_ASKED', topic: 'orderStaysAsIs' }],
    ['耳机取消退货', { type: 'ORDER_MENTIONED', orderId: 'JD5001' }],
    ['耳机别付款', { type: 'TOPIC_ASKED', topic: 'orderStaysAsIs' }],
    ["don't return the earbuds", { type: 'TOPIC_ASKED', topic: 'orderStaysAsIs' }],
    ['耳机收到了但是坏了', { type: 'ORDER_MENTIONED', orderId: 'JD5001' }],
    ['I received the wrong earbuds', { type: 'ORDER_MENTIONED', orderId: 'JD5001' }],
    // Found in the second review: refusals, cancellations, good reports, questions and "later".
    // Not wanting it is what a return is for (stop 13's probe), and its reason (QA: it was asked again); a confirmation follows.
    ['电饭煲不想要了', { type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002', reason: 'not_wanted' }],
    ["I don't want to return the earbuds", { type: 'TOPIC_ASKED', topic: 'orderStaysAsIs' }],
    // Declining its return, as "耳机不退了" and "I don't want to return the earbuds" (test/bot/orderMisreadingsFiveSix).
    ['耳机不需要退', { type: 'TOPIC_ASKED', topic: 'orderStaysAsIs' }],
    ['取消电饭煲的退货', { type: 'ORDER_MENTIONED', orderId: 'JD5002' }],
    ['cancel the earbuds return', { type: 'ORDER_MENTIONED', orderId: 'JD5001' }],
    ['耳机质量很好', { type: 'ORDER_MENTIONED', orderId: 'JD5001' }],
    ['nothing wrong with the earbuds', { type: 'ORDER_MENTIONED', orderId: 'JD5001' }],
    ['耳机付款了没', { type: 'ORDER_MENTIONED', orderId: 'JD5001' }],
    ['耳机退款进度', { type: 'ORDER_MENTIONED', orderId: 'JD5001' }],
    // A time to pay in named: the due-date question, of the earbuds, a week from now (their date decides the answer).
    ['耳机下周付款', { type: 'TOPIC_ASKED', topic: 'dueExtension', inDays: 7, orderId: 'JD5001' }],
    ['pay for the earbuds later', { type: 'ORDER_MENTIONED', orderId: 'JD5001' }],
    ["I haven't received the earbuds", { type: 'TOPIC_ASKED', topic: 'notReceived' }],
    ['耳机付了吗', { type: 'ORDER_MENTIONED', orderId: 'JD5001' }],
    ['did I pay for the earbuds?', { type: 'ORDER_MENTIONED', orderId: 'JD5001' }],
    // Delivered, says the shop; not here, says the customer: not to be confirmed (it asked "what to do with it?").
    ['耳机怎么还没到', { type: 'TOPIC_ASKED', topic: 'notReceived' }],
    // With its reason, which is not asked again.
    ['耳机第二天就坏了，要退货', { type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001', reason: '耳机第二天就坏了' }],
  ])('%j → %j', (text, event) => {
    expect(atOrderList(text)).toEqual(event);
  });

  it.each(['第三方支付可以吗', 'what is the first step', '我第一个问题是什么是先用后付', '第一次用先用后付'])(
    '%j is not about a listed order',
    (text) => {
      expect(atOrderList(text)?.type).not.toMatch(/^ORDER_/);
    },
  );

  it.each(['JD9999退货', '第五个退货'])('%j points at an order not in the list: never the one in question', (text) => {
    const event = understandActivity(nlu, text, undefined, 'flow.purchase.showingOrders', { orders, orderId: 'JD5002' }).event;
    expect(event?.type).not.toMatch(/^ORDER_/);
  });

  it.each(['what is pay later?', '我想退出', '没问题', '挺好的', 'yes please', '电饭煲的退款找人工处理一下', '耳机有问题，让客服联系我'])(
    '%j with an order in question does not act on it', (text) => {
    const event = understandActivity(nlu, text, undefined, 'flow.purchase.showingOrders', { orders, orderId: 'JD5001' }).event;
    expect(event?.type).not.toMatch(/^ORDER_/);
  });

  it('two orders named at once choose neither', () => {
    expect(atOrderList('耳机和电饭煲都退了')?.type).not.toMatch(/^ORDER_/);
  });

  it('elsewhere the same words do not choose an order', () => {
    // A return, the classifier's or a rule's guess (machines/events.ts `guessed`): its confidence sits at the threshold.
    expect(understandActivity(nlu, '退电饭煲', undefined, 'flow.purchase.menu', { orders }).event).toMatchObject({ type: 'RETURN' });
  });
});

describe('questions outside the intents that have a clear answer', () => {
  const anywhere = (text: string, path = 'flow.welcome') => understandActivity(nlu, text, undefined, path).event;

  it.each([
    '怎么关闭先用后付',
    '先用后付怎么关掉',
    '我想取消先用后付',
    '不想用先用后付了，帮我注销',
    'how do I turn it off',
    'disable pay later',
  ])('%j asks how to turn pay-later off', (text) => {
    expect(anywhere(text)).toEqual({ type: 'TOPIC_ASKED', topic: 'disable' });
  });

  // Instalments have an answer of their own ("可以分期吗": instalments, test/bot/overdueAnswers.test.ts).
  it.each(['手续费多少', '有利息吗', 'is there a fee', 'is it free', 'how much does it cost'])('%j asks about fees', (text) => {
    expect(anywhere(text)).toEqual({ type: 'TOPIC_ASKED', topic: 'fees' });
  });

  // A return's shipping fee has an answer of its own (returnShipping).
  it.each(['PLUS会员要收费吗', '运费谁出', 'how much does PLUS cost'])('%j is not about pay-later fees', (text) => {
    expect(anywhere(text)).not.toEqual({ type: 'TOPIC_ASKED', topic: 'fees' });
  });

  it.each([
    ['逾期会怎样', { type: 'PAY', question: true }],
    ['我要付款', { type: 'PAY' }],
  ])('%j: an intent says whether it was a question', (text, event) => {
    expect(anywhere(text)).toEqual(event);
  });

  it.each(['我忘记密码了', '登录要密码吗', 'what is my password', '验证码是不是密码'])('%j is about a password', (text) => {
    expect(anywhere(text, 'flow.onboarding.login.awaitingOtp')).toEqual({ type: 'TOPIC_ASKED', topic: 'password' });
  });

  it.each([
    ['先用后付的订单怎么取消', 'a pay-later order'],
    ['付款要输入支付密码吗', 'a payment password'],
    ['转人工，我要关闭先用后付', 'a request for a person'],
    ['I want to disable pay later, get me a human', 'a request for a person'],
    ['动态密码没收到', 'the code, under another name'],
    ['订单号错了', 'an order number'],
    ['who is in charge', 'not a fee'],
    ['取消', 'cancelling the step'],
  ])('%j is left to the intents (%s)', (text) => {
    expect(anywhere(text)?.type).not.toBe('TOPIC_ASKED');
  });

  it('"feel free to call me" is no fee: a call asked for, which the bot cannot make', () => {
    expect(anywhere('feel free to call me')).toEqual({ type: 'TOPIC_ASKED', topic: 'callBack' });
  });

  it('at the return-reason step the words stay the reason', () => {
    expect(anywhere('密码箱打不开', 'flow.purchase.awaitingReturnReason')).toEqual({ type: 'RETURN_REASON_GIVEN', reason: '密码箱打不开' });
  });
});

describe('at the code step', () => {
  const atCode = (text: string) => understandActivity(nlu, text, undefined, 'flow.onboarding.login.awaitingOtp').event;

  it.each(['我没收到验证码', '没收到', '还没有收到短信', '收不到验证码', '验证码还没来', '验证码过期了', '动态密码没收到', "I didn't get a code", 'the code expired'])(
    '%j asks for the code again',
    (text) => {
      expect(atCode(text)).toEqual({ type: 'OTP_RESEND_REQUESTED' });
    },
  );

  it.each(['换个手机号', '号码填错了', '用别的手机号', 'wrong number', 'I want to use a different number'])('%j is told to send the other number', (text) => {
    expect(atCode(text)).toEqual({ type: 'TOPIC_ASKED', topic: 'otherPhone' });
  });

  it('a new phone number itself still logs in with it', () => {
    expect(atCode('换个手机号 13800000004')).toEqual({ type: 'PHONE_RECEIVED', phone: '13800000004' });
  });
});

it.each([
  ['等一下', 'flow.onboarding.login.awaitingOtp'],
  ['稍等', 'flow.onboarding.awaitingRealName'],
  ['hold on', 'flow.welcome'],
  ['等等', 'flow.purchase.awaitingReturnReason'],
])('%j is waiting, not a greeting or a return reason (%s)', (text, path) => {
  expect(understandActivity(nlu, text, undefined, path).event).toEqual({ type: 'TOPIC_ASKED', topic: 'wait' });
});

describe('at the confirmations, typed buttons and a change of mind', () => {
  const at = (text: string, path: string) => understandActivity(nlu, text, undefined, path, { orderId: 'JD5001' }).event;

  it.each([
    ...['确认收货并付款', '确认收货', '确认付款', '付款', '付款吧', '确认', 'confirm receipt & pay', 'confirm receipt and pay', 'confirm', 'confirm and pay', 'pay', 'pay now', 'pay it'].map(
      (text) => [text, 'flow.purchase.confirmingReceipt'],
    ),
    ...['提交退货申请', '提交', '确认退货', 'submit the return', 'submit the return request', 'submit return request', 'submit'].map((text) => [
      text,
      'flow.purchase.confirmingReturn',
    ]),
  ])('the button\'s words %j at %s go ahead', (text, path) => {
    expect(at(text, path)).toEqual({ type: 'AFFIRM' });
  });

  it.each([
    ['确认收货并付款', 'flow.purchase.confirmingReceipt', { type: 'AFFIRM' }],
    ['Confirm receipt & pay', 'flow.purchase.confirmingReceipt', { type: 'AFFIRM' }],
    ['还是退货吧', 'flow.purchase.confirmingReceipt', { type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' }],
    ['等等，我还是想退货', 'flow.purchase.confirmingReceipt', { type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' }],
    ['提交退货申请', 'flow.purchase.confirmingReturn', { type: 'AFFIRM' }],
    ['不退了', 'flow.purchase.confirmingReturn', { type: 'DENY' }],
    ['取消退货', 'flow.purchase.awaitingReturnReason', { type: 'DENY' }],
    ['还是付款吧', 'flow.purchase.confirmingReturn', { type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' }],
    ['我要付款', 'flow.purchase.awaitingReturnReason', { type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' }],
  ])('%j at %s is %j', (text, path, event) => {
    expect(at(text, path)).toEqual(event);
  });

  it.each([
    ['付款后发现是坏的', 'flow.purchase.awaitingReturnReason'],
    ['支付的时候出错了', 'flow.purchase.awaitingReturnReason'],
  ])('%j at %s is still the reason', (text, path) => {
    expect(at(text, path)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: text });
  });

  it.each([
    ['确认后能退吗', 'flow.purchase.confirmingReceipt'],
    ['付了会怎样', 'flow.purchase.confirmingReturn'],
    ['我还没收到货', 'flow.purchase.confirmingReturn'],
  ])('%j at %s does not switch the action', (text, path) => {
    expect(at(text, path)?.type).not.toMatch(/^ORDER_/);
  });
});

// Third review: at a confirmation the classifier's "affirm" paid for "好的我先看看"; a return request got a help text and
// the payment question again; trailing emoji hid a take-back; a fee question became the return reason.
describe('consent, and messages around it', () => {
  const at = (text: string, path: string) => understandActivity(nlu, text, undefined, path, { orderId: 'JD5001' }).event;

  it.each(['好的我先看看', 'ok got it', '没问题吗'])('%j while confirming receipt is not a yes: it is told how to go ahead', (text) => {
    expect(at(text, 'flow.purchase.confirmingReceipt')).toEqual({ type: 'TOPIC_ASKED', topic: 'hesitantYes' });
  });

  it.each(['好的我再想想', '好的我考虑一下', '等会再付'])('%j while confirming receipt is taking time: no yes, no hurry', (text) => {
    expect(at(text, 'flow.purchase.confirmingReceipt')).toEqual({ type: 'TOPIC_ASKED', topic: 'wait' });
  });

  it('at the terms "想好了，开通" accepts; "等我问问我老婆再开" takes time', () => {
    expect(at('想好了，开通', 'flow.onboarding.confirmingTerms')).toEqual({ type: 'AFFIRM' });
    expect(at('等我问问我老婆再开', 'flow.onboarding.confirmingTerms')).toEqual({ type: 'TOPIC_ASKED', topic: 'wait' });
  });

  it.each(['好', '好的', '确认', 'ok', 'yes'])('%j while confirming a return is a yes', (text) => {
    expect(at(text, 'flow.purchase.confirmingReturn')).toEqual({ type: 'AFFIRM' });
  });

  it.each(['不付了，我要退货', '我要退货'])('%j while confirming receipt returns the same order', (text) => {
    expect(at(text, 'flow.purchase.confirmingReceipt')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' });
  });

  it.each([
    ['算了 不退了 😂', { type: 'DENY' }],
    ['我还是付钱吧 😅', { type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' }],
    ['手续费多少？', { type: 'TOPIC_ASKED', topic: 'fees' }],
  ])('%j at the reason step is %j', (text, event) => {
    expect(at(text, 'flow.purchase.awaitingReturnReason')).toEqual(event);
  });

  it('无线耳机付款 at the list pays for the earbuds (无 is not a "not")', () => {
    const orders: Order[] = [{ orderId: 'JD5001', title: 'Wireless earbuds 无线耳机', amount: 299, status: 'delivered' }];
    expect(understandActivity(nlu, '无线耳机付款', undefined, 'flow.purchase.showingOrders', { orders }).event).toEqual({
      type: 'ORDER_PAY_CHOSEN',
      orderId: 'JD5001',
    });
  });
});

// Found by probing the bot as customers (zh-CN and en-US) at stop 13.
describe('ordinary words at each step', () => {
  const at = (path: string, text: string) => understandActivity(nlu, text, undefined, path, { orderId: 'JD5001' }).event;
  const PLUS = 'flow.onboarding.awaitingPlus';
  const REAL_NAME = 'flow.onboarding.awaitingRealName';

  it.each([
    [PLUS, '我刚买了plus'], [PLUS, 'plus开好了'], [PLUS, '会员开通了'], [PLUS, 'ok了'], [PLUS, '弄完了'], [PLUS, '好了好了'],
    [PLUS, 'ok done'], [PLUS, 'just did it'], [PLUS, 'all set'], [PLUS, "I've paid for the membership"], [PLUS, 'I bought PLUS'],
    [REAL_NAME, '我已经实名了'], [REAL_NAME, '认证完了'], [REAL_NAME, '已认证'], [REAL_NAME, 'verified!'], [REAL_NAME, 'ok I did the verification'],
  ])('at %s, %j says the shop step is done: check again', (path, text) => {
    expect(at(path, text)).toEqual({ type: 'AFFIRM' });
  });

  it.each([
    [PLUS, '还没好'], [PLUS, 'not done yet'], [PLUS, 'have I finished?'], [REAL_NAME, '认证完了吗'],
  ])('at %s, %j is not "done"', (path, text) => {
    expect(at(path, text)).not.toEqual({ type: 'AFFIRM' });
  });

  // It was listed above as no claim of done; it is "怎么还没好" with the purchase named, which checks again (not done, the
  // customer hears what to check, with a person) instead of the PLUS explainer telling them how to buy what they bought.
  it('at the PLUS step, "我买了plus怎么还没显示" checks again, as "怎么还没好" does', () => {
    expect(at(PLUS, '我买了plus怎么还没显示')).toEqual({ type: 'AFFIRM' });
  });

  it.each(['收不到验证码啊', '还是没收到', 'can you send it again', 'the code never arrived', 'resend pls', 'still havent got the code', "didn't receive anything", '验证码怎么还没来？'])(
    'at the code step, %j asks for the code again',
    (text) => {
      expect(at('flow.onboarding.login.awaitingOtp', text)).toEqual({ type: 'OTP_RESEND_REQUESTED' });
    },
  );

  it.each([
    ['没收到，换个手机号', { type: 'TOPIC_ASKED', topic: 'otherPhone' }],
    ['没收到 13800000005', { type: 'PHONE_RECEIVED', phone: '13800000005' }],
  ])('at the code step, %j is not a resend', (text, event) => {
    expect(at('flow.onboarding.login.awaitingOtp', text)).toEqual(event);
  });

  it.each(['嗯嗯', '是的，确认', '确认付款吧', '付吧', '没问题', '对，付款', '嗯，确认收货', 'yes please', 'yes pay it', 'ok do it', 'y', 'sure thing', 'absolutely'])(
    'while confirming receipt, %j is a yes',
    (text) => {
      expect(at('flow.purchase.confirmingReceipt', text)).toEqual({ type: 'AFFIRM' });
    },
  );

  it.each(['是的 提交吧', 'ok submit', 'yes please'])('while confirming a return, %j is a yes', (text) => {
    expect(at('flow.purchase.confirmingReturn', text)).toEqual({ type: 'AFFIRM' });
  });

  it.each(['可以吗', '付了没', '不付', 'yes but later'])('while confirming receipt, %j is not a yes', (text) => {
    expect(at('flow.purchase.confirmingReceipt', text)).not.toEqual({ type: 'AFFIRM' });
  });

  // Before the tokens were made unambiguous, this took minutes (past jest's timeout): each 确认付款 could be read two ways.
  it('a long run of yes words that ends otherwise is not a yes', () => {
    expect(at('flow.purchase.confirmingReceipt', `${'确认付款'.repeat(24)}吗`)).not.toEqual({ type: 'AFFIRM' });
  });

  it.each(['no wait, keep it', 'no, never mind'])('while confirming a return, %j takes it back', (text) => {
    expect(at('flow.purchase.confirmingReturn', text)).toEqual({ type: 'DENY' });
  });

  it.each(['ok turn it on', 'enable it', '开通吧'])('at the terms, %j accepts them', (text) => {
    expect(at('flow.onboarding.confirmingTerms', text)).toEqual({ type: 'AFFIRM' });
  });

  it.each(['who pays for shipping?', 'can I exchange it instead?', '退货要运费不', '我开通了没有', 'what is the difference between the reasons?'])(
    'at the return-reason step, the question %j is not taken as the reason',
    (text) => {
      expect(at('flow.purchase.awaitingReturnReason', text)?.type).not.toBe('RETURN_REASON_GIVEN');
    },
  );

  it.each([
    ['2', 'quality'],
    ['the second one', 'quality'],
    ['第三个', 'wrong_item'],
  ])('at the return-reason step, %j picks that reason button (%s)', (text, reason) => {
    expect(at('flow.purchase.awaitingReturnReason', text)).toEqual({ type: 'RETURN_REASON_GIVEN', reason });
  });
});

describe('at the order list, words the list cannot act on are told why', () => {
  const orders: Order[] = [
    { orderId: 'JD5001', title: 'Wireless earbuds 无线耳机', amount: 299, status: 'delivered', dueDate: '2026-12-13' },
    { orderId: 'JD5002', title: 'Rice cooker 电饭煲', amount: 459.9, status: 'in_transit' },
  ];
  const at = (text: string, orderId?: string) =>
    understandActivity(nlu, text, undefined, 'flow.purchase.showingOrders', { orders, orderId }).event;

  it.each(['耳机付款，电饭煲退货', 'return the earbuds and the rice cooker'])('%j names two orders: one at a time', (text) => {
    expect(at(text)).toEqual({ type: 'TOPIC_ASKED', topic: 'oneOrderAtATime' });
  });

  it.each(['JD9999退货', 'JD9999'])('%j is not among the orders: said so', (text) => {
    expect(at(text)).toEqual({ type: 'TOPIC_ASKED', topic: 'orderNotListed' });
  });

  it('a question about two orders is left to the intents', () => {
    expect(at('耳机和电饭煲什么时候到？')?.type).not.toBe('TOPIC_ASKED');
  });

  it.each(['不想要了', '我不要了', '不喜欢了'])('%j about the order in question returns it, not wanting it the reason', (text) => {
    expect(at(text, 'JD5002')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002', reason: 'not_wanted' });
  });

  it('"不想要了" with no order in question chooses none', () => {
    expect(at('不想要了')?.type).not.toMatch(/^ORDER_/);
  });
});

describe('turning it on after all', () => {
  it.each(['算了还是开吧', '算了，开吧', '我改主意了，开通吧', '那还是开通吧', 'actually, turn it on'])('%j at the welcome enables', (text) => {
    expect(understandActivity(nlu, text, undefined, 'flow.welcome').event).toEqual({ type: 'ENABLE' });
  });

  it('at the terms it accepts them', () => {
    expect(understandActivity(nlu, '算了还是开吧', undefined, 'flow.onboarding.confirmingTerms').event).toEqual({ type: 'AFFIRM' });
  });

  it.each(['算了', '还是算了吧', '先不开了'])('%j is not turning it on', (text) => {
    expect(understandActivity(nlu, text, undefined, 'flow.welcome').event?.type).not.toBe('ENABLE');
  });
});

describe('an order by what the list says of it', () => {
  const orders: Order[] = [
    { orderId: 'JD6001', title: 'Desk lamp 台灯', amount: 89, status: 'overdue', dueDate: '2026-11-01' },
    { orderId: 'JD6002', title: 'Rice cooker 电饭煲', amount: 459.9, status: 'in_transit' },
    { orderId: 'JD6003', title: 'Kettle 水壶', amount: 129, status: 'delivered' },
    { orderId: 'JD6004', title: 'Mug 杯子', amount: 29, status: 'delivered' },
  ];
  const at = (text: string) => understandActivity(nlu, text, undefined, 'flow.purchase.showingOrders', { orders }).event;

  it.each([
    ['pay the overdue one', { type: 'ORDER_PAY_CHOSEN', orderId: 'JD6001' }],
    ['逾期的那个付了吧', { type: 'ORDER_PAY_CHOSEN', orderId: 'JD6001' }],
    ['还在路上的那个', { type: 'ORDER_MENTIONED', orderId: 'JD6002' }],
  ])('%j: %j', (text, event) => {
    expect(at(text)).toEqual(event);
  });

  it('a status two orders share names neither', () => {
    expect(at('已送达的那个')?.type).not.toMatch(/^ORDER_/);
  });
});

// Found by the second probe at stop 13.
describe('second probe', () => {
  const at = (path: string, text: string, referents = {}) => understandActivity(nlu, text, undefined, path, referents).event;
  const TERMS = 'flow.onboarding.confirmingTerms';

  it.each(['我想先了解一下再开通', '等会再开通', '晚点开通', '我考虑一下再开通', "don't turn it on yet", "I'll turn it on tomorrow", 'enable it later maybe', 'tell me more before I turn it on'])(
    'at the terms, %j does not accept them',
    (text) => {
      expect(at(TERMS, text)).not.toEqual({ type: 'AFFIRM' });
    },
  );

  it.each([
    ['flow.purchase.payingOrder.failed', '确认收货并付款'],
    ['flow.purchase.payingOrder.failed', '对，付款'],
    ['flow.purchase.requestingReturn.failed', '提交退货申请'],
    ['flow.onboarding.enablingPayLater.failed', '同意并开通'],
    ['flow.onboarding.login.requestingOtp.failed', '再发一次'],
    ['flow.onboarding.login.requestingOtp.failed', '重新发送验证码'],
  ])('at %s, %j (what started the call) retries it', (path, text) => {
    expect(at(path, text)).toEqual({ type: 'RETRY' });
  });

  it.each(['逾期了会怎么样', '开通以后怎么用'])('%j is a question', (text) => {
    expect(at(TERMS, text)).toMatchObject({ question: true });
  });

  it.each(['not now', '暂时不退', 'no'])('at the return-reason step, %j takes the return back', (text) => {
    expect(at('flow.purchase.awaitingReturnReason', text)).toEqual({ type: 'DENY' });
  });

  describe('at the order list', () => {
    const orders: Order[] = [
      { orderId: 'JD5001', title: 'Wireless earbuds 无线耳机', amount: 299, status: 'delivered', dueDate: '2026-12-13' },
      { orderId: 'JD5002', title: 'Rice cooker 电饭煲', amount: 459.9, status: 'in_transit' },
    ];
    const LIST = 'flow.purchase.showingOrders';

    it.each(['JD5001和JD5002', 'JD5001、JD5002 都退了'])('%j names two orders: one at a time', (text) => {
      expect(at(LIST, text, { orders })).toEqual({ type: 'TOPIC_ASKED', topic: 'oneOrderAtATime' });
    });

    it.each([
      ['耳机不想要了', 'JD5001'],
      ['电饭煲不要了', 'JD5002'],
    ])('%j returns %s, not wanting it the reason', (text, orderId) => {
      expect(at(LIST, text, { orders })).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId, reason: 'not_wanted' });
    });

    it('"电饭煲退货不要了" is taking a return back, not asking for one', () => {
      expect(at(LIST, '电饭煲退货不要了', { orders })?.type).not.toBe('ORDER_RETURN_CHOSEN');
    });
  });
});

it('"逾期会怎样？" at a list with an overdue order asks about being late, not about that order', () => {
  const orders: Order[] = [{ orderId: 'JD6001', title: 'Desk lamp 台灯', amount: 89, status: 'overdue', dueDate: '2026-11-01' }];
  expect(understandActivity(nlu, '逾期会怎样？', undefined, 'flow.purchase.showingOrders', { orders }).event?.type).not.toMatch(/^ORDER_/);
});

// Found by the review at stop 13.
describe('review', () => {
  const at = (path: string, text: string, referents = {}) => understandActivity(nlu, text, undefined, path, referents).event;

  it.each(['I don\'t want to enable it', 'please do not turn it on', '怎么开通', '开通协议在哪里看', '我想问下开通流程', '同意并开通？', 'Agree and turn on?'])(
    'at the terms, %j does not accept them',
    (text) => {
      expect(at('flow.onboarding.confirmingTerms', text)).not.toEqual({ type: 'AFFIRM' });
    },
  );

  it('"确认收货并付款？" asks; it does not pay', () => {
    expect(at('flow.purchase.confirmingReceipt', '确认收货并付款？')).not.toEqual({ type: 'AFFIRM' });
  });

  // "说好的赠品没有" (the promised gift is missing) reads like "退款到账没有" (has the refund come?): it is taken as a
  // question, and the clarifying question that follows reads the customer's next words as the reason.
  it.each(['说明书也没有', '少了配件，赠品也没有', '包装里没有发票，保修卡也没有', '收到的是空盒子，什么都没有', '一点也不'])(
    'at the return-reason step, %j is the reason',
    (text) => {
      expect(at('flow.purchase.awaitingReturnReason', text)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: text });
    },
  );

  it.each(['买了第二个，重复了', '第二件尺码不对', '颜色不对 #2', 'number 2 is broken', '5', '0', '99'])(
    'at the return-reason step, %j is kept as the reason, not a button by its place',
    (text) => {
      expect(at('flow.purchase.awaitingReturnReason', text)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: text });
    },
  );

  it('at the return-reason step, a question is never a take-back', () => {
    expect(at('flow.purchase.awaitingReturnReason', '不退了吗？')?.type).not.toBe('DENY');
  });

  it.each([
    ['flow.onboarding.awaitingPlus', 'I want to cancel, I bought the wrong plan'],
    ['flow.onboarding.awaitingPlus', '重新开始吧，我买了'],
    ['flow.onboarding.awaitingRealName', '我的身份证号11010519491231002X，认证了'],
    ['flow.onboarding.login.awaitingOtp', '还没收到，取消吧'],
    ['flow.onboarding.login.awaitingOtp', '我还没收到货'],
    ['flow.onboarding.login.awaitingOtp', '我的包裹没来'],
    ['flow.onboarding.login.awaitingOtp', 'my order has not arrived yet'],
  ])('at %s, %j is not "done" or a resend', (path, text) => {
    expect(at(path, text)?.type).not.toMatch(/^(?:AFFIRM|OTP_RESEND_REQUESTED)$/);
  });

  it('an ID number with "认证了" is declined, never rechecked', () => {
    expect(at('flow.onboarding.awaitingRealName', '我的身份证号11010519491231002X，认证了')).toEqual({ type: 'ID_NUMBER_RECEIVED' });
  });

  describe('titles that share words, and titles ending in model words', () => {
    const orders: Order[] = [
      { orderId: 'JD1', title: 'Wireless earbuds 无线耳机', amount: 299, status: 'delivered' },
      { orderId: 'JD2', title: 'Wired earbuds 有线耳机', amount: 99, status: 'delivered' },
      { orderId: 'JD3', title: 'Apple AirPods Pro', amount: 1899, status: 'delivered' },
      { orderId: 'JD4', title: 'Nike Air Max 270', amount: 899, status: 'delivered' },
      { orderId: 'JD5', title: 'Xiaomi Smart Band 8 Pro', amount: 249, status: 'delivered' },
    ];
    const list = (text: string) => at('flow.purchase.showingOrders', text, { orders });

    it.each([
      ['有线耳机退了吧', 'JD2'],
      ['return the wired earbuds', 'JD2'],
      ['return the airpods', 'JD3'],
      ['airpods退了吧', 'JD3'],
      ['return the nike shoes', 'JD4'],
      ['return the xiaomi band', 'JD5'],
    ])('%j chooses %s', (text, orderId) => {
      expect(list(text)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId });
    });

    it('words both earbuds share name neither: one at a time', () => {
      expect(list('耳机退了吧')).toEqual({ type: 'TOPIC_ASKED', topic: 'oneOrderAtATime' });
    });
  });
});

describe('taking a request for a person back while waiting', () => {
  it.each([
    ['取消', 'CANCEL'],
    ['不用转人工了', 'CANCEL'],
    ['算了', 'CANCEL'],
    ['算了不等了', 'CANCEL'],
    ['cancel', 'CANCEL'],
    ['never mind', 'CANCEL'],
    ['重新开始', 'RESTART'],
    ['start over', 'RESTART'],
  ])('%j takes it back (%s)', (text, kind) => {
    expect(handoffWithdrawal(text, undefined)).toBe(kind);
  });

  it.each(['先别取消', '不取消', '取消自动续费', '重新开始认证', '重新开始登录也不行', '在吗', '取消?'])('%j is for the agent', (text) => {
    expect(handoffWithdrawal(text, undefined)).toBeUndefined();
  });

  it('the waiting notice\'s button takes it back', () => {
    expect(handoffWithdrawal('不用人工了', { event: { type: 'CANCEL' } })).toBe('CANCEL');
  });
});

describe('second review: titles', () => {
  const at = (text: string, orders: Order[]) => understandActivity(nlu, text, undefined, 'flow.purchase.showingOrders', { orders }).event;
  const earbuds: Order = { orderId: 'JD1', title: 'Wireless earbuds 无线耳机', amount: 299, status: 'delivered' };
  const wired: Order = { orderId: 'JD2', title: 'Wired earbuds 有线耳机', amount: 99, status: 'delivered' };
  const cooker: Order = { orderId: 'JD3', title: 'Rice cooker 电饭煲', amount: 459.9, status: 'in_transit' };
  const lamp: Order = { orderId: 'JD4', title: 'Desk lamp 台灯', amount: 89, status: 'delivered' };

  it.each([
    ['pay for the earbuds', [earbuds, { orderId: 'JD5', title: 'Phone case for iPhone 15', amount: 39, status: 'delivered' }], 'ORDER_PAY_CHOSEN', 'JD1'],
    ['pay the earbuds', [earbuds, { orderId: 'JD6', title: 'The North Face jacket', amount: 999, status: 'delivered' }], 'ORDER_PAY_CHOSEN', 'JD1'],
    ['return the phone case', [earbuds, { orderId: 'JD5', title: 'Phone case for iPhone 15', amount: 39, status: 'delivered' }], 'ORDER_RETURN_CHOSEN', 'JD5'],
    ['I had rice, return the first one', [earbuds, cooker], 'ORDER_RETURN_CHOSEN', 'JD1'],
    ['pay the second one, I am at my desk', [earbuds, lamp], 'ORDER_PAY_CHOSEN', 'JD4'],
  ] as const)('%j chooses as meant', (text, orders, type, orderId) => {
    expect(at(text, [...orders] as Order[])).toEqual({ type, orderId });
  });

  it.each(['耳机和电饭煲都退了', 'return the earbuds and the rice cooker'])('%j with two earbuds and a cooker names several', (text) => {
    expect(at(text, [earbuds, wired, cooker])).toEqual({ type: 'TOPIC_ASKED', topic: 'oneOrderAtATime' });
  });
});

describe('second and third review: questions and reasons at the return-reason step', () => {
  const at = (text: string) => understandActivity(nlu, text, undefined, 'flow.purchase.awaitingReturnReason').event;

  it.each(['退款到账没有？', '有没有运费险？', '是不是要自己寄回去？', 'who pays for shipping?'])('%j is a question, not the reason', (text) => {
    expect(at(text)?.type).not.toBe('RETURN_REASON_GIVEN');
  });

  it.each(['配件没有', '充电器没有', '保修卡没有', '不知道是不是坏了，开不了机', '用了两天就坏了，不知道能不能修', '我没有'])('%j is the reason', (text) => {
    expect(at(text)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: text });
  });

  it.each(['说明书也没有', '收到的是空盒子，什么都没有', '包装里没有发票，保修卡也没有'])('%j is the reason', (text) => {
    expect(at(text)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: text });
  });
});

it.each(['取消吧', '算了吧', '那算了', '算了算了', '不用了谢谢', '不用了，谢谢', '我不需要人工了', '不转人工了', '不用转了', '我不等了', '不需要了', 'cancel please', 'no thanks', 'never mind, thanks'])(
  'while waiting for an agent, %j takes the request back',
  (text) => {
    expect(handoffWithdrawal(text, undefined)).toBe('CANCEL');
  },
);

it.each(['重新开始吧', '重来吧'])('while waiting for an agent, %j starts over', (text) => {
  expect(handoffWithdrawal(text, undefined)).toBe('RESTART');
});

describe('fourth probe: customers with orders', () => {
  const earbuds: Order = { orderId: 'JD5001', title: 'Wireless earbuds 无线耳机', amount: 299, status: 'delivered', dueDate: '2026-12-13' };
  const cooker: Order = { orderId: 'JD5002', title: 'Rice cooker 电饭煲', amount: 459.9, status: 'in_transit' };
  const shoes: Order = { orderId: 'JD5003', title: 'Running shoes 跑步鞋', amount: 529, status: 'paid' };
  const lamp: Order = { orderId: 'JD6001', title: 'Desk lamp 台灯', amount: 129, status: 'overdue', dueDate: '2026-12-03' };
  const orders = [earbuds, cooker, shoes];
  const reasonFor = (text: string, orderId = 'JD5001') =>
    understandActivity(nlu, text, undefined, 'flow.purchase.awaitingReturnReason', { orders, orderId }).event;
  const atList = (text: string, listed: Order[], referents: { orderId?: string; said?: 'beforeList' } = {}) =>
    understandActivity(nlu, text, undefined, 'flow.purchase.showingOrders', { orders: listed, ...referents }).event;

  // "我的开通进度", "my orders", "谢谢" were filed as the return's reason.
  it.each([
    ['我的开通进度', 'STATUS'],
    ['my orders', 'ORDERS'],
    ['谢谢', 'THANKS'],
    ['thanks', 'THANKS'],
    ['确认', 'AFFIRM'],
  ])('at the reason step, %j is no reason: it steers (%s)', (text, type) => {
    expect(reasonFor(text)?.type).toBe(type);
  });

  // The classifier hears these as cancel, but they are the commonest return reasons; the other order's status or orders
  // words in a complaint stay the reason too.
  it.each([
    ['changed my mind', 'changed my mind'],
    ["I don't want it anymore", 'not_wanted'],
    ['订单还没到呢', '订单还没到'],
    ['开不了机，不知道为什么', '开不了机，不知道为什么'],
  ])('at the reason step, %j is the reason (%j)', (text, reason) => {
    expect(reasonFor(text)).toEqual({ type: 'RETURN_REASON_GIVEN', reason });
  });

  it.each(['cancel', '取消', '算了'])('at the reason step, %j still takes the return back', (text) => {
    expect(['CANCEL', 'DENY']).toContain(reasonFor(text)?.type);
  });

  it('"I don\'t want it anymore" about the order in question starts its return (it cancelled)', () => {
    expect(atList("I don't want it anymore", orders, { orderId: 'JD5002' })).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002', reason: 'not_wanted' });
  });

  // "我现在付", "yes pay it" re-listed the one overdue order or got a clarifying question.
  it.each(['我现在付', 'yes pay it', 'fine, pay it', '付款'])('%j pays the one order that can be paid', (text) => {
    expect(atList(text, [lamp])).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD6001' });
    expect(atList(text, orders)).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' });
  });

  it('a return with no order named, where two orders can go back, chooses none; nor do words said before the list', () => {
    expect(atList('退货', orders)?.type).not.toMatch(/^ORDER_/);
    expect(atList('我要付款', [lamp], { said: 'beforeList' })?.type).not.toMatch(/^ORDER_/);
    expect(atList('耳机想退货', orders, { said: 'beforeList' })).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' });
  });

  // "确认" at "「台灯」想怎么处理？" asked the same again.
  it('"确认" about the order in question pays it; "确认一下订单" is no payment', () => {
    expect(atList('确认', [lamp], { orderId: 'JD6001' })).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD6001' });
    expect(atList('确认一下订单', orders)?.type).not.toMatch(/^ORDER_/);
    expect(atList('确认退货', orders, { orderId: 'JD5002' })).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002' });
  });

  it('an order by its amount: "299那个确认收货", "the 459.90 one"', () => {
    expect(atList('299那个确认收货', orders)).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' });
    expect(atList('the 459.90 one', orders)).toEqual({ type: 'ORDER_MENTIONED', orderId: 'JD5002' });
    expect(atList('JD5001', orders)).toEqual({ type: 'ORDER_MENTIONED', orderId: 'JD5001' });
  });

  // "不对，我要退的是电饭煲" at the earbuds' reason step was the earbuds' reason.
  it('at a return, another order named with a return switches to it; a refusal does not', () => {
    expect(reasonFor('不对，我要退的是电饭煲')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002' });
    const confirming = (text: string) =>
      understandActivity(nlu, text, undefined, 'flow.purchase.confirmingReturn', { orders, orderId: 'JD5001' }).event;
    expect(confirming('no, return the rice cooker')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002' });
    expect(confirming('取消电饭煲的退货')?.type).not.toBe('ORDER_RETURN_CHOSEN');
    expect(reasonFor('电饭煲不用退')?.type).not.toBe('ORDER_RETURN_CHOSEN');
    const paying = (text: string) =>
      understandActivity(nlu, text, undefined, 'flow.purchase.confirmingReceipt', { orders: [earbuds, lamp], orderId: 'JD5001' }).event;
    expect(paying('不对，我要付的是台灯')).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD6001' });
  });

  it('"那帮我开通" at the terms accepts them; "有滞纳金吗" is the fees question', () => {
    expect(understandActivity(nlu, '那帮我开通', undefined, 'flow.onboarding.confirmingTerms').event).toEqual({ type: 'AFFIRM' });
    expect(understandActivity(nlu, '有滞纳金吗', undefined, 'flow.welcome').event).toEqual({ type: 'TOPIC_ASKED', topic: 'fees' });
  });

  // Each got a clarifying question, and two in a row handed the customer to an agent.
  it.each([
    ['逾期会影响我以后用先用后付吗', 'PAY'],
    ['我付完了还能继续用吗', 'PAY'],
    ['不付会怎样', 'PAY'],
    // Raising the limit: its own answer (the limit, set by the shop; before the login, a login to see it).
    ['额度能提高吗', 'TOPIC_ASKED'],
    ['额度还剩多少', 'STATUS'],
    ['确认收货之后还能退货吗', 'RETURN'],
    ['提交订单以后呢', 'CHECKOUT'],
  ])('%j is understood (%s)', (text, type) => {
    expect(understandActivity(nlu, text, undefined, 'flow.welcome').event?.type).toBe(type);
  });

  // Anger got a clarifying question offering 再见 or 不用了.
  it.each(['我根本没收到提醒！太过分了', '凭什么算我逾期', '太坑了吧', '你这个破机器人什么都不懂', 'your bot is useless'])(
    '%j is apologised for (the complaint topic)',
    (text) => {
      expect(understandActivity(nlu, text, undefined, 'flow.welcome').event).toEqual({ type: 'TOPIC_ASKED', topic: 'complaint' });
    },
  );

  it('a complaint with a request is the request: "太过分了，我要退货", "this is ridiculous, get me a person"', () => {
    expect(understandActivity(nlu, '太过分了，我要退货', undefined, 'flow.welcome').event?.type).toBe('RETURN');
    expect(understandActivity(nlu, 'this is ridiculous, I want to talk to a person', undefined, 'flow.welcome').event?.type).toBe('HUMAN');
    // The reason without the complaint beside it (returnReasonWords.test.ts: acknowledged first).
    expect(reasonFor('质量太差了，太坑了')).toEqual({ type: 'RETURN_REASON_GIVEN', reason: '质量太差了' });
  });

  // A question about the terms at the terms got a clarifying question.
  it('at the terms, a question about them is answered; accepting or refusing them is not a question', () => {
    const atTerms = (text: string) => understandActivity(nlu, text, undefined, 'flow.onboarding.confirmingTerms').event;
    for (const text of ['协议内容是什么', '协议在哪看', 'what are the terms?']) expect(atTerms(text)).toEqual({ type: 'TOPIC_ASKED', topic: 'terms' });
    expect(atTerms('同意协议')).toEqual({ type: 'AFFIRM' });
    expect(atTerms('不同意这个协议')).toEqual({ type: 'DENY' });
  });

  // Re-probe: the first version took these apart.
  // The reason part of them: without the return asked for (the earbuds are returned: the rice cooker named is part of it).
  it.each([
    ['第二件尺码不对，想退', '第二件尺码不对'],
    ['退货，第2个颜色不对', '第2个颜色不对'],
    ['return it, the second one is broken', 'the second one is broken'],
    ['我要退款，459块太贵', '459块太贵'],
    ['好的，质量问题', '好的，质量问题'],
    ['是的，质量问题', '是的，质量问题'],
    ['谢谢，质量问题', '谢谢，质量问题'],
    ['不想要了，电饭煲也退', '不想要了，电饭煲也退'],
    ['电饭煲太大了放不下', '电饭煲太大了放不下'],
    ['耳机', '耳机'],
  ])('at the reason step, %j is the reason (%j)', (text, reason) => {
    expect(reasonFor(text)).toEqual({ type: 'RETURN_REASON_GIVEN', reason });
  });

  // "电饭煲也退" at the earbuds' reason step was filed as the earbuds' reason.
  it('at the reason step, another order added to this one is told one comes after the other; the return stays', () => {
    for (const text of ['电饭煲也退', '电饭煲也要退', '还有电饭煲也退一下', 'the rice cooker too', 'also return the rice cooker']) {
      expect(reasonFor(text)).toEqual({ type: 'TOPIC_ASKED', topic: 'anotherOrderNext' });
    }
    // With a reason in it, it is the reason; the earbuds themselves "too" are no other order.
    expect(reasonFor('不想要了，电饭煲也退')).toEqual({ type: 'RETURN_REASON_GIVEN', reason: '不想要了，电饭煲也退' });
    expect(reasonFor('耳机也退')?.type).not.toBe('TOPIC_ASKED');
  });

  // After the earbuds' return, "我现在付" showed the status card and "付款" the list again without a word.
  it('at the order list, asked to pay or return when no order allows it, the customer is told so', () => {
    const nothingPayable: Order[] = orders.map((o) => (o.status === 'delivered' ? { ...o, status: 'return_requested' } : o));
    for (const text of ['我现在付', '付款', 'pay it']) expect(atList(text, nothingPayable)).toEqual({ type: 'TOPIC_ASKED', topic: 'nothingToPay' });
    const nothingReturnable: Order[] = orders.map((o) => ({ ...o, status: 'paid' }));
    expect(atList('我要退货', nothingReturnable)).toEqual({ type: 'TOPIC_ASKED', topic: 'nothingToReturn' });
    // With something to pay, the one payable order is asked about; words said before the list guess nothing.
    expect(atList('我现在付', orders)?.type).toBe('ORDER_PAY_CHOSEN');
    expect(atList('付款', nothingPayable, { said: 'beforeList' })?.type).not.toBe('TOPIC_ASKED');
  });

  // Fifth probe: "好吧我再想想" at the terms turned pay-later on; changing one's mind at the reason step was filed as
  // the reason; an emoji, a lone "不" or a question were reasons; goods not received were offered only for payment.
  it('at the terms only plain consent turns pay-later on: a hesitant or unsure yes is told how to go ahead', () => {
    const atTerms = (text: string) => understandActivity(nlu, text, undefined, 'flow.onboarding.confirmingTerms').event;
    for (const text of ['好吧我再想想', '好贵啊', '确定吗', '可以吗', '嗯…不太确定', 'hmm not sure', 'ok?']) {
      expect(atTerms(text)).toEqual({ type: 'TOPIC_ASKED', topic: 'hesitantYes' });
    }
    for (const text of ['同意', '好的', '好吧', '同意协议', '同意並開通', 'yes', 'I agree']) expect(atTerms(text)).toEqual({ type: 'AFFIRM' });
    expect(atTerms('开通以后能关掉吗')).toEqual({ type: 'TOPIC_ASKED', topic: 'disable' });
    expect(atTerms('有年费吗')).toEqual({ type: 'TOPIC_ASKED', topic: 'fees' });
  });

  it('at the reason step, the return taken back for paying pays; no words, or how to write them, asks again; a question is answered', () => {
    for (const text of ['不退了，还是付款吧', '我改主意了，不退了，直接付款', '算了，还是付款吧']) {
      expect(reasonFor(text)).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' });
    }
    for (const text of ['😡', '不', '这个要写多详细', '写什么']) expect(reasonFor(text)).toEqual({ type: 'TOPIC_ASKED', topic: 'reasonNeeded' });
    expect(reasonFor('运费谁出')).toEqual({ type: 'TOPIC_ASKED', topic: 'returnShipping' });
    // "When" and "how long" inside a statement are still a reason.
    for (const text of ['用了没多久就坏了', '不知道什么时候坏的']) expect(reasonFor(text)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: text });
    expect(reasonFor('没收到货')).toEqual({ type: 'RETURN_REASON_GIVEN', reason: '没收到货' });
  });

  it('at the order list, goods not received are not for confirming; every order at once is one at a time; questions are answered', () => {
    for (const text of ['我没收到货', '台灯根本没到', '快递显示签收了但我没拿到', "I didn't get it"]) {
      expect(atList(text, orders)).toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
    }
    expect(atList('全部退货', orders)).toEqual({ type: 'TOPIC_ASKED', topic: 'oneOrderAtATime' });
    expect(atList('我现在就付', orders)).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' });
    expect(atList('确认收货是什么意思', orders)?.type).not.toBe('ORDER_PAY_CHOSEN');
    expect(atList('下次还款是哪天', orders)).toEqual({ type: 'PAY', question: true });
    expect(atList('退款多久到账', orders)).toEqual({ type: 'TOPIC_ASKED', topic: 'refund' });
  });

  it('logging out or switching accounts is a logout anywhere; "退出" alone is not', () => {
    for (const text of ['退出登录', '帮我退出登录', '换个账号', '切换账号', 'log out', 'sign me out', 'switch account']) {
      expect(understandActivity(nlu, text, undefined, 'flow.purchase.showingOrders', { orders }).event).toEqual({ type: 'LOGOUT' });
    }
    expect(reasonFor('退出登录')).toEqual({ type: 'LOGOUT' });
    expect(understandActivity(nlu, '退出', undefined, 'flow.purchase.showingOrders', { orders }).event?.type).not.toBe('LOGOUT');
  });

  it('at a shop-page step a dispute checks again; doing it later, "我回来了" and "下一步呢" are understood anywhere', () => {
    const atPlus = (text: string) => understandActivity(nlu, text, undefined, 'flow.onboarding.awaitingPlus').event;
    for (const text of ['我本来就是PLUS会员啊', '你们查错了吧', "I'm a member already"]) expect(atPlus(text)).toEqual({ type: 'AFFIRM' });
    expect(atPlus('我不是会员')?.type).not.toBe('AFFIRM');
    for (const text of ['我等会再弄', '我先去买个PLUS，回头再来', '我再想想', 'let me think']) {
      expect(atPlus(text)).toEqual({ type: 'TOPIC_ASKED', topic: 'wait' });
    }
    expect(atPlus('我回来了')).toEqual({ type: 'GREETING' });
    // The step again, with a line before it (test/bot/everydayAsks.test.ts).
    for (const text of ['下一步呢', "what's next"]) expect(atPlus(text)).toEqual({ type: 'TOPIC_ASKED', topic: 'whatNow' });
    expect(atPlus('我刚才开到哪了')).toEqual({ type: 'STATUS' });
    // Typed before any reason was given, the return's confirm words are no reason.
    expect(understandActivity(nlu, '提交退货申请', undefined, 'flow.purchase.awaitingReturnReason', { orders, orderId: 'JD5002' }).event).toEqual({ type: 'TOPIC_ASKED', topic: 'reasonNeeded' });
  });

  it('at the order list, an order named alone after asking to pay or return is for that; after it is done, asked about', () => {
    const pick = (text: string, goal: 'pay' | 'return' | 'orders') =>
      understandActivity(nlu, text, undefined, 'flow.purchase.showingOrders', { orders, goal }).event;
    expect(pick('1', 'return')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' });
    expect(pick('耳机', 'pay')).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' });
    // Not payable: paying it is asked for, and the dialogue says why not.
    expect(pick('电饭煲', 'pay')).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5002' });
    expect(pick('1', 'orders')).toEqual({ type: 'ORDER_MENTIONED', orderId: 'JD5001' });
    expect(pick('耳机什么时候到期', 'return')?.type).not.toBe('ORDER_RETURN_CHOSEN');
  });

  it('at the code step "验证码是多少" says where the code is; at the return confirmation "等等，是电饭煲要退" switches', () => {
    expect(understandActivity(nlu, '验证码是多少', undefined, 'flow.onboarding.login.awaitingOtp').event).toEqual({ type: 'TOPIC_ASKED', topic: 'whereIsCode' });
    expect(understandActivity(nlu, '验证码是 6 5 4 3 2 1', undefined, 'flow.onboarding.login.awaitingOtp').event).toEqual({ type: 'OTP_RECEIVED', code: '654321' });
    const atConfirmation = understandActivity(nlu, '等等，是电饭煲要退', undefined, 'flow.purchase.confirmingReturn', { orders, orderId: 'JD5001' });
    expect(atConfirmation.event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002' });
  });

  // A long English story about sending earbuds back got "I'm not sure what you mean"; "电饭煲什么时候到" a clarifying question.
  it('a message the classifier cannot place that plainly names returning or paying, or asks where goods are, is that', () => {
    const story =
      'Hello, I bought earbuds last week with pay later and they arrived but the left one does not work at all, I want to send them back and get my money, how do I do that?';
    // Guesses where the classifier could not decide (machines/events.ts `guessed`): no goal for a login found lapsed.
    expect(understandActivity(nlu, story, undefined, 'flow.welcome').event).toEqual({ type: 'RETURN', question: true, guessed: true });
    expect(understandActivity(nlu, '电饭煲什么时候到', undefined, 'flow.welcome').event).toEqual({ type: 'ORDERS', guessed: true });
  });

  it('at the order list, "我一共欠多少钱" asks the amount due', () => {
    for (const text of ['我一共欠多少钱', '总共要付多少', 'how much do I owe']) expect(atList(text, orders)).toEqual({ type: 'TOPIC_ASKED', topic: 'amountDue' });
  });

  // Re-probe of the fifth: the new readings took over messages they should not have, or missed close variants.
  describe('sixth probe: the new readings in their bounds', () => {
    const at = (path: string, text: string, referents: Referents = { orders }) => understandActivity(nlu, text, undefined, path, referents).event;
    const lamp: Order[] = [{ orderId: 'JD6001', title: 'Desk lamp 台灯', amount: 89, status: 'overdue', dueDate: '2026-11-01' }];

    it('the amount due is asked only as what is owed', () => {
      for (const text of ['耳机一共就用了两天就坏了，我要退货', '电饭煲总共多少钱', '我总共付了多少钱', '我总共有几个订单']) {
        expect(at('flow.purchase.showingOrders', text)).not.toEqual({ type: 'TOPIC_ASKED', topic: 'amountDue' });
      }
      for (const text of ['我一共欠多少钱', '总共还要付多少', 'how much do I owe']) {
        expect(at('flow.purchase.showingOrders', text)).toEqual({ type: 'TOPIC_ASKED', topic: 'amountDue' });
      }
    });

    it('goods not received only where orders are at hand, and not a broken item, a return, an invoice or a coupon', () => {
      for (const text of ['我签收了但是耳机是坏的', '货还没到，我想退货', '发票没收到', '优惠券没拿到', "I didn't get the discount"]) {
        expect(at('flow.purchase.showingOrders', text)).not.toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
      }
      for (const text of ['我根本没收到台灯凭什么算我逾期', '台灯我根本没收到，为什么要我付钱', '台灯没到货啊']) {
        expect(at('flow.purchase.showingOrders', text, { orders: lamp })).toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
      }
      expect(at('flow.purchase.confirmingReceipt', "wait, I haven't received them", { orders, orderId: 'JD5001' })).toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
      expect(at('flow.welcome', '我的东西没收到')).not.toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
    });

    it('a worry asked is no complaint; a complaint with 吧 is', () => {
      for (const text of ['不会骗人吧', '会不会是骗子啊']) expect(at('flow.welcome', text)).not.toEqual({ type: 'TOPIC_ASKED', topic: 'complaint' });
      expect(at('flow.welcome', '太坑了吧')).toEqual({ type: 'TOPIC_ASKED', topic: 'complaint' });
    });

    it('every order at once is one at a time only when more than one could be meant', () => {
      expect(at('flow.purchase.showingOrders', '全部付了', { orders: lamp })).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD6001' });
      expect(at('flow.purchase.showingOrders', '耳机两只都要退')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' });
    });

    it('a question about PLUS, or not being a member yet, is no dispute', () => {
      for (const text of ['我是不是得先买会员？', '不对吧，PLUS要多少钱', '我是新用户，不是会员', '我弄错了，我还没买']) {
        expect(at('flow.onboarding.awaitingPlus', text)).not.toEqual({ type: 'AFFIRM' });
      }
      expect(at('flow.onboarding.awaitingPlus', '我真的是会员')).toEqual({ type: 'AFFIRM' });
    });

    it('doing it later is no return reason\'s reading: "回头再买个黑色的" is the reason', () => {
      const text = '买错颜色了，回头再买个黑色的';
      expect(at('flow.purchase.awaitingReturnReason', text, { orders, orderId: 'JD5001' })).toEqual({ type: 'RETURN_REASON_GIVEN', reason: text });
    });

    it('logging out in a short message of any shape; changing one\'s mind and not paying in more words', () => {
      for (const text of ['我要退出登录了', '退出登录，谢谢', 'log out please', 'sign out of my account', 'I want to log out', '怎么退出登录']) {
        expect(at('flow.purchase.showingOrders', text)).toEqual({ type: 'LOGOUT' });
      }
      for (const text of ['actually I will pay instead', '先付款吧，退货以后再说', '付了吧']) {
        expect(at('flow.purchase.awaitingReturnReason', text, { orders, orderId: 'JD5001' })).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' });
      }
      for (const text of ['不付了', '先不付', '暂时不付款']) {
        expect(at('flow.purchase.confirmingReceipt', text, { orders, orderId: 'JD5001' })).toEqual({ type: 'DENY' });
      }
    });

    // Third re-probe: "稍后再说" at the reason step was filed as the reason; "电饭煲还没到，不想要了" got the not-received
    // answer; a bare "想好了" turned pay-later on; "不要退出登录" logged out; worries about charges were unclear.
    it('later at the reason step waits; a return or paying early is no goods not received; "想好了" alone is no consent', () => {
      for (const text of ['稍后再说', '回头再说吧', '等会再退', '我考虑一下']) {
        expect(at('flow.purchase.awaitingReturnReason', text, { orders, orderId: 'JD5001' })).toEqual({ type: 'TOPIC_ASKED', topic: 'wait' });
      }
      expect(at('flow.purchase.showingOrders', '电饭煲还没到，不想要了')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002', reason: 'not_wanted' });
      expect(at('flow.purchase.showingOrders', '电饭煲还没到能先付款吗')).not.toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
      expect(at('flow.onboarding.confirmingTerms', '想好了')).toEqual({ type: 'TOPIC_ASKED', topic: 'hesitantYes' });
      expect(at('flow.onboarding.confirmingTerms', '想好了，开通')).toEqual({ type: 'AFFIRM' });
      for (const text of ['不要退出登录', '退出登录会怎样']) expect(at('flow.purchase.showingOrders', text)).not.toEqual({ type: 'LOGOUT' });
      for (const text of ['我很担心会扣错钱', '会不会多扣', '会不会乱扣钱']) expect(at('flow.welcome', text)).toEqual({ type: 'TOPIC_ASKED', topic: 'charges' });
    });

    it('asking for a language switches to it, however brief', () => {
      for (const [text, locale] of [['说中文吧', 'zh-CN'], ['in Chinese please', 'zh-CN'], ['English please', 'en-US'], ['说英文', 'en-US']] as const) {
        const understood = understandActivity(nlu, text, undefined, 'flow.onboarding.confirmingTerms');
        expect(understood).toMatchObject({ event: { type: 'TOPIC_ASKED', topic: 'languageSwitched' }, language: locale, languageAsked: true });
      }
    });

    it('worries and shipping costs are questions: answered, not a login', () => {
      expect(at('flow.welcome', '会不会乱扣钱')).toEqual({ type: 'TOPIC_ASKED', topic: 'charges' });
      expect(at('flow.welcome', '退货运费谁出')).toEqual({ type: 'TOPIC_ASKED', topic: 'returnShipping' });
    });
  });

  it('at the reason step "status" steers; another order by its name alone is returned instead, "第二个" is the second reason', () => {
    expect(reasonFor('status')?.type).toBe('STATUS');
    for (const text of ['电饭煲', 'rice cooker', '那个电饭煲吧', 'JD5002']) expect(reasonFor(text)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002' });
    expect(reasonFor('第二个')).toEqual({ type: 'RETURN_REASON_GIVEN', reason: 'quality' });
  });

  // Third probe: another order only mentioned, or asked about, moved the return or payment to it; courtesies with a comma
  // and reasons about prices or duplicates were filed wrongly.
  // Another order named stays in the reason; the return asked for beside it does not.
  it.each([
    ['电饭煲付了，这个不想要了', '电饭煲付了，这个不想要了'],
    ['买错了，本来想买电饭煲，退了吧', '买错了，本来想买电饭煲'],
    ['退了钱买电饭煲', '退了钱买电饭煲'],
    ['跑步鞋退不了，这个想退', '跑步鞋退不了'],
    ['订单买重复了', '订单买重复了'],
    ['PLUS会员价更便宜', 'PLUS会员价更便宜'],
  ])('at the reason step, %j is the reason (%j)', (text, reason) => {
    expect(reasonFor(text)).toEqual({ type: 'RETURN_REASON_GIVEN', reason });
  });

  it('at the reason step, a question about another order is a question, and courtesies in a row are no reason', () => {
    expect(reasonFor('电饭煲退货要多久')).toEqual({ type: 'RETURN', question: true });
    // The rice cooker is on its way: it can go back before it arrives.
    expect(reasonFor('can I return the rice cooker?')).toEqual({ type: 'TOPIC_ASKED', topic: 'returnInTransit' });
    expect(reasonFor('好的，谢谢')?.type).toBe('THANKS');
    // Thanks and goodbye together is a goodbye (probe round 3; it was answered "You're welcome!").
    expect(reasonFor('thanks, bye')?.type).toBe('GOODBYE');
  });

  it('while paying, another order only mentioned is no switch: "退货，电饭煲已经买到了" returns this one', () => {
    const paying = (text: string) =>
      understandActivity(nlu, text, undefined, 'flow.purchase.confirmingReceipt', { orders: [earbuds, cooker, lamp], orderId: 'JD5001' }).event;
    expect(paying('退货，电饭煲已经买到了')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' });
    expect(paying('付款，电饭煲还在路上')?.type).not.toBe('ORDER_PAY_CHOSEN');
    expect(paying('no, pay for the lamp')).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD6001' });
  });

  it('while paying for one order, another order named with a return is returned; named alone, it is paid for instead', () => {
    const paying = (text: string) =>
      understandActivity(nlu, text, undefined, 'flow.purchase.confirmingReceipt', { orders: [earbuds, cooker, lamp], orderId: 'JD5001' }).event;
    expect(paying('我想退电饭煲')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002' });
    expect(paying('台灯')).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD6001' });
  });

  it.each(['算了', '不登录了', 'never mind'])('at the code step, %j gives the login up; a bare "没有" does not', (text) => {
    const atCode = (words: string) => understandActivity(nlu, words, undefined, 'flow.onboarding.login.awaitingOtp').event;
    expect(atCode(text)).toEqual({ type: 'CANCEL' });
    expect(atCode('没有')?.type).not.toBe('CANCEL');
  });

  it.each(['算了', '不用了', 'no thanks'])('asked for a phone number, %j gives the login up', (text) => {
    expect(understandActivity(nlu, text, undefined, 'flow.onboarding.login.awaitingPhone').event).toEqual({ type: 'CANCEL' });
  });
});

describe('a yes or no button answers the step it was asked at', () => {
  const tap = (value: unknown, path: string, orderId?: string) => understandActivity(nlu, '确认', value, path, { orderId }).event;
  const PAY = 'flow.purchase.confirmingReceipt';

  it('at its own step, and for its own order, it is the yes or no it says', () => {
    expect(tap({ event: { type: 'AFFIRM' }, at: `${PAY}#JD5001` }, PAY, 'JD5001')).toEqual({ type: 'AFFIRM' });
    expect(tap({ event: { type: 'DENY' }, at: 'flow.onboarding.confirmingTerms' }, 'flow.onboarding.confirmingTerms')).toEqual({ type: 'DENY' });
  });

  it("at another step, or for another order, it answers nothing and says so", () => {
    const stale = { type: 'TOPIC_ASKED', topic: 'staleButton' };
    expect(tap({ event: { type: 'AFFIRM' }, at: 'flow.onboarding.awaitingPhone' }, 'flow.onboarding.confirmingTerms')).toEqual(stale);
    expect(tap({ event: { type: 'AFFIRM' }, at: `${PAY}#JD5001` }, PAY, 'JD5002')).toEqual(stale);
    expect(tap({ event: { type: 'DENY' }, at: `${PAY}#JD5001` }, 'flow.purchase.confirmingReturn', 'JD5001')).toEqual(stale);
  });

  it("after its call failed, the step's own yes answers the retry question; a shop step's done at the terms is told it is done", () => {
    expect(tap({ event: { type: 'AFFIRM' }, at: `${PAY}#JD5001` }, 'flow.purchase.payingOrder.failed', 'JD5001')).toEqual({ type: 'AFFIRM' });
    expect(tap({ event: { type: 'AFFIRM' }, at: 'flow.onboarding.awaitingRealName' }, 'flow.onboarding.confirmingTerms')).toEqual({
      type: 'TOPIC_ASKED',
      topic: 'stepDoneAlready',
    });
  });

  it('other buttons act wherever they are tapped, and so does a yes sent without its step', () => {
    expect(tap({ event: { type: 'ORDERS' }, at: 'flow.welcome' }, PAY, 'JD5001')).toEqual({ type: 'ORDERS' });
    expect(tap({ event: { type: 'AFFIRM' } }, PAY, 'JD5001')).toEqual({ type: 'AFFIRM' });
  });
});

// A number anywhere started a login: "快递员139…说放门口了" sent the courier a code and dropped the customer's step.
describe('a phone number in a message is a login only when it is offered as one', () => {
  const at = (path: string, text: string) => understandActivity(nlu, text, undefined, path, { orderId: 'JD5001' }).event;
  const RECEIPT = 'flow.purchase.confirmingReceipt';

  it.each(['13800000004', '换个号 13800000004', '用13800000004登录', '13800000005 查订单', 'my number is 13800000005'])(
    '%j is one, wherever it is said',
    (text) => expect(at(RECEIPT, text)).toMatchObject({ type: 'PHONE_RECEIVED' }),
  );

  it('someone else\'s number, or one in a longer sentence, is not; what is said around it is answered', () => {
    expect(at(RECEIPT, '快递员13912345678说放门口了但我没看到')).toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
    expect(at(RECEIPT, '我要投诉快递员13912345678，转人工')).toEqual({ type: 'HUMAN', complaint: true });
    // The orders asked for, or offered first in a clarifying question (the classifier's certainty here moves with the corpus).
    const wifes = at('flow.welcome', '我老婆的手机是13912345678，她的订单也帮我查下');
    expect(wifes?.type === 'ORDERS' || (wifes?.type === 'UNCLEAR' && wifes.candidates[0] === 'orders')).toBe(true);
    expect(at(RECEIPT, 'the courier 13912345678 says he left the rice cooker at the door')).not.toMatchObject({ type: 'PHONE_RECEIVED' });
    expect(at(RECEIPT, '昨天下午三点左右我打过你们电话13912345678一直占线，到底怎么回事')).not.toMatchObject({ type: 'PHONE_RECEIVED' });
  });

  it('at the login any number in the message is the one to log in with', () => {
    expect(at('flow.onboarding.login.awaitingPhone', '我想想，用我老婆的13912345678吧')).toEqual({ type: 'PHONE_RECEIVED', phone: '13912345678' });
  });

  it('an ID number in groups is an ID number, never a phone number', () => {
    expect(at('flow.onboarding.awaitingRealName', '我的身份证号是 110105 19491231 002X')).toEqual({ type: 'ID_NUMBER_RECEIVED' });
  });
});

// Customer probe, seventh round: questions about paying that were read as paying, and going back.
describe('when to pay, paid elsewhere, a problem with the goods, going back', () => {
  const earbuds: Order = { orderId: 'JD5001', title: 'Wireless earbuds 无线耳机', amount: 299, status: 'delivered', dueDate: '2026-12-13' };
  const lamp: Order = { orderId: 'JD6001', title: 'Desk lamp 台灯', amount: 129, status: 'overdue', dueDate: '2026-12-03' };
  const at = (path: string, text: string, orders: Order[], orderId?: string) => understandActivity(nlu, text, undefined, path, { orders, orderId }).event;
  const LIST = 'flow.purchase.showingOrders';
  const RECEIPT = 'flow.purchase.confirmingReceipt';

  it.each(['耳机哪天要付款', '我还有几天要付款', '台灯哪天到期的', '付款截止日期是哪天', 'when are the earbuds due?', "what's the deadline"])(
    '%j asks the due dates, it does not pay',
    (text) => {
      expect(at(LIST, text, [earbuds, lamp])).toEqual({ type: 'TOPIC_ASKED', topic: 'dueDate' });
      expect(at(RECEIPT, text, [earbuds, lamp], 'JD5001')).toEqual({ type: 'TOPIC_ASKED', topic: 'dueDate' });
    },
  );

  it('a payment made elsewhere is not to be paid again; asking whether it is paid is no such claim', () => {
    for (const text of ['我昨天已经在APP上付过了啊', '我早就付了', 'I already paid for it in the app']) {
      expect(at(LIST, text, [lamp])).toEqual({ type: 'TOPIC_ASKED', topic: 'alreadyPaid' });
    }
    expect(at(LIST, '我已经付了吗', [lamp])).not.toEqual({ type: 'TOPIC_ASKED', topic: 'alreadyPaid' });
  });

  it('what happens after the date is no question of when it is', () => {
    for (const text of ['付款截止日期过了会怎样', 'what happens if I miss the due date']) {
      expect(at(RECEIPT, text, [earbuds], 'JD5001')).not.toEqual({ type: 'TOPIC_ASKED', topic: 'dueDate' });
    }
  });

  // Taken as the return itself, the customer's next words ("算了其实还能用，付款吧") became its reason; told only that it
  // could go back, the next "好的" paid. The words are the reason, and the return's confirmation asks.
  it('a problem with an order being paid for goes to its return, the words its reason; with one that cannot be returned, a person', () => {
    expect(at(RECEIPT, '耳机左边没声音', [earbuds], 'JD5001')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001', reason: '耳机左边没声音' });
    expect(at(RECEIPT, 'the left earbud is broken', [earbuds], 'JD5001')).toEqual({
      type: 'ORDER_RETURN_CHOSEN',
      orderId: 'JD5001',
      reason: 'the left earbud is broken',
    });
    expect(at(RECEIPT, '台灯坏了', [lamp], 'JD6001')).toEqual({ type: 'TOPIC_ASKED', topic: 'orderProblem' });
    expect(at(LIST, '我不想付，台灯有问题', [lamp])).toEqual({ type: 'TOPIC_ASKED', topic: 'orderProblem' });
    // A question about paying is no problem with the goods.
    expect(at(RECEIPT, '付款会有问题吗', [earbuds], 'JD5001')).not.toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' });
  });

  it('going back from a payment or a return is back to the list; elsewhere the step stays (never a restart)', () => {
    for (const text of ['返回上一步', '上一步', '返回', 'go back']) {
      expect(at(RECEIPT, text, [earbuds], 'JD5001')).toEqual({ type: 'DENY' });
      expect(at('flow.purchase.awaitingReturnReason', text, [earbuds], 'JD5001')).toEqual({ type: 'DENY' });
      expect(at('flow.onboarding.login.awaitingOtp', text, [])).toEqual({ type: 'HELP' });
      expect(at('flow.onboarding.awaitingRealName', text, [])).toEqual({ type: 'HELP' });
    }
  });
});

describe('consent refused in other words, asking what the bot is, another order with a yes', () => {
  const earbuds: Order = { orderId: 'JD5001', title: 'Wireless earbuds 无线耳机', amount: 299, status: 'delivered', dueDate: '2026-12-13' };
  const cooker: Order = { orderId: 'JD5002', title: 'Rice cooker 电饭煲', amount: 459.9, status: 'in_transit' };
  const at = (path: string, text: string) => understandActivity(nlu, text, undefined, path, { orders: [earbuds, cooker], orderId: 'JD5001' }).event;

  // "I do not agree" was told how to say yes; "别给我开通" was read as asking to enable.
  it.each(['I do not agree', "I don't accept", '别给我开通', "don't turn it on", '不要开通'])('%j at the terms is a no', (text) => {
    expect(at('flow.onboarding.confirmingTerms', text)).toEqual({ type: 'DENY' });
  });

  it('asking whether the bot is a person is answered, not handed to one; asking for one still is', () => {
    for (const text of ['are you a real person?', '你是机器人吗', '你是真人吗？']) {
      expect(at('flow.welcome', text)).toEqual({ type: 'TOPIC_ASKED', topic: 'botIdentity' });
    }
    expect(at('flow.welcome', '我要找真人')).toEqual({ type: 'HUMAN' });
  });

  // It started the return of the earbuds being paid for.
  it('a return of another order said with a yes at a payment is one after the other, not this order returned', () => {
    expect(at('flow.purchase.confirmingReceipt', 'yes, and also return the rice cooker')).toEqual({ type: 'TOPIC_ASKED', topic: 'anotherOrderNext' });
    expect(at('flow.purchase.confirmingReceipt', '不付了，我要退货')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' });
  });
});

// "同意，顺便问下怎么退货" at the terms left them for the order list ("not enabled yet, enable now?").
it('"问一下" anywhere makes the words a question: at the terms it is answered there', () => {
  for (const text of ['同意，顺便问下怎么退货', '另外问一下怎么退货']) {
    expect(understandActivity(nlu, text, undefined, 'flow.onboarding.confirmingTerms').event).toEqual({ type: 'RETURN', question: true });
  }
});

describe('the welcome: a puzzled "啊？" and "开始吧"', () => {
  const at = (path: string, text: string) => understandActivity(nlu, text, undefined, path).event;
  it('"啊？" is no yes (it started the login): what the bot can do', () => {
    for (const text of ['啊？', '嗯？', 'huh?']) expect(at('flow.welcome', text)).toEqual({ type: 'HELP' });
  });
  it('"开始吧" to "shall we start?" starts (it restarted the conversation, in a loop); "重新开始" still restarts', () => {
    for (const text of ['开始吧', '好的开始吧', "let's start"]) expect(at('flow.welcome', text)).toEqual({ type: 'AFFIRM' });
    expect(at('flow.welcome', '重新开始')).toEqual({ type: 'RESTART' });
  });
});

it('an emoji alone at a confirmation is told how to go ahead; an e-mail address for the phone number is told the login is by phone', () => {
  expect(understandActivity(nlu, '👌', undefined, 'flow.purchase.confirmingReceipt', { orderId: 'JD5001' }).event).toEqual({ type: 'TOPIC_ASKED', topic: 'hesitantYes' });
  expect(understandActivity(nlu, 'zhangsan@qq.com', undefined, 'flow.onboarding.login.awaitingPhone').event).toEqual({ type: 'TOPIC_ASKED', topic: 'phoneOnly' });
});

describe('questions that got another answer', () => {
  const at = (path: string, text: string) => understandActivity(nlu, text, undefined, path).event;
  it.each([
    // When the money is taken: the customer pays by the due date, nothing is taken by itself (autoPay).
    ['when will I be charged', { type: 'TOPIC_ASKED', topic: 'autoPay' }],
    ['开通需要多少钱', { type: 'TOPIC_ASKED', topic: 'fees' }],
    // How many days after delivery: no number to give, each order's own date counts (it got the pay FAQ's stock line).
    ['收到货以后多少天内要付款', { type: 'TOPIC_ASKED', topic: 'dueDateRule' }],
    ['为什么要我的手机号？安全吗', { type: 'TOPIC_ASKED', topic: 'whyPhone' }],
    ['我刚才耳机付款成功了吗', { type: 'ORDERS', question: true }],
    ['逾期会影响我的征信吗', { type: 'TOPIC_ASKED', topic: 'overdueCredit' }],
  ])('%j → %j', (text, event) => {
    expect(at('flow.welcome', text)).toEqual(event);
  });
  it('"why do you need my phone number" at the phone step is answered there', () => {
    expect(at('flow.onboarding.login.awaitingPhone', '为什么要我的手机号？安全吗')).toEqual({ type: 'TOPIC_ASKED', topic: 'whyPhone' });
  });
  // "怎么还要验证码，我记得不用啊" got a clarifying question offering to confirm receipt and pay.
  it.each(['怎么还要验证码，我记得不用啊', '为什么要验证码', '验证码是干嘛的', '能不能不用验证码', 'why do you need a code?', "can't I log in without a code?"])(
    '%j at the code step is told what the code is for',
    (text) => {
      expect(at('flow.onboarding.login.awaitingOtp', text)).toEqual({ type: 'TOPIC_ASKED', topic: 'whyCode' });
    },
  );
  it.each(['验证码没收到', '验证码不对吗', '重新发送验证码', '我的验证码是123456'])('%j at the code step is no question of what it is for', (text) => {
    expect(at('flow.onboarding.login.awaitingOtp', text)).not.toEqual({ type: 'TOPIC_ASKED', topic: 'whyCode' });
  });
});

// Typed once the shop's notice had moved the chat on to the terms, it got the real-name explanation (or, "好了", asked back).
it.each(['我已认证好了', '实名认证完成了', 'I did the verification', '好了', 'done'])('%j at the terms: that step is done, the terms are next', (text) => {
  expect(understandActivity(nlu, text, undefined, 'flow.onboarding.confirmingTerms').event).toEqual({ type: 'TOPIC_ASKED', topic: 'stepDoneAlready' });
});

// Re-probe: "不用担心，同意" at the terms was read as a no ("好的，先不开通"), "已经收到货了，付款" got the pay FAQ again.
it.each([
  ['flow.onboarding.confirmingTerms', '不用担心，同意'],
  ['flow.onboarding.confirmingTerms', "I don't mind, go ahead"],
  ['flow.purchase.confirmingReceipt', '已经收到货了，付款'],
])('at %s, a yes with more around it (%j) is told how to go ahead', (path, text) => {
  expect(understandActivity(nlu, text, undefined, path, { orderId: 'JD5001' }).event).toEqual({ type: 'TOPIC_ASKED', topic: 'hesitantYes' });
});

// Re-probe: "pay for the desk lamp" from a customer with no lamp went to the earbuds' confirmation.
it('at the list, English that acts on goods no listed order names is told the order is not listed', () => {
  const earbuds: Order = { orderId: 'JD5001', title: 'Wireless earbuds 无线耳机', amount: 299, status: 'delivered', dueDate: '2026-12-13' };
  const cooker: Order = { orderId: 'JD5002', title: 'Rice cooker 电饭煲', amount: 459.9, status: 'in_transit' };
  const at = (text: string) => understandActivity(nlu, text, undefined, 'flow.purchase.showingOrders', { orders: [earbuds, cooker] }).event;
  expect(at('pay for the desk lamp')).toEqual({ type: 'TOPIC_ASKED', topic: 'orderNotListed' });
  expect(at('return my blue jacket')).toEqual({ type: 'TOPIC_ASKED', topic: 'orderNotListed' });
  expect(at('pay for the earbuds')).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' });
  expect(at('return the rice cooker')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002' });
  expect(at('pay for the order')).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' });
});
