// One-time codes spaced in a conversation: one asked for again within a minute of the last is not sent (a text message
// costs money and carriers throttle a number sent to again and again), and the customer hears when to ask again.
import type { BackendPorts, OtpTooSoon } from '../../machines/ports';

/** How long after a code the conversation's next one is sent; a text can take about this long to arrive. */
export const OTP_RESEND_COOLDOWN_MS = 60_000;

/**
 * How long ago the last code went, and how long until the next may, when that is within the cooldown. A last code "in
 * the future" (another instance's clock ahead of this one's) spaces nothing, rather than holding the customer back.
 */
function tooSoon(lastSentAt: number | undefined, now: number): OtpTooSoon | undefined {
  if (lastSentAt === undefined) return undefined;
  const elapsed = now - lastSentAt;
  if (elapsed < 0 || elapsed >= OTP_RESEND_COOLDOWN_MS) return undefined;
  return {
    ok: false,
    error: 'too_soon',
    secondsAgo: Math.floor(elapsed / 1000),
    secondsLeft: Math.max(1, Math.ceil((OTP_RESEND_COOLDOWN_MS - elapsed) / 1000)),
  };
}

/**
 * Whether a code asked for now is refused here, before the backend, as spaceCodeResends does: the turn then waits for no
 * backend call, and shows no typing for it (src/bot/dialogueTurn.ts).
 */
export const codeRefusedHere = (lastSentAt: number | undefined, now: number): boolean => tooSoon(lastSentAt, now) !== undefined;

/** The backend ports with a code asked for too soon after the last one refused before it reaches the backend. */
export function spaceCodeResends(ports: BackendPorts, now: () => number): BackendPorts {
  return {
    ...ports,
    requestOtp: async (input) => {
      const at = now();
      const refusal = tooSoon(input.lastSentAt, at);
      if (refusal) return refusal;
      // Sent (the backend says nothing more): when, so the next one is spaced from it.
      return (await ports.requestOtp(input)) ?? { ok: true, sentAt: at };
    },
  };
}
