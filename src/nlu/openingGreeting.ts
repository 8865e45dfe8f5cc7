// A greeting that only opens a longer message ("Hello good morning. My friend say me I can buy now…"): left out of what the classifier weighs.

/**
 * Greetings as normalizeText leaves them (lower case, punctuation gone), one after another. Latin ones end at a word's end
 * ("hi" is not the start of "history"); Chinese ones may run straight into the words ("你好我想开通").
 */
const OPENING_GREETINGS =
  /^(?:(?:(?:hi+|hello+|helo|hallo|hey+|hiya|heya)(?: there)?|good (?:morning|afternoon|evening|day)|morning)(?![\p{L}\p{N}])|(?:你好|您好|哈喽|哈啰|嗨|早上好|上午好|中午好|下午好|晚上好|早安)[呀啊鸭]?)\s*/u;

/** A Latin word or one other character: what the classifier's features count (features.ts). */
const UNIT = /[a-z0-9+#]+|\S/gu;

/**
 * Fewer units than this after the greeting and the greeting is the message ("hi 你好", "你好小助手", "Hi 京东"): kept
 * whole. Four leaves "hi I have a question" its question, which the corpus teaches as a greeting still.
 */
const MIN_REST_UNITS = 4;

/**
 * The normalized words without the greetings they open with, where enough follows. Its n-grams outweighed the request
 * ("Hello good morning. … How I can do?" was a greeting, the request lost). Training reads the same, so the corpus's
 * greeting-led lines teach what follows the greeting.
 */
export function withoutOpeningGreeting(normalized: string): string {
  let rest = normalized;
  for (let match = OPENING_GREETINGS.exec(rest); match && match[0] !== ''; match = OPENING_GREETINGS.exec(rest)) {
    rest = rest.slice(match[0].length);
  }
  if (rest === normalized) return normalized;
  return (rest.match(UNIT)?.length ?? 0) >= MIN_REST_UNITS ? rest : normalized;
}
