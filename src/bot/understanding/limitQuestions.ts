// Questions about the credit limit beyond "what is it": raising it, and whether a purchase fits in it.
import type { DialogueEvent } from '../../../machines/events';
import type { Referents } from './referents';

/**
 * A higher limit asked for, or the limit called low ("能提额吗", "额度能提高吗", "额度怎么这么低", "can I get a higher limit?",
 * "why is my limit so low?"): not understood, and after another miss the customer was handed over. "额度是多少" asks what
 * it is (the status card says it).
 */
const RAISE_ASKED =
  /提额|(?:提高|提升|增加|调高|加|涨)(?:一下|点|些)?(?:我的)?额度|额度.{0,4}(?:提高|提升|提|调高|增加|加|涨|变高|变多)|额度.{0,6}(?:低|(?<!多)少)|额度(?:怎么|为什么|为啥)?(?:只有|才)|\b(?:higher|bigger|larger|raise|increase|boost|extend)\b.{0,20}\b(?:limit|credit line)\b|\b(?:limit|credit line)\b.{0,20}\b(?:raised|increased|higher|bigger|so low|too low|low|small)\b/i;

/**
 * Whether the limit covers something ("8000块的手机额度够吗", "额度够不够买", "is my limit enough for a 8000 phone?", "is
 * 8000 over my limit?").
 */
const ENOUGH_ASKED =
  /额度.{0,8}(?:够|超|买得|能买|能不能买|可以买|能用|用得了)|(?:够|超过?|超出).{0,4}额度|\b(?:limit|credit line)\b.{0,30}\b(?:enough|cover|big enough|high enough)\b|\b(?:enough|cover|covers|exceed|exceeds|over|above|within|under)\b.{0,15}\b(?:my |the )?(?:credit |spending )?(?:limit|credit line)\b/i;

/** An amount in the words: "8000块", "¥8,000", "8k", "1.2万", "八千", "两万". */
const DIGITS = /(\d{1,3}(?:[,，]\d{3})+|\d+)(\.\d+)?\s*(万|w|千|k)?/i;
const CHINESE = /([一两二三四五六七八九十])\s*(千|万)/;
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const UNITS: Record<string, number> = { 万: 10000, w: 10000, 千: 1000, k: 1000 };

function amountIn(words: string): number | undefined {
  const digits = DIGITS.exec(words);
  if (digits) {
    const [, whole, fraction, unit] = digits;
    const value = Number(`${whole.replace(/[,，]/g, '')}${fraction ?? ''}`);
    return value * (unit ? UNITS[unit.toLowerCase()] : 1);
  }
  const chinese = CHINESE.exec(words);
  return chinese ? CHINESE_DIGITS[chinese[1]] * UNITS[chinese[2]] : undefined;
}

/**
 * The limit raised or called low: limitRaise. Whether an amount fits, the limit known (pay-later on): over it or within it
 * (the account's limit, as the status card shows it). The limit not known (before the login, before pay-later is on) or
 * no amount said: the limit's own answer, which says it or how to see it.
 */
export function limitQuestion(words: string, referents: Referents): DialogueEvent | undefined {
  const enough = ENOUGH_ASKED.test(words);
  const raise = RAISE_ASKED.test(words);
  if (!enough && !raise) return undefined;
  const payLater = referents.account?.payLater;
  const limit = payLater?.enabled ? payLater.limit : undefined;
  const amount = enough ? amountIn(words) : undefined;
  if (limit !== undefined && amount !== undefined) return { type: 'TOPIC_ASKED', topic: amount > limit ? 'limitOver' : 'limitWithin' };
  return { type: 'TOPIC_ASKED', topic: raise ? 'limitRaise' : 'creditLimit' };
}
