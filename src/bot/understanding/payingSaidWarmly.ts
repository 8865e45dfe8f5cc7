// Paying said with a word that looks like a no ("不错，付款吧", "要不先付了吧", "不用了，我现在付", "i don't mind paying").

/*
 * The classifier heard the 不 or the "don't" and read a no (a cancel for "i don't mind paying"): away from a payment they
 * left the earbuds unpaid, and at the payment "要不先付了吧" was its no. Each is paying, as "付吧" / "pay it" says it.
 */
const PAYING_ZH =
  /^(?:(?:不错|挺好的?|没问题)[，,\s]*(?:那)?(?:就)?付(?:款|钱)?了?吧?|要不(?:我)?(?:还是|就)?(?:先|现在)?付(?:款|钱)?了?吧|不用了?[，,\s]*(?:我)?(?:现在|马上|这就|直接)付(?:款|钱)?(?:吧|了)?)[。!！]?$/;
const PAYING_EN = /^(?:i )?(?:don'?t|do not) mind paying(?: (?:for )?(?:it|them|now))?[.!]?$/i;

/** The plain words of paying the message says in other words ("付吧", "pay it"), or undefined. */
export function payingSaidWarmly(text: string | undefined): string | undefined {
  const words = text?.trim() ?? '';
  if (PAYING_ZH.test(words)) return '付吧';
  return PAYING_EN.test(words) ? 'pay it' : undefined;
}
