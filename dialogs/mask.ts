// Masks personal numbers before they are shown or logged: phone 138****0004, ID number 110*************34.

/**
 * Keeps the first 3 and last 4 digits of a mobile number (a +86 prefix is dropped); short input is fully masked. Digits
 * typed in full-width (１３８…) count as digits: dropped as non-digits, such a number was masked to nothing.
 */
export function maskPhone(phone: string): string {
  const digits = phone.normalize('NFKC').replace(/\D/g, '').replace(/^86(?=\d{11}$)/, '');
  if (digits.length < 8) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** Keeps the first 3 and last 2 characters of an ID number, masking the rest one for one. */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (s.length <= 5) return '*'.repeat(s.length);
  return `${s.slice(0, 3)}${'*'.repeat(s.length - 5)}${s.slice(-2)}`;
}
