// PLUS said paid for at its step ("PLUS开了 扣了我99块钱 能退吗"): checked as "done" is, told not to buy it twice if unseen.
import type { DialogueEvent } from '../../../machines/events';
import { SHOP_STEPS } from './steps';

/**
 * Money said taken or paid ("扣了我99块钱", "钱都付了", "会员费交了", "已经付款了", "I paid", "it charged me"). At the PLUS step
 * there is nothing else to pay for.
 */
const PAID =
  /(?:扣|付|交|花|收|支付)(?:了|掉了|走了)(?:我)?.{0,6}(?:钱|块|元|[¥￥]|\d)|(?:钱|款|费)(?:我)?(?:都|也|已经|已)?(?:扣|付|交|收|支付)(?:了|过了|掉了|走了|好了|完了)|已(?:经)?(?:付款|支付|扣款|扣钱|付钱|交钱|付费|缴费)|付(?:过|完|好)?(?:款|钱)了|(?:付款|支付)(?:成功|完成)了?|(?:plus|会员).{0,6}(?:付了|付过了|付好了|交了|交好了)|(?:付|交)了(?:plus|会员)费?|\b(?:i (?:just |already )?|already )(?:paid|payed)\b|\b(?:was|got|been|i'?ve been) (?:charged|billed)\b|\b(?:charged|billed) me\b|\btook (?:my )?money\b/i;
/** Not said paid: not paying, a question whether to, how much, or what if ("要交钱吗", "如果付了钱能退吗", "do I have to pay"). */
const NOT_PAID =
  /(?:没|不|未|别|要不要|需要|得|要)(?:有)?(?:再)?(?:扣|付|交|花|支付)|(?:了|过)(?:吗|么|没)|多少钱|如果|要是|万一|假如|\b(?:not|never|haven'?t|didn'?t|don'?t|do i|will i|would i|have to|need to|how much|if)\b/i;
/** A refund or cancelling asked with it ("能退吗"): the PLUS page's rules on that are said too. */
const REFUND_ASKED = /退|取消|\brefund|\bcancel|\bmoney back\b/i;

/**
 * At the PLUS step, PLUS said paid for: a "done" checked (the refund answer, then "to get PLUS, tap 去开通PLUS会员" invited a
 * second purchase), marked paid so that, not active yet, the customer hears it may take a moment to show, not to buy it
 * again, and that a person can check. A refund asked with it is answered first (the PLUS page says).
 */
export function plusPaidSaid(words: string, statePath: string): { event: DialogueEvent; answersFirst?: DialogueEvent[] } | undefined {
  if (SHOP_STEPS[statePath] !== 'plus' || !PAID.test(words) || NOT_PAID.test(words)) return undefined;
  const event: DialogueEvent = { type: 'AFFIRM', paid: true };
  return REFUND_ASKED.test(words) ? { event, answersFirst: [{ type: 'TOPIC_ASKED', topic: 'plusTerms' }] } : { event };
}
