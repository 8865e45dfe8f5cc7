// Masks phone numbers, ID numbers and one-time codes anywhere in text, for logs and transcripts.
import { maskIdNumber, maskPhone } from '../../dialogs/mask';

// At least what the bot reads as a phone or ID number (src/nlu/entities.ts) is masked, a number glued to a word
// ("is13800000001") included. A code, worthless once used, keeps stricter boundaries: six digits next to a letter, a
// dash or a dot are mostly parts of ids, amounts or versions.
const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?![\dA-Za-z])/g;
const PHONE = /(?<!\d)(?:(?:\+|00)?86[\s-]?)?1[3-9](?:[\s-]?\d){9}(?!\d)/g;
const CODE = /(?<![\dA-Za-z.-])\d{6}(?![\dA-Za-z.-])/g;

/**
 * Tokens that hold digit runs and must stay whole, so that logs and transcripts can still be searched by them: UUIDs
 * (activity, conversation and user ids) and order numbers (JD13812345678 is an order, not a phone number).
 */
const KEEP_WHOLE = /[\dA-Fa-f]{8}-[\dA-Fa-f]{4}-[\dA-Fa-f]{4}-[\dA-Fa-f]{4}-[\dA-Fa-f]{12}|(?<![A-Za-z\d])(?:PL|JD)[-\s]?\d{4,12}(?!\d)/gi;

/** Every pattern above needs a digit; most strings (words, keys, prompts) have none and skip the scans. */
const ANY_DIGIT = /\p{Nd}/u;

const maskPart = (text: string): string => text.replace(ID_NUMBER, maskIdNumber).replace(PHONE, maskPhone).replace(CODE, '******');

function maskAscii(text: string): string {
  let masked = '';
  let from = 0;
  for (const kept of text.matchAll(KEEP_WHOLE)) {
    masked += maskPart(text.slice(from, kept.index)) + kept[0];
    from = kept.index + kept[0].length;
  }
  return from === 0 ? maskPart(text) : masked + maskPart(text.slice(from));
}

export function maskSensitive(text: string): string {
  if (!ANY_DIGIT.test(text)) return text;
  const masked = maskAscii(text);
  // The bot reads numbers after NFKC (full-width digits, dashes and X as a Chinese IME types them: １３８－…). When the
  // masked text, normalised, still holds a number, the masked copy is of the normalised text (its full-width
  // punctuation then shows as ASCII); otherwise the text keeps its own characters.
  const normalized = masked.normalize('NFKC');
  if (normalized === masked) return masked;
  const maskedNormalized = maskAscii(normalized);
  return maskedNormalized === normalized ? masked : maskedNormalized;
}

/** Masks every string inside a JSON-like value (activities, log objects). */
export function maskDeep<T>(value: T): T {
  if (typeof value === 'string') return maskSensitive(value) as T;
  if (Array.isArray(value)) return value.map(maskDeep) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v)])) as T;
  }
  return value;
}
