// Reads which listed order a customer named in words ("电饭煲不想要了", "第一个付款", "return the earbuds"), and what they want done with it.
import type { DialogueEvent } from '../../machines/events';
import { isPayable, isReturnable, type Intent, type Order } from '../../machines/domain';

/** What the rest of understanding made of the words. */
export interface Reading {
  /** The intent the classifier is sure of (a guess it hesitated over does not count). */
  intent?: Intent;
  /** An order number typed in the message (JD5002). */
  orderId?: string;
  /** The words ask rather than ask for ("耳机付了吗？", "did I pay for the earbuds?"). */
  question: boolean;
}

// Words that ask for an action. A complaint about the goods asks for a return; words that only describe ("收到了",
// "received") do not ask to pay. 退出 is leaving, not returning; "pay later" is the service's name.
const RETURN_WORDS = /退(?!出)|不想要|不要了|不喜欢|不合适|坏|破损|质量|有问题|发错|\breturn|\brefund|\bsend\b.*\bback\b|don'?t want|\bwrong\b|\bbroken\b|\bdamaged\b|\bdefective\b|\bfaulty\b/i;
const PAY_WORDS = /付款|付钱|付了|付吧|付掉|支付|还款|确认收货|\bpay\b(?!\s*later)|\bconfirm\b/i;
/** A "not" just before the action word ("不退了", "取消退货", "别付款", "don't return it") asks for neither. */
const NEGATED_CHINESE = /(?:不|别|没|未|取消|不想|不要|不用)\s*$/;
const NEGATED_ENGLISH = /\b(?:don'?t|do not|didn'?t|haven'?t|have not|not|never|cancel)\s+(?:\w+\s+)?$/i;

const ANY_NEGATION = /不|别|没|未|取消|n't\b|\bnot\b|\bnever\b/i;

function asks(words: string, pattern: RegExp): boolean {
  const found = pattern.exec(words);
  if (!found) return false;
  const before = words.slice(Math.max(0, found.index - 16), found.index);
  return !NEGATED_CHINESE.test(before) && !NEGATED_ENGLISH.test(before);
}

const CHINESE_ORDINALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const ENGLISH_ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 };

/**
 * A position in the numbered list: 第二个 / 第2笔 (a measure word is required: 第二天, 第三方, 第一次 are not positions, nor
 * is 第一个问题), "the second one" / "the first order", #2, "number 2", 最后一个, "the last one", or a lone "2".
 */
function listPosition(words: string, count: number): number | undefined {
  const chinese = /第\s*(\d{1,2}|[一二两三四五六七八九十])\s*(?:个|笔|单|件|项|条)(?!问题|步|次)/.exec(words);
  if (chinese) return Number(chinese[1]) || CHINESE_ORDINALS[chinese[1]];
  const english =
    /\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)\s+(?:one|order|item)\b/i.exec(words) ??
    /^\s*(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)\s*[.!]?\s*$/i.exec(words);
  if (english) return ENGLISH_ORDINALS[english[1].toLowerCase()];
  const numbered = /(?:#|\bno\.\s*|\bnumber\s+)(\d{1,2})\b/i.exec(words) ?? /^\s*(\d{1,2})\s*[.、。]?\s*$/.exec(words);
  if (numbered) return Number(numbered[1]);
  if (/最后一[个笔单件项]|\bthe last (?:one|order|item)\b/i.test(words)) return count;
  return undefined;
}

/** How many of the title's words the message uses: English words of 3+ letters (a plural still counts), Chinese pairs of characters. */
function titleScore(words: string, title: string): number {
  const text = words.toLowerCase();
  const said = new Set(text.match(/[a-z]{3,}/g) ?? []);
  let score = 0;
  for (const word of new Set(title.toLowerCase().match(/[a-z]{3,}/g) ?? [])) {
    if ([...said].some((w) => w === word || (word.length >= 4 && (w.startsWith(word) || word.startsWith(w)) && w.length >= 4))) score++;
  }
  for (const run of title.match(/\p{Script=Han}{2,}/gu) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) if (text.includes(run.slice(i, i + 2))) score++;
  }
  return score;
}

