// Casual English the classifier misreads: the service's name run together or mistyped, the name alone asked, "is it on now?", a yes
// after second thoughts.
import type { DialogueEvent } from '../../../machines/events';
import { CONSENT_STEPS, FREE_TEXT_STATES } from './steps';

/**
 * The service's name typed as one word or mistyped ("paylater", "PayLater", "pay leter", "pay latter", "paylatr"): the two
 * words the classifier learnt ("wat is paylater lol" and "paylater?" were read as a goodbye, then not understood; "wat is pay
 * leter" as paying, its "pay" taken for the action).
 */
const NAME_MISTYPED = /\bpay ?l[ae]t{1,2}e?r\b/gi;
export const withNameSpaced = (words: string): string => words.replace(NAME_MISTYPED, 'pay later');

/** The name alone, asked ("pay later?", "先用后付？"): what it is. Without a question mark it may be a wish to turn it on. */
const NAME_ASKED = /^(?:pay[- ]later|先用后付)\s*[?？]+$/i;

/**
 * Whether it is on, "it" unnamed or named ("is it on now?", "is pay later on yet?", "is mine on?"): the customer's own
 * status. A new conversation got "I'm not sure what you mean" (the classifier heard what it is, a yes, paying).
 */
const ON_YET_ASKED =
  /^(?:(?:so|and|ok(?:ay)?|wait|hey)[,\s]+)?is (?:it|pay later|mine|my pay later|that)(?: (?:turned|switched))? on(?: now| yet| already)?(?: for me)?(?: now)?\s*[?？]*$/i;

/**
 * A yes after second thoughts ("wait actually yes", "oh wait, yes please"): right after "nah not now" had cancelled the login
 * it was not understood, while "hmm actually let's do it" went on. Where a yes pays, files a return or turns pay-later on,
 * it is no plain consent: how to go ahead, as for "ok cool".
 */
const YES_AFTER_ALL =
  /^(?:(?:wait|actually|hmm+|oh|well|on second thought|ok(?:ay)?)[,.\s]+)+(?:yes|yeah|yep|yup|sure)(?: please)?(?:[,.\s]+let'?s do it)?$/i;

/** The event such words make where the customer is, or undefined. Where words are the answer (a return's reason) they are the reason. */
export function casualEnglish(words: string, plain: string, statePath: string): DialogueEvent | undefined {
  if (FREE_TEXT_STATES.has(statePath)) return undefined;
  if (NAME_ASKED.test(words.trim())) return { type: 'WHAT_IS', question: true };
  if (ON_YET_ASKED.test(plain)) return { type: 'STATUS', question: true };
  if (YES_AFTER_ALL.test(plain)) return CONSENT_STEPS.has(statePath) ? { type: 'TOPIC_ASKED', topic: 'hesitantYes' } : { type: 'AFFIRM' };
  return undefined;
}
