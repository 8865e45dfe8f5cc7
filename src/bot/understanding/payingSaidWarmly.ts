// Paying said with a word that looks like a no ("不错，付款吧", "要不先付了吧", "不用了，我现在付", "i don't mind paying").
import type { DialogueEvent } from '../../../machines/events';
import { orderEventFromWords } from '../orderMention';
import type { Referents } from './referents';
import { RETRIED_BY } from './stepAnswers';
import { FREE_TEXT_STATES, ORDER_LIST, RECEIPT_STEP, RETURN_STEPS } from './steps';

/*
 * The classifier heard the 不 or the "don't" and read a no (a cancel for "i don't mind paying"): away from a payment they
 * left the earbuds unpaid, and at the payment "要不先付了吧" was its no. Each is paying, as "付吧" / "pay it" says it.
 */
const PAYING_ZH =
  /^(?:(?:不错|挺好的?|没问题)[，,\s]*(?:那)?(?:就)?付(?:款|钱)?了?吧?|要不(?:我)?(?:还是|就)?(?:先|现在)?付(?:款|钱)?了?吧|不用了?[，,\s]*(?:我)?(?:现在|马上|这就|直接)付(?:款|钱)?(?:吧|了)?)[。!！]?$/;
const PAYING_EN = /^(?:i )?(?:don'?t|do not) mind paying(?: (?:for )?(?:it|them|now))?[.!]?$/i;

/**
 * At the list, the order paying is for, chosen as plain "付吧" chooses it (orderEventFromWords): the one in question, else
 * the only one to pay (unless the words were said before the list); with none to pay that is said; with several the list
 * asks which.
 */
const orderToPay = (referents: Referents): DialogueEvent =>
  orderEventFromWords('付吧', { question: false }, referents.orders ?? [], referents.orderId, referents.said === undefined, 'pay') ?? { type: 'PAY' };

/**
 * What such words mean where the customer is, as the plain "付吧" would: at the payment (or its retry after a failure) its
 * yes, at the list the order to pay, at a return paying for that order instead, elsewhere paying asked for. At a return's
 * reason with no order in question they are the reason, read as typed. Undefined for any other words.
 */
export function payingSaidWarmly(words: string, statePath: string, referents: Referents): DialogueEvent | undefined {
  if (!PAYING_ZH.test(words) && !PAYING_EN.test(words)) return undefined;
  if (statePath === RECEIPT_STEP) return { type: 'AFFIRM' };
  if (RETRIED_BY[statePath]?.step === RECEIPT_STEP) return { type: 'RETRY' };
  if (statePath === ORDER_LIST) return orderToPay(referents);
  if (RETURN_STEPS.has(statePath) && referents.orderId !== undefined) return { type: 'ORDER_PAY_CHOSEN', orderId: referents.orderId };
  return FREE_TEXT_STATES.has(statePath) ? undefined : { type: 'PAY' };
}
