// A handoff queue where the customer is waiting for a person and no agent has taken the conversation: every withdrawal is
// granted, and counted.
import type { HandoffQueue } from '../../src/bot/dialogueTurn';

export const waitingQueue = (): HandoffQueue & { withdrawals: number } => {
  const q = {
    withdrawals: 0,
    waiting: async () => true,
    withdraw: async () => {
      q.withdrawals += 1;
      return true;
    },
    away: async () => false,
  };
  return q;
};
