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
