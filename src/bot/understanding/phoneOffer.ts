// Whether a phone number in the words is one to log in with, and an e-mail address given where the phone is asked for.
import type { Understanding } from '../../nlu';

/** Someone else's number may come up in a message: the courier's, a relative's. */
const SOMEONE_ELSES = /快递|骑手|配送|送货|司机|商家|卖家|店家|老婆|老公|爱人|妈|爸|朋友|同事|家人|孩子|courier|driver|delivery|seller|wife|husband|friend|mother|father|mom|dad/i;
/** Words that offer a number to log in with. */
const OFFERING_WORDS = /手机|号码|登录|登陆|换(?:个|成)?号|\b(?:phone|number|mobile|log ?in|sign ?in)\b/i;
/**
 * A number with a few words ("13800000005 查订单") is offered; in a longer sentence it is only mentioned. Counted in
 * characters, an English word as two ("13800000004 check my orders" was counted in letters, 13, and only mentioned).
 */
const MAX_WORDS_WITH_A_NUMBER = 12;
/**
 * A number set apart at the end of the words ("收到短信说我逾期了？？我咋不知道 13800000006", "I got a message saying I'm
 * overdue?? 13800000006"): given, not mentioned, however long the words before it (the bot asked for a number again).
 */
const NUMBER_LAST = /(?<![\d+])(?:(?:\+|00)?86[\s-]?)?1[3-9](?:[\s-]?\d){9}[\s\p{P}]*$/u;

/**
 * Whether a phone number in the message is offered to log in with. At the login it is; elsewhere only when the message
 * is the number (perhaps with a label or a few words) or says it is one to log in with, and it is not someone else's:
 * "快递员13912345678说放门口了" sent the courier a login code and dropped the customer's step.
 */
export function offersPhone(understanding: Understanding, statePath: string, words: string): boolean {
  if (statePath.startsWith('flow.onboarding.login') || understanding.kind === 'entity') return true;
  if (SOMEONE_ELSES.test(words)) return false;
  const englishWords = words.match(/[a-z]+/gi)?.length ?? 0;
  const others = words.replace(/[a-z\d\s\p{P}\p{S}]/giu, '').length + 2 * englishWords;
  return OFFERING_WORDS.test(words) || others <= MAX_WORDS_WITH_A_NUMBER || NUMBER_LAST.test(words);
}

/**
 * The digits of an order number after its label: with the shop's prefix (JD…, PL…), or without one unless they are a
 * mobile number, as src/bot/mask.ts reads one (an 11-digit 1[3-9]… not after JD or PL): "my order 13800000005",
 * "我的订单 13800000005" were told "that looks like an order number" and asked for the phone number they had just given.
 */
const ORDER_DIGITS = String.raw`(?:(?:jd|pl)[-\s]?\d{6,}|-?(?!(?:(?:00)?86[\s-]?)?1[3-9]\d{9}(?!\d))\d{6,})`;

/**
 * A number introduced as an order's ("订单号 202612040001 还没到", "单号：2026…", "我的订单号是2026…", "order no. 2026…"): no
 * phone number, nor a mistyped one, however long (it got "这个号码好像不太对"). Not a parcel's (快递单号, 运单号).
 */
export const ORDER_NUMBER_GIVEN = new RegExp(
  String.raw`(?<!快递|运|物流)(?:订单号码?|订单编号|单号|订单)\s*[:：]?\s*(?:是|为)?\s*[:：]?\s*${ORDER_DIGITS}` +
    String.raw`|\border\s*(?:no\.?|number|id|#)?\s*(?:is\s*)?[:#]?\s*${ORDER_DIGITS}`,
  'i',
);

/** An e-mail address where the phone number is asked for: the login is by phone only. */
export const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;

/** A label before a number given as the phone number ("我的手机号是", "手机号：", "my number is", "phone:"). */
const PHONE_LABEL =
  /^(?:(?:我的|我)?(?:手机号码?|手机|电话号码?|号码)(?:是|为)?|(?:my )?(?:(?:phone|mobile|cell) )?(?:number|phone|mobile)(?: is)?)\s*[:：]?\s*/i;
/** The country code written before a number ("+86 ", "0086-"). */
const COUNTRY_CODE = /^(?:\+|00)86[\s-]?/;

/**
 * How many digits a mobile number typed wrong had ("138000000001": 12), for the answer to say what is wrong with it; undefined
 * when the words are no attempt at a mobile number. Where the number is asked for (`askedForPhone`) any digits are one,
 * but a 6-digit code typed before it ("123456": the number comes first); elsewhere a label says so ("我的手机号是…") or the
 * digits, written as a phone number is, begin as a mobile number does (13-19) and are one off the length, or are 11 and
 * begin with 1 ("12800000001").
 */
export function mistypedPhoneDigits(words: string, askedForPhone: boolean): number | undefined {
  const unlabelled = words.trim().replace(PHONE_LABEL, '');
  const labelled = unlabelled.length < words.trim().length;
  const number = unlabelled.replace(COUNTRY_CODE, '').replace(/[\s。.!！]+$/, '');
  if (!/^\d(?:[\s-]?\d)*$/.test(number)) return undefined;
  const digits = number.replace(/\D/g, '');
  const mobileStart = /^1[3-9]/.test(digits);
  if (digits.length === 11 && mobileStart) return undefined;
  if (askedForPhone) return digits.length === 6 && !mobileStart ? undefined : digits.length;
  if (labelled) return digits.length >= 5 ? digits.length : undefined;
  // Written as a phone number is (in one, or 3-4-4), not as a few amounts ("1999 2999 3999").
  if (!/^\d+$|^\d{3}[\s-]\d{4}[\s-]\d{3,5}$/.test(number)) return undefined;
  const offByOne = mobileStart && (digits.length === 10 || digits.length === 12);
  return offByOne || (digits.length === 11 && digits.startsWith('1')) ? digits.length : undefined;
}
