// Compares an Authorization header with the one bearer token a route accepts, in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * True when the header is `Bearer <expected>`. Both sides are hashed first, so the comparison takes the same
 * time whatever the length of the guess (timingSafeEqual alone throws on different lengths, which leaks it).
 */
export function bearerMatches(authorization: string | undefined, expected: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const given = match?.[1] ?? '';
  return timingSafeEqual(digest(given), digest(expected)) && match !== null;
}
