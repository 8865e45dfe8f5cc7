// The QA probe as Chinese customers with an overdue lamp (13800000006), read: a worry about their credit said before the
// login, whether paying now is still in time, and a phone number said with a request for the orders and a question.
import type { Account } from '../../machines/domain';
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import type { Referents } from '../../src/bot/understanding';
import { CONFIRMING_RECEIPT, LIST, persona5, persona6, persona6Account } from './personaOrders';

const nlu = createNlu();
const WELCOME = 'flow.welcome';
const ENABLED = 'flow.onboarding.enabled';
const PHONE_STEP = 'flow.onboarding.login.awaitingPhone';
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });

const lampCustomer: Referents = { account: persona6Account, orders: persona6 };
const read = (text: string, statePath: string, referents: Referents = {}) => understandRequests(nlu, text, undefined, statePath, referents);

// It got the pay FAQ ("pay before the due date") and the credit check's eligibility text ("…可以再来试试"), one per clause.
describe('said to be overdue, with a worry about their credit, the customer is answered that, as one question', () => {
  it.each([
    ['我好像逾期了怎么办 会不会上征信啊', WELCOME, {}],
    ['我逾期了 会影响信用吗', WELCOME, {}],
    ["I think I'm overdue, will it hurt my credit?", WELCOME, {}],
    ['我好像逾期了怎么办 会不会上征信啊', LIST, lampCustomer],
    ['我好像逾期了怎么办 会不会上征信啊', ENABLED, lampCustomer],
  ])('%j at %s', (text, statePath, referents) => {
    const understood = read(text, statePath, referents);
    expect(understood.event).toEqual(topic('overdueWorry'));
    expect(understood.answersFirst).toBeUndefined();
  });

  it('"逾期了会上征信吗" asks what lateness would do: the general answer', () => {
    expect(read('逾期了会上征信吗', WELCOME).event).toEqual(topic('overdueCredit'));
  });

  it('"为什么说我逾期了 会影响征信吗" asks why: no such worry', () => {
    expect(read('为什么说我逾期了 会影响征信吗', WELCOME).event).not.toEqual(topic('overdueWorry'));
  });
});

// At the list it got "…所以记得在截止日期前付款" (the lamp's date three days past), then the list again.
describe('whether paying the overdue order now is still in time', () => {
  it.each(['现在付 还来得及吗', '现在还能付吗', 'is it too late to pay?'])('%j at the list: yes, and the lamp\'s payment', (text) => {
    const understood = read(text, LIST, lampCustomer);
    expect(understood.event).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD6001' });
    expect(understood.answersFirst).toEqual([topic('stillInTime')]);
  });

  it('at the lamp\'s own payment: answered, the payment kept', () => {
    expect(read('现在付 还来得及吗', CONFIRMING_RECEIPT, { ...lampCustomer, orderId: 'JD6001' }).event).toEqual(topic('stillInTime'));
  });

  it('after the status card: answered, then the orders to pay', () => {
    const understood = read('现在付 还来得及吗', ENABLED, lampCustomer);
    expect(understood.event).toEqual({ type: 'PAY' });
    expect(understood.answersFirst).toEqual([topic('stillInTime')]);
  });

  it.each([
    ['现在付 还来得及吗', LIST, { account: persona6Account, orders: persona5 }],
    ['退货还来得及吗', LIST, lampCustomer],
    ['现在付 还来得及吗', WELCOME, {}],
  ])('%j at %s, with nothing overdue, a return, or no orders known: not this', (text, statePath, referents) => {
    const understood = read(text, statePath, referents);
    expect(understood.event).not.toEqual(topic('stillInTime'));
    expect(understood.answersFirst ?? []).not.toContainEqual(topic('stillInTime'));
  });
});

// It led to the status card and "要先看看你的订单吗？": the request lost in the question, which went unanswered.
describe('a phone number said with a request for the orders and a question', () => {
  it.each([WELCOME, PHONE_STEP])('at %s, the login leads to the orders (the list answers the question)', (statePath) => {
    const understood = read('我手机号是13800000006，帮我看看订单，顺便问下逾期了怎么办', statePath);
    expect(understood.event).toEqual({ type: 'PHONE_RECEIVED', phone: '13800000006', goal: 'orders' });
    expect(understood.answersFirst).toBeUndefined();
  });

  it('with a question and no request, the number alone, the question answered first at the phone step', () => {
    const understood = read('13800000004，逾期会怎样', PHONE_STEP);
    expect(understood.event).toEqual({ type: 'PHONE_RECEIVED', phone: '13800000004' });
    expect(understood.answersFirst).toEqual([{ type: 'FAQ_ASKED', topic: 'pay' }]);
  });
});
