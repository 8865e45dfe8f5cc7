// How orders read: the pay-later order list with its buttons, and one order's title, amount and status in words.
import type { Activity, CardAction } from 'botbuilder';
import { isPayable, isReturnable, type Order } from '../machines/domain';
import { ask, paragraphs } from './activity';
import { eventAction, intentAction } from './actions';
import { answeredInPlace, type Scene } from './scene';

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
  // A due date only where there is something to pay: a paid or returned order has none left.
  return order.dueDate && isPayable(order) ? line + scene.t('orders.due', { date: order.dueDate }) : line;
}

/** The buttons for what can be done with one order now: confirm receipt and pay, return, or neither. */
export function orderActions(scene: Scene, order: Order): CardAction[] {
  return [
    ...(isPayable(order)
      ? [eventAction(scene.t('button.payOrder', { title: order.title }), { type: 'ORDER_PAY_CHOSEN', orderId: order.orderId })]
      : []),
    ...(isReturnable(order)
      ? [eventAction(scene.t('button.returnOrder', { title: order.title }), { type: 'ORDER_RETURN_CHOSEN', orderId: order.orderId })]
      : []),
  ];
}

/** The order the customer named at the list (context.orderId there), while something can be done with it. */
function orderInQuestion(scene: Scene): Order | undefined {
  const order = findOrder(scene, scene.context.orderId);
  return order && orderActions(scene, order).length > 0 ? order : undefined;
}

/**
 * The showingOrders prompt: the list, a reminder when something is overdue, and a button per possible action; or, when
 * the customer named one order, what to do with that one (its buttons and the way back to the list); or nothing, when
 * the goods were said not to have come.
 */
export function ordersPrompt(scene: Scene): Partial<Activity>[] {
  const { t } = scene;
  // Goods said not to have come: the answer offers a person and the list, not paying for them (dialogs/notices.ts).
  if (scene.notices.some((n) => n.id === 'topic' && n.topic === 'notReceived')) return [];
  const named = orderInQuestion(scene);
  if (named) {
    const text = t('prompt.orderInQuestion', { title: named.title, status: orderStatusText(scene, named) });
    return [ask(scene, text, [...orderActions(scene, named), intentAction(t, 'orders')])];
  }
  const orders = scene.context.orders ?? [];
  if (orders.length === 0) {
    // Something else answered at the empty list ("谢谢"): it said there are none already; a line with its buttons.
    const again = answeredInPlace(scene);
    // Not turned on yet: that comes first (it offered to show how to choose it at checkout, and a yes did).
    if (scene.context.account?.payLater.enabled === false) {
      const text = t(again ? 'orders.empty.again.notEnabled' : 'orders.empty.notEnabled');
      return [ask(scene, text, [intentAction(t, 'enable'), intentAction(t, 'checkout')])];
    }
    const text = again ? t('orders.empty.again') : paragraphs(t('orders.empty'), t('orders.empty.next'));
    return [ask(scene, text, [intentAction(t, 'checkout')])];
  }
  const actions = orders.flatMap((o) => orderActions(scene, o));
  const list = [t('orders.header'), orders.map((o, i) => orderLine(scene, o, i)).join('\n')].join('\n\n');
  const overdue = orders.some((o) => o.status === 'overdue') ? t('orders.overdueReminder') : undefined;
  // Asked to pay or return with no order named ("我要退货", "还是退吧" after "不退了"): the list says which button does it.
  const { goal } = scene.context;
  const forGoal = (goal === 'pay' || goal === 'return') && orders.some(goal === 'pay' ? isPayable : isReturnable) ? goal : undefined;
  const close = actions.length === 0 ? t('orders.nothingToDo') : forGoal ? t(`orders.pick.${forGoal}`) : t('orders.pick');
  const fallbackActions = [intentAction(t, 'checkout'), intentAction(t, 'help')];
  return [ask(scene, paragraphs(list, overdue, close), actions.length > 0 ? actions : fallbackActions)];
}
