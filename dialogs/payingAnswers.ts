// Answers about paying the orders at hand: their due dates as lines, whether to pay right away, what one order comes to.
import type { Activity } from 'botbuilder';
import { isPayable, type Order } from '../machines/domain';
import { paragraphs, tell } from './activity';
import { findOrder, formatAmount } from './orders';
import type { Scene } from './scene';

/** One line per order: its title, amount and due date, or that the date is past. */
export const dueLines = (scene: Scene, orders: readonly Order[]): string =>
  orders
    .map((o) =>
      scene.t(o.status === 'overdue' ? 'topic.dueDate.overdueLine' : 'topic.dueDate.line', {
        title: o.title,
        amount: formatAmount(o.amount),
        date: o.dueDate ?? '—',
      }),
    )
    .join('\n');

/**
 * "耳机到了 但是还没试 要马上付吗" (the FAQ on paying): no rush, try them first, pay by the due date or return them; the
 * customer's own dates when the orders are at hand, else where to find them.
 */
export function tryBeforePaying(scene: Scene): Partial<Activity> {
  const payable = (scene.context.orders ?? []).filter(isPayable);
  const dates = payable.length > 0 ? scene.t('topic.tryBeforePaying.dates', { lines: dueLines(scene, payable) }) : undefined;
  const where = scene.context.orders === undefined ? scene.t('topic.tryBeforePaying.unknown') : undefined;
  return tell(scene, paragraphs(scene.t('topic.tryBeforePaying'), dates, where));
}

/**
 * "付多少" at a payment's confirmation (it left for the list): what that order comes to; the confirmation follows. No
 * order in question (none is known any more): undefined.
 */
export function orderAmount(scene: Scene): Partial<Activity> | undefined {
  const order = findOrder(scene, scene.context.orderId);
  return order && tell(scene, scene.t('topic.orderAmount', { title: order.title, amount: formatAmount(order.amount) }));
}
