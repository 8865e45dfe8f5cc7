// Domain types the dialogue reasons about; the backend's zod schemas (src/backend/schemas.ts) must infer to these.

export type CreditLevel = 'good' | 'fair' | 'poor';

export interface Account {
  accountId: string;
  phoneMasked: string;
  plus: { active: boolean };
  realName: { verified: boolean };
  credit: { level: CreditLevel; eligible: boolean };
  payLater: { enabled: boolean; limit?: number };
}

export type OrderStatus = 'in_transit' | 'delivered' | 'paid' | 'return_requested' | 'overdue';

export interface Order {
  orderId: string;
  title: string;
  amount: number;
  status: OrderStatus;
  dueDate?: string;
}

export interface Session {
  accountId: string;
  token: string;
  expiresAt: string;
}

/** The onboarding steps in the order the customer goes through them. */
export const ONBOARDING_STEPS = ['login', 'plus', 'realName', 'credit', 'terms', 'payLater'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

/** The intents of PRODUCT.md §4; their names are part of the contract. */
export const INTENTS = [
  'greeting', 'what_is', 'requirements', 'enable', 'status', 'plus', 'real_name', 'credit', 'checkout',
  'pay', 'return', 'orders', 'human', 'help', 'cancel', 'restart', 'affirm', 'deny', 'thanks', 'goodbye',
  'out_of_scope',
] as const;
export type Intent = (typeof INTENTS)[number];
