// Everyday shapes of words the classifier misses: a colloquial 咋, the service's name mistyped, a message of only emoji or
// punctuation, whether anyone is there ("有人吗"), the customer's data asked to be deleted, the option not seen at checkout.

/** The service's name as an IME mistypes it ("先用后负咋用啊", "先用候付"): the name. */
const NAME_MISTYPED = /先用[后候厚][付负附副富]/g;
export const withNameFixed = (words: string): string => words.replace(NAME_MISTYPED, '先用后付');

/**
 * Toneless pinyin of words the classifier learnt in characters only ("jindu", 进度: a clarifying question offering what
 * pay-later is): the characters. The words it knows in pinyin ("tuihuo", "kaitong") it reads as they are.
 */
const PINYIN_HANZI: Readonly<Record<string, string>> = { jindu: '进度' };
const PINYIN_WORDS = /\bjin ?du\b/gi;

/**
 * What the classifier reads: 咋 as 怎么, which it knows ("先用后付咋用啊" got a clarifying question, "先用后付怎么用" is how to
 * use it at checkout), and a leading "就是"/"我是说" that only restates ("就是买东西的时候咋弄", said under a clarifying
 * question, handed the customer over). The readings' own patterns keep the words as typed.
 */
export const forClassifier = (words: string): string =>
  words
    .replace(PINYIN_WORDS, (word) => PINYIN_HANZI[word.toLowerCase().replace(/\s+/g, '')] ?? word)
    .replace(/^(?:就是|我是说|我的意思是)[，,\s]*(?=\S{4})/, '')
    .replace(/咋(?=用|使用|弄|整|搞|操作|选)/g, '怎么')
    .replace(GOODS_PRAISED, '$1');

/**
 * Goods said to have come, with a word of praise after ("耳机收到了 挺好的", "东西到了，很满意"): the praise changes nothing,
 * and read with it the words got a clarifying question while "耳机收到了" alone goes to paying. Only praise: "收到了 质量不好"
 * keeps all its words.
 */
const GOODS_PRAISED =
  /^(.{0,16}?(?:收到了|收到啦|到了|到啦|到货了))[，,。.!！~～\s]*(?:东西|质量|用着|用起来|感觉)?(?:挺|很|蛮|真|超|非常|特别|还)?(?:好|满意|不错|喜欢|棒|好用|赞|可以)(?:的|啊|呀|哦|哈)?[!！。.~～😊👍\s]*$/u;

/**
 * Not seeing it at checkout, the option left unsaid ("结算的时候没看到", "结算页找不到啊", "下单时怎么没看到"): what "为什么结算页
 * 看不到先用后付选项" asks, the customer's own situation. It got the checkout steps or a clarifying question.
 */
export const UNSEEN_AT_CHECKOUT =
  /^(?:但是?|可是|不过|我|那)?(?:在)?(?:(?:结算|结账)(?:的时候|时|页面?|界面)?|(?:下单|付款|支付)(?:的时候|时|页面?|界面))(?:怎么|为什么|为啥|咋)?(?:还是|也|都)?(?:没看到|没有看到|看不到|看不见|找不到|没找到|没显示|不显示|没出现|没得选|选不了)(?:啊|呀|呢|哦|诶|欸)?[?？]*$|^(?:but )?(?:i )?(?:can'?t|cannot|couldn'?t|don'?t|didn'?t) (?:see|find) it (?:at|on|during) (?:the )?checkout(?: page)?\??$/i;

/**
 * Only emoji, punctuation or an emoticon ("😡😡😡", "?", "??", "...", "[微笑]", ":)"): nothing to understand, and no
 * misunderstanding either. Read as nothing clear, two of them in a row handed the customer to a person.
 */
export const NO_WORDS = /^(?:[\p{P}\p{S}\p{Extended_Pictographic}\uFE0F\u200D\s]|\[[\p{Script=Han}a-z]{1,4}\])+$/iu;

