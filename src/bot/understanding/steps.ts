// The dialogue's states whose words the understanding reads in a way of their own.
import type { ExternalStep } from '../../../machines/events';

/** Where a conversation starts and comes back to: the welcome, which offers to start enabling pay-later. */
export const WELCOME_STEP = 'flow.welcome';
/** Where the customer picks one of their listed orders. */
export const ORDER_LIST = 'flow.purchase.showingOrders';

/** Where the customer gives the reason of a return. */
export const REASON_STEP = 'flow.purchase.awaitingReturnReason';
/** States where the customer's own words are the answer. */
export const FREE_TEXT_STATES = new Set([REASON_STEP]);

/** Where the customer confirms receipt and pays for an order. */
export const RECEIPT_STEP = 'flow.purchase.confirmingReceipt';
/** Where the customer confirms the return of an order, its reason given. */
export const RETURN_CONFIRMATION = 'flow.purchase.confirmingReturn';
/** Where the customer accepts the terms, which turns pay-later on. */
export const TERMS_STEP = 'flow.onboarding.confirmingTerms';
/** Where the login asks for a phone number. */
export const PHONE_STEP = 'flow.onboarding.login.awaitingPhone';
/** Where the bot has said the credit assessment does not allow pay-later yet. */
export const CREDIT_REFUSED_STEP = 'flow.onboarding.creditRefused';
/** Where pay-later is on and the bot asks whether to look at the orders (one is to pay now) or at how to use it. */
export const ENABLED_STEP = 'flow.onboarding.enabled';

/**
 * Where a yes only shows something (the orders, how to use it). Under a clarifying question a bare yes there answers the
 * step's own question, the one still open ("hmm", then "yes" to "shall we look at your orders first?"); where a yes pays,
 * files a return, turns pay-later on or hands over, only the step's own words or buttons do (src/bot/dialogueTurn.ts).
 */
export const YES_SHOWS_STEPS = new Set([ENABLED_STEP]);

/**
 * Where a yes pays, files a return or turns pay-later on: only plain yes words do (STEP_ANSWERS); a yes with more in it
 * is told how to go ahead. At the terms, "好吧我再想想" or "hmm not sure" read as yes turned pay-later on.
 */
export const CONSENT_STEPS = new Set([RECEIPT_STEP, 'flow.purchase.confirmingReturn', TERMS_STEP]);
/** Where a return is under way: its reason asked for, then its confirmation. */
export const RETURN_STEPS = new Set(['flow.purchase.awaitingReturnReason', 'flow.purchase.confirmingReturn']);
/** A payment or a return under way: going back from them leads to the order list, the order left as it is. */
export const PURCHASE_STEPS = new Set([RECEIPT_STEP, ...RETURN_STEPS]);

/** The shop-page steps, by the state that waits for them (a "done" button is asked there). */
export const SHOP_STEPS: Readonly<Record<string, ExternalStep | undefined>> = {
  'flow.onboarding.awaitingPlus': 'plus',
  'flow.onboarding.awaitingRealName': 'realName',
};
