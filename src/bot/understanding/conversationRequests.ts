// Requests about the conversation rather than its step: logging out, a language, whether the bot is a person, starting.
import type { Locale } from '../../../dialogs/locale';
import { bare } from './bareWords';

/**
 * Logging out or switching accounts, in a short message ("我要退出登录了", "log out please", "怎么退出登录": done, not
 * explained). Not "退出" alone: leaving a step is a cancel.
 */
export const LOGOUT_WORDS =
  /退出登录|退出账号|退出账户|登出|注销登录|切换账号|切换账户|换(?:个|一个)?账号|换(?:个|一个)?账户|\blog ?(?:me )?out\b|\bsign ?(?:me )?out\b|\bswitch accounts?\b|\buse another account\b/i;
/** A longer message that names logging out is about something else. */
export const MAX_LOGOUT_LENGTH = 30;
/** Not logging out: refused ("不要退出登录") or asked about ("退出登录会怎样"). */
export const LOGOUT_NOT = /(?:不要|别|不想|不用)(?:退出|登出)|会怎样|会不会|吗|\b(?:don'?t|do not|never)\b|\bwhat happens\b/i;

/**
 * Who asks, and how politely, before the language: "我还是说中文吧", "你能说中文吗", "Sorry, can you speak English?", "sorry,
 * can you say that in English?" (not understood).
 */
const ASKING_ZH = '(?:我们|咱们|我|你)?(?:还是)?(?:请|麻烦)?(?:你)?(?:能|可以|能不能)?';
const ASKING_EN = String.raw`(?:(?:sorry|excuse me|hi|hello|hey|ok(?:ay)?)[,\s]+)?(?:(?:please |can you |could you |would you |can we |could we |do you |let'?s |i'?d like to )?(?:please )?(?:speak|reply|answer|talk|write|respond|chat|continue|say (?:that|it|this)(?: again)?|repeat (?:that|it|this))(?: to me| with me)? )?`;
// The saying may follow the language ("你能用英文说吗", "可以用中文说一下吗": not understood, or read as help).
const TAIL_ZH = '(?:说|讲|回复|回答|聊)?(?:一下)?(?:吧|好吗|可以吗|吗|行吗)?';
// "pls", "plz" as people type them ("sorry, english pls" was not understood).
const TAIL_EN = String.raw`(?: please| pls| plz)?\??`;

/**
 * Asking for a language ("说中文吧", "in English please"): read as nothing clear, twice, it handed the customer over. So
 * were "我还是说中文吧" and "Sorry, can you speak English?".
 */
export const LANGUAGE_REQUESTS: Array<{ locale: Locale; words: RegExp }> = [
  {
    locale: 'zh-CN',
    words: new RegExp(`^${ASKING_ZH}(?:说|讲|用|回)(?:中文|汉语|普通话)${TAIL_ZH}$|^(?:还是)?中文(?:吧|好吗)?$|^${ASKING_EN}(?:in )?(?:chinese|mandarin)${TAIL_EN}$`, 'i'),
  },
  {
    locale: 'en-US',
    words: new RegExp(`^${ASKING_ZH}(?:说|讲|用|回)英(?:文|语)${TAIL_ZH}$|^(?:还是)?英文(?:吧|好吗)?$|^${ASKING_EN}(?:in )?english${TAIL_EN}$`, 'i'),
  },
  // The other language said not understood ("I don't understand Chinese": "I'm not sure what you mean", in Chinese still;
  // "我看不懂英文"): the one the words are in.
  {
    locale: 'en-US',
    words:
      /^(?:(?:sorry|excuse me|hi|hello|hey)[,.!\s]+)?(?:but )?i (?:don'?t|do not|can'?t|cannot|can not) (?:understand|read|speak|know) (?:any |much )?(?:chinese|mandarin)(?: (?:well|very well|at all|sorry))*[.!?]*$|^(?:i )?(?:only )?(?:speak|read|understand) english(?: only)?(?:,? sorry)?[.!?]*$|^no chinese(?:,? please)?[.!?]*$/i,
  },
  {
    locale: 'zh-CN',
    words: /^(?:不好意思[，,\s]*)?(?:我)?(?:看不懂|听不懂|不懂|不会|不太懂|看不太懂)(?:英文|英语)(?:啊|呀)?[!！。?？]*$/,
  },
];

/** Where a message's clauses part: punctuation, or a space between Chinese and English ("我想开通 reply in English please"). */
const CLAUSE_BREAK = /[，,。.!！?？;；]+\s*|(?<=\p{Script=Han})\s+(?=\p{Script=Latin})|(?<=\p{Script=Latin})\s+(?=\p{Script=Han})/gu;
/** Said around the words, not in them: a request's trailing "?" or "!" and spaces. */
const AROUND = new Set([...' \t\n\r，,。.!！?？;；~～']);

/** The text without what is around it; a loop (a regex anchored at the end is quadratic on a long run of "!"). */
function withoutAround(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && AROUND.has(text[start])) start++;
  while (end > start && AROUND.has(text[end - 1])) end--;
  return text.slice(start, end);
}

