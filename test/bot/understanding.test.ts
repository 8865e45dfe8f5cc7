// What the customer's words mean where a step waits for free text (a return reason): a reason, or a question to answer.
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';

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
    expect(atReturnReason(text)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: text });
  });

  it.each([
    ['等等，付款截止日期过了会怎样', 'PAY'],
    ['退款多久到账？', 'RETURN'],
    ['is it refundable?', 'RETURN'],
    ['先用后付是什么', 'WHAT_IS'],
    ['逾期会影响信用吗', 'CREDIT'],
  ])('%j is a question (%s), answered by the step', (text, type) => {
    expect(atReturnReason(text)).toEqual({ type });
  });

  it.each([
    ['转人工', 'HUMAN'],
    ['取消', 'CANCEL'],
  ])('%j still steers the dialogue (%s)', (text, type) => {
    expect(atReturnReason(text)).toEqual({ type });
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
