// QA probe of the English order list (personas 5 and 6), and the Chinese alike: questions about one named order, the sum
// and the first date due, a date missed, and credit feared with an order overdue, read as what they ask.
import { persona5, persona6, earbuds, shoes, LIST, at } from './personaOrders';

describe('a paid order asked whether it can go back', () => {
  it.each(['can i return the shoes? they hurt', '鞋子能退吗 穿着脚疼', '跑步鞋可以退货吗'])('%j: why not here, that order named', (text) => {
    expect(at(LIST, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'returnWhyNot', orderId: shoes.orderId });
  });

  it('one that can go back is still the list\'s to offer; a paid one asked to be returned is still refused by the dialogue', () => {
    expect(at(LIST, 'can i return the earbuds?')).toEqual({ type: 'ORDER_MENTIONED', orderId: earbuds.orderId });
    expect(at(LIST, 'return the shoes')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: shoes.orderId });
  });
});

describe('when to pay, asked of one named order', () => {
  it.each(['when do I have to pay for the shoes', '鞋子什么时候付款'])('%j: that order\'s own answer', (text) => {
    expect(at(LIST, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'dueDate', orderId: shoes.orderId });
  });

  it('none named: every date, as before; the rice cooker on its way: paid once it arrives', () => {
    expect(at(LIST, '什么时候要付款')).toEqual({ type: 'TOPIC_ASKED', topic: 'dueDate' });
    expect(at(LIST, '电饭煲什么时候要付钱')).toEqual({ type: 'TOPIC_ASKED', topic: 'payOnArrival' });
    expect(at(LIST, '电饭锅什么时候付款')).toEqual({ type: 'TOPIC_ASKED', topic: 'payOnArrival' });
  });
});

describe('the sum owed and the first date due', () => {
  it.each(['how much do i owe in total?', '一共要付多少'])('%j: the amount due', (text) => {
    expect(at(LIST, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'amountDue' });
  });

  it.each(['thanks! which one is due soonest?', '哪个最先到期', 'which order is due first?', '哪笔最早到期'])('%j: the one due first', (text) => {
    expect(at(LIST, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'dueFirst' });
  });
});

describe('what happens if a named order\'s due date passes', () => {
  it.each(['what if i dont confirm the earbuds by the due date', '耳机到期不确认会怎样', '耳机过了截止日期还没付会怎么样'])('%j: that order\'s date missed', (text) => {
    expect(at(LIST, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'missedDueDate', orderId: earbuds.orderId });
  });

  it('with no order named, being late in general reads as before', () => {
    expect(at(LIST, '逾期会怎样')).not.toEqual(expect.objectContaining({ topic: 'missedDueDate' }));
  });
});

describe('credit feared by a customer with an order overdue', () => {
  it.each(['is my credit ruined now?', '我的信用是不是完了', '我征信是不是毁了'])('%j: what being late does and paying the overdue one soon', (text) => {
    expect(at(LIST, text, { orders: persona6 })).toEqual({ type: 'TOPIC_ASKED', topic: 'overdueWorry' });
  });

  it('with nothing overdue, the credit answer as before', () => {
    expect(at(LIST, 'is my credit ruined now?', { orders: persona5 })).not.toEqual({ type: 'TOPIC_ASKED', topic: 'overdueWorry' });
  });
});
