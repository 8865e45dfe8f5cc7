// What the customer's words mean where a step waits for free text (a return reason): a reason, or a question to answer.
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';

const nlu = createNlu();
const atReturnReason = (text: string) => understandActivity(nlu, text, undefined, 'flow.purchase.awaitingReturnReason').event;

describe('at the return-reason step', () => {
  it.each([
    '质量不好',
    '买多了',
    '哪里都坏了',
    // A question word inside a statement: still the reason.
    '不知道为什么开不了机',
    '质量太差了吧？',
    'wrong size',
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
});
