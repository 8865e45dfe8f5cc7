// Canonical form of an utterance for the classifier and for comparing corpora: width, case, script and digits folded.
import { toSimplified } from './simplified';

/** Four or more digits are an entity (phone, code, order number), never a word: they become one placeholder. */
const DIGIT_RUN = /\d{4,}/g;
/** Apostrophes join English contractions ("what's" → "whats") instead of splitting them. */
const APOSTROPHE = /['’`]/g;
/** Everything that is not a letter, digit, emoji/symbol or the "+" of "T+0" separates words. */
const SEPARATOR = /[^\p{L}\p{N}\p{So}+#]+/gu;

export function normalizeText(text: string): string {
  // NFKC folds full-width letters, digits and punctuation (ＰＬＵＳ, ？) into their ASCII forms; traditional characters
  // (先用後付) read as simplified.
  const folded = toSimplified(text.normalize('NFKC').toLowerCase());
  return folded.replace(APOSTROPHE, '').replace(DIGIT_RUN, '#').replace(SEPARATOR, ' ').trim();
}

/**
 * The characters a Chinese IME types into numbers in full-width mode — digits, plus, minus, the ideographic space
 * (１３８－００００－０００４, ＋８６) — and mathematical digits, as NFKC folds them. Only these: the rest of the words keeps
 * its own characters for the readings that compare them.
 */
const NUMBER_FORMS = /[\uFF10-\uFF19\uFF0B\uFF0D\uFE62\uFE63\u3000\u{1D7CE}-\u{1D7FF}]/gu;

/** Chinese numerals as a number is read out digit by digit: 〇 or 零 for 0, 幺 or 一 for 1, 两 or 二 for 2. */
const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};
/**
 * Six or more of them in a row, spaces or dashes between them allowed ("一三八零零零零零零零四", "幺三八 〇〇〇〇 〇〇〇四"):
 * a phone number or a code typed in words. Shorter runs are words ("七七八八", "三三两两").
 */
const CHINESE_DIGIT_RUN = /[零〇一幺二两三四五六七八九](?:[\s-]*[零〇一幺二两三四五六七八九]){5,}/gu;

/** The runs of Chinese numerals above in ASCII digits, the rest as it is (the masking reads numbers as the bot does). */
export function foldChineseDigits(text: string): string {
  return text.replace(CHINESE_DIGIT_RUN, (run) => run.replace(/[^\s-]/gu, (c) => CHINESE_DIGITS[c]));
}

/** The words with the number characters above in ASCII, so that every reading of digits sees "13800000004". */
export function foldNumberForms(text: string): string {
  return foldChineseDigits(text.replace(NUMBER_FORMS, (c) => c.normalize('NFKC')));
}
