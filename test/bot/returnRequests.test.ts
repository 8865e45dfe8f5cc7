// At a return or a payment: a return asked for with its reason before an order is chosen, a correction naming another
// order written without spaces, and paying for one order while asking where another is.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import { at, CONFIRMING_RECEIPT, CONFIRMING_RETURN, LIST, persona5, REASON, returningEarbuds } from './personaOrders';

const returningRiceCooker = { orders: persona5, orderId: 'JD5002' };

describe('a return asked for with its reason, no order chosen', () => {
  it.each(['我要退货，尺码太大', '我要退货 尺码太大'])('%j at the list with two orders that can go back: the return, with its reason', (text) => {
    expect(at(LIST, text)).toEqual({ type: 'RETURN', reason: '尺码太大' });
  });

  it.each(['我要退货', '能退货吗，尺码太大了', '我要退货，怎么寄回去'])('%j: no reason kept', (text) => {
    expect(at(LIST, text)).not.toEqual(expect.objectContaining({ reason: expect.anything() }));
  });

  it('with the order named, that order\'s return with the reason, as before', () => {
    expect(at(LIST, '电饭煲要退货，尺码太大')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002', reason: '尺码太大' });
  });
});

describe('another order named after a correction written without spaces', () => {
  it.each(['不对我说错了是耳机', '不对是耳机', '我说错了是耳机', '错了是耳机', '不是电饭煲是耳机', '不对，我说错了，是耳机'])(
    '%j at the rice cooker\'s reason step and confirmation: the earbuds\' return',
    (text) => {
      for (const step of [REASON, CONFIRMING_RETURN]) expect(at(step, text, returningRiceCooker)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' });
    },
  );

  it('with its reason after a comma: the earbuds\' return with it', () => {
    expect(at(REASON, '不对我说错了是耳机，音质太差', returningRiceCooker)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001', reason: '音质太差' });
  });

  it.each(['耳机也有问题', '不是电饭煲', '不对耳机是坏的', '我说错了耳机也坏了', '不是耳机的问题', '这个是耳机一起买的'])(
    '%j at the rice cooker\'s reason step: no switch (the reason, or read as before)',
    (text) => {
      expect(at(REASON, text, returningRiceCooker)).not.toEqual(expect.objectContaining({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' }));
    },
  );

  it('"不是电饭煲" at the earbuds\' reason step is no switch to the rice cooker', () => {
    expect(at(REASON, '不是电饭煲', returningEarbuds)).not.toEqual(expect.objectContaining({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002' }));
  });
});

describe('paying for one order and asking where another is', () => {
  const nlu = createNlu();
  const read = (text: string, statePath = LIST) => {
    const { event, answersFirst } = understandRequests(nlu, text, undefined, statePath, { orders: persona5 });
    return { event, answersFirst };
  };

  it.each(['帮我把耳机付了 顺便看看电饭煲到哪了', '耳机付款，另外电饭煲到哪了'])('%j at the list: where it is, then the earbuds\' payment', (text) => {
    expect(read(text)).toEqual({ event: { type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' }, answersFirst: [{ type: 'TOPIC_ASKED', topic: 'delivery' }] });
  });

  it.each(['耳机付款，电饭煲退货', '耳机和电饭煲都付了'])('%j: still one order at a time', (text) => {
    expect(read(text).event).toEqual({ type: 'TOPIC_ASKED', topic: 'oneOrderAtATime' });
  });

  it('at the earbuds\' payment, the words keep their one reading', () => {
    expect(understandRequests(nlu, '确认收货，顺便看看电饭煲到哪了', undefined, CONFIRMING_RECEIPT, returningEarbuds).answersFirst).toBeUndefined();
  });
});
