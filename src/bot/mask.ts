// Masks phone numbers, ID numbers and one-time codes anywhere in text, for logs and transcripts.
import { maskIdNumber, maskPhone } from '../../dialogs/mask';

// Numbers glued to letters or dashes are parts of ids (UUIDs, conversation ids), not personal data.
const ID_NUMBER = /(?<![\dA-Za-z-])\d{17}[\dXx](?![\dA-Za-z-])/g;
const PHONE = /(?<![\dA-Za-z-])(?:(?:\+|00)?86[\s-]?)?1[3-9](?:[\s-]?\d){9}(?![\dA-Za-z-])/g;
const CODE = /(?<![\dA-Za-z.-])\d{6}(?![\dA-Za-z.-])/g;

/** Every pattern above needs a digit; most strings (words, keys, prompts) have none and skip the three scans. */
const DIGIT = /\d/;

export function maskSensitive(text: string): string {
  if (!DIGIT.test(text)) return text;
  return text.replace(ID_NUMBER, maskIdNumber).replace(PHONE, maskPhone).replace(CODE, '******');
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
