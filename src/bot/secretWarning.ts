// The warning a message with a secret in it gets (a password, an ID or bank card number, a login code), as the dialogue gives it at any step: for words it does not run, such as those written while waiting for a person.
import type { Notice } from '../../machines/context';
import type { DialogueEvent } from '../../machines/events';
import { namesCode } from './mask';
import type { UnderstoodRequests } from './twoRequests';

/** The notice the dialogue says for a secret typed (machines/dialogue.ts): the same words wherever it is typed. */
function warningOf(event: DialogueEvent | undefined): Notice | undefined {
  if (event?.type === 'SECRETS_SHARED') return { id: 'secretsShared', shared: event.shared };
  if (event?.type === 'ID_NUMBER_RECEIVED') return { id: 'idNumberNotHere' };
  if (event?.type === 'TOPIC_ASKED' && (event.topic === 'password' || event.topic === 'cardNumber')) return { id: 'topic', topic: event.topic };
  return undefined;
}

/**
 * The warning the understood words call for, if any (an ID number said beside something else is answered first). Six
 * digits are read as a code anywhere; only those the words call a code ("my code is 654321", "验证码是654321") are one
 * here, outside the login that asks for it: not to be shared (an order's or an amount's digits are not warned of).
 */
export function secretWarning(understood: Pick<UnderstoodRequests, 'event' | 'answersFirst'>, text = ''): Notice | undefined {
  const secret = warningOf(understood.event) ?? understood.answersFirst?.map(warningOf).find((notice) => notice !== undefined);
  if (secret) return secret;
  return understood.event?.type === 'OTP_RECEIVED' && namesCode(text) ? { id: 'codeNotToShare' } : undefined;
}
