// Words that move the talk along without asking anything: an ok to what was said, or the announcement of a question.

/** What may come before either ("好的，", "嗯嗯 ", "就是", "你好 ", "ok "), one after another. */
const OPENERS = String.raw`(?:(?:好的?|好吧|好嘞|嗯+|哦+|噢|行|那|那个|就是|额|呃|你好|您好|在吗|喂|对了|ok(?:ay)?|hi|hello|hey|so|um+|oh)[，,.!！~～\s]*)*`;
/** What may end a phrase: a particle, punctuation, a smiley. */
const PHRASE_END = String.raw`(?:哈|啊|呀|哦|呢|嘛|哈哈)?[?？。.!！~～…😊👌👍\s]*`;
/** What may end either. */
const ENDING = `${PHRASE_END}$`;

/**
 * An ok to what was said, in words that thank nobody ("好的 知道了", "明白了", "了解", "ok got it", "I see", "哦哦"): read as thanks,
 * it got "不客气！". Not "收到", which at a payment is the goods received; a bare "好的" is a yes where one is asked.
 */
export const ACKNOWLEDGED = new RegExp(
  [
    String.raw`^${OPENERS}(?:我)?(?:都)?(?:知道|明白|了解|懂)(?:了|啦)?${ENDING}`,
    String.raw`^${OPENERS}(?:got it|i see|understood|noted|makes sense|fair enough)${ENDING}`,
    // A bare "哦哦", "噢", "oh" (a clarifying question offering 好的, which at the lamp's list pays for it), or with "这样啊".
    String.raw`^(?:哦|噢|喔)+[，,\s]*(?:这样|原来如此|原来是这样)?${ENDING}`,
    String.raw`^oh+${ENDING}`,
  ].join('|'),
  'i',
);

/**
 * Only an ok ("ok", "k" once spelled out, "好的", "嗯", "行"), the bare words: to an open question ("what else can I help you
 * with?") it consents to nothing, it only acknowledges.
 */
export const BARE_OK = /^(?:ok(?:ay)?(?:[\s,，]+ok(?:ay)?)*|好(?:的|吧|嘞)?|嗯+|行)$/i;

/**
 * Only a yes ("yes", "yeah", "sure", "是的", "对", "好啊", "可以"), as bare: to an open question it consents to nothing either
 * ("yes" there started the login). "actually yes" takes up something declined (changeOfMind.ts), so it is not one.
 */
export const BARE_YES = /^(?:yes|yeah|yea|yah|ya|yep|yup|sure|是(?:的|啊|呀)?|对(?:的|啊|呀)?|好(?:啊|呀|哒)|可以(?:的|啊|呀)?|没问题)(?:[\s,，]*(?:please|pls|plz))?$/i;

/** One laugh: 哈哈, 呵呵, 嘿嘿, 嘻嘻, 笑死, hh, haha, hehe, lol, lmao, rofl, xD, or a laughing face. */
const LAUGH = String.raw`哈+|呵{2,}|嘿{2,}|嘻{2,}|笑死(?:我了|了)?|h{2,}|h[ae](?:h[ae])+h?|lo+l+|lmf?ao+|rofl|xd+|[😂🤣😄😆😁😅😹]`;
/**
 * Laughter alone ("哈哈", "哈哈哈哈！", "lol", "haha", "😂😂"): a smile back and the step in a line, no misunderstanding ("lol"
 * twice handed the customer over; "哈哈" got "你好！😊"). Each laugh is taken as its first reading and kept ((?=(…))\1).
 */
export const LAUGHTER = new RegExp(`^(?:(?=((?:${LAUGH})[\\s，,.。!！~～…]*))\\1)+$`, 'iu');

/**
 * A question announced, not yet asked ("就是我想问下", "我想咨询一下", "我有个问题", "can I ask something?"): the bot asks
 * what it is. Read as a greeting, it got "你好！😊".
 */
export const QUESTION_COMING = new RegExp(
  [
    String.raw`^${OPENERS}(?:我)?(?:还)?(?:想|要|能|可以)?(?:再)?(?:问|咨询|请教)(?:你|您)?(?:一?下|一些|点|个|几个)?(?:问题|事儿?|事情)?(?:吗|可以吗|行吗|好吗)?${ENDING}`,
    String.raw`^${OPENERS}请问(?:一?下)?${ENDING}`,
    String.raw`^${OPENERS}(?:我)?(?:还)?有(?:个|一个|几个|些|点)(?:小)?(?:问题|事儿?|事情)(?:想|要)?(?:问|咨询|请教)?(?:一?下)?(?:你|您)?${ENDING}`,
    String.raw`^${OPENERS}(?:i (?:have|got|'ve got) (?:a|one|some|a few|a couple of)(?: quick)? questions?|(?:can|could|may) i ask (?:you )?(?:something|a question|a quick question)|(?:a )?quick question|i (?:want|wanted|would like|'d like) to ask (?:you )?(?:something|a question))[?.!:\s]*$`,
  ].join('|'),
  'i',
);

/**
 * "有点问题", "有些小问题" alone: something wrong, which reads as a question coming, but where a return's reason is asked it
 * is that reason (a fault: it was answered "what would you like to know?").
 */
export const SOMETHING_WRONG = new RegExp(String.raw`^${OPENERS}(?:我|它|这个|东西)?(?:还)?有(?:点|些|一点|一些)(?:小)?问题${ENDING}`);

/**
 * Whether the bot is still there ("在吗", "还在吗", "你还在不在", "喂？", "喂喂", "still there?", "are you there?", "hello?"): it is,
 * and the step is said in its short line. Read as a greeting, it got "你好！😊" and the step as if the chat had just begun. A
 * "hello" without its question mark is a greeting; whether anyone is there at all ("有人吗") is a person asked for
 * (generalReadings.ts ANYONE_THERE); a question said with it ("在吗 我想问个问题") is read as that.
 */
const STILL_THERE_ONCE = [
  // A few greetings before it ("喂，在吗"): as many as there are, each check asked again would scan the rest of the message.
  String.raw`(?:(?:喂|哈喽|hello|hi|hey)[，,.!！~～\s]*){0,3}(?:你|您|客服)?(?:还)?在(?:吗|么|嘛|不在|没|不)${PHRASE_END}`,
  // The whole run of 喂 (not "喂喂" then "喂喂" again), before the one with its question mark ("喂喂？！" is one check).
  String.raw`喂{2,}(?!喂)${PHRASE_END}`,
  String.raw`(?:喂+|hel+o+|hal+o+)\s*[?？]+\s*`,
  String.raw`(?:(?:hello|hi|hey)[,.!\s]*)*(?:(?:are|r) )?(?:you|u|ya) (?:still )?(?:there|here|around)${PHRASE_END}`,
  String.raw`(?:(?:hello|hi|hey)[,.!\s]*)*still (?:there|here|around)${PHRASE_END}`,
].join('|');
/**
 * Asked once, or again in the same message ("在吗？在吗？", "在吗，还在吗": read whole, it got "你好！😊"). Each check is taken
 * as its first reading and kept ((?=(…))\1, an atomic group): "喂喂，在吗" reads two ways, and a message of them repeated
 * would be tried in every split before failing.
 */
export const STILL_THERE = new RegExp(`^(?:(?=((?:${STILL_THERE_ONCE})[，,]*))\\1)+$`, 'i');
