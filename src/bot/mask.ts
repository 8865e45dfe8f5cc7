// Masks phone, ID and bank card numbers, one-time codes, e-mail addresses and typed passwords anywhere in text, for logs and transcripts.
import { maskIdNumber, maskPhone } from '../../dialogs/mask';
import { foldChineseDigits } from '../nlu/normalize';

// At least what the bot reads as a phone or ID number (src/nlu/entities.ts) is masked, a number glued to a word
// ("is13800000001") included; an order number (JD13812345678) is not a phone number. A code, worthless once used,
// keeps stricter boundaries: six digits next to a letter, a dash or a dot are mostly parts of ids, amounts or versions.
// People group long numbers as they read them out ("110105 19491231 002X", "(138)0000-0001", "6222 0212 …"): up to
// two spaces or dashes between groups. Every shape is a fixed count of digits with optional separators between them
// (no two ways to match the same text), so a scan stays linear.
const GAP = String.raw`[\s-]{0,2}`;
/**
 * An 18-character ID number, whole (as it always was) or in any grouping: its fields (110105 19491231 002X), in 4s
 * (1101 0519 4912 3100 2X), in 3s. Whatever its digits, as src/nlu/entities.ts reads one; an 18-digit card number in
 * groups is masked as one too.
 */
const ID_NUMBER = String.raw`\d(?:${GAP}\d){16}${GAP}[\dXx](?![\dA-Za-z])`;
/** The 15-digit ID number issued before 1999 (region, YYMMDD, sequence), whole or grouped 6-6-3. */
const OLD_ID_NUMBER = String.raw`[1-9]\d{5}(?<oldGap>[\s-]?)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\k<oldGap>\d{3}(?![\dA-Za-z])`;
/**
 * A bank card: 16-19 digits, whole or in groups of four with one kind of separator (6222 0212 3456 7890 123,
 * 4111-1111-1111-1111, 6222 0212 3456 7890123). Card numbers start with 22-27, 3-6 or 9: 16-19 digits starting with
 * 1 are timestamps (1733456789012345678) and internal ids, groups starting with 20 a list of years (2019 2020 2021
 * 2022). Letters around it make it part of an id (JD6222021234567890123).
 */
const BANK_CARD = String.raw`(?:2[2-7]|[3-69]\d)\d{2}(?<cardGap>${GAP})\d{4}\k<cardGap>\d{4}\k<cardGap>\d{4}(?:\k<cardGap>?\d{1,3})?(?![\dA-Za-z])`;
/**
 * Optional +86/0086/86 prefix (in brackets or not), then 3-4-4 however separated: (138)0000-0001, 138.0000.0001, or
 * read out digit by digit (1 3 9 1 2 3 4 5 6 7 8: the gap may fall after the leading 1 too). Eleven digits in all, so
 * short numbers ("1 3 件") stay.
 */
const PHONE = String.raw`(?<!(?:PL|JD)[-\s]?)(?:[(（]?(?:\+|00)?86[)）]?${GAP})?(?:[(（]\s?1[3-9]\d\s?[)）](?:[\s.-]{0,2}\d){8}|1[3-9]\d\.\d{4}\.\d{4}|1${GAP}[3-9](?:${GAP}\d){9})(?!\d)`;
const CODE = String.raw`(?<![\dA-Za-z.-])\d{6}(?![\dA-Za-z.-])`;

/**
 * One scan for all of them (each pass over a string costs about as much as the matching itself). At a position the
 * longer, more specific shapes are tried first, and a match is skipped by what follows: an ID or card number holds
 * 11-digit runs that would read as a phone number and 6-digit ones that would read as a code.
 */
const NUMBERS = new RegExp(
  `(?<!\\d)(?:(?<id>${ID_NUMBER}|${OLD_ID_NUMBER})|(?<![A-Za-z])(?<card>${BANK_CARD})|(?<phone>${PHONE}))|(?<code>${CODE})`,
  'gi',
);

/**
 * An e-mail address ("john.smith@example.com", "13800000001@163.com"). Its local part starts where a run of its
 * characters does, so a scan tries it once a run and stays linear. Teams' conversation ids ("19:…@thread.tacv2",
 * "…@unq.gbl.spaces") have the shape of one; they stay whole, as UUIDs do, so that logs can be searched by them.
 */