/** Longer than any way of asking for a language: not tried as one. */
const MAX_LANGUAGE_REQUEST = 48;

const askedIn = (clause: string): Locale | undefined => LANGUAGE_REQUESTS.find((r) => r.words.test(bare(clause)))?.locale;

/**
 * A language asked for beside something else, at the start or the end ("我想开通 先用后付, reply in English please" was
 * answered in Chinese for three turns; "how do I turn it on? 请用中文"): the language, and the rest of the message to
 * read. A message that is all the request is no such thing: the reading of the words answers it (LANGUAGE_REQUESTS).
 */
export function languageAskedBeside(text: string): { locale: Locale; rest: string } | undefined {
  const words = withoutAround(text);
  if (words.length <= MAX_LANGUAGE_REQUEST && askedIn(words) !== undefined) return undefined;
  for (const at of words.matchAll(CLAUSE_BREAK)) {
    const end = at.index + at[0].length;
    // Only the ends are sliced and tried: a long message costs one scan for its breaks.
    const opening = at.index <= MAX_LANGUAGE_REQUEST ? askedIn(words.slice(0, at.index)) : undefined;
    if (opening) return { locale: opening, rest: words.slice(end) };
    const closing = words.length - end <= MAX_LANGUAGE_REQUEST ? askedIn(words.slice(end)) : undefined;
    if (closing) return { locale: closing, rest: words.slice(0, at.index) };
  }
  return undefined;
}

/**
 * Asking to log in, or how to ("log in", "我要登录", "怎么登录"; read as nothing clear): the onboarding, which starts with the
 * login and then goes where the account is. At the login itself, its step asks again.
 */
