// Masks phone numbers, ID numbers and one-time codes anywhere in text, for logs and transcripts.
import { maskIdNumber, maskPhone } from '../../dialogs/mask';
import { ID_NUMBER as ID_NUMBER_SHAPE, PHONE_NUMBER as PHONE_NUMBER_SHAPE } from '../nlu/entities';

// Phone and ID numbers have the shapes the bot reads them in (src/nlu/entities.ts): whatever it takes for a phone
// number is masked. A code keeps stricter boundaries: six digits glued to letters or dashes are mostly parts of ids
// (UUIDs, conversation ids) that logs must keep whole, and a code is worthless once used.
const ID_NUMBER = new RegExp(ID_NUMBER_SHAPE.source, 'g');
const PHONE = new RegExp(PHONE_NUMBER_SHAPE.source, 'g');
const CODE = /(?<![\dA-Za-z.-])\d{6}(?![\dA-Za-z.-])/g;

/** Every pattern above needs a digit; most strings (words, keys, prompts) have none and skip the three scans. */
const DIGIT = /[0-9０-９]/;

/**
 * The full-width digits and signs a Chinese IME types in full-width mode (１３８…, ＋８６, －, Ｘ). The bot reads them
 * as ASCII (NFKC), so they are masked as ASCII too; a masked copy shows them as ASCII digits.
 */
const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_NUMBER_CHARS = /[０-９＋－Ｘｘ]/g;
const toAscii = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

export function maskSensitive(text: string): string {
  if (!DIGIT.test(text)) return text;
  const ascii = FULL_WIDTH_DIGIT.test(text) ? text.replace(FULL_WIDTH_NUMBER_CHARS, toAscii) : text;
  return ascii.replace(ID_NUMBER, maskIdNumber).replace(PHONE, maskPhone).replace(CODE, '******');
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
