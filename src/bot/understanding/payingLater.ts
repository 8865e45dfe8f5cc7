// Paying at a later time asked about ("can i pay next week instead?", "能下周再付吗", "晚几天付行吗"): how many days from now.
import type { DialogueEvent } from '../../../machines/events';
import type { Order } from '../../../machines/domain';
import { orderNamed } from '../orderMention';

/** Chinese and English numbers of days as people write them ("两", "three"). */
const NUMBERS: Readonly<Record<string, number>> = {
  一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const count = (n: string): number | undefined => (/^\d+$/.test(n) ? Number(n) : NUMBERS[n.toLowerCase()]);

/**
 * Times from now, each with its days. "Next week" is taken as a week from now and "a few days" as three: the answer names
 * the due date itself, so the customer can tell whether the day they mean is before it. The first that matches counts.
 */
const TIMES: ReadonlyArray<{ words: RegExp; days: (m: RegExpMatchArray) => number | undefined }> = [
  { words: /大后天|\bin three days\b/i, days: () => 3 },
  { words: /后天|\bday after tomorrow\b/i, days: () => 2 },
  { words: /明天|\btomorrow\b/i, days: () => 1 },
  { words: /(\d+|[一两二三四五六七八九十])(?:个)?(?:天|日)(?:以?后|之后)?|\b(?:in |after )(\d+|one|two|three|four|five|six|seven|eight|nine|ten) days?\b|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) days? (?:later|from now)\b/i, days: (m) => count(m[1] ?? m[2] ?? m[3] ?? '') },
  { words: /(?:几|一两|两三|些)天|\b(?:a )?few (?:more )?days\b/i, days: () => 3 },
  { words: /\b(?:a )?couple (?:of )?(?:more )?days\b/i, days: () => 2 },
  { words: /半个月|两(?:个)?(?:周|星期|礼拜)|\b(?:two|2) weeks\b/i, days: () => 14 },
  { words: /下(?:个)?(?:周|星期|礼拜)|(?:一|1)(?:个)?(?:周|星期|礼拜)(?:以?后|之后)|\bnext week\b|\b(?:in |after )?a week(?: later| from now)?\b/i, days: () => 7 },
  { words: /下(?:个)?月|\bnext month\b|\b(?:in |after )a month\b/i, days: () => 30 },
];
const TIME_WORDS = new RegExp(TIMES.map((t) => t.words.source).join('|'), 'i');

/** Paying named in English, or in Chinese right after the time ("下周再付", "晚几天还", "过两天付款"). */
const ENGLISH_PAYING = /\b(?:pay|settle)\b/i;
const CHINESE_PAYING = new RegExp(`(?:${TIME_WORDS.source})(?:再|才|去|的时候)?(?:付|还|支付|结)|(?:晚|推迟|延后|延迟|拖)(?:${TIME_WORDS.source})`, 'i');
/** Not a later time to pay: a refund's or a delivery's, paying earlier, a payment made, the days left or allowed asked. */
const NOT_LATER =
  /退|到货|送到|发货|提前|早点|(?:还|只)(?:有|剩)(?:几|多少)天|(?:几|多少)天(?:内|之内|以内)|多少天|\brefund|\breturn|\barriv|\bdeliver|\bship|\bearly|\bearlier|\bbefore\b|\bpaid\b|\bhow many days\b|\bwithin\b/i;

/**
 * The days from now the words ask to pay in, where they ask to pay later ("can i pay next week instead?": 7, "晚几天付行吗":
 * 3), with the due-date question they are (dueExtension), and the listed order they name ("耳机下周付款": it was only
 * mentioned, and asked what to do with it). Undefined where no time from now is named.
 */
export function payingLaterAsked(words: string, orders: readonly Order[] | undefined): DialogueEvent | undefined {
  if (!TIME_WORDS.test(words) || NOT_LATER.test(words)) return undefined;
  if (!ENGLISH_PAYING.test(words) && !CHINESE_PAYING.test(words)) return undefined;
  for (const time of TIMES) {
    const m = words.match(time.words);
    const days = m ? time.days(m) : undefined;
    if (days === undefined) continue;
    const named = orders && orderNamed(words, orders);
    const orderId = named && named !== 'several' ? { orderId: named.orderId } : {};
    return { type: 'TOPIC_ASKED', topic: 'dueExtension', inDays: days, ...orderId };
  }
  return undefined;
}
