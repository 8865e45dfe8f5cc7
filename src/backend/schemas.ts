// The account backend's wire contract (PRODUCT.md §5): one zod schema per request and response body, shared by the mock and the client.
import { z } from 'zod';
import { orderSchema } from '../../machines/domain';

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

// The answer bodies are the dialogue's own domain shapes, declared once in machines/domain.ts (the dialogue may not
// import src/); they are part of this contract all the same, hence re-exported here.
export { accountSchema, creditLevelSchema, orderSchema, orderStatusSchema, sessionSchema } from '../../machines/domain';

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

