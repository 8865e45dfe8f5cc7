// At a return's confirmation and after it: a reason corrected, a return taken up again after "不退了", and a submitted
// return asked to be withdrawn; and what each of these must not take.
import type { Order } from '../../machines/domain';
import { persona5, riceCooker, shoes, LIST, CONFIRMING_RETURN, CONFIRMING_RECEIPT, at, returningEarbuds } from './personaOrders';

const takenBack = { orders: persona5, returnTakenBack: { orderId: 'JD5001', reason: '尺码不合适' } };
const returned: Order[] = [{ ...persona5[0], status: 'return_requested' }, riceCooker, shoes];

describe('a reason corrected at the return\'s confirmation replaces it', () => {
  it.each([
    // A reason button's label said is that button's reason.
    ['不对，是发错货了', 'wrong_item'],
    ['原因写错了，是质量问题', 'quality'],
    ['不是，原因应该是尺码太小', '尺码太小'],
    ['把原因改成不想要了', 'not_wanted'],
    ['actually the reason is it arrived broken', 'it arrived broken'],
    ['wrong reason, it was damaged in transit', 'damaged in transit'],
  ])('%j gives the reason %j', (text, reason) => {
    expect(at(CONFIRMING_RETURN, text, returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason });
  });

  it.each(['不对，我要退的是电饭煲', '不对，是不想退了', '不对，还是付款吧', '原因写错了，怎么改？'])('%j is no new reason', (text) => {
    expect(at(CONFIRMING_RETURN, text, returningEarbuds)?.type).not.toBe('RETURN_REASON_GIVEN');
  });
});

describe('"还是退吧" right after "不退了" takes the same return up again', () => {
  it.each(['还是退吧', '算了，还是退货吧', '我又想退了', "actually I'll return it"])('%j at the list: its confirmation, with the reason', (text) => {
    expect(at(LIST, text, takenBack)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001', reason: '尺码不合适' });
  });

  it('another order named, or nothing taken back, reads as before', () => {
    expect(at(LIST, '退电饭煲', takenBack)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002' });
    expect(at(LIST, '还是退吧')).not.toEqual(expect.objectContaining({ reason: expect.anything() }));
  });
});

describe('a submitted return asked to be withdrawn', () => {
  it.each(['我不想退了，能撤销吗', '退货申请能撤回吗', '取消退货申请', 'can I cancel the return?', 'how do I withdraw my refund request'])(
    '%j at the list: not possible here, a person offered',
    (text) => {
      expect(at(LIST, text, { orders: returned })).toEqual({ type: 'TOPIC_ASKED', topic: 'returnWithdrawal' });
    },
  );

  it('with no return submitted, or at a return under way, it is no withdrawal', () => {
    expect(at(LIST, '能撤销退货吗')).not.toEqual({ type: 'TOPIC_ASKED', topic: 'returnWithdrawal' });
    expect(at(CONFIRMING_RETURN, '取消退货', { ...returningEarbuds, orders: returned })).not.toEqual({ type: 'TOPIC_ASKED', topic: 'returnWithdrawal' });
    expect(at(CONFIRMING_RECEIPT, '确认收货', returningEarbuds)?.type).not.toBe('TOPIC_ASKED');
  });
});

describe('the reason said to be wrong with no new one asks for it again, for the same order', () => {
  it.each(['原因写错了', '原因不对', '理由选错了', '我选错原因了', '我想改一下原因', '原因写错了，怎么改？', 'the reason is wrong', 'wrong reason', 'I picked the wrong reason', 'I want to change the reason'])(
    '%j at the return\'s confirmation: the reason step of the same order',
    (text) => {
      expect(at(CONFIRMING_RETURN, text, returningEarbuds)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' });
    },
  );

  it('with a new reason it is that reason ("原因不对，是质量问题")', () => {
    expect(at(CONFIRMING_RETURN, '原因不对，是质量问题', returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: 'quality' });
  });
});

describe('a return asked for at the list with its reason carries it', () => {
  // The goods that are what is wrong keep their name in it.
  it.each([
    ['我要退货，耳机左耳没声音', 'JD5001', '耳机左耳没声音'],
    ['耳机左耳没声音，我要退货', 'JD5001', '耳机左耳没声音'],
    ['我要退耳机，左耳没声音', 'JD5001', '左耳没声音'],
    ['我要退电饭煲，买重复了', 'JD5002', '买重复了'],
    ['I want to return the earbuds, the left one has no sound', 'JD5001', 'the left one has no sound'],
    ['I want to return the earbuds because the left one is broken', 'JD5001', 'the left one is broken'],
  ])('%j: the return of %s, reason %j', (text, orderId, reason) => {
    expect(at(LIST, text)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId, reason });
  });

  it.each(['我要退耳机，谢谢', '我要退货，怎么退？', '我要退耳机，退款到原账户', '我要退货，耳机'])('%j carries no reason', (text) => {
    expect(at(LIST, text)).not.toEqual(expect.objectContaining({ reason: expect.anything() }));
  });
});
