// Reads which listed order a customer named in words ("电饭煲不想要了", "第一个付款", "return the earbuds"), and what they want done with it.
import type { DialogueEvent } from '../../machines/events';
import { isPayable, isReturnable, type Intent, type Order } from '../../machines/domain';

/** What the NLU made of the words: an intent it is sure of, or the intents it hesitated between. */
export interface Reading {
  intent?: Intent;
  candidates?: readonly Intent[];
  /** An order number typed in the message (JD5002). */
  orderId?: string;
}

// Words that say what to do. Both kinds in one message ("收到了但是坏了，要退") leave it to the NLU's reading.
const RETURN_WORDS = /退|不想要|不要了|不喜欢|不合适|\breturn|\brefund|\bsend\b.*\bback\b|don'?t want/i;
const PAY_WORDS = /付款|付钱|付了|付吧|付掉|支付|还款|确认收货|收到了|签收|\bpay\b|\bconfirm|\breceived\b/i;

const CHINESE_ORDINALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const ENGLISH_ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 };

/** A position in the numbered list: 第二个, 第2笔, the second, #2, number 2, 最后一个, the last one, or a lone "2". */
function listPosition(words: string, count: number): number | undefined {
  const chinese = /第\s*(\d{1,2}|[一二两三四五六七八九十])\s*(?:个|笔|单|件|项|条|样)?/.exec(words);
  if (chinese) return Number(chinese[1]) || CHINESE_ORDINALS[chinese[1]];
  const english = /\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)\b/i.exec(words);
  if (english) return ENGLISH_ORDINALS[english[1].toLowerCase()];
  const numbered = /(?:#|\bno\.?\s*|\bnumber\s+)(\d{1,2})\b/i.exec(words) ?? /^\s*(\d{1,2})\s*[.、。]?\s*$/.exec(words);
  if (numbered) return Number(numbered[1]);
  if (/最后一[个笔单件项]|\bthe last\b/i.test(words)) return count;
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

/** The one order the words name: by its number, its place in the list or its title; none when two could be meant. */
export function mentionedOrder(words: string, orders: readonly Order[], orderId?: string): Order | undefined {
  if (orderId) return orders.find((o) => o.orderId.toUpperCase() === orderId.toUpperCase());
  const position = listPosition(words, orders.length);
  if (position !== undefined) return orders[position - 1];
  const scored = orders.map((order) => ({ order, score: titleScore(words, order.title) })).filter((s) => s.score > 0);
  return scored.length === 1 ? scored[0].order : undefined;
}

/**
 * What the words ask for. Plain words ("退", "付款") are taken as said, and the dialogue explains an action the order
 * does not allow; the classifier's guess only counts where the order allows it ("电饭煲什么时候到？" reads as pay).
 */
function wantedAction(words: string, reading: Reading, order: Order): 'pay' | 'return' | undefined {
  const returns = RETURN_WORDS.test(words);
  const pays = PAY_WORDS.test(words);
  if (returns !== pays) return returns ? 'return' : 'pay';
  const guess = reading.intent ?? reading.candidates?.[0];
  if (guess === 'pay' && isPayable(order)) return 'pay';
  if (guess === 'return' && isReturnable(order)) return 'return';
  return undefined;
}

/** "好" to "what would you like to do with it?" when its one button is the only answer. */
function onlyActionIfYes(reading: Reading, order: Order): 'pay' | 'return' | undefined {
  if (reading.intent !== 'affirm') return undefined;
  const possible = [...(isPayable(order) ? ['pay' as const] : []), ...(isReturnable(order) ? ['return' as const] : [])];
  return possible.length === 1 ? possible[0] : undefined;
}

/**
 * At the order list: the event for an order named in words. Its action when the words say one; otherwise a question
 * about that order, even when only one action is possible ("电饭煲什么时候到？" must not start a return). Words that name
 * no order but say an action ("退了吧") apply to `inQuestion`, the order the bot just asked about. Undefined otherwise.
 */
export function orderEventFromWords(
  words: string,
  reading: Reading,
  orders: readonly Order[],
  inQuestion?: string,
): DialogueEvent | undefined {
  const named = mentionedOrder(words, orders, reading.orderId);
  const order = named ?? orders.find((o) => o.orderId === inQuestion);
  if (!order) return undefined;
  const action = wantedAction(words, reading, order) ?? (named ? undefined : onlyActionIfYes(reading, order));
  if (action === 'pay') return { type: 'ORDER_PAY_CHOSEN', orderId: order.orderId };
  if (action === 'return') return { type: 'ORDER_RETURN_CHOSEN', orderId: order.orderId };
  return named ? { type: 'ORDER_MENTIONED', orderId: order.orderId } : undefined;
}
