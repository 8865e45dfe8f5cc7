// Keyed digests of phone numbers: what the bot files and compares by instead of the number, which it does not keep.
import { createHmac } from 'node:crypto';
import type { CasStorage } from '../storage';
import { storedSecret } from './storedSecret';

/**
 * The installation's secret for phone digests. Named after its first use (the wrong-code counts, loginAttempts.ts): a new
 * name would make a new secret, and the counts stored under the old one would no longer be found.
 */
const SECRET_KEY = 'secret/login-attempts';

/**
 * What each use digests, put before the number: a dialogue snapshot's digest (ownNumber) is not the name of the
 * number's wrong-code document. The wrong-code counts have none, as before there were two uses.
 */
export type DigestUse = 'loginAttempts' | 'ownNumber';
const LABELS: Record<DigestUse, string> = { loginAttempts: '', ownNumber: 'own-number\n' };

export class PhoneDigests {
  private secret?: Promise<string>;

  constructor(private readonly storage: CasStorage) {}

  /** HMAC-SHA256 (hex) of `phone` under the installation's secret; the secret is read from the store once. */
  async of(phone: string, use: DigestUse): Promise<string> {
    this.secret ??= storedSecret(this.storage, SECRET_KEY);
    const secret = await this.secret.catch((err: unknown) => {
      this.secret = undefined; // a store that was down at the first phone number is asked again at the next
      throw err;
    });
    return createHmac('sha256', secret).update(LABELS[use]).update(phone).digest('hex');
  }
}
