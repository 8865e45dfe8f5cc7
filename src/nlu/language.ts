// Guesses the reply language from the script of the customer's message (PRODUCT.md §3: CJK → zh-CN).
import type { Locale } from '../../dialogs/locale';

export type { Locale };

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LATIN = /\p{Script=Latin}/u;

/** undefined when the message has no letters at all (digits, emoji, punctuation): the caller falls back to the locale. */
export function detectLanguage(text: string): Locale | undefined {
  if (CJK.test(text)) return 'zh-CN';
  if (LATIN.test(text)) return 'en-US';
  return undefined;
}
