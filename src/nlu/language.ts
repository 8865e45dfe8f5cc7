// Guesses the reply language from the script of the customer's message (PRODUCT.md §3: CJK → zh-CN).
import type { Locale } from '../../dialogs/locale';

export type { Locale };

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LATIN = /\p{Script=Latin}/u;
/**
 * Words with a digit in them (an order number such as JD5002, an ID number ending in X) are in no language. A word
 * starts after a non-word character, so a long run of letters is scanned once, not once per letter.
 */
const WORD_WITH_DIGIT = /(?<![\p{L}\d-])[\p{L}\d-]*\d[\p{L}\d-]*/gu;
const ANY_DIGIT = /\p{Nd}/u;
/**
 * Latin that Chinese speakers type too, so it shows no language: "ok" (it switched a Chinese conversation to English),
 * "PLUS", an e-mail address or a link.
 */
const NEUTRAL = /\b(?:ok(?:ay)?|k|plus|vip|app)\b|(?<!\S)[^\s@]+@\S*|https?:\/\/\S+/giu;

/** A word or two of English ("earbuds", "ok submit"): English, but too little to switch a Chinese conversation to it. */
export function isBriefLatin(text: string): boolean {
  const words = text.normalize('NFKC').replace(WORD_WITH_DIGIT, '').replace(NEUTRAL, '').match(/\p{Script=Latin}+/gu) ?? [];
  return words.length < 3;
}

/**
 * undefined when the message has no letters outside words with digits (digits, codes, order and ID numbers, emoji,
 * punctuation): the caller falls back to the locale. Full-width input (ＪＤ５００２) is read as the NLU reads it (NFKC).
 */
export function detectLanguage(text: string): Locale | undefined {
  if (CJK.test(text)) return 'zh-CN';
  const words = ANY_DIGIT.test(text) ? text.normalize('NFKC').replace(WORD_WITH_DIGIT, '') : text;
  if (LATIN.test(words) && LATIN.test(words.replace(NEUTRAL, ''))) return 'en-US';
  return undefined;
}
