// Masks phone numbers, ID numbers and one-time codes anywhere in text, for logs and transcripts.
import { maskIdNumber, maskPhone } from '../../dialogs/mask';

// At least what the bot reads as a phone or ID number (src/nlu/entities.ts) is masked, a number glued to a word
// ("is13800000001") included; an order number (JD13812345678) is not a phone number. A code, worthless once used,
// keeps stricter boundaries: six digits next to a letter, a dash or a dot are mostly parts of ids, amounts or versions.
const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?![\dA-Za-z])/g;
const PHONE = /(?<!\d)(?<!(?:PL|JD)[-\s]?)(?:(?:\+|00)?86[\s-]?)?1[3-9](?:[\s-]?\d){9}(?!\d)/gi;
const CODE = /(?<![\dA-Za-z.-])\d{6}(?![\dA-Za-z.-])/g;

/**
 * UUIDs (activity, conversation and user ids) stay whole, so that logs and transcripts can still be searched by them:
 * their digits and dashes can look like a grouped phone number ("…-7f14-4210-9740-8b8e…").
 */
const UUID = /[\dA-Fa-f]{8}-[\dA-Fa-f]{4}-[\dA-Fa-f]{4}-[\dA-Fa-f]{4}-[\dA-Fa-f]{12}/g;
const UUID_LENGTH = 36;

function insideUuid(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - UUID_LENGTH);
  for (const uuid of text.slice(from, end + UUID_LENGTH).matchAll(UUID)) {
    const uuidStart = from + uuid.index;
    if (uuidStart < end && uuidStart + UUID_LENGTH > start) return true;
  }
  return false;
}

const maskPhoneUnlessInUuid = (phone: string, offset: number, text: string): string =>
  insideUuid(text, offset, offset + phone.length) ? phone : maskPhone(phone);

/** Every pattern above needs a digit; most strings (words, keys, prompts) have none and skip the scans. */
const ANY_DIGIT = /\p{Nd}/u;

/**
 * What NFKC turns into a number's characters, as a Chinese IME types them in full-width mode (１３８－００００, Ｘ) or
 * as small forms and mathematical digits. Spaces need nothing: `\s` already matches the ideographic space.
 */
const NUMBER_LOOKALIKES = /[\uFF10-\uFF19\uFF0B\uFF0D\uFF38\uFF58\uFE62\uFE63\uD835]/;

const maskNumbers = (text: string): string =>
  text.replace(ID_NUMBER, maskIdNumber).replace(PHONE, maskPhoneUnlessInUuid).replace(CODE, '******');

export function maskSensitive(text: string): string {
  if (!ANY_DIGIT.test(text)) return text;
  const masked = maskNumbers(text);
  if (!NUMBER_LOOKALIKES.test(masked)) return masked;
  // The bot reads numbers after NFKC. When the masked text, normalised, still holds a number, the masked copy is of
  // the normalised text (its full-width punctuation then shows as ASCII); otherwise the text keeps its own characters.
  const normalized = masked.normalize('NFKC');
  const maskedNormalized = maskNumbers(normalized);
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
