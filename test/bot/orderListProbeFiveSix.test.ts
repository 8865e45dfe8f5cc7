// QA probe of the order list and its confirmations (personas 5 and 6): an order corrected by its place at a return's
// confirmation, a filed return asked to be withdrawn with its goods named, goods said to have come that are shown on their way.
import { persona5, earbuds, riceCooker, shoes, LIST, CONFIRMING_RETURN, CONFIRMING_RECEIPT, at, returningEarbuds } from './personaOrders';

const returningRiceCooker = { orders: persona5, orderId: riceCooker.orderId, returnReason: '家里已经有一个了' };

describe('the order corrected by its place at a return\'s confirmation: that order\'s return, the reason kept', () => {
  it.each(['不对，我说的是第一个', '不是，第一个', 'no, I meant the first one'])('%j at the rice cooker\'s confirmation: the earbuds\'', (text) => {
    expect(at(CONFIRMING_RETURN, text, returningRiceCooker)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: earbuds.orderId, reason: '家里已经有一个了' });
  });

  it('one that cannot go back is still chosen (the dialogue says why), and a place said without a correction is no switch', () => {
    expect(at(CONFIRMING_RETURN, '不对，第三个', returningRiceCooker)).toEqual(expect.objectContaining({ type: 'ORDER_RETURN_CHOSEN', orderId: shoes.orderId }));
    expect(at(CONFIRMING_RETURN, '第一个', returningRiceCooker)?.type).not.toBe('ORDER_RETURN_CHOSEN');
  });

  it('corrected by its name, the reason goes with it too; with no reason at hand none is added', () => {
    expect(at(CONFIRMING_RETURN, '不对，我要退的是耳机', returningRiceCooker)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: earbuds.orderId, reason: '家里已经有一个了' });
    expect(at(CONFIRMING_RETURN, '不对，我要退的是电饭煲', returningEarbuds)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: riceCooker.orderId });
  });
});

describe('a filed return asked to be withdrawn with its goods named', () => {
  const returned = { orders: [{ ...earbuds, status: 'return_requested' as const }, riceCooker, shoes] };
  it.each(['我想撤销耳机的退货申请', '取消耳机的退货', '帮我撤回耳机的退款申请'])('%j at the list: not here, where, and a person', (text) => {
    expect(at(LIST, text, returned)).toEqual({ type: 'TOPIC_ASKED', topic: 'returnWithdrawal' });
  });
});

describe('goods said to have come that are shown on their way', () => {
  it.each(['电饭煲收到了，确认收货', '电饭煲已经到了', 'I got the rice cooker, confirm receipt'])('%j at the list: the tracking may lag', (text) => {
    expect(at(LIST, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'arrivedInTransit' });
  });

  it('not come, asked, or goods that did come read as before', () => {
    expect(at(LIST, '电饭煲还没收到')).toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
    expect(at(LIST, '电饭煲已经买到了')?.type).not.toBe('TOPIC_ASKED');
    expect(at(LIST, '电饭煲收到了吗')?.type).not.toBe('TOPIC_ASKED');
    expect(at(LIST, '耳机收到了，确认收货')).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: earbuds.orderId });
    expect(at(CONFIRMING_RECEIPT, '收到了', returningEarbuds)?.type).not.toBe('TOPIC_ASKED');
  });
});
