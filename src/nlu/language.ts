// Guesses the reply language from the script of the customer's message (PRODUCT.md §3: CJK → zh-CN).
import type { Locale } from '../../dialogs/locale';

export type { Locale };

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LATIN = /\p{Script=Latin}/u;
/** Words with a digit in them (an order number such as JD5002, an ID number ending in X) are in no language. */
const WORD_WITH_DIGIT = /[\p{L}\d-]*\d[\p{L}\d-]*/gu;

/**
 * undefined when the message has no letters outside words with digits (digits, codes, order and ID numbers, emoji,
 * punctuation): the caller falls back to the locale.
 */
export function detectLanguage(text: string): Locale | undefined {
  if (CJK.test(text)) return 'zh-CN';
  if (LATIN.test(text.replace(WORD_WITH_DIGIT, ''))) return 'en-US';
  return undefined;
}
