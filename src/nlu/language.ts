// Guesses the reply language from the customer's words (PRODUCT.md §3): Chinese grammar, the script of most of them, or pinyin.
import type { Locale } from '../../dialogs/locale';
import { enUS } from '../../dialogs/messages/en-US';
import { carriesChineseGrammar } from './chineseGrammar';
import { isPinyin } from './pinyin';
import { toSimplified } from './simplified';

export type { Locale };

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const EACH_CJK = new RegExp(CJK.source, 'gu');
const LATIN = /\p{Script=Latin}/u;
/** "I'm" and "don't" are one word each. */
const LATIN_WORD = /\p{Script=Latin}+(?:['’]\p{Script=Latin}+)*/gu;
/**
 * Words with a digit in them (an order number such as JD5002, an ID number ending in X) are in no language. A word
 * starts after a non-word character, so a long run of letters is scanned once, not once per letter.
 */
const WORD_WITH_DIGIT = /(?<![\p{L}\d-])[\p{L}\d-]*\d[\p{L}\d-]*/gu;
const ANY_DIGIT = /\p{Nd}/u;
/**
 * Latin that Chinese speakers type too, so it shows no language: "ok" (it switched a Chinese conversation to English),
 * "PLUS", laughter ("haha", "hehe", "lol"), an e-mail address or a link.
 */
const NEUTRAL = /\b(?:ok(?:ay)?|k|plus|vip|app|(?:ha){2,}|(?:he){2,}|lol)\b|(?<!\S)[^\s@]+@\S*|https?:\/\/\S+/giu;

/**
 * The Chinese names the bot's English texts teach ("choose 先用后付", "tap PLUS会员", "confirm receipt (确认收货)"), and
 * 实名认证 of the shop's pages: in an English sentence they are names, not a switch to Chinese ("how do I turn on 先用后付").
 */
const TAUGHT_NAMES = new Set([
  ...Object.values(enUS).flatMap((text) => text.match(/(?:PLUS)?\p{Script=Han}+/gu) ?? []),
  '实名认证',
]);
/** Longest first, so that PLUS会员 is one name, not PLUS and 会员. */
const TAUGHT_NAME = new RegExp([...TAUGHT_NAMES].sort((a, b) => b.length - a.length).join('|'), 'giu');

/**
 * A message with both scripts is in the language of most of its words. A Chinese word is about two characters; a taught
 * name, or an order's title ("return the 电饭煲"), weighs little beside the English around it, while a Chinese sentence
 * with an English word in it ("耳机退货 quality问题", "怎么enable先用后付") stays Chinese. A tie is Chinese.
 */
const CHARACTERS_PER_WORD = 2;
const TAUGHT_NAME_WEIGHT = 0.5;

/** How a question in English starts ("what's PLUS?", "how much?", "is it free?"). */
const ENGLISH_QUESTION = /^(?:what|what['’]?s|how|why|when|where|who|which|is|are|can|could|do|does|did|will|would|should)\b/i;

/**
 * A word or two of English ("earbuds", "ok submit"): English, but too little to switch a Chinese conversation to it.
 * A question wholly in English is a sentence however short ("what's PLUS?" was answered in Chinese: PRODUCT.md §3).
 */
export function isBriefLatin(text: string): boolean {
  const folded = text.normalize('NFKC').trim();
  if ((shownLatin(folded).match(LATIN_WORD)?.length ?? 0) >= 3) return false;
  const asksInEnglish = !CJK.test(folded) && ENGLISH_QUESTION.test(folded) && (folded.match(LATIN_WORD)?.length ?? 0) >= 2;
  return !asksInEnglish;
}

/**
 * A Chinese word beside English ("好的 thanks", "谢谢 got it", "嗯 so what now"): at most this many characters, such as
 * 好的, 谢谢, 嗯, 没问题. In an English conversation it is a habit, not a switch (PRODUCT.md §3 reads "CJK → zh-CN" for the
 * message's language: an English customer's "好的 thanks" got "不客气！" and the whole step in Chinese). Chinese alone,
 * or more of it, still switches.
 */
const BRIEF_CJK_CHARACTERS = 3;

/** Both scripts, the Chinese of them short (BRIEF_CJK_CHARACTERS): the conversation's language holds (src/bot/dialogueTurn.ts). */
export function isBriefCjk(text: string): boolean {
  const cjk = text.match(EACH_CJK)?.length ?? 0;
  return cjk > 0 && cjk <= BRIEF_CJK_CHARACTERS && LATIN.test(shownLatin(text));
}

/**
 * undefined when the message has no letters outside words with digits (digits, codes, order and ID numbers, emoji,
 * punctuation) or only neutral Latin ("ok"): the caller falls back to the locale. Full-width input (ＪＤ５００２) is read
 * as the NLU reads it (NFKC). Latin words that are all pinyin ("wo yao tuihuo") are Chinese.
 */
export function detectLanguage(text: string): Locale | undefined {
  if (CJK.test(text)) return mostlyLatin(text) ? 'en-US' : 'zh-CN';
  if (!LATIN.test(text)) return undefined;
  const latin = shownLatin(text);
  if (!LATIN.test(latin)) return undefined;
  return isPinyin(latin) ? 'zh-CN' : 'en-US';
}

/** The text without the Latin that shows no language: words with digits, neutral words. */
function shownLatin(text: string): string {
  const words = ANY_DIGIT.test(text) ? text.normalize('NFKC').replace(WORD_WITH_DIGIT, '') : text;
  return words.replace(NEUTRAL, '');
}

/**
 * Whether a message with Chinese in it is English: more English words than its Chinese is worth, and no Chinese grammar
 * ("我的earbuds坏了 want refund" and "先用后付 has interest吗" are Chinese sentences with English words in them).
 */
function mostlyLatin(text: string): boolean {
  if (!LATIN.test(text)) return false;
  const latinWords = shownLatin(text).match(LATIN_WORD)?.length ?? 0;
  if (latinWords === 0) return false;
  const { rest, names } = withoutTaughtNames(text);
  if (carriesChineseGrammar(rest)) return false;
  return latinWords > (rest.match(EACH_CJK)?.length ?? 0) / CHARACTERS_PER_WORD + names * TAUGHT_NAME_WEIGHT;
}

/** The message in simplified characters with the taught names taken out (我的京东 is a name, not 我的), and how many there were. */
function withoutTaughtNames(text: string): { rest: string; names: number } {
  let names = 0;
  const rest = toSimplified(text).replace(TAUGHT_NAME, () => {
    names++;
    return ' ';
  });
  return { rest, names };
}
