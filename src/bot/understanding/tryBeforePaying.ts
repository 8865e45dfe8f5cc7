// Whether goods that came must be paid for right away, asked before trying them ("耳机到了 但是还没试 要马上付吗"): no.
import type { DialogueEvent } from '../../../machines/events';
import { orderNamed } from '../orderMention';
import type { Referents } from './referents';

const RIGHT_AWAY = '(?:马上|立刻|立即|立马|现在就?|今天就?|当天|赶紧|赶快|一到就|到了就|收到就)';
const PAYING = '(?:付|付款|付钱|支付|还款|还钱|确认收货)';
const OBLIGED = '(?:要|得|需要|必须|一定要?|非得)';
/**
 * Obliged to pay right away, asked ("要马上付吗", "现在就得付款吗", "是不是收到就要付钱", "do I have to pay right away?"), or
 * trying first asked for ("能不能先试试再付", "can I try them first?"). Not whether paying now is possible ("可以马上付吗":
 * paying early), nor a payment asked for ("我要马上付"): those name no obligation or ask nothing.
 */
const PAY_RIGHT_AWAY = new RegExp(
  [
    `${OBLIGED}${RIGHT_AWAY}(?:就)?${PAYING}[^，,。]{0,3}(?:吗|么|嘛|[?？])`,
    `${RIGHT_AWAY}(?:就)?${OBLIGED}${PAYING}[^，,。]{0,3}(?:吗|么|嘛|[?？])`,
    `(?:是不是|需不需要|用不用|要不要)(?:要|得)?${RIGHT_AWAY}(?:就)?(?:要|得)?${PAYING}`,
    `先(?:试|用|试用|体验)(?:试|用|一下|一试|几天|一段时间|看看)?(?:再|然后再?|以后再?)${PAYING}`,
    String.raw`\b(?:do|must|should) i (?:have to |need to )?pay(?: for (?:it|them|the \w+))? (?:right away|straight away|right now|now|immediately|at once)\b`,
    String.raw`\bcan i (?:try|test|use) (?:it|them|the \w+) (?:out )?(?:first|before (?:i )?pay(?:ing)?)\b`,
  ].join('|'),
  'i',
);
/** Late already, or the goods not come: the overdue and the not-received answers. */
const NOT_THIS = /逾期|过期|没收到|没到|还在路上|没(?:有)?拿到|\boverdue\b|\blate\b|\bnot (?:arrived|received)\b|\bhave ?n'?t (?:arrived|come)\b/i;

/**
 * The answer to such words, or undefined: no rush, they can be tried first and paid by the due date (tryBeforePaying). Of
 * goods still on their way, paid once they arrive (payOnArrival). Of an order overdue, paid or being returned, or with no
 * delivered order to pay, the other readings answer.
 */
export function tryBeforePayingAsked(words: string, referents: Referents): DialogueEvent | undefined {
  if (!PAY_RIGHT_AWAY.test(words) || NOT_THIS.test(words)) return undefined;
  const orders = referents.orders;
  if (orders === undefined) return { type: 'TOPIC_ASKED', topic: 'tryBeforePaying' };
  const named = orderNamed(words, orders);
  const status = named !== undefined && named !== 'several' ? named.status : undefined;
  const delivered = status === 'delivered' || (status === undefined && orders.some((o) => o.status === 'delivered'));
  if (delivered) return { type: 'TOPIC_ASKED', topic: 'tryBeforePaying' };
  const coming = status === 'in_transit' || (status === undefined && orders.some((o) => o.status === 'in_transit'));
  return coming ? { type: 'TOPIC_ASKED', topic: 'payOnArrival' } : undefined;
}
