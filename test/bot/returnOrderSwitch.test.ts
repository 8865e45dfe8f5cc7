// At a return (its reason, its confirmation) or a payment: another order named, with its reason or not; the same return
// asked for again; a return with its reason in words split by spaces; "不退了" to the order named at the list.
import { persona5, LIST, REASON, CONFIRMING_RETURN, CONFIRMING_RECEIPT, at, returningEarbuds } from './personaOrders';

const returningRiceCooker = { orders: persona5, orderId: 'JD5002' };

describe('another order named at a return is that order\'s return, with the reason said with it', () => {
  it.each([
    ['耳机退货，音质太差', { reason: '音质太差' }],
    ['耳机退货 音质太差', { reason: '音质太差' }],
    ['sorry I meant the earbuds, they crackle', { reason: 'they crackle' }],
    ['不对 我说错了 是耳机', {}],
    ['不对，是耳机，谢谢', {}],
  ])('%j at the rice cooker\'s reason step and confirmation', (text, reason) => {
    for (const step of [REASON, CONFIRMING_RETURN]) {
      expect(at(step, text, returningRiceCooker)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001', ...reason });
    }
  });

  it.each(['耳机，怎么寄回去？', '耳机已经买到了，电饭煲不需要', '耳机，电饭煲都退'])('%j is no switch with a reason', (text) => {
    expect(at(REASON, text, returningRiceCooker)).not.toEqual(expect.objectContaining({ type: 'ORDER_RETURN_CHOSEN', reason: expect.anything() }));
  });
});

describe('a return with its reason at a payment', () => {
  it.each([
    ['算了 不付了 我要退货 耳机音质太差了 左耳还有杂音', 'JD5001', '耳机音质太差了，左耳还有杂音'],
    ['不付了，我要退货，左耳有杂音', 'JD5001', '左耳有杂音'],
  ])('%j at the earbuds\' payment: the return of %s, reason %j', (text, orderId, reason) => {
    expect(at(CONFIRMING_RECEIPT, text, returningEarbuds)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId, reason });
  });

  it('a payment said with it is no return with a reason', () => {
    expect(at(CONFIRMING_RECEIPT, '确认收货，电饭煲退货，太大了', returningEarbuds)).not.toEqual(
      expect.objectContaining({ reason: expect.anything() }),
    );
  });
});

describe('at the list, a return and its reason split by a space', () => {
  it.each([
    ['第二个退了吧 不想要了', 'JD5002'],
    ['耳机退了吧 不想要了', 'JD5001'],
  ])('%j: the return of %s with its reason, the 不想要了 button\'s', (text, orderId) => {
    expect(at(LIST, text)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId, reason: 'not_wanted' });
  });

  it.each(['不退了', '不付了', '算了吧', '都不用了'])('%j to the order named: it is left as it is', (text) => {
    expect(at(LIST, text, returningEarbuds)).toEqual({ type: 'DENY' });
  });

  it('"我不要了" to the order named is its return, not leaving it', () => {
    expect(at(LIST, '我不要了', returningEarbuds)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001', reason: 'not_wanted' });
  });
});

describe('the same return asked for again at its reason step asks for the reason', () => {
  it.each(['退耳机', '我要退货', '我想退耳机'])('%j', (text) => {
    expect(at(REASON, text, returningEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'reasonNeeded' });
  });

  it.each(['耳机音质太差，要退', '退耳机是因为左耳没声音'])('%j is a reason', (text) => {
    expect(at(REASON, text, returningEarbuds)?.type).toBe('RETURN_REASON_GIVEN');
  });
});

it('"原因是左耳有杂音" at the confirmation replaces the reason', () => {
  expect(at(CONFIRMING_RETURN, '原因是左耳有杂音', returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: '左耳有杂音' });
  expect(at(CONFIRMING_RETURN, '原因是什么？', returningEarbuds)?.type).not.toBe('RETURN_REASON_GIVEN');
});
