// The dialogue's steps that the running system and the renderers single out, by state path: one spelling of each.
import type { ExternalStep } from './events';

/** Where a conversation starts and comes back to: the welcome, which offers to start enabling pay-later. */
export const WELCOME_STEP = 'flow.welcome';
/** Where the customer picks one of their listed orders. */
export const ORDER_LIST = 'flow.purchase.showingOrders';
/** Where the customer gives the reason of a return. */
export const REASON_STEP = 'flow.purchase.awaitingReturnReason';
/** Where the customer confirms receipt and pays for an order. */
export const RECEIPT_STEP = 'flow.purchase.confirmingReceipt';
/** Where the customer confirms the return of an order, its reason given. */
export const RETURN_CONFIRMATION = 'flow.purchase.confirmingReturn';
/** Where the customer accepts the terms, which turns pay-later on. */
export const TERMS_STEP = 'flow.onboarding.confirmingTerms';
/** Where the login asks for a phone number. */
export const PHONE_STEP = 'flow.onboarding.login.awaitingPhone';
/** Where the login asks for the one-time code. */
export const CODE_STEP = 'flow.onboarding.login.awaitingOtp';
/** Where the login stopped after three wrong codes (asking to enable starts a new one). */
export const LOGIN_PAUSED_STEP = 'flow.onboarding.login.blocked';
/** Where the phone number typed is locked after too many wrong codes, here or elsewhere (another number can log in). */
export const NUMBER_LOCKED_STEP = 'flow.onboarding.login.numberLocked';
/** Where the bot has said the credit assessment does not allow pay-later yet. */
export const CREDIT_REFUSED_STEP = 'flow.onboarding.creditRefused';
/** Where pay-later is on and the bot asks whether to look at the orders (one is to pay now) or at how to use it. */
export const ENABLED_STEP = 'flow.onboarding.enabled';
/** Where the customer is sent to the shop's page to buy PLUS. */
export const PLUS_STEP = 'flow.onboarding.awaitingPlus';
/** Where the customer is sent to the shop's page to verify their real name (PLUS active, name not verified yet). */
export const REAL_NAME_STEP = 'flow.onboarding.awaitingRealName';

/** The shop-page steps, by the state that waits for them (a "done" button is asked there). */
export const SHOP_STEPS: Readonly<Record<string, ExternalStep | undefined>> = {
  [PLUS_STEP]: 'plus',
  [REAL_NAME_STEP]: 'realName',
};
