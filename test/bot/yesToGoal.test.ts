// A plain yes at the order list that asks which order to pay or return (the customer, or an agent's release, asked to pay
// or return): it brought the list back without a word. One order to pay is that one; several, or a return, are told which.
import type { Order } from '../../machines/domain';
import { richContext, render, textOf, actionsOf } from '../dialogs/fixtures';
import { at, earbuds, lamp, LIST, persona5, riceCooker, shoes } from './personaOrders';

const secondPayable: Order = { orderId: 'JD5004', title: 'Desk lamp 台灯', amount: 129, status: 'delivered', dueDate: '2026-12-20' };

describe('a plain yes at a list asking which order to pay or return', () => {
  it.each(['ok go ahead', 'yes', '好的', '可以', '嗯嗯'])('%j, paying, with one order to pay: its payment', (words) => {
    expect(at(LIST, words, { orders: persona5, goal: 'pay' })).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: earbuds.orderId });
  });

  it('paying, with several orders to pay: which one, said', () => {
    expect(at(LIST, 'yes', { orders: [...persona5, secondPayable], goal: 'pay' })).toEqual({ type: 'TOPIC_ASKED', topic: 'whichOrder' });
  });

  it.each(['yes', '好的'])('%j, returning: no return started, which orders can go back said', (words) => {
    expect(at(LIST, words, { orders: persona5, goal: 'return' })).toEqual({ type: 'TOPIC_ASKED', topic: 'whichOrder' });
    // Even with one to return beside one to pay: the return takes its order, and then a reason.
    expect(at(LIST, words, { orders: [earbuds, shoes], goal: 'return' })).toEqual({ type: 'TOPIC_ASKED', topic: 'whichOrder' });
  });

  it('a list that offers one thing keeps its reading; a list asking about neither is not answered this way', () => {
    expect(at(LIST, 'yes', { orders: [lamp], goal: 'return' })).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: lamp.orderId });
    expect(at(LIST, 'yes', { orders: persona5, goal: 'orders' })).not.toEqual({ type: 'TOPIC_ASKED', topic: 'whichOrder' });
    expect(at(LIST, 'yes', { orders: [riceCooker, shoes], goal: 'pay' })).not.toEqual({ type: 'TOPIC_ASKED', topic: 'whichOrder' });
  });

  it.each(['zh-CN', 'en-US'] as const)('(%s) the answer names the orders that can be paid, with the buttons; the list stands aside', (locale) => {
    const context = richContext({ orderId: undefined, goal: 'pay', orders: [...persona5, secondPayable] });
    const turn = render(LIST, locale, context, [{ id: 'topic', topic: 'whichOrder' }]);
    expect(turn).toHaveLength(1);
    expect(textOf(turn)).toContain(earbuds.title);
    expect(textOf(turn)).toContain(secondPayable.title);
    expect(textOf(turn)).not.toContain(riceCooker.title);
    expect(actionsOf(turn).map((a) => (a.value as { event: { orderId?: string } }).event.orderId)).toEqual(['JD5001', 'JD5001', 'JD5002', 'JD5004', 'JD5004']);
  });
});
