// A fault of the goods, or not wanting them, said with whether they can go back ("耳机坏了能退吗？", "电饭煲不想要了，可以退吗")
// by a customer whose orders are known: yes, and that return.
import { isReturnable } from '../../../machines/domain';
import type { DialogueEvent } from '../../../machines/events';
import { orderEventFromWords, orderNamed, unwantedReturnAsked } from '../orderMention';
import type { Referents } from './referents';
import { faultAskedToReturn, faultSaid } from './returnReason';

/** A return, of the order chosen or of one to choose. */
const RETURNS = new Set<DialogueEvent['type']>(['ORDER_RETURN_CHOSEN', 'RETURN']);
/** Said before the return's confirmation: the goods can go back. */
const RETURN_POSSIBLE: DialogueEvent = { type: 'TOPIC_ASKED', topic: 'returnPossible' };

export interface FaultReturn {
  event: DialogueEvent;
  answersFirst?: DialogueEvent[];
}

/**
 * At the order list ("耳机坏了能退吗？" only asked what to do with the earbuds): the order the fault is said of (named, else
 * the one the list asks about) goes back with the fault as its reason, after a yes, as "耳机坏了 我要退货" does. One that
 * cannot go back is asked for all the same, and told why not.
 */
export function faultReturnAtList(words: string, orderNumber: string | undefined, referents: Referents): FaultReturn | undefined {
  const fault = faultAskedToReturn(words);
  if (fault === undefined) return undefined;
  const orders = referents.orders ?? [];
  const named = orderEventFromWords(fault, { orderId: orderNumber, question: false }, orders, referents.orderId, false, 'return');
  // No goods named ("坏了能退吗"): the order the list asks about, when it asks about one.
  const inQuestion = orderNamed(fault, orders) === undefined ? referents.orderId : undefined;
  const orderId = named?.type === 'ORDER_RETURN_CHOSEN' ? named.orderId : named === undefined ? inQuestion : undefined;
  if (orderId === undefined) return undefined;
  const returnable = isReturnable(orders.find((o) => o.orderId === orderId));
  return { event: { type: 'ORDER_RETURN_CHOSEN', orderId, reason: fault }, ...(returnable ? { answersFirst: [RETURN_POSSIBLE] } : {}) };
}

/**
 * At the list, a fault of the goods said with no question (the rice cooker named, then "it's too big for my kitchen" to
 * "what would you like to do with it?": not understood): the return of the order the list asks about, or of the one named
 * once a return was asked for, the words its reason, as at a payment (faultyAtPayment). With no order in question or
 * named, a return asked for ("they broke after one day" to "which one to return?") keeps the reason for the order chosen
 * next. A fault of goods named alone ("耳机坏了") still only asks what to do with them.
 */
export function faultAtList(words: string, referents: Referents): DialogueEvent | undefined {
  const fault = faultSaid(words);
  const named = fault === undefined ? undefined : orderNamed(fault, referents.orders ?? []);
  if (fault === undefined || named === 'several') return undefined;
  const returning = referents.goal === 'return';
  if (named === undefined) {
    if (referents.orderId !== undefined) return { type: 'ORDER_RETURN_CHOSEN', orderId: referents.orderId, reason: fault };
    return returning ? { type: 'RETURN', reason: fault } : undefined;
  }
  const meant = named.orderId === referents.orderId || (returning && referents.orderId === undefined);
  return meant ? { type: 'ORDER_RETURN_CHOSEN', orderId: named.orderId, reason: fault } : undefined;
}

/**
 * The words read whole as such a return (the list's or away from it), or as the returns' answer (before the login, the
 * orders unknown): its clauses read one by one are no other request ("耳机左耳没声音了，可以退货吗？": the order only asked
 * about, and the general returns' answer; "耳机坏了，能退吗" before the login started a login, where "耳机坏了能退吗？" and
 * "the earbuds are broken, can I return them?" are answered).
 */
export const isFaultReturn = (words: string, event: DialogueEvent | undefined): boolean =>
  event !== undefined &&
  RETURNS.has(event.type) &&
  (('reason' in event && event.reason !== undefined) || ('question' in event && event.question === true)) &&
  faultAskedToReturn(words) !== undefined;

/**
 * Away from the list, the orders known (after the status card it got the general returns' answer): a returnable order
 * named is returned with the fault as its reason, after a yes; the list, which the words reach, chooses it
 * (faultReturnAtList). Anything else is read as before (the returns' answer).
 */
export function faultReturnAway(words: string, referents: Referents): FaultReturn | undefined {
  const fault = faultAskedToReturn(words);
  const named = fault === undefined || referents.orders === undefined ? undefined : orderNamed(fault, referents.orders);
  if (fault === undefined || named === undefined || named === 'several' || !isReturnable(named)) return undefined;
  return { event: { type: 'RETURN', reason: fault }, answersFirst: [RETURN_POSSIBLE] };
}

/**
 * Not wanting the goods, said with whether they can go back ("电饭煲不想要了，可以退吗": the general returns' answer before
 * the confirmation): at the list, the return the words chose (orderEventFromWords), of an order that can go back, gets the
 * same yes as a fault does.
 */
export function unwantedReturnAtList(words: string, event: DialogueEvent, referents: Referents): FaultReturn | undefined {
  if (event.type !== 'ORDER_RETURN_CHOSEN' || !unwantedReturnAsked(words)) return undefined;
  const order = referents.orders?.find((o) => o.orderId === event.orderId);
  return isReturnable(order) ? { event, answersFirst: [RETURN_POSSIBLE] } : undefined;
}

/** Away from the list, the orders known: such words naming an order that can go back are its return, yes said first. */
export function unwantedReturnAway(words: string, referents: Referents): FaultReturn | undefined {
  const named = referents.orders === undefined || !unwantedReturnAsked(words) ? undefined : orderNamed(words, referents.orders);
  if (named === undefined || named === 'several' || !isReturnable(named)) return undefined;
  return { event: { type: 'RETURN' }, answersFirst: [RETURN_POSSIBLE] };
}
