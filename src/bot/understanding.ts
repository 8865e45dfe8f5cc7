// Turns a customer's activity into the one dialogue event it means: a button, a value, an intent, or a question back.
import type { DialogueEvent } from '../../machines/events';
import { intentEventType } from '../../machines/events';
import type { Intent } from '../../machines/domain';
import { buttonValueSchema } from '../../dialogs/buttonValue';
import { detectLanguage, type Nlu } from '../nlu';

/** Intents that still steer the dialogue while a step waits for free text (a return reason). */
const CONTROL_INTENTS = new Set<Intent>(['cancel', 'human', 'restart', 'help']);

/** States where the customer's own words are the answer. */
const FREE_TEXT_STATES = new Set(['flow.purchase.awaitingReturnReason']);

const MAX_REASON_LENGTH = 200;

export interface Understood {
  event: DialogueEvent | undefined;
  /** The language of the words, when they show one. */
  language: 'zh-CN' | 'en-US' | undefined;
}

export function understandActivity(nlu: Nlu, text: string | undefined, value: unknown, statePath: string): Understood {
  const button = buttonValueSchema.safeParse(value);
  const words = (text ?? '').trim();
  // A button sends its title as text too, which tells the language the customer sees.
  if (button.success) return { event: button.data.event, language: detectLanguage(words) };
  if (words === '') return { event: undefined, language: undefined };

  const understanding = nlu.understand(words);
  const { entities, language } = understanding;
  const intent = understanding.kind === 'intent' ? understanding.intent : undefined;

  if (FREE_TEXT_STATES.has(statePath) && !(intent && CONTROL_INTENTS.has(intent))) {
    return { event: { type: 'RETURN_REASON_GIVEN', reason: words.slice(0, MAX_REASON_LENGTH) }, language };
  }
  if (entities.phone) return { event: { type: 'PHONE_RECEIVED', phone: entities.phone }, language };
  if (entities.otp) return { event: { type: 'OTP_RECEIVED', code: entities.otp }, language };
  if (understanding.kind === 'entity' || /^\D{0,6}\d[\d\s-]{3,}\D{0,6}$/.test(words)) {
    // Digits that are neither a phone number nor a code: the login step says what it expected.
    return { event: entities.orderId ? { type: 'ORDERS' } : { type: 'NUMBER_INVALID' }, language };
  }
  if (understanding.kind === 'intent') return { event: { type: intentEventType(understanding.intent) }, language };
  return { event: { type: 'UNCLEAR', candidates: understanding.candidates }, language };
}
