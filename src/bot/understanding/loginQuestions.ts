// What the login's own asks are questioned with at its steps: why the phone number (is it safe), what the code is for,
// which number is meant, an e-mail instead, whether the chat is safe, whether a login is needed, and the login refused.
import type { DialogueEvent } from '../../../machines/events';
import { CODE_STEP, LOGIN_PAUSED_STEP, NUMBER_LOCKED_STEP, PHONE_STEP } from './steps';
import { codeSafetyAsked, loginSafetyAsked, SAFETY_ASKED } from './safetyWorries';
import { topicOf } from './topics';

/**
 * How long to wait, asked where the login is paused ("要等多久才能再试？", "什么时候可以再登录", "when can I try again?"):
 * there, any "how long" or "when" is about the pause.
 */
const PAUSE_WAIT_ASKED =
  /多久|多长时间|几分钟|几个小时|什么时候|啥时候|何时|要等|得等|\bhow long\b|\bwhen (?:can|could|may|do|should) (?:i|we)\b|\bhow many minutes\b/i;

/** Why it is paused, asked there ("为什么", "为啥这样", "怎么回事", "why?"): the wrong codes, and the wait. */
const PAUSE_WHY_ASKED = /为什么|为啥|怎么回事|咋回事|怎么(?:会)?(?:这样|暂停)|\bwhy\b|\bwhat happened\b/i;

/**
 * Which number is meant, asked at the phone step ("手机号是什么意思 是我的手机号码吗": what pay-later is; "which number do
 * you mean?"): the customer's own mobile number, the shop account's.
 */
const PHONE_MEANT =
  /(?:手机号|手机号码|电话号码?|号码)(?:是)?(?:什么意思|啥意思|指什么|指的是什么|指哪个|是哪个|哪个号)|(?:是|就是|指)(?:我的?|我自己的?)(?:手机|手机号码?|电话号码?|电话)(?:吗|么|嘛|啊|吧)|(?:哪个|什么|啥)(?:手机号码?|电话号码?|号码)|\bwhich (?:phone |mobile |cell )?number\b|\bwhat (?:phone |mobile |cell )?number (?:do you mean|is that|are you asking)|\b(?:you mean |is it |do you mean )my (?:own )?(?:phone|mobile|cell)(?: number)?\b/i;
/** A number the shop knows but not the account's ("订单号是哪个") is another question. */
const PHONE_MEANT_NOT = /订单|快递|客服电话|\border\b|\btracking\b/i;

/**
 * An e-mail named at the phone step ("I signed up with my email, not a phone": not understood; "我是用邮箱注册的"): the
 * login is by phone only, as for an address typed there.
 */
const EMAIL_NAMED = /\be-?mail\b|邮箱|电子邮件/i;

/**
 * The login refused ("不想登录", "我不想登录，直接告诉我为什么没有": not understood; "I don't want to log in, just tell me
 * why"): the login is left, and where the status was asked, why the option may not show comes in its place.
 */
const LOGIN_REFUSED =
  /(?:^|[，,。\s])(?:我|那我|那|算了|还是)?(?:真的|就是)?(?:不想|不要|不愿意|不打算|不愿|懒得)(?:再)?(?:登录|登陆|登入)|^不(?:登录|登陆)了?$|\b(?:i )?(?:don['’]?t|do not|won['’]?t|will not|would rather not|['’]d rather not|rather not) (?:want to |wanna )?(?:log ?in|login|sign ?in)\b|^no (?:log ?in|login|signing in)\b/i;

/**
 * At the phone step, why the number is wanted or whether it is safe to give ("why do u need my phone number? is this
 * legit", "is it safe to give my phone number"); at the code step, what the code is for ("whats the code for?", told the
 * bot only knew about pay later; "验证码是干什么的", heard as help). At either, whether a login is needed, the login refused,
 * and whether the chat is safe; at the phone step, which number is meant. Read before the classifier, whose help or
 * cancel would take them; with digits in the words, the number or the code typed is read instead. Where the login is
 * paused, how long to wait, or why.
 */
export function loginQuestion(words: string, statePath: string): DialogueEvent | undefined {
  // The number locked too ("为什么", "要等多久": the status, which started the login again): its own wait and why.
  if (statePath === LOGIN_PAUSED_STEP || statePath === NUMBER_LOCKED_STEP) return loginPauseQuestion(words);
  if ((statePath !== PHONE_STEP && statePath !== CODE_STEP) || /\d/.test(words)) return undefined;
  const topic = topicOf(words);
  // Whether it is safe, asked bare ("安全吗"), is about giving the number where it is asked for.
  if (statePath === PHONE_STEP && (topic === 'whyPhone' || SAFETY_ASKED.test(words))) return { type: 'TOPIC_ASKED', topic: 'whyPhone' };
  if (statePath === CODE_STEP && topic === 'whyCode') return { type: 'TOPIC_ASKED', topic: 'whyCode' };
  // At the code step, about the login ("安全吗", "这个验证码安全吗？会不会被盗号": not understood, twice a person).
  if (statePath === CODE_STEP && codeSafetyAsked(words)) return { type: 'TOPIC_ASKED', topic: 'loginSafety' };
  // Whether it can be done without ("不登录不行吗？": the phone prompt again, the question ignored), before a refusal.
  if (topic === 'loginNeeded') return { type: 'TOPIC_ASKED', topic: 'loginNeeded' };
  if (LOGIN_REFUSED.test(words)) return { type: 'CANCEL' };
  // "短信上说验证码不要告诉别人，我能告诉你吗？会不会是骗子" (a complaint's apology), "你是真的京东客服吗" ("你好！😊").
  if (loginSafetyAsked(words)) return { type: 'TOPIC_ASKED', topic: 'loginSafety' };
  if (statePath === PHONE_STEP && EMAIL_NAMED.test(words)) return { type: 'TOPIC_ASKED', topic: 'phoneOnly' };
  if (statePath === PHONE_STEP && topic === undefined && PHONE_MEANT.test(words) && !PHONE_MEANT_NOT.test(words)) return { type: 'TOPIC_ASKED', topic: 'phoneMeant' };
  return undefined;
}

/** Where the login is paused or the number locked: how long ("为什么要等这么久" too: the wait is the answer), else why. */
function loginPauseQuestion(words: string): DialogueEvent | undefined {
  if (PAUSE_WAIT_ASKED.test(words)) return { type: 'TOPIC_ASKED', topic: 'loginPauseWait' };
  return PAUSE_WHY_ASKED.test(words) ? { type: 'TOPIC_ASKED', topic: 'loginPauseWhy' } : undefined;
}
