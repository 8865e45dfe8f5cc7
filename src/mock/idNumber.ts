// The GB 11643-1999 check character of mainland resident ID numbers, used by the stand-in real-name page.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Indexed by (weighted sum mod 11). */
const CHECK_CHARS = '10X98765432';

/** The 18th character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('expected 17 digits');
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return CHECK_CHARS[sum % 11];
}

/** True for 17 digits followed by the right check character; a lower-case x is accepted as people type it. */
export function isValidIdNumber(input: string): boolean {
  const id = input.trim().toUpperCase();
  return /^\d{17}[\dX]$/.test(id) && idCheckChar(id.slice(0, 17)) === id[17];
}
