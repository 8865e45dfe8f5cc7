// Tells Chinese that carries a sentence's grammar (我的…坏了, …吗) from Chinese that only names a product or a term (台灯, 先用后付).

/**
 * Particles, pronouns, negation, modal verbs and question words: the Chinese of a sentence has them; a product's title
 * or the shop's term named in an English sentence ("pay for 台灯", "how do I use 先用后付") is a noun and has none.
 */
const FUNCTION_WORD = /[的了吗呢吧嘛啊呀我你您他她是有没不能要想哪]|怎么|什么|为啥/u;

/**
 * Nouns a product's title may hold with a function word inside: 智能手表 (smart watch), 不锈钢 (stainless steel), 有线耳机
 * (wired earphones), 迷你风扇 (mini fan), 吉他 (guitar). They are taken out before looking for grammar.
 */
const NOUNS_WITH_FUNCTION_WORDS = /智能|功能|性能|节能|储能|太阳能|能量|能源|不锈钢|不粘|有线|有机|迷你|吉他|理想/gu;

/** Whether simplified Chinese text (the shop's taught names taken out) has a function word outside a product noun. */
export function carriesChineseGrammar(simplified: string): boolean {
  return FUNCTION_WORD.test(simplified.replace(NOUNS_WITH_FUNCTION_WORDS, ' '));
}
