// Conversation-scoped Direct Line tokens: HS256 JWTs carrying the conversation id, the user id and an expiry.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** What a token grants: one conversation, as one user, until `exp` (seconds since the epoch). */
export interface TokenClaims {
  conv: string;
  /** Web Chat and DirectLineJS read the `user` claim to pick the user id, so it lives in the token. */
  user: string;
  iat: number;
  exp: number;
}

export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

export interface TokenService {
  mint(conversationId: string, userId: string): { token: string; expiresIn: number };
  verify(token: string | undefined): TokenCheck;
  readonly ttlSec: number;
}

const claimsSchema = z.object({
  conv: z.string().min(1),
  user: z.string().min(1),
  iat: z.number().int(),
  exp: z.number().int(),
});

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function base64url(text: string | Buffer): string {
  return Buffer.from(text).toString('base64url');
}

/** Creates the signer/verifier; `now` is injectable so tests check expiry without waiting. */
export function createTokenService(secret: string, ttlSec: number, now: () => number = Date.now): TokenService {
  if (secret.length < 16) throw new Error('Direct Line tokenSecret must be at least 16 characters');
  const sign = (data: string) => createHmac('sha256', secret).update(data).digest();

  return {
    ttlSec,
    mint(conversationId, userId) {
      const iat = Math.floor(now() / 1000);
      const claims: TokenClaims = { conv: conversationId, user: userId, iat, exp: iat + ttlSec };
      const data = `${HEADER}.${base64url(JSON.stringify(claims))}`;
      return { token: `${data}.${sign(data).toString('base64url')}`, expiresIn: ttlSec };
    },
    verify(token) {
      if (!token) return { ok: false, reason: 'missing' };
      const parts = token.split('.');
      if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, reason: 'invalid' };
      const expected = sign(`${parts[0]}.${parts[1]}`);
      const given = Buffer.from(parts[2], 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
      let payload: unknown;
      try {
        payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
      } catch {
        return { ok: false, reason: 'invalid' };
      }
      const claims = claimsSchema.safeParse(payload);
      if (!claims.success) return { ok: false, reason: 'invalid' };
      if (claims.data.exp * 1000 <= now()) return { ok: false, reason: 'expired' };
      return { ok: true, claims: claims.data };
    },
  };
}
