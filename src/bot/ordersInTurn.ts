// Two orders' requests in one message before their list ("i want to pay for my earbuds and also return the rice cooker"): one, then the other.
import type { Order } from '../../machines/domain';
import type { DialogueEvent } from '../../machines/events';
import { findEntities } from '../nlu/entities';
import { GOODS_NAMED, orderNamed } from './orderMention';

/** Requests for an order not chosen yet: the list, once there, chooses it from their words. */
const ORDER_REQUESTS = new Set<DialogueEvent['type']>(['PAY', 'RETURN']);

/**
 * A plain "and" before a second order action ("pay for my earbuds and return the rice cooker"), or in Chinese 和, 并且 or
 * 然后 between an action and a clause with another ("把耳机付了和把电饭煲退了", "耳机付款然后电饭煲退货"): it may join two
 * requests, as "and also" or a comma does. Inside one request it joins no action ("pay for the earbuds and the rice cooker",
 * "耳机和电饭煲都付了": no action before the 和), and splits nothing.
 */
export const ORDER_ACTION_JOINED = new RegExp(
  String.raw`\s+and (?:then )?(?=(?:pay|return|send)\b)|` +
    // The joiner looked for first: it fails at once almost everywhere, before the lookbehind walks back.
    String.raw`(?=\s*(?:和|并且|然后))(?<=(?:付|退|款|货|钱)(?:了|掉)?吧?)\s*(?:和|并且|然后再?)\s*(?=[^，,。;；!！?？\s]*?(?:付|退))`,
  'i',
);

/** Said before the first goes ahead: the other comes right after it. */
const THE_OTHER_NEXT: DialogueEvent = { type: 'TOPIC_ASKED', topic: 'ordersInTurn' };

export interface OrdersInTurn {
  /** The first request, which goes ahead now. */
  event: DialogueEvent;
  /** Its own words, which choose its order at the list. */
  requestWords: string;
  /** The second request's words, read at the list once the first is done (src/bot/dialogueTurn.ts). */
  nextRequestWords: string;
  answersFirst: DialogueEvent[];
}

/**
 * The order a clause names, to tell two orders from one: a listed order by its title, an order number, or goods by a name
 * known for them (the orders not known yet). One request said in two clauses names one order at most ("现在付 还来得及吗":
 * the overdue lamp's payment and whether it is in time; "the earbuds are broken, can I return them?": the returns' answer
 * before the login): read as two orders, the customer was told "one at a time" and their question went unanswered.
 */
function orderOf(clause: string, orders: readonly Order[] | undefined): string | undefined {
  const listed = orders === undefined ? undefined : orderNamed(clause, orders);
  if (listed !== undefined && listed !== 'several') return listed.orderId;
  return findEntities(clause).entities.orderId ?? GOODS_NAMED.exec(clause)?.[0].toLowerCase();
}

/**
 * Two requests each for an order, one a clause naming its own (orderOf: "…pay for my earbuds and also return the rice cooker",
 * "耳机付款，电饭煲退货"):
 * read whole before the login it was not understood, and neither was done after it. As at the list, one at a time
 * (oneOrderAtATime): the first goes ahead, the second waits for it. At the list the clauses choose orders themselves
 * (ORDER_PAY_CHOSEN…), and it asks which to do first.
 */
export function oneOrderThenTheOther(
  read: ReadonlyArray<{ clause: string; event: DialogueEvent }>,
  requests: readonly DialogueEvent[],
  orders?: readonly Order[],
): OrdersInTurn | undefined {
  if (requests.length !== 2 || !requests.every((request) => ORDER_REQUESTS.has(request.type))) return undefined;
  const [first, second] = requests.map((request) => read.find(({ event }) => event === request)?.clause);
  if (first === undefined || second === undefined) return undefined;
  const [firstOrder, secondOrder] = [orderOf(first, orders), orderOf(second, orders)];
  if (firstOrder === undefined || secondOrder === undefined || firstOrder === secondOrder) return undefined;
  return { event: requests[0], requestWords: first, nextRequestWords: second, answersFirst: [THE_OTHER_NEXT] };
}