export const LOGIN_WORDS =
  /^(?:我)?(?:要|想|先)?(?:怎么|如何|咋)?(?:登录|登陆|登入)(?:一下)?(?:吧|呢)?[?？]?$|^(?:(?:i )?(?:want to|need to|would like to|'d like to) |let me |please |can i |i'?ll |how (?:do|can) i |how to )?(?:log ?in|login|sign ?in)(?: please| now| first| here)?\??$/i;
/**
 * Logging in to have their own account checked ("登录帮我查", the button's label typed; "那登录一下 帮我查查", "log in and
 * check"): the status, which the login leads to (it was not understood). The status asked by name ("查看状态", "我的进度",
 * "status"), a command that works everywhere, is no guess of the classifier's (its certainty moves with the corpus).
 */
export const LOGIN_TO_CHECK =
  /^(?:帮我)?(?:查看|查询|查|看看|看下|看一下|查一下|查下)?(?:一下)?(?:我的)?(?:开通)?(?:状态|进度)(?:吧)?$|^(?:check )?(?:my )?status$|^(?:那|好吧|好的?|行|嗯)?[，,\s]*(?:我)?(?:要|想|先|就)?(?:登录|登陆)(?:一下)?(?:吧)?[，,\s]*(?:你)?(?:帮我|给我)?(?:查|看)(?:一下|一查|查|看|看看)?(?:吧)?$|^(?:ok(?:ay)?[,\s]+)?(?:i'?ll )?(?:log ?in|login|sign ?in) and (?:check|look)(?: it| for me| my account)?$/i;

/**
 * Asking whether the bot is a person ("are you a real person?" handed the customer to one at once), or who it is ("who r u",
 * "你是谁": not understood), in chat spellings too ("r u a bot").
 */
export const BOT_IDENTITY =
  /^(?:请问)?你是(?:不是)?(?:真人|人|机器人|ai|人工智能)(?:吗|么|还是机器人)?[?？]?$|^(?:是)?(?:真人|机器人)(?:吗|么)[?？]?$|^(?:请问)?(?:你|您)是谁(?:啊|呀)?[?？]*$|^(?:are|r) (?:you|u) (?:a )?(?:real )?(?:person|human|bot|robot|ai)\??$|^am i (?:talking|chatting) (?:to|with) (?:a )?(?:real )?(?:person|human|bot|robot)\??$|^(?:(?:hi|hello|hey|sorry|wait|um+|so)[,\s]+)*who (?:are|r) (?:you|u)(?: guys)?[?？!]*$/i;
/**
 * Who is writing, and why, from a customer who does not know they asked ("who is this? I didn't ask for anything", "你们
 * 是谁？我没找你啊", "why are you texting me"): often one a support agent handed to the bot. Read as the status, a task the
 * agent handed on was lost to the login for it. Not "I didn't ask for this order" (an order in question), nor "who are
 * you?" alone (BOT_IDENTITY).
 */
export const WHO_ASKED = new RegExp(
  [
    String.raw`\bwho(?:'s| is) (?:this|that)\b(?! (?:order|item|charge|payment|thing)\b)`,
    String.raw`\b(?:didn'?t|did not|never) (?:ask|request|sign up)(?:ed)? (?:for )?(?:anything|this|that|you|any of this|a (?:message|chat))(?! [a-z])`,
    String.raw`\b(?:didn'?t|did not|never) ask(?:ed)? (?:you|anyone) to (?:message|text|write|contact|help)\b`,
    String.raw`\bwhy (?:are|r|did|do) (?:you|u) (?:messaging|texting|writing to|contacting|message|text|write to|contact|chat(?:ting)? with) me\b`,
    String.raw`(?:这是谁|你是哪位|你们是谁)`,
    String.raw`我(?:并|从来)?(?:没|没有|没让|从没)(?:找|叫|问|要|让|请|联系|找过|问过)(?:过)?(?:你|你们)`,
    String.raw`我(?:并)?(?:没|没有)(?:申请|要求|问)(?:过)?(?:什么|啥|任何)`,
    String.raw`谁让你(?:们)?(?:来)?(?:找|联系|给|发)`,
    String.raw`(?:为什么|干嘛|怎么)(?:突然)?(?:给我发(?:消息|信息)?|找我|联系我)`,
  ].join('|'),
  'i',
);

/** Greetings that may open "where were we" in Chinese ("hi 我回来了 刚才说到哪了", "你好，上次弄到哪了"), one after another. */
const WHERE_GREETINGS_ZH = String.raw`(?:(?:hi|hello|hey|嗨|哈喽|哈啰|你好|您好|在吗|喂)[，,.!！~～\s]*)*`;
/** What may open "where were we" in English ("ok", "actually wait", "sorry", "I'm back"), one after another. */
const WHERE_OPENERS = String.raw`(?:ok(?:ay)?|so|actually|wait|hmm+|um+|uh+|sorry|oh|right|alright|well|hi|hello|hey|i'?m back|back again)`;
/**
 * Asking where the conversation was ("刚才说到哪了", "上次弄到哪了", "我回来了，到哪一步了", "where were we?"): the step
 * stays and asks again (read as "my orders", it left the step). "到哪一步了" alone, or "我刚才开到哪了", asks the
 * progress of the onboarding: the status says (STEP_ANSWERS).
 */
export const WHERE_WE_WERE = new RegExp(
  [
    // A greeting may come first ("hi 我回来了 刚才说到哪了": read as the orders, a guess, it left the real-name step).
    String.raw`^${WHERE_GREETINGS_ZH}(?:(?:我又?回来[了啦][，,\s]*)?(?:那|我们|咱们|我)?(?:刚才|刚刚|之前|上次|上回)?(?:我们|咱们)?(?:说|聊|讲|谈)|(?:那|我)?(?:上次|上回|之前)(?:我们|咱们|我)?(?:开|弄|办|做|进行)?|我又?回来[了啦][，,\s]*(?:我们|咱们)?(?:说|聊|弄|开|办|做)?)到哪(?:儿|里)?(?:一步)?了?(?:来着)?(?:呢|啊)?[?？]*$`,
    // "ok where was i" after an agent's release, "actually wait what was i doing, continue" after a cancel (not
    // understood; a clarifying question offered "Cancel"): openers before, going on after.
    String.raw`^(?:${WHERE_OPENERS}[,.!\s]+)*(?:where (?:were we|was i|are we|did we (?:leave off|stop)|did i (?:leave off|stop))(?: at| now)?|what (?:were we|was i) (?:doing|talking about|up to)(?: again)?)[?？.!]*(?:[,.\s]+(?:let'?s |please )?(?:continue|go on|carry on)(?: please)?[.!]*)?$`,
  ].join('|'),
  'i',
);
/**
 * Back after a while ("ok I'm back, where was I?", "我回来了，刚才说到哪了"): at the welcome, the customer had been somewhere
 * before this conversation, and the account says where (what the bot can do, it said).
 */
export const BACK_AGAIN = /我又?回来[了啦]|\bi['’]?m back\b|\bback again\b/i;
/**
 * What may open "what now" ("好的，", "ok ", "hi, "), one after another; back after a while too ("我回来了，接下来干嘛？",
 * "ok I'm back, what now?": not understood, the terms' buttons among the guesses).
 */
const WHAT_NOW_OPENERS = String.raw`(?:(?:好的?|好吧|行|嗯+|哦+|那|你好|喂|我又?回来[了啦]|ok(?:ay)?|so|and|hi|hello|hey|alright|right|um+|hmm+|well|i['’]?m back|back again)[，,.!！\s]+)*`;
/**
 * What to do now ("然后呢", "我现在该干嘛", "下一步做什么", "what now?", "what should I do now?", "next step?"): the step the
 * customer is at, said again with a line before it. Read as nothing clear, two of them handed the customer over.
 */
export const WHAT_NOW = new RegExp(
  [
    String.raw`^${WHAT_NOW_OPENERS}(?:那)?(?:然后|接下来|下一步|现在|之后)(?:呢|咧|是什么|是啥)?[?？]*$`,
    String.raw`^${WHAT_NOW_OPENERS}(?:那)?(?:我(?:现在|接下来|然后|下一步)?|现在|接下来|然后|下一步|之后)(?:我)?(?:该|要|应该|需要|得)?(?:干嘛|干什么|干啥|做什么|做啥|怎么做|怎么办|怎么弄|咋办|咋弄)(?:呢|啊|呀)?[?？]*$`,
    String.raw`^${WHAT_NOW_OPENERS}(?:what now|now what|then what|and then|what'?s next|what next|what is next|what comes next|(?:what'?s |what is )?(?:the |my )?next step|what (?:should|do|can|must) i do|what do i (?:need|have) to do|what am i (?:supposed|meant) to do|what'?s (?:happening|going on)|what is (?:happening|going on))(?: now| next| then)*[?？!.]*$`,
    // "怎么回事", "什么情况" alone (at the code step after a failure it was not understood).
    String.raw`^${WHAT_NOW_OPENERS}(?:这是|现在是)?(?:怎么回事|什么情况|啥情况)(?:啊|呀|呢)?[?？!！.。]*$`,
  ].join('|'),
  'i',
);
/** The bot's words, as a customer who did not follow them names them ("what you mean", "that"). */
const WORDS_MEANT = String.raw`what you(?:['’]re| are)? (?:mean|meant|said|just said|saying)|what (?:that|this|it) means|that|you|your (?:last )?message`;
/**
 * The bot's words not followed ("i didnt get what you mean", "sorry i didn't get that", "i don't get it"): the step said
 * again, as "what now?" is. "I didn't get it" is not: at the list, the goods did not come. At the code step the first two sent a new code (its "didn't get"), and "i dont get it" was
 * heard as cancel.
 */
export const NOT_FOLLOWED = new RegExp(
  [
    String.raw`^(?:(?:sorry|hmm+|um+|uh+|huh|wait|but|ok(?:ay)?|so)[,.!\s]*)*(?:i\s+)?(?:`,
    // Now: "i don't get it", "i don't understand".
    String.raw`(?:do ?n['’]?t|do not|can['’]?t|cannot|could ?n['’]?t)\s+(?:really\s+|quite\s+)?(?:get|understand|follow)(?:\s+(?:${WORDS_MEANT}|it|this))?`,
    // Then, the words named: "didn't get it" is the code or the goods not come ("I didn't get it" at the list).
    String.raw`|(?:did ?n['’]?t|did not)\s+(?:really\s+|quite\s+)?(?:(?:get|catch)\s+(?:${WORDS_MEANT})|(?:understand|follow)(?:\s+(?:${WORDS_MEANT}))?)`,
    String.raw`|(?:i['’]?m|im|i am) not sure what you mean)[?？!！.\s]*$`,
  ].join(''),
  'i',
);
/**
 * Confusion at what the bot just said, in English ("wait what", "what?", "huh", "wait what do you mean", "wdym"): the step
 * said again, as NOT_FOLLOWED is (not understood, and a second one handed the customer over). Only the confusion, with
 * fillers before it: "wait what is plus" asks something, "wait" alone is a wait.
 */
export const CONFUSED = new RegExp(
  String.raw`^(?:(?:wait|sorry|hmm+|um+|uh+|oh|so|but|hold on)[,.!?？\s]+)*(?:what+|wut|wat|huh+|eh|wdym|say what|come again|what (?:do|did) (?:you|u) mean(?: by that)?|what (?:does|did) that mean|what(?:'s| is) that supposed to mean|what are (?:you|u) (?:talking about|saying)|what was that)(?:[,.!?？\s]+(?:what do (?:you|u) mean|wdym))?[?？!.\s]*$`,
  'i',
);
/** Bewilderment ("啊？", "huh?") is no yes: at the welcome it started the login. English is CONFUSED's first. */
export const BEWILDERED = /^(?:啊|嗯|哈|呃|额|蛤|what|huh|eh)[?？]+$/i;
/** "开始吧" to the welcome's "shall we start?" is a yes (it restarted, in a loop). */
export const LETS_START = /^(?:那|好的?|好吧|行)?[，,\s]*(?:就|现在)?开始(?:吧|开通(?:吧)?)?$|^(?:ok(?:ay)?,? )?(?:let'?s )?(?:start|begin|go)(?: then| now)?$/i;
