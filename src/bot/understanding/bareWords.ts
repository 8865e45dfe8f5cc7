// The words as the readings compare them: simplified, lower-case, without the punctuation and emoji people end with.
import { toSimplified } from '../../nlu';

const TRAILING = new Set([...' \t\n\r!！。.~～,，']);
/**
 * The words without the trailing punctuation and spaces people add ("好了！", "done."). A loop: the regex it replaces,
 * anchored at the end, was quadratic (a 4,000-character message took ~0.3 s a call).
 */
export function bare(text: string): string {
  // Emoji at the end too ("算了 不退了 😂"); a global replace is linear.
  const words = toSimplified(text).replace(/[\p{Extended_Pictographic}\uFE0F\u200D]+/gu, '');
  let end = words.length;
  while (end > 0 && TRAILING.has(words[end - 1])) end--;
  return words.slice(0, end).toLowerCase();
}
