// What it costs, asked at the PLUS step without saying of what ("每个月要交钱吗"): PLUS's price and pay-later's fees, both.
import type { DialogueEvent } from '../../../machines/events';
import { SHOP_STEPS } from './steps';
import { topicOf } from './topics';

/** Pay-later named, or a charge only pay-later has (interest, late fees, instalments): the fees' own answer. */
const PAY_LATER_CHARGES =
  /先用后付|\bpay ?later\b|手续费|利息|利率|滞纳金|违约金|罚息|逾期|分期|\binterest\b|\binstal?lments?\b|\blate\b|\boverdue\b/i;
/**
 * A charge by the month or the year ("每个月要交钱吗", "有年费吗", "do I have to pay every month?"), or paying asked plainly
 * ("要交钱吗", which nothing took). Whether "it" is free ("免费吗", "is it free?") is PLUS's there: its explainer says.
 */
const PERIODIC = /每个?月|每年|按月|按年|月费|年费|每期|\b(?:every|each|per|a) (?:month|year)\b|\bmonthly\b|\byearly\b|\bannual(?:ly)?\b/i;
const PAYING_ASKED = /^(?:那)?(?:这个|它)?(?:还)?(?:要|需要|得)(?:另外)?(?:交|缴|付)(?:钱|费)(?:吗|么|嘛|不|没)/;

const BOTH_ANSWERED: DialogueEvent = { type: 'TOPIC_ASKED', topic: 'plusOrPayLaterFees' };

/**
 * At the PLUS step, a charge asked of nothing named ("每个月要交钱吗" got the pay-later fees' answer, while the customer
 * there is being asked to buy PLUS): PLUS is paid, its plans on its page, and pay-later's own fees are as the checkout
 * and the terms say.
 */
export function chargesAskedAtPlus(words: string, statePath: string): DialogueEvent | undefined {
  if (SHOP_STEPS[statePath] !== 'plus' || PAY_LATER_CHARGES.test(words)) return undefined;
  return (topicOf(words) === 'fees' && PERIODIC.test(words)) || PAYING_ASKED.test(words) ? BOTH_ANSWERED : undefined;
}
