// How orders read: the pay-later order list with its buttons, and one order's title, amount and status in words.
import type { Activity, CardAction } from 'botbuilder';
import { isPayable, isReturnable, type Order } from '../machines/domain';
import type { Topic } from '../machines/events';
import { ask, paragraphs } from './activity';
import { eventAction, intentAction } from './actions';
import { answeredInPlace, refusedByCredit, type Scene } from './scene';

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

/** Answers about money due that, with no orders at all, say there are none (dialogs/notices.ts dueDates, amountDue). */
const NO_ORDERS_SAID = new Set<Topic>(['amountDue', 'dueDate', 'payOnArrival']);

/** The customer has no orders, and an answer this turn said so already: the list's prompt does not say it again. */
export const hasNoOrders = (scene: Scene): boolean => scene.context.orders?.length === 0;
/** The overdue orders at hand: a due date asked to be put off for them is already past. */
export const overdueOrders = (scene: Scene): Order[] => (scene.context.orders ?? []).filter((o) => o.status === 'overdue');

const DAY_MS = 24 * 60 * 60 * 1000;
/** Whole days from an order's due date to today, when both are known and the date is past; due dates are whole UTC days. */
export function daysOverdue(order: Order, today: string | undefined): number | undefined {
  if (order.dueDate === undefined || today === undefined) return undefined;
  const days = Math.round((Date.parse(today) - Date.parse(order.dueDate)) / DAY_MS);
  return Number.isFinite(days) && days > 0 ? days : undefined;
}
const saidNoOrders = (scene: Scene): boolean =>
  hasNoOrders(scene) && scene.notices.some((n) => n.id === 'topic' && NO_ORDERS_SAID.has(n.topic));

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
    // Refused by the credit check: no enabling offered (it would only refuse again); why, and a person, as the refusal.
    if (refusedByCredit(scene)) {
      const text = t(again ? 'orders.empty.again.refused' : 'orders.empty.refused');
      return [ask(scene, text, [eventAction(t('button.toAgent'), { type: 'HUMAN' }), eventAction(t('button.notNow'), { type: 'DENY' })])];
    }
    // Not turned on yet: that comes first (it offered to show how to choose it at checkout, and a yes did).
    if (scene.context.account?.payLater.enabled === false) {
      // The answer said there are none ("我欠多少钱"): not said twice.
      const text = t(again || saidNoOrders(scene) ? 'orders.empty.again.notEnabled' : 'orders.empty.notEnabled');
      return [ask(scene, text, [intentAction(t, 'enable'), intentAction(t, 'checkout')])];
    }
    // After "no orders, so nothing to pay" ("这个月要还多少钱") only the offer: there are none was said once.
    const text = again ? t('orders.empty.again') : saidNoOrders(scene) ? t('orders.empty.next') : paragraphs(t('orders.empty'), t('orders.empty.next'));
    return [ask(scene, text, [intentAction(t, 'checkout')])];
  }
  const actions = orders.flatMap((o) => orderActions(scene, o));
  // A yes that could not choose was told which orders can be, with these buttons (dialogs/notices.ts whichOrder).
  if (actions.length > 0 && scene.notices.some((n) => n.id === 'topic' && n.topic === 'whichOrder')) return [];
  const buttons = actions.length > 0 ? actions : [intentAction(t, 'checkout'), intentAction(t, 'help')];
  // Asked to pay or return with no order named ("我要退货", "还是退吧" after "不退了"): the list says which button does it.
  const { goal } = scene.context;
  const forGoal = (goal === 'pay' || goal === 'return') && orders.some(goal === 'pay' ? isPayable : isReturnable) ? goal : undefined;
  // The answer was about one order ("跑步鞋尺码小了 我要退": paid, a person for after-sales), and none needs anything: the
  // others, said of in the same breath, not "nothing needs you" as a second ending after "a colleague can help".
  const oneOrderAnswered = scene.notices.some(
    (n) => n.id === 'orderActionInvalid' || n.id === 'nothingToDo' || (n.id === 'topic' && n.orderId !== undefined),
  );
  const nothingToDo = t(oneOrderAnswered ? 'orders.nothingToDo.others' : 'orders.nothingToDo');
  const close = actions.length === 0 ? nothingToDo : forGoal ? t(`orders.pick.${forGoal}`) : undefined;
  // Something answered where the list was shown and its orders are as they were ("谢谢", "能分期吗", "不退了"): the list, and
  // its overdue warning, were said when it came (persona 5 got the whole list five times); a line with the same buttons.
  if (answeredInPlace(scene)) return [ask(scene, close ?? t('orders.again'), buttons)];
  const list = [t('orders.header'), orders.map((o, i) => orderLine(scene, o, i)).join('\n')].join('\n\n');
  const overdue = orders.some((o) => o.status === 'overdue') ? t('orders.overdueReminder') : undefined;
  return [ask(scene, paragraphs(list, overdue, close ?? t('orders.pick')), buttons)];
}
