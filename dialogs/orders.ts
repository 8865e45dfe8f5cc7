// How orders read: the pay-later order list with its buttons, and one order's title, amount and status in words.
import type { Activity, CardAction } from 'botbuilder';
import { isPayable, isReturnable, type Order } from '../machines/domain';
import { ask, paragraphs } from './activity';
import { eventAction, intentAction } from './actions';
import type { Scene } from './scene';

const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const formatAmount = (amount: number): string => `¥${money.format(amount)}`;

export const findOrder = (scene: Scene, orderId: string | undefined): Order | undefined =>
  scene.context.orders?.find((o) => o.orderId === orderId);

/** Notices name orders by title; an order the context no longer lists is still named politely. */
export const orderTitle = (scene: Scene, orderId: string | undefined): string =>
  findOrder(scene, orderId)?.title ?? scene.t('order.fallbackTitle');

export const orderStatusText = (scene: Scene, order: Order): string => scene.t(`orderStatus.${order.status}`);

function orderLine(scene: Scene, order: Order, index: number): string {
  const line = scene.t('orders.line', {
    index: index + 1,
    title: order.title,
    amount: formatAmount(order.amount),
    status: orderStatusText(scene, order),
  });
  return order.dueDate && order.status !== 'paid' ? line + scene.t('orders.due', { date: order.dueDate }) : line;
}

function orderActions(scene: Scene, orders: Order[]): CardAction[] {
  return orders.flatMap((o) => [
    ...(isPayable(o)
      ? [eventAction(scene.t('button.payOrder', { title: o.title }), { type: 'ORDER_PAY_CHOSEN', orderId: o.orderId })]
      : []),
    ...(isReturnable(o)
      ? [eventAction(scene.t('button.returnOrder', { title: o.title }), { type: 'ORDER_RETURN_CHOSEN', orderId: o.orderId })]
      : []),
  ]);
}

/** The showingOrders prompt: the list, a reminder when something is overdue, and a button per possible action. */
export function ordersPrompt(scene: Scene): Partial<Activity>[] {
  const { t } = scene;
  const orders = scene.context.orders ?? [];
  if (orders.length === 0) {
    const canEnable = scene.context.account?.payLater.enabled !== true;
    const actions = [...(canEnable ? [intentAction(t, 'enable')] : []), intentAction(t, 'checkout')];
    return [ask(scene, paragraphs(t('orders.empty'), t('orders.empty.next')), actions)];
  }
  const actions = orderActions(scene, orders);
  const list = [t('orders.header'), orders.map((o, i) => orderLine(scene, o, i)).join('\n')].join('\n\n');
  const overdue = orders.some((o) => o.status === 'overdue') ? t('orders.overdueReminder') : undefined;
  const close = actions.length > 0 ? t('orders.pick') : t('orders.nothingToDo');
  const fallbackActions = [intentAction(t, 'checkout'), intentAction(t, 'help')];
  return [ask(scene, paragraphs(list, overdue, close), actions.length > 0 ? actions : fallbackActions)];
}
