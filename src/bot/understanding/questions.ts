// How a question looks in words: loosely, anywhere; strictly, where the words may be a return reason.

/**
 * Words that plainly ask: a question mark or 吗 at the end, a question phrase at the end (Chinese often asks there:
 * "逾期了会怎样", "先用后付是什么", "我开通了没有", "要运费不", "下单的时候怎么选它", "结算页在哪里选"), an A-not-A or "how to"
 * at the start ("有没有运费险", "怎么付"), when or how long anywhere ("退款多久到账", "耳机什么时候到期"), a wh-word at the
 * start of English; colloquial ones too ("要是我忘了付款咋办", "咋整这个先用后付啊": read as asked for, the first left the
 * step to pay). Looser signs are left out because reasons use them too: 呢 and 嘛 ("还没收到货呢"), a question word or
 * A-not-A inside a statement ("不知道为什么开不了机", "不知道咋回事", "不知道是不是坏了"), a thing missing ("配件没有"), an
 * English auxiliary without a question mark ("Does not work", "Is broken").
 */
export const QUESTION =
  /(?:[?？]|吗|会怎样|怎么样|怎么办|怎么用|(?:怎么|哪里?|哪儿)(?:选|找)(?:它|这个)?|怎么弄|怎么搞|咋办|咋整|咋弄|(?<!不知道|不晓得)咋回事|是什么|什么意思|哪天|哪一天|几号|多少钱|谁出|谁付|谁承担|了没有?|[要能会是有可]\S{0,6}不)[\s。.!！~～]*$|^(?:请问|问一下|想问|有没有|是不是|能不能|可不可以|会不会|要不要|怎么(?:付|还|退|开|用|关|查|弄|办|操作|申请|确认)|咋(?:整|弄|办|开|用|付|还|退|搞))|(?:顺便|另外|还想|我想)?问(?:一)?下|多久|多少天|几天|多长时间|什么时候|^(?:what|how|why|when|where|which|who)\b/i;

/**
 * A question in so many words (a question mark, 吗, an English wh-word). At the return-reason step only such a question,
 * when no intent answers it, is kept from being the reason ("who pays for shipping?"): the looser shapes are as often
 * reasons there ("配件没有", "不知道是不是坏了"), and a reason the customer did not mean is shown in the confirmation.
 */
export const PLAIN_QUESTION =
  /[?？][\s。.!！~～]*$|吗[\s。.!！~～]*$|(?:谁(?:出|付|承担|负责)|多详细|怎么写|写什么|什么意思)[\s。.!！~～]*$|^(?:what|how|why|when|where|which|who)\b/i;

/**
 * A question word with a question particle at the end ("退货运费谁出啊", "钱退到哪儿啊", "怎么退款呢", "几天到账啊"): where the
 * words may be a return reason, as plainly a question as one with a question mark (returnReason.ts also keeps statements
 * about the goods out: "用了几天就坏了啊"). Not 怎么 as "however" or "how come" ("怎么都开不了机啊", "怎么还没到啊",
 * "怎么回事啊", "怎么这么小啊"), which complain.
 */
export const PARTICLE_QUESTION =
  /(?:谁|哪|怎么(?!都|回事|搞|这么|那么|还|又|就|会|老|总|一直)|什么时候|啥时候|多少|几天|多久)[^，,。；;!！?？]*?(?:啊|呢|吗|呀|么|哇)[\s。.!！~～]*$/;
