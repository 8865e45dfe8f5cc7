// Worries about safety the customer voices: whether this chat is the shop's own and the code safe to give here, why an ID
// number is not sent in chat, and whether their personal details are safe.

/**
 * Whether this is the shop, or a scam, asked as a whole message ("is this legit?", "r u a scam", "how do i know this
 * isnt a scam", "会不会是骗子", "正规吗"). A claim ("this is a scam!") is not asked. Whether it is safe to give the number
 * ("安全吗", "is this safe") is the phone's own question (loginQuestions.ts).
 */
const DOUBTED_AS_ASKED =
  /^(?:(?:but|so|and|hmm+|wait|um+|uh+|ok(?:ay)?|hi|hey|wow)[,.\s]*)*(?:is (?:this|it|that|u|you|ur bot|this bot|the bot|this chat) (?:even |actually |really )?(?:legit|legitimate|real|official|a scam|scam|a fraud|fraud|fake|trustworthy)|(?:are|r) (?:you|u|ya) (?:even |actually |really )?(?:legit|legitimate|real|official|safe|a scam|a scammer|scamming me|fake|trustworthy)|how (?:do|can|would) i know (?:this|it|you|u|that) (?:is|are|r)?(?:n['’]?t| not) (?:a )?(?:scam|fraud|fake)|is this for real|can i trust (?:you|u|this|it))[?？!！.\s]*$|^(?:这(?:个|样)?|你们?|这是)?(?:(?:会不会|是不是)(?:是)?骗子|是骗子吗|(?:会不会|是不是)骗人的?|是骗人的吗|正规吗|(?:是)?正规的吗)[?？!！。\s啊呀]*$/i;

/**
 * The same doubt inside a longer message, or the shop named ("你是真的京东客服吗", "这是官方的吗", "短信…会不会是骗子",
 * "is this really the shop?", "are you really from JD?"): the bot's being the shop's own.
 */
const SHOP_DOUBTED =
  /(?:你|你们|您|这|这个|这里)(?:真的|确定|到底)?是(?:不是)?(?:真的|真正的|正规的?|官方的?)?(?:京东|商城|官方)(?:的)?(?:客服|官方|助手|机器人|平台|人)?(?:吗|么|嘛|不|吧|啊)|(?:是不是|是否)(?:真的)?(?:京东|商城|官方)|真的是(?:京东|商城|官方)|(?:会不会|是不是|不会)(?:是)?(?:骗子|骗人|诈骗)|骗子吧|\bis (?:this|it|that) (?:really |actually |even |truly )?(?:the |a )?(?:real |official |genuine )?(?:shop|store|jd)\b|\b(?:are|r) (?:you|u) (?:really |actually |even |truly )?(?:from |with |part of |run by )?(?:the |a )?(?:real |official |genuine )?(?:shop|store|jd)\b/i;

/**
 * The code's own warning against sharing it, held against the chat ("短信上说验证码不要告诉别人，我能告诉你吗", "验证码不是
 * 不能告诉别人吗", "the text says not to share the code"), or whether it may be given here ("验证码能发给你吗", "can I give
 * you the code?", "is it safe to give you the code").
 */
const CODE_SHARING_DOUBTED =
  /(?:不(?:要|能|可以|让|得|应该)|别|切勿|勿|千万别|千万不要)(?:随便|轻易)?(?:告诉|给|透露|泄露|泄漏|发给|外传)(?:给)?(?:别人|他人|任何人|其他人|陌生人)|(?:能|可以|敢|该|应该)(?:把验证码)?(?:告诉|给|发给|发)你(?:吗|么|嘛|不|呢)|验证码(?:能|可以|敢)?(?:告诉|给|发给|发)你(?:安全)?(?:吗|么|嘛)|\b(?:says?|said|told me|tells me|warns?(?: me)?|warned(?: me)?) (?:not to|never to|to never|don'?t|do not|never) (?:share|give|tell|send)\b|\b(?:not supposed to|shouldn'?t|should not|never) (?:share|give|tell|send)\b[^.?!]{0,30}\bcode\b|\b(?:can|should|may|do) i (?:really |safely )?(?:give|share|send|tell) (?:you|u|it to you|it to u)(?: (?:the |my |this )?(?:text |sms )?code\b|\s*[?？!]*$)|\bis it (?:safe|ok|okay) to (?:give|share|send|tell) (?:you|u) (?:the |my |this )?(?:text |sms )?code\b/i;

/**
 * Whether it is safe, asked with nothing to say what ("安全吗", "is this safe?", "is it safe tho"): at the phone step, giving the number
 * (loginQuestions.ts); at the code step, the login; elsewhere, the customer's details (privacyWorried).
 */
export const SAFETY_ASKED =
  /^(?:(?:but|so|and|hmm+|wait|um+|uh+|ok(?:ay)?|hi|hey|wow)[,.\s]*)*is (?:this|it|that|u|you|ur bot|this bot|the bot|this chat) (?:even |actually |really )?(?:safe|secure)(?:[,\s]+(?:tho|though|right|lol))*[?？!！.\s]*$|^(?:这(?:个|样)?|它|你们?|这是)?(?:安全吗|安全不|安不安全)[?？!！。\s啊呀]*$/i;

/**
 * The code, or the account, said at risk at the code step ("这个验证码安全吗", "会不会被盗号", "is the code safe"): the
 * login's safety (not understood, twice a person).
 */
const CODE_SAFETY_ASKED =
  /(?:验证码|账号|账户|号)(?:会不会|是不是)?(?:安全吗|安不安全|安全不|安全么)|(?:会不会|会|怕|担心)(?:被)?(?:盗号|盗刷|被盗|被偷)|\b(?:is|are) (?:the |this |my )?(?:code|account|otp)\b.{0,12}\b(?:safe|secure)\b|\b(?:get|be) (?:hacked|stolen)\b/i;

/** Safety asked at the code step (loginQuestions.ts): bare, or of the code or the account. */
export const codeSafetyAsked = (words: string): boolean => SAFETY_ASKED.test(words) || CODE_SAFETY_ASKED.test(words);

/** Whether the login is safe, or the chat the shop's own: asked at the login, answered there (loginQuestions.ts). */
export const loginSafetyAsked = (words: string): boolean =>
  DOUBTED_AS_ASKED.test(words) || SHOP_DOUBTED.test(words) || CODE_SHARING_DOUBTED.test(words);

/**
 * Why an ID number may not be sent here, or whether it may ("为什么身份证不能在这里发？", "身份证号能直接发给你吗", "why can't
 * I just send my ID here?"). Not a number typed with it (that is warned about), nor photos (idDocument's).
 */
const ID_IN_CHAT_ASKED =
  /(?:身份证|证件)(?:号码?)?.{0,6}(?:不能|不可以|不让|不要|别|不用|为什么不)(?:直接)?(?:在)?(?:这里|这儿|聊天|这)(?:里)?(?:发|给|填|输|说|提供)|为什么不(?:能|让|可以)(?:直接)?(?:在)?(?:这里|这儿|聊天里?)?(?:发|给|填|输入?)(?:你)?(?:身份证|证件)|(?:能|可以|能不能|可不可以)(?:直接)?(?:把)?(?:身份证|证件)(?:号码?)?(?:发|给|告诉|填)(?:给)?(?:你|这里|在这)|(?:身份证|证件)(?:号码?)?(?:能|可以|能不能|可不可以)(?:直接)?(?:发|给|告诉|填)(?:给)?(?:你|这里|在这)|\bwhy (?:can['’]?t|cannot|shouldn['’]?t|should not|not|won['’]?t you let) i (?:just )?(?:send|give|type|share|enter|put)(?: you)? (?:my |an? )?(?:id|identity)\b|\bcan i (?:just )?(?:send|give|type|share)(?: you)? (?:my |an? )?(?:id|identity)(?: card)? number\b/i;
const PHOTO_NAMED = /照片|拍照|图片|截图|扫描|\b(?:photo|picture|scan|image|selfie)s?\b/i;

export const idInChatAsked = (words: string): boolean => ID_IN_CHAT_ASKED.test(words) && !PHOTO_NAMED.test(words);

/**
 * Whether personal details are safe here ("先用后付安全吗 会不会泄露我的信息": what pay-later is, and the credit text for the
 * refused; "我的信息安全吗", "is my data safe?", "will you sell my information?"). Whether an ID number may be sent here is idInChatAsked's, read first.
 */
const PRIVACY_WORRIED =
  /(?:泄露|泄漏|泄密|外泄|被盗|盗用|倒卖|出卖|卖掉|滥用)(?:了)?(?:我的?|我们的?)?(?:个人)?(?:信息|资料|隐私|数据)|(?:个人)?(?:信息|资料|隐私|数据)(?:会不会|会|不会|是否)?(?:被)?(?:泄露|泄漏|外泄|卖|盗|滥用)|(?:个人)?(?:信息|资料|隐私|数据)(?:安全吗|安不安全|安全不|有保障吗|有没有保障|有保障不)|隐私|先用后付(?:安全吗|安不安全|安全不)|\b(?:is|are|will) my (?:personal )?(?:data|information|info|details|privacy)\b.{0,20}\b(?:safe|secure|protected|private|leak(?:ed)?|shared|sold)\b|\b(?:leak|sell|share|misuse)\b.{0,12}\bmy (?:personal )?(?:data|information|info|details)\b|\bprivacy\b|\bis pay ?later (?:safe|secure)\b/i;

export const privacyWorried = (words: string): boolean => PRIVACY_WORRIED.test(words) || SAFETY_ASKED.test(words);
