// How to pay the order at its payment's confirmation ("how do i pay, with which card?", "用什么付款"): that order's way.
import type { DialogueEvent } from '../../../machines/events';
import type { Referents } from './referents';
import { RECEIPT_STEP } from './steps';

/**
 * How paying goes, or what with, asked: "how do i pay, with which card?" got the checkout's steps (buying, not paying this
 * order), "用什么付款" a "tap the button to go on". A means named to pay with ("用微信付款") is the means' own answer, and
 * which account the money leaves ("which card will be charged?") the payment source's (src/bot/understanding/paymentMeans.ts).
 */
const HOW_TO_PAY =
  /(?:用|拿)(?:什么|啥)(?:来|去)?(?:付|支付|结账)|(?:怎么|如何|咋)(?:样)?(?:付|支付)(?!过|了)|(?:付款|支付)(?:方式|方法)(?:是|有)?(?:什么|啥|哪些)|(?:用|拿)哪(?:张|个|种)(?:卡|方式|账户)?(?:来|去)?(?:付|支付)|\bhow (?:do|can|should|would|will) i (?:pay|make (?:the |a )?payment)\b|\b(?:with|by|using) (?:which|what) (?:card|payment method|method|account)\b|\bwhat (?:do|should|can) i pay (?:it |for it )?with\b|\bwhat (?:card|payment method|method) (?:do|should|can) i (?:use|pay with)\b/i;

/** At the confirmation of an order's payment: how paying it goes (the checkout's steps or the pay FAQ came instead). */
export function howToPayAsked(words: string, statePath: string, referents: Referents): DialogueEvent | undefined {
  if (statePath !== RECEIPT_STEP || referents.orderId === undefined || !HOW_TO_PAY.test(words)) return undefined;
  return { type: 'TOPIC_ASKED', topic: 'howToPayOrder' };
}
