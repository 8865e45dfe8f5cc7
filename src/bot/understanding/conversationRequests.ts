// Requests about the conversation rather than its step: logging out, a language, whether the bot is a person, starting.
import type { Locale } from '../../../dialogs/locale';

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

/** Who asks, and how politely, before the language: "我还是说中文吧", "你能说中文吗", "Sorry, can you speak English?". */
const ASKING_ZH = '(?:我们|咱们|我|你)?(?:还是)?(?:请|麻烦)?(?:你)?(?:能|可以|能不能)?';
const ASKING_EN = String.raw`(?:(?:sorry|excuse me|hi|hello|hey|ok(?:ay)?)[,\s]+)?(?:(?:please |can you |could you |would you |can we |could we |do you |let'?s |i'?d like to )?(?:please )?(?:speak|reply|answer|talk|write|respond|chat|continue)(?: to me| with me)? )?`;
const TAIL_ZH = '(?:吧|好吗|可以吗|吗|行吗)?';
const TAIL_EN = String.raw`(?: please)?\??`;

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
];

/**
 * Asking to log in, or how to ("log in", "我要登录", "怎么登录"; read as nothing clear): the onboarding, which starts with the
 * login and then goes where the account is. At the login itself, its step asks again.
 */
export const LOGIN_WORDS =
  /^(?:我)?(?:要|想|先)?(?:怎么|如何|咋)?(?:登录|登陆|登入)(?:一下)?(?:吧|呢)?[?？]?$|^(?:(?:i )?(?:want to|need to|would like to|'d like to) |let me |please |can i |i'?ll |how (?:do|can) i |how to )?(?:log ?in|login|sign ?in)(?: please| now| first| here)?\??$/i;

/** Asking whether the bot is a person ("are you a real person?" handed the customer to one at once). */
export const BOT_IDENTITY =
  /^(?:请问)?你是(?:不是)?(?:真人|人|机器人|ai|人工智能)(?:吗|么|还是机器人)?[?？]?$|^(?:是)?(?:真人|机器人)(?:吗|么)[?？]?$|^are you (?:a )?(?:real )?(?:person|human|bot|robot|ai)\??$|^am i (?:talking|chatting) (?:to|with) (?:a )?(?:real )?(?:person|human|bot|robot)\??$/i;
/**
 * Asking where the conversation was ("刚才说到哪了", "上次弄到哪了", "我回来了，到哪一步了", "where were we?"): the step
 * stays and asks again (read as "my orders", it left the step). "到哪一步了" alone, or "我刚才开到哪了", asks the
 * progress of the onboarding: the status says (STEP_ANSWERS).
 */
export const WHERE_WE_WERE =
  /^(?:(?:我又?回来[了啦][，,\s]*)?(?:那|我们|咱们|我)?(?:刚才|刚刚|之前|上次|上回)?(?:我们|咱们)?(?:说|聊|讲|谈)|(?:那|我)?(?:上次|上回|之前)(?:我们|咱们|我)?(?:开|弄|办|做|进行)?|我又?回来[了啦][，,\s]*(?:我们|咱们)?(?:说|聊|弄|开|办|做)?)到哪(?:儿|里)?(?:一步)?了?(?:来着)?(?:呢|啊)?[?？]*$|^(?:i'?m back[,.!\s]*)?(?:so[,\s]*)?(?:where (?:were we|was i|are we|did we (?:leave off|stop))(?: at| now)?|what were we (?:doing|talking about))[?？]*$/i;
/** Bewilderment ("啊？", "huh?") is no yes: at the welcome it started the login. */
export const BEWILDERED = /^(?:啊|嗯|哈|呃|额|蛤|what|huh|eh)[?？]+$/i;
/** "开始吧" to the welcome's "shall we start?" is a yes (it restarted, in a loop). */
export const LETS_START = /^(?:那|好的?|好吧|行)?[，,\s]*(?:就|现在)?开始(?:吧|开通(?:吧)?)?$|^(?:ok(?:ay)?,? )?(?:let'?s )?(?:start|begin|go)(?: then| now)?$/i;