const EMAIL = String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?!thread\.|unq\.gbl\.spaces)(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}`;
/**
 * The same one scan with e-mail addresses too, for text holding an "@" only: the rest never pays for the e-mail shape.
 * Tried first, so a number before the "@" is masked as the address it is part of.
 */
const NUMBERS_AND_EMAILS = new RegExp(`(?<email>${EMAIL})|${NUMBERS.source}`, 'gi');

/**
 * A password typed after its name: "我的密码是Abc!2345", "密码：Abc!2345", "password is hunter2", "pwd=xyz", "my pw is
 * Hunter2!". The name and what joins it stay, so an agent sees that a password was typed; the secret, up to a space,
 * Chinese text or Chinese punctuation, becomes ******. Joined by is, was, a colon or "=", a secret may be any word but an
 * ordinary one (below); straight after the name ("密码Abc12345", "password hunter2", "pwd hunter2") it must hold a digit
 * ("passwordless", "password reset" are words). Not so after "passcode", which is as often the text-message code.
 * Three characters at least: "密码是6位" is about one. The understanding reads the same shape as a typed password
 * (typesPassword), so that what the bot warns about as one is what transcripts and agents see masked.
 */
const PASSWORD_NAME = /密码|密碼|pass(?:word|wd|code)|pwd|(?<![a-z])pw(?![a-z])/i;
const PASSWORD =
  /(密码|密碼|pass(?:word|wd|code)|pwd|(?<![a-z])pw(?![a-z]))(\s*(?:[:：=]|(?:is|was)\b(?:\s*[:：])?|[是为為](?:\s*[:：])?)\s*|\s*)((?![:：=])[^\s，。；、！？\u4E00-\u9FFF]{3,})/gi;
const SECRET_MASK = '******';

/**
 * The secret said before the name ("hunter2 is my password", "hunter2是我的密码", "abc123就是我的登录密码"): the shape above
 * wants the name first. Conservative, as ordinary words stand there too ("I forgot my password", "the code is my
 * password?"): one token holding a digit, three characters at least, with nothing but a space or Chinese text before it,
 * then is/was my/the password or 是我的密码. The name and what joins it stay.
 */
const SECRET_BEFORE_NAME =
  /(?<=^|[\s，。；、！？\u4E00-\u9FFF])(?=[^\s，。；、！？\u4E00-\u9FFF]*\d)[^\s，。；、！？\u4E00-\u9FFF]{3,}(?=\s+(?:is|was)\s+(?:my|the)\s+(?:(?:login|account)\s+)?(?:password|passwd|pwd|pw)\b|\s*就?是我的(?:登录|账号|账户|支付)?密[码碼])/gi;
const maskSecretsBeforeName = (text: string): string => text.replace(SECRET_BEFORE_NAME, SECRET_MASK);

/**
 * Digits called a password wherever the name stands, before them or after ("888888 这个是我的支付密码", "mima 654321",
 * "654321 is my password"): the shape above wants the name first. The name in pinyin (mima) too; a bare number of 6 to
 * 10 digits (a payment password has 6, a phone number 11); not an amount ("¥1299", "12.50"). The understanding does not
 * read them as one where the code is named (验证码, 短信码, 动态密码, "code"): "验证码123456 不是密码吧" gives the code. The
 * records mask them all the same: "短信码123456 12345678这个是我的支付密码" holds both secrets.
 */
const PASSWORD_NAMED_ANYWHERE = /密[码碼]|(?<![a-z])mima(?![a-z])|\bpass ?words?\b|\bpasswd\b|\bpwd\b/i;
const CODE_NAMED = /验证码|驗證碼|校验码|动态码|短信码|动态密码|短信密码|\b(?:otp|code)\b/i;

/** Whether the words call something a one-time code (验证码, "code"): six digits so named are one, not any number. */
export const namesCode = (text: string): boolean => CODE_NAMED.test(text);
const DIGITS_ALONE = /(?<![\d.,¥￥$])\d{6,10}(?!\d|[.,]\d)/g;

function namesPasswordBesideDigits(text: string): boolean {
  DIGITS_ALONE.lastIndex = 0;
  return PASSWORD_NAMED_ANYWHERE.test(text) && DIGITS_ALONE.test(text);
}

const callsDigitsPassword = (text: string): boolean => namesPasswordBesideDigits(text) && !CODE_NAMED.test(text);

/**
 * After an English name, a lowercase word is an ordinary word when it is one of these, or when another word follows
 * it after is, was or a colon: "my password is wrong", "password: only your phone number" (the bot's own reply) stay;
 * "my password is hunter2", "…is abcdefgh." and "pwd=xyz and …" do not.
 */
const ORDINARY_WORDS = new Set([
  'not', 'wrong', 'incorrect', 'invalid', 'correct', 'right', 'too', 'the', 'your', 'expired', 'locked', 'blocked',
  'forgotten', 'forgot', 'lost', 'changed', 'reset', 'required', 'needed', 'empty', 'blank', 'missing', 'same', 'different',
  'weak', 'strong', 'okay', 'fine', 'set', 'only', 'never', 'also', 'still', 'now', 'none', 'gone', 'broken', 'rejected',
  'accepted', 'working', 'hidden', 'unknown',
]);
const LOWERCASE_WORD = /^[a-z]+[.,;!?'"]*$/;
const TRAILING_PUNCTUATION = /[.,;!?'"]+$/;
const EXPLICIT_JOINT = /[:：=是为為]|is|was/i;
const NEXT_WORD = /^\s+[a-z]/;

function maskPassword(match: string, name: string, joint: string, secret: string, offset: number, text: string): string {
  if (!EXPLICIT_JOINT.test(joint)) {
    if (/^passcode$/i.test(name) || !/\d/.test(secret)) return match;
  } else if (!name.startsWith('密') && LOWERCASE_WORD.test(secret)) {
    const end = offset + match.length;
    if (ORDINARY_WORDS.has(secret.replace(TRAILING_PUNCTUATION, ''))) return match;
    if (!joint.includes('=') && NEXT_WORD.test(text.slice(end, end + 2))) return match;
  }
  return `${name}${joint}${SECRET_MASK}`;
}

/**
 * UUIDs (activity, conversation and user ids) stay whole, so that logs and transcripts can still be searched by them:
 * their digits and dashes can look like a grouped phone, ID or card number ("…-7f14-4210-9740-8b8e…").
 */
const UUID = /[\dA-Fa-f]{8}-[\dA-Fa-f]{4}-[\dA-Fa-f]{4}-[\dA-Fa-f]{4}-[\dA-Fa-f]{12}/g;
const UUID_LENGTH = 36;

/** A UUID is longer than any number masked here, so one that overlaps a match goes on past one of its ends. */
const UUID_CHARACTER = /[\dA-Fa-f-]/;

function insideUuid(text: string, start: number, end: number): boolean {
  if (!UUID_CHARACTER.test(text.charAt(start - 1)) && !UUID_CHARACTER.test(text.charAt(end))) return false;
  const from = Math.max(0, start - UUID_LENGTH);
  for (const uuid of text.slice(from, end + UUID_LENGTH).matchAll(UUID)) {
    const uuidStart = from + uuid.index;
    if (uuidStart < end && uuidStart + UUID_LENGTH > start) return true;
  }
  return false;
}

const digitsOf = (number: string): string => number.replace(/\D/g, '');

/**
 * How each kind is masked. An ID number loses its separators, then keeps its first 3 and last 2 characters
 * (110*************2X); a phone number is masked like a plain 11-digit one whatever its prefix and separators
 * (138****0001); a bank card keeps its last four digits in one style whatever its length or grouping
 * (**** **** **** 0123); a code becomes ******; an e-mail address keeps its first character and its domain
 * (j***@example.com). UUIDs are left whole.
 */
function maskNumber(match: RegExpExecArray, text: string): string {
  const number = match[0];
  const { id, card, phone, email } = match.groups ?? {};
  if (email !== undefined) return `${email.charAt(0)}***${email.slice(email.indexOf('@'))}`;
  if (id === undefined && card === undefined && phone === undefined) return '******';
  if (insideUuid(text, match.index, match.index + number.length)) return number;
  if (id !== undefined) return maskIdNumber(number.replace(/[\s-]/g, ''));
  if (card !== undefined) return `**** **** **** ${digitsOf(number).slice(-4)}`;
  return maskPhone(digitsOf(number).slice(-11));
}

/** An exec loop rather than replace with a function: that costs several times as much a match (named groups). */
function maskNumbers(text: string): string {
  const scan = text.includes('@') ? NUMBERS_AND_EMAILS : NUMBERS;
  scan.lastIndex = 0;
  let match = scan.exec(text);
  if (match === null) return text;
  let masked = '';
  let from = 0;
  do {
    masked += text.slice(from, match.index) + maskNumber(match, text);
    from = match.index + match[0].length;
  } while ((match = scan.exec(text)) !== null);
  return masked + text.slice(from);
}

/**
 * Every number shape needs a digit (an ASCII one, or one NFKC makes ASCII: full-width or mathematical, the latter
 * behind the surrogate \uD835), an e-mail address its "@" (or the full-width ＠), and a password its name; most strings
 * (words, keys, prompts) have none and skip every scan. A plain class: \p{Nd} with the u flag costs several times as
 * much on long Chinese text.
 */
const ANY_DIGIT = /[0-9\uFF10-\uFF19\uD835]/;
const MAYBE_SENSITIVE = new RegExp(`${ANY_DIGIT.source}|[@\uFF20]|密[码碼]|[Pp][Aa][Ss][Ss]|[Pp][Ww]`);

/**
 * What NFKC turns into a number's characters, as a Chinese IME types them in full-width mode (１３８－００００, Ｘ) or
 * as small forms and mathematical digits, and the full-width ＠ of an e-mail address. Spaces need nothing: `\s`
 * already matches the ideographic space.
 */
const NUMBER_LOOKALIKES = /[\uFF10-\uFF19\uFF0B\uFF0D\uFF38\uFF58\uFE62\uFE63\uFF20\uD835]/;

/**
 * Whether the text types a password, as the masking reads one: after its name ("我密码是abc123456", "my password is
 * hunter2"; not "password reset"), or digits called one wherever the name stands ("888888 这个是我的支付密码"). The
 * understanding never tries such digits as a one-time code.
 */
export function typesPassword(text: string): boolean {
  if (!PASSWORD_NAME.test(text)) return callsDigitsPassword(text.normalize('NFKC'));
  return text.replace(PASSWORD, maskPassword) !== text || maskSecretsBeforeName(text) !== text || callsDigitsPassword(text.normalize('NFKC'));
}

/**
 * Whether the text holds a bank card number, as the masking reads one (16-19 digits, perhaps grouped; full-width digits
 * too, as the bot reads numbers after NFKC).
 */
export function holdsCardNumber(text: string): boolean {
  // Read on every message the understanding gets this far with: most have no digit, and skip the normalizing and the scan.
  if (!ANY_DIGIT.test(text)) return false;
  const normalized = text.normalize('NFKC');
  NUMBERS.lastIndex = 0;
  for (let match = NUMBERS.exec(normalized); match !== null; match = NUMBERS.exec(normalized)) {
    if (match.groups?.card !== undefined && !insideUuid(normalized, match.index, match.index + match[0].length)) return true;
  }
  return false;
}

function maskAll(text: string): string {
  const withoutPassword = PASSWORD_NAME.test(text) ? maskSecretsBeforeName(text.replace(PASSWORD, maskPassword)) : text;
  // A longer one than a code's 6 digits ("12345678 是我的密码") would otherwise stay whole, even with a code named
  // beside it (whose own six digits are masked anyway).
  const withoutDigitsCalledPassword = namesPasswordBesideDigits(withoutPassword) ? withoutPassword.replace(DIGITS_ALONE, SECRET_MASK) : withoutPassword;
  return maskNumbers(withoutDigitsCalledPassword);
}

export function maskSensitive(text: string): string {
  // A number spelled in Chinese numerals ("一三八零零零零零零零四") is read as its digits (src/nlu/normalize.ts): masked
  // as them, the masked copy then of the text with those digits; a run that masks as nothing keeps its characters.
  const spelled = foldChineseDigits(text);
  if (spelled !== text) {
    const masked = maskTyped(spelled);
    return masked === spelled ? text : masked;
  }
  return maskTyped(text);
}

function maskTyped(text: string): string {
  if (!MAYBE_SENSITIVE.test(text)) return text;
  const masked = maskAll(text);
  if (!NUMBER_LOOKALIKES.test(masked)) return masked;
  // The bot reads numbers after NFKC. When the masked text, normalised, still holds a number, the masked copy is of
  // the normalised text (its full-width punctuation then shows as ASCII); otherwise the text keeps its own characters.
  const normalized = masked.normalize('NFKC');
  const maskedNormalized = maskAll(normalized);
  return maskedNormalized === normalized ? masked : maskedNormalized;
}

/**
 * An Error as pino's own serializer shows it (type, message, stack, its own fields, the cause): its message and stack
 * are not enumerable, so a plain copy would keep only its extra fields.
 */
const errorFields = (error: Error): Record<string, unknown> => ({
  type: error.name,
  message: error.message,
  stack: error.stack,
  ...Object.fromEntries(Object.entries(error)),
  ...(error.cause === undefined ? {} : { cause: error.cause }),
});

/** Masks every string inside a JSON-like value (activities, log objects, the Errors they hold). */
export function maskDeep<T>(value: T): T {
  if (typeof value === 'string') return maskSensitive(value) as T;
  if (value instanceof Error) return maskDeep(errorFields(value)) as T;
  if (Array.isArray(value)) return value.map(maskDeep) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v)])) as T;
  }
  return value;
}
