// The account backend's wire contract (PRODUCT.md §5): one zod schema per request and response body, shared by the mock and the client.
import { z } from 'zod';
import type { Account, Order, Session } from '../../machines/domain';

/** A mainland mobile number, as the shop's login accepts it. */
export const phoneSchema = z.string().regex(/^1[3-9]\d{9}$/, 'must be an 11-digit mainland mobile number');

// ---- requests ----

export const otpRequestSchema = z.object({ phone: phoneSchema }).strict();

/** Any code is accepted as input; a wrong one is a 401, not a malformed request. */
export const sessionRequestSchema = z.object({ phone: phoneSchema, code: z.string().min(1).max(16) }).strict();

/** Enabling pay-later is only valid with the terms accepted; `false` is ill-typed, not a refusal. */
export const payLaterRequestSchema = z.object({ acceptTerms: z.literal(true) }).strict();

export const returnRequestSchema = z.object({ reason: z.string().trim().min(1).max(500) }).strict();

/** A session for an account someone trusted already verified (a support agent); needs the service token, not a code. */
export const serviceSessionRequestSchema = z.object({ accountId: z.string().min(1).max(128) }).strict();

// ---- responses ----

export const sessionSchema = z.object({
  accountId: z.string().min(1),
  token: z.string().min(1),
  expiresAt: z.string().datetime(),
});

export const creditLevelSchema = z.enum(['good', 'fair', 'poor']);

export const accountSchema = z.object({
  accountId: z.string().min(1),
  phoneMasked: z.string().min(1),
  plus: z.object({ active: z.boolean() }),
  realName: z.object({ verified: z.boolean() }),
  credit: z.object({ level: creditLevelSchema, eligible: z.boolean() }),
  payLater: z.object({ enabled: z.boolean(), limit: z.number().nonnegative().optional() }),
});

export const orderStatusSchema = z.enum(['in_transit', 'delivered', 'paid', 'return_requested', 'overdue']);

export const orderSchema = z.object({
  orderId: z.string().min(1),
  title: z.string().min(1),
  amount: z.number().nonnegative(),
  status: orderStatusSchema,
  dueDate: z.string().date().optional(),
});

export const ordersResponseSchema = z.object({ orders: z.array(orderSchema) });

// ---- errors ----

/** Every error answer is `{code, message}`; `code` is stable and machine-readable, `message` is for humans. */
export const errorBodySchema = z.object({ code: z.string().min(1), message: z.string() });

/** The first onboarding condition that is missing, in onboarding order. */
export const notEligibleReasonSchema = z.enum(['plus', 'real_name', 'credit']);

export const notEligibleBodySchema = errorBodySchema.extend({
  code: z.literal('not_eligible'),
  reason: notEligibleReasonSchema,
});

/** The error codes this API answers with. */
export const ERROR_CODES = {
  invalidRequest: 'invalid_request',
  invalidJson: 'invalid_json',
  unsupportedMediaType: 'unsupported_media_type',
  payloadTooLarge: 'payload_too_large',
  unauthorized: 'unauthorized',
  wrongCode: 'wrong_code',
  forbidden: 'forbidden',
  notFound: 'not_found',
  unknownAccount: 'unknown_account',
  methodNotAllowed: 'method_not_allowed',
  orderNotFound: 'order_not_found',
  notEligible: 'not_eligible',
  invalidOrderState: 'invalid_order_state',
  internal: 'internal',
} as const;

// ---- events the backend sends to the bot (signed, see src/webhook/signature.ts) ----

export const backendEventTypeSchema = z.enum(['plus.activated', 'realName.verified']);

export const backendEventSchema = z.object({
  eventId: z.string().min(1),
  type: backendEventTypeSchema,
  accountId: z.string().min(1),
  occurredAt: z.string().datetime(),
});

export type ErrorBody = z.infer<typeof errorBodySchema>;
export type NotEligibleReason = z.infer<typeof notEligibleReasonSchema>;
export type BackendEvent = z.infer<typeof backendEventSchema>;
export type BackendEventType = z.infer<typeof backendEventTypeSchema>;

// Compile-time proof that the wire schemas and the dialogue's domain types describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemasMatchDomain = [
  Assert<Same<z.infer<typeof accountSchema>, Account>>,
  Assert<Same<z.infer<typeof orderSchema>, Order>>,
  Assert<Same<z.infer<typeof sessionSchema>, Session>>,
];
