// HMAC signing and verification of backend → bot webhooks; the mock signs with it and the bot verifies with it.
import { createHmac } from 'node:crypto';
import { sameSecret } from '../secret';

export const TIMESTAMP_HEADER = 'x-paylater-timestamp';
export const SIGNATURE_HEADER = 'x-paylater-signature';

/** How old (or how far in the future) a signed timestamp may be before it is refused as a replay. */
export const DEFAULT_MAX_AGE_SEC = 300;

export type WebhookHeaders = Record<string, string | string[] | undefined>;
export type WebhookVerification = { ok: true } | { ok: false; reason: 'missing' | 'bad_signature' | 'stale' };

function hmacHex(secret: string, timestamp: string, rawBody: string | Buffer): string {
  // The timestamp is inside the MAC so a captured request cannot be replayed later with a fresh header.
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/** The headers to send with `rawBody` (exactly the bytes that go on the wire). */
export function signWebhook(secret: string, rawBody: string | Buffer, timestampSec: number): Record<string, string> {
  const timestamp = String(Math.floor(timestampSec));
  return {
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: `sha256=${hmacHex(secret, timestamp, rawBody)}`,
  };
}

/** Reads a header as Node delivers them: lower-case names, possibly repeated. */
function header(headers: WebhookHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Checks a received webhook against the raw request body. A missing or unreadable header is 'missing';
 * the signature is checked before the age, so a forged old request reports 'bad_signature'.
 */
export function verifyWebhook(
  secret: string,
  rawBody: string | Buffer,
  headers: WebhookHeaders,
  nowSec: number,
  maxAgeSec: number = DEFAULT_MAX_AGE_SEC,
): WebhookVerification {
  const timestamp = header(headers, TIMESTAMP_HEADER);
  const signature = header(headers, SIGNATURE_HEADER);
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || !signature?.startsWith('sha256=')) {
    return { ok: false, reason: 'missing' };
  }
  if (!sameSecret(signature.slice('sha256='.length), hmacHex(secret, timestamp, rawBody))) {
    return { ok: false, reason: 'bad_signature' };
  }
  if (Math.abs(nowSec - Number(timestamp)) > maxAgeSec) return { ok: false, reason: 'stale' };
  return { ok: true };
}
