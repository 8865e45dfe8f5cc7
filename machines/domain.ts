// Domain shapes the dialogue reasons about, declared once as zod schemas: the backend contract (src/backend/schemas.ts)
// re-exports them to parse and send answers, and a stored snapshot (snapshot.ts) is checked with them.
import { z } from 'zod';

export const creditLevelSchema = z.enum(['good', 'fair', 'poor']);
export type CreditLevel = z.infer<typeof creditLevelSchema>;

export const accountSchema = z.object({
  accountId: z.string().min(1),
  phoneMasked: z.string().min(1),
  plus: z.object({ active: z.boolean() }),
  realName: z.object({ verified: z.boolean() }),
  credit: z.object({ level: creditLevelSchema, eligible: z.boolean() }),
  payLater: z.object({ enabled: z.boolean(), limit: z.number().nonnegative().optional() }),
});
export type Account = z.infer<typeof accountSchema>;

export const orderStatusSchema = z.enum(['in_transit', 'delivered', 'paid', 'return_requested', 'overdue']);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

export const orderSchema = z.object({
  orderId: z.string().min(1),
  title: z.string().min(1),
  amount: z.number().nonnegative(),
  status: orderStatusSchema,
  dueDate: z.string().date().optional(),
});
export type Order = z.infer<typeof orderSchema>;

export const sessionSchema = z.object({
  accountId: z.string().min(1),
  token: z.string().min(1),
  expiresAt: z.string().datetime(),
});
export type Session = z.infer<typeof sessionSchema>;

// Which orders the customer may act on: the dialogue offers and accepts these, and the mock backend enforces them.
/** Confirming receipt pays the order; an overdue order can still be paid that way. */
export const PAYABLE_ORDER_STATUSES: readonly OrderStatus[] = ['delivered', 'overdue'];
/** Goods can be refused while on the way or sent back once delivered, but not after paying. */
export const RETURNABLE_ORDER_STATUSES: readonly OrderStatus[] = ['delivered', 'in_transit'];

export const isPayable = (order: Order | undefined): boolean =>
  order !== undefined && PAYABLE_ORDER_STATUSES.includes(order.status);
export const isReturnable = (order: Order | undefined): boolean =>
  order !== undefined && RETURNABLE_ORDER_STATUSES.includes(order.status);

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
