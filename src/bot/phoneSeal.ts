// Seals the phone number of a login under way while its dialogue rests in the store: AES-256-GCM under the installation's key.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { PhoneSeal } from '../../machines/snapshot';
import type { CasStorage } from '../storage';
import { storedSecret } from './storedSecret';

/** Its own secret, not the digests': a key for one use only. */
const SECRET_KEY = 'secret/phone-seal';
/** Put before every seal, so that another scheme can later be told from this one. */
const SCHEME = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const PART = /^[A-Za-z0-9_-]*$/;

/** A seal under `secret`: a fresh IV each time, the GCM tag refusing a seal made with another key or altered. */
export function phoneSealWith(secret: string): PhoneSeal {
  const key = createHash('sha256').update('phone-seal\n').update(secret).digest();
  return {
    seal(phone) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(phone, 'utf8'), cipher.final()]);
      return [SCHEME, ...[iv, sealed, cipher.getAuthTag()].map((part) => part.toString('base64url'))].join('.');
    },
    open(text) {
      const [scheme, iv, sealed, tag, ...rest] = text.split('.');
      if (scheme !== SCHEME || rest.length > 0 || ![iv, sealed, tag].every((part) => part !== undefined && PART.test(part))) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * The installation's seal, its secret read from the store (created at the first use) once per process: every instance
 * of the bot opens what another sealed. A store that was down at the first read is asked again at the next.
 */
export function storedPhoneSeal(storage: CasStorage): () => Promise<PhoneSeal> {
  let seal: Promise<PhoneSeal> | undefined;
  return () => {
    seal ??= storedSecret(storage, SECRET_KEY).then(phoneSealWith);
    return seal.catch((err: unknown) => {
      seal = undefined;
      throw err;
    });
  };
}
