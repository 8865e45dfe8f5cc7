// The dialogue's states whose words the understanding reads in a way of their own.
import { ENABLED_STEP, REASON_STEP, RECEIPT_STEP, RETURN_CONFIRMATION, TERMS_STEP } from '../../../machines/steps';

// The steps' paths are spelt once, in machines/steps.ts (dialogs/ names them too); re-exported for the understanding.
export * from '../../../machines/steps';

/** States where the customer's own words are the answer. */
export const FREE_TEXT_STATES = new Set([REASON_STEP]);

/**
 * Where a yes only shows something (the orders, how to use it). Under a clarifying question a bare yes there answers the
 * step's own question, the one still open ("hmm", then "yes" to "shall we look at your orders first?"); where a yes pays,
 * files a return or turns pay-later on, a plain yes typed does too, and elsewhere only the step's own words or buttons do
 * (src/bot/dialogueTurn.ts).
 */
export const YES_SHOWS_STEPS = new Set([ENABLED_STEP]);

/**
 * Where a yes pays, files a return or turns pay-later on: only plain yes words do (STEP_ANSWERS); a yes with more in it
 * is told how to go ahead. At the terms, "好吧我再想想" or "hmm not sure" read as yes turned pay-later on.
 */
export const CONSENT_STEPS = new Set([RECEIPT_STEP, RETURN_CONFIRMATION, TERMS_STEP]);
/** Where a return is under way: its reason asked for, then its confirmation. */
export const RETURN_STEPS = new Set([REASON_STEP, RETURN_CONFIRMATION]);
/** A payment or a return under way: going back from them leads to the order list, the order left as it is. */
export const PURCHASE_STEPS = new Set([RECEIPT_STEP, ...RETURN_STEPS]);

