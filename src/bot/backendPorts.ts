// Adapts the typed account client to the backend ports the dialogue invokes.
import { BackendError, type AccountClient } from '../backend/client';
import type { BackendPorts } from '../../machines/ports';

export function backendPorts(client: AccountClient): BackendPorts {
  return {
    // An invalid phone is caught by the bot before it asks; the backend saying so anyway is a failure to retry. A code
    // refused as too soon is told as the bot's own spacing of codes is (src/bot/codeResends.ts), without the times.
    requestOtp: async ({ phone }) => {
      const result = await client.requestOtp(phone);
      if (!result.ok && result.error === 'too_soon') return { ok: false, error: 'too_soon' };
      if (!result.ok) throw new BackendError('bad_response', 'the backend refused the phone number');
      return undefined;
    },
    createSession: ({ phone, code }) => client.createSession(phone, code),
    fetchAccount: ({ session }) => client.getAccount(session),
    enablePayLater: async ({ session }) => {
      const result = await client.enablePayLater(session);
      return result.ok ? result : { ok: false, error: 'not_eligible' };
    },
    listOrders: ({ session }) => client.listOrders(session),
    confirmReceipt: ({ session, orderId }) => client.confirmReceipt(session, orderId),
    requestReturn: ({ session, orderId, reason }) => client.requestReturn(session, orderId, reason),
  };
}
