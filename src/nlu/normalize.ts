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

/** The words with the number characters above in ASCII, so that every reading of digits sees "13800000004". */
export function foldNumberForms(text: string): string {
  return text.replace(NUMBER_FORMS, (c) => c.normalize('NFKC'));
}
