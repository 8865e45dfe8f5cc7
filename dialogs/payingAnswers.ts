// Answers about paying the orders at hand: their due dates as lines, whether to pay right away or later, what one order
// comes to, how it is paid.
import type { Activity } from 'botbuilder';
import { isPayable, type Order } from '../machines/domain';
import { paragraphs, tell } from './activity';
import { findOrder, formatAmount } from './orders';
import type { Scene } from './scene';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The date `days` after `today` (both YYYY-MM-DD, UTC, as the backend writes due dates). */
const dateAfter = (today: string, days: number): string => new Date(Date.parse(today) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The orders a payment `inDays` from now is still in time for ("能下周再付吗" with the earbuds due in a week): the one named
 * (`orderId`) or being paid, else every one to pay. Undefined when any of them is overdue or due sooner, or a date is unknown: then the date
 * cannot be moved, as for any later time (it was said of a week before the due date too).
 */
export function paidInTime(scene: Scene, inDays: number | undefined, orderId?: string): Order[] | undefined {
  if (inDays === undefined || scene.today === undefined) return undefined;
  const paying = findOrder(scene, orderId ?? scene.context.orderId);
  const orders = paying && isPayable(paying) ? [paying] : (scene.context.orders ?? []).filter(isPayable);
  const by = dateAfter(scene.today, inDays);
  const inTime = orders.length > 0 && orders.every((o) => o.status !== 'overdue' && o.dueDate !== undefined && o.dueDate >= by);
  return inTime ? orders : undefined;
}

/** Paying then is fine: any time before each due date, and what paying after it does. */
export const payingLater = (scene: Scene, orders: readonly Order[]): Partial<Activity> =>
  tell(scene, scene.t('topic.dueExtension.inTime', { lines: dueLines(scene, orders) }));

/**
 * "how do i pay, with which card?" at a payment's confirmation (the checkout's steps): confirming receipt pays this order,
 * with the shop account's means, which the chat neither sees nor chooses (the payment source's answer). No order in
 * question: that answer alone.
 */
export function howToPayOrder(scene: Scene): Partial<Activity> {
  const order = findOrder(scene, scene.context.orderId);
  const how =
    order &&
    scene.t(order.dueDate ? 'topic.howToPayOrder' : 'topic.howToPayOrder.undated', {
      title: order.title,
      amount: formatAmount(order.amount),
      date: order.dueDate ?? '',
    });
  return tell(scene, paragraphs(how, scene.t('topic.paymentSource')));
}

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
