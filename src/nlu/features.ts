// Turns a normalized utterance into the sparse features the intent model weighs: units and their n-grams.

/**
 * A unit is a Latin/digit word or one other character (Han, kana, emoji). Chinese is deliberately not
 * segmented: a typo (先用后负) or a colloquial filler only disturbs the n-grams touching that character,
 * where a word segmenter would produce a different, unseen word.
 */
const UNIT = /[a-z0-9+#]+|\S/gu;
/** Latin words at least this long also contribute character trigrams, so "enalbe" or "tuihuo" still match. */
const MIN_WORD_FOR_CHARGRAMS = 4;

export function featuresOf(normalized: string): string[] {
  const units = normalized.match(UNIT) ?? [];
  if (units.length === 0) return [];
  const features = new Set<string>();
  // Boundary markers let "好" alone differ from the 好 of "好的谢谢" and "不" alone from "不开了".
  const padded = ['^', ...units, '$'];
  for (let i = 1; i < padded.length; i++) {
    const unit = padded[i];
    if (i < padded.length - 1) {
      features.add(unit);
      if (unit.length >= MIN_WORD_FOR_CHARGRAMS) addCharTrigrams(unit, features);
    }
    features.add(`${padded[i - 1]} ${unit}`);
    if (i >= 2) features.add(`${padded[i - 2]} ${padded[i - 1]} ${unit}`);
  }
  return [...features];
}

function addCharTrigrams(word: string, into: Set<string>): void {
  // "~" cannot occur in a normalized unit, so these never collide with unit features.
  const bounded = `<${word}>`;
  for (let i = 0; i + 3 <= bounded.length; i++) into.add(`~${bounded.slice(i, i + 3)}`);
}