/**
 * At the welcome, a newcomer asking to be taught ("第一次用 不太懂 能教教我吗", "我是新手 不太会用", "能教教我吗"): what pay-later
 * is, and the menu offers to start. They got "我不太确定你的意思".
 */
export const NEWCOMER =
  /^(?:我是)?(?:第一次用|第一次来|新手|小白)|^(?:你)?(?:能|可以)?(?:教教我|教我一下)(?:吗|吧|呗)?[?？!！。\s]*$|^(?:hi,? )?i'?m new\b|^(?:can you )?teach me\??$/i;
/**
 * At the welcome, whether they can have it ("那我能用吗", right after "先用后付是什么"; "我可以用吗"): the conditions. They got
 * "我不太确定你的意思".
 */
export const CAN_I_USE = /^(?:那|那么)?(?:我|我们)?(?:能|可以|可不可以|能不能)(?:用|使用)(?:吗|么|嘛|不)?[?？]*$|^(?:so )?can i (?:use|have|get) it\??$/i;

/**
 * Whether anyone is there ("有人吗", "喂 有人吗", "有没有人在", "anyone there?", "hello??", "喂？？"): checking that someone
 * answers, not a person asked for (it handed the customer over at once): the guide bot is there, a person on request.
 * "有没有人工", "我要人工" ask for one (personRequests.ts). Whether the bot is one ("你是真人吗") is BOT_IDENTITY's; a single
 * "hello?" or "在吗" is STILL_THERE's (courtesies.ts).
 */
export const ANYONE_THERE =
  /^(?:(?:喂|哈喽|你好|在吗|hello|hi|hey)[\s，,.!！?？]*)*(?:请问)?(?:有|有没有)人(?:在)?(?:吗|么|嘛|没|不|没有)?[?？!！。.\s]*$|^(?:(?:hello|hi|hey)[\s,.!?]*)*(?:is )?(?:any ?one|any ?body|someone|somebody) (?:there|here|around|home)\s*\??$|^(?:喂+|hel+o+|hal+o+|hey+)\s*[?？]{2,}$/iu;

/**
 * A person asked for as the message's last clause in ordinary words ("退了以后运费谁出 找个人问问", "…，找个人帮我看看"): the
 * question before it got its answer and no person. Alone it is the classifier's human.
 */
export const PERSON_LAST_CLAUSE = /[\s，,。.;；!！?？](?:我要|我想|请|麻烦)?(?:帮我|给我)?(?:找|叫|换)(?:个|一个)?(?:人|真人|工作人员)(?:来)?(?:问问|问一下|问下|聊聊|说说|帮我看看|看看|处理)?(?:吧)?[。.!！]*$/;

/**
 * The customer's records asked to be deleted, or their phone number not to be kept ("帮我删除我的聊天记录", "我不想让你们
 * 保存我的手机号", "delete my chat history"): a colleague does that. Read as nothing clear, two of them handed the
 * customer over as not understood.
 */
export const DELETE_DATA =
  /(?:删除|删掉|删了|清除|清空|销毁)(?:我的|我们的)?(?:聊天|对话|通话)?(?:记录|数据|信息|资料|手机号码?|号码|电话)|(?:聊天|对话)记录.{0,4}(?:删除|删掉|删了|清除|清空)|(?:不想|不要|不希望|别)(?:让)?(?:你们|你)?(?:保存|保留|存|记录|留着?)(?:我的)?(?:聊天记录|对话|记录|数据|信息|资料|手机号码?|号码|电话)|\b(?:delete|erase|remove|wipe|clear)\b.{0,20}\b(?:my )?(?:chat|conversation|data|records?|history|messages|phone number|number|information|info)\b|\b(?:don'?t|do not|stop) (?:store|keep|save|retain)\b.{0,20}\b(?:my )?(?:data|phone|number|chat|messages|information|info)\b/i;
