// Secrets compared in constant time and bearer tokens read from headers: one place for every route that checks a credential.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * True when `given` is `expected`. Both sides are hashed first, so the comparison takes the same time whatever the
 * length of the guess (timingSafeEqual alone throws on different lengths, which leaks it).
 */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Reads `Authorization: Bearer <token>`; anything else counts as no token. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
}

/** True when the header is `Bearer <expected>`. */
export function bearerMatches(authorization: string | undefined, expected: string): boolean {
  const token = bearerToken(authorization);
  return sameSecret(token ?? '', expected) && token !== undefined;
}
