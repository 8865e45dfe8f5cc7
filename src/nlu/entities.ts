// Finds the values customers type into the chat — mobile number, one-time code, order id, ID-card number.

export interface Entities {
  /** 11-digit mainland mobile number, digits only ("+86 138-0000-0001" → "13800000001"). */
  phone?: string;
  /** A standalone 6-digit one-time code. */
  otp?: string;
  /** A pay-later order id: "PL" followed by 6–12 digits, upper-cased, separator removed ("pl-20240601" → "PL20240601"). */
  orderId?: string;
  /**
   * An 18-character resident ID number (17 digits + digit or X), separators removed, upper-cased; the checksum is the
   * real-name page's job.
   */
  idNumber?: string;
}

export interface EntityMatch {
  entities: Entities;
  /** The message with every recognised value blanked out, for deciding whether anything else was said. */
  rest: string;
}

/**
 * Longest and most specific shapes first, each blanked before the next looks: an ID number contains 11- and
 * 6-digit runs, an order id contains a 6-digit run, and a phone number must never be read as a code.
 * src/bot/mask.ts masks at least the phone and ID numbers these read.
 */
const PATTERNS: ReadonlyArray<{ key: keyof Entities; pattern: RegExp; canonical: (match: string) => string }> = [
  // Also written in groups ("110105 19491231 002X", "1101-0519-…"): read as a phone number, it sent a login code.
  {
    key: 'idNumber',
    pattern: /(?<![\dA-Za-z])\d(?:[\s-]?\d){16}[\s-]?[\dXx](?![\dA-Za-z])/,
    canonical: (m) => m.replace(/[\s-]/g, '').toUpperCase(),
  },
  // The pay-later ids (PL…) and the shop's order numbers as the account backend lists them (JD5001).
  { key: 'orderId', pattern: /(?<![A-Za-z\d])(?:PL|JD)[-\s]?\d{4,12}(?!\d)/i, canonical: (m) => m.replace(/[-\s]/g, '').toUpperCase() },
  // Optional +86 / 0086 / 86 prefix; spaces or dashes between digits are tolerated, as people group them 3-4-4.
  { key: 'phone', pattern: /(?<![\d+])(?:(?:\+|00)?86[\s-]?)?1[3-9](?:[\s-]?\d){9}(?!\d)/, canonical: (m) => m.replace(/\D/g, '').slice(-11) },
  // A decimal point or a neighbouring digit means an amount or a longer number, not a code; a full stop after it is
  // punctuation ("654321."). Split in two halves as people read it out ("654 321"), or digit by digit ("6 5 4 3 2 1"), only when that is the whole message,
  // perhaps after "验证码" or "the code is": "100-500之间" is a range, "199 299" two prices.
  {
    key: 'otp',
    pattern:
      /(?<![\d.])\d{6}(?!\d|\.\d)|^\s*(?:(?:the |my )?(?:code|验证码|动态码)(?: is)?\s*(?:是)?[:：]?\s*)?(?:\d{3}[\s-]\d{3}|\d(?: \d){5})[\s。.!！]*$/i,
    canonical: (m) => m.replace(/\D/g, ''),
  },
];

export function findEntities(text: string): EntityMatch {
  const entities: Entities = {};
  // NFKC turns the full-width digits and letters a Chinese IME may produce (１３８…, ＰＬ) into ASCII.
  let rest = text.normalize('NFKC');
  // Every pattern above consumes an ASCII digit (after NFKC): words without one (most messages) skip all four.
  if (!/\d/.test(rest)) return { entities, rest };
  for (const { key, pattern, canonical } of PATTERNS) {
    const match = pattern.exec(rest);
    if (!match) continue;
    entities[key] = canonical(match[0]);
    rest = rest.slice(0, match.index) + ' ' + rest.slice(match.index + match[0].length);
  }
  return { entities, rest };
}

export function extractEntities(text: string): Entities {
  return findEntities(text).entities;
}
