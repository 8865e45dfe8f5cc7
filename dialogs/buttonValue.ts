// The schema of a button's value — the dialogue event a tap sends — limited to events a customer may send.
import { z } from 'zod';
import { INTENTS } from '../machines/domain';
import { intentEventType, RETURN_REASONS, type DialogueEvent, type IntentEventType } from '../machines/events';

/** Fails to compile when `A` is not a `B`: an event the machine no longer knows shows up here. */
type Is<A extends B, B> = A;

const intentEventTypes = new Set<string>(INTENTS.map(intentEventType));
const orderId = z.string().min(1).max(64);

// Backend- and agent-only events (BACKEND_STEP_COMPLETED, SESSION_PROVIDED, AGENT_RELEASED) and free-text
// entities (PHONE_RECEIVED, OTP_RECEIVED) are deliberately absent: a forged button value must not produce them.
const buttonEventSchema = z.union([
  z.object({
    type: z.custom<IntentEventType>((v) => typeof v === 'string' && intentEventTypes.has(v), 'not an intent event'),
  }),
  z.object({ type: z.literal('OTP_RESEND_REQUESTED') }),
  // The waiting notice's button: outside the handoff it does nothing (a general cancel would drop the step).
  z.object({ type: z.literal('HANDOFF_WITHDRAWN') }),
  z.object({ type: z.literal('RETRY') }),
  z.object({ type: z.literal('ORDER_PAY_CHOSEN'), orderId }),
  z.object({ type: z.literal('ORDER_RETURN_CHOSEN'), orderId }),
  z.object({ type: z.literal('RETURN_REASON_GIVEN'), reason: z.enum(RETURN_REASONS) }),
]);

export const buttonValueSchema = z.object({ event: buttonEventSchema, at: z.string().max(200).optional() });

/** An event a button may send; always a DialogueEvent. */
export type ButtonEvent = Is<z.infer<typeof buttonEventSchema>, DialogueEvent>;
/** `at`: the step a yes or no button answers (see STEP_BOUND_EVENTS); buttons without it act wherever they are tapped. */
export type ButtonValue = { event: ButtonEvent; at?: string };

/**
 * A bare yes or no means "to the question asked now", so a button that sends one is stamped with the step it was asked
 * at: tapped at another step ("我已认证好了" once the terms are up, "确认收货并付款" of another order), it answers nothing.
 * A chat keeps earlier buttons on screen, and a stale yes turned pay-later on, paid an order and filed a return.
 */
export const STEP_BOUND_EVENTS: ReadonlySet<string> = new Set(['AFFIRM', 'DENY']);

/** The step a button answers: the state's path, and the order when one is in question (two orders' confirmations). */
export const buttonStep = (path: string, orderId: string | undefined): string => (orderId ? `${path}#${orderId}` : path);