/** What the words point at: one listed order, an order that is not in the list (a number or place), or nothing. */
type Pointer = { kind: 'order'; order: Order } | { kind: 'elsewhere' } | { kind: 'none' };

/** By its number, its title (only one order's) or its place in the list. */
function pointedAt(words: string, orders: readonly Order[], orderId: string | undefined): Pointer {
  const found = (order: Order | undefined): Pointer => (order ? { kind: 'order', order } : { kind: 'elsewhere' });
  if (orderId) return found(orders.find((o) => o.orderId.toUpperCase() === orderId.toUpperCase()));
  const scored = orders.filter((order) => titleScore(words, order.title) > 0);
  if (scored.length === 1) return { kind: 'order', order: scored[0] };
  if (scored.length > 1) return { kind: 'elsewhere' };
  const position = listPosition(words, orders.length);
  return position === undefined ? { kind: 'none' } : found(orders[position - 1]);
}

/** The one order the words name, if they name exactly one of the listed orders. */
export function mentionedOrder(words: string, orders: readonly Order[], orderId?: string): Order | undefined {
  const pointer = pointedAt(words, orders, orderId);
  return pointer.kind === 'order' ? pointer.order : undefined;
}

/**
 * What the words ask for. Words that ask for an action are taken as said (the dialogue explains one the order does not
 * allow); the classifier's sure reading only where the order allows it. A question asks for nothing: it is answered by
 * showing the order.
 */
function wantedAction(words: string, reading: Reading, order: Order): 'pay' | 'return' | undefined {
  if (reading.question) return undefined;
  const returns = asks(words, RETURN_WORDS);
  const pays = asks(words, PAY_WORDS);
  if (returns !== pays) return returns ? 'return' : 'pay';
  // Both, or a negation anywhere ("耳机别付款", "I haven't received the earbuds"): the classifier reads past a "not".
  if (returns || ANY_NEGATION.test(words)) return undefined;
  if (reading.intent === 'pay' && isPayable(order)) return 'pay';
  if (reading.intent === 'return' && isReturnable(order)) return 'return';
  return undefined;
}

/** "好" to "what would you like to do with it?" when its one button is the only answer. */
function onlyActionIfYes(reading: Reading, order: Order): 'pay' | 'return' | undefined {
  if (reading.intent !== 'affirm') return undefined;
  const possible = [...(isPayable(order) ? ['pay' as const] : []), ...(isReturnable(order) ? ['return' as const] : [])];
  return possible.length === 1 ? possible[0] : undefined;
}

/**
 * At the order list: the event for an order named in words. Its action when the words ask for one; otherwise a question
 * about that order, even when only one action is possible ("电饭煲什么时候到？" must not start a return). Words that name
 * no order ("退了吧", "好") apply to `inQuestion`, the order the list is asking about; words that point at an order not
 * in the list ("JD9999", "第五个") never do. Undefined when no order is meant.
 */
export function orderEventFromWords(
  words: string,
  reading: Reading,
  orders: readonly Order[],
  inQuestion?: string,
): DialogueEvent | undefined {
  const pointer = pointedAt(words, orders, reading.orderId);
  if (pointer.kind === 'elsewhere') return undefined;
  const named = pointer.kind === 'order' ? pointer.order : undefined;
  const order = named ?? orders.find((o) => o.orderId === inQuestion);
  if (!order) return undefined;
  const action = wantedAction(words, reading, order) ?? (named ? undefined : onlyActionIfYes(reading, order));
  if (action === 'pay') return { type: 'ORDER_PAY_CHOSEN', orderId: order.orderId };
  if (action === 'return') return { type: 'ORDER_RETURN_CHOSEN', orderId: order.orderId };
  return named ? { type: 'ORDER_MENTIONED', orderId: order.orderId } : undefined;
}
