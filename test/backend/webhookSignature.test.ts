// Signing and verifying backend → bot webhooks: good, bad, stale and missing signatures.
import { createHmac } from 'node:crypto';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhook, verifyWebhook } from '../../src/webhook/signature';

const SECRET = 'shared-secret';
const BODY = JSON.stringify({ eventId: 'e1', type: 'plus.activated', accountId: 'acct_001', occurredAt: '2025-01-01T00:00:00.000Z' });
const NOW = 1_750_000_000;

describe('webhook signatures', () => {
  test('the signature is sha256=HMAC(secret, timestamp + "." + body) in hex', () => {
    const headers = signWebhook(SECRET, BODY, NOW);
    const expected = createHmac('sha256', SECRET).update(`${NOW}.${BODY}`).digest('hex');
    expect(headers).toEqual({ [TIMESTAMP_HEADER]: String(NOW), [SIGNATURE_HEADER]: `sha256=${expected}` });
  });

  test('a request signed with the shared secret is accepted', () => {
    expect(verifyWebhook(SECRET, BODY, signWebhook(SECRET, BODY, NOW), NOW + 10)).toEqual({ ok: true });
  });

  test('a Buffer body verifies like the same string', () => {
    expect(verifyWebhook(SECRET, Buffer.from(BODY), signWebhook(SECRET, BODY, NOW), NOW)).toEqual({ ok: true });
  });

  test('a fractional timestamp is signed as whole seconds', () => {
    expect(signWebhook(SECRET, BODY, NOW + 0.9)[TIMESTAMP_HEADER]).toBe(String(NOW));
  });

  test.each([
    ['another secret', () => verifyWebhook('other-secret', BODY, signWebhook(SECRET, BODY, NOW), NOW)],
    ['a changed body', () => verifyWebhook(SECRET, BODY.replace('acct_001', 'acct_002'), signWebhook(SECRET, BODY, NOW), NOW)],
    ['a changed timestamp', () => verifyWebhook(SECRET, BODY, { ...signWebhook(SECRET, BODY, NOW), [TIMESTAMP_HEADER]: String(NOW + 1) }, NOW)],
    ['a truncated signature', () => verifyWebhook(SECRET, BODY, { ...signWebhook(SECRET, BODY, NOW), [SIGNATURE_HEADER]: 'sha256=abc' }, NOW)],
  ])('a request with %s is refused as bad_signature', (_what, verify) => {
    expect(verify()).toEqual({ ok: false, reason: 'bad_signature' });
  });

  test.each([
    ['older than five minutes', NOW + 301],
    ['from more than five minutes in the future', NOW - 301],
  ])('a correctly signed request %s is refused as stale (replay)', (_what, now) => {
    expect(verifyWebhook(SECRET, BODY, signWebhook(SECRET, BODY, NOW), now)).toEqual({ ok: false, reason: 'stale' });
  });

  test('the allowed age can be chosen', () => {
    expect(verifyWebhook(SECRET, BODY, signWebhook(SECRET, BODY, NOW), NOW + 30, 10)).toEqual({ ok: false, reason: 'stale' });
  });

  test.each([
    ['no headers', {}],
    ['no signature', { [TIMESTAMP_HEADER]: String(NOW) }],
    ['no timestamp', { [SIGNATURE_HEADER]: 'sha256=00' }],
    ['a signature without the sha256= scheme', { [TIMESTAMP_HEADER]: String(NOW), [SIGNATURE_HEADER]: '00' }],
    ['a timestamp that is not a number', { [TIMESTAMP_HEADER]: 'yesterday', [SIGNATURE_HEADER]: 'sha256=00' }],
  ])('a request with %s is refused as missing', (_what, headers) => {
    expect(verifyWebhook(SECRET, BODY, headers, NOW)).toEqual({ ok: false, reason: 'missing' });
  });

  test('repeated headers are read by their first value, as Node delivers them', () => {
    const signed = signWebhook(SECRET, BODY, NOW);
    const headers = { [TIMESTAMP_HEADER]: [signed[TIMESTAMP_HEADER]], [SIGNATURE_HEADER]: [signed[SIGNATURE_HEADER], 'sha256=00'] };
    expect(verifyWebhook(SECRET, BODY, headers, NOW)).toEqual({ ok: true });
  });
});
