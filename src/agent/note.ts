// The note an agent leaves when handing a customer to the bot, kept where bot developers and later agents look.
import type { TurnContext } from 'botbuilder';
import { maskSensitive } from '../bot/mask';

/**
 * Sent as a trace: botbuilder delivers traces to the Emulator only, so customers never see it, while the
 * transcript logger stores it with the conversation. Masked before it goes anywhere (the Emulator's channel too): an
 * agent's note often repeats the customer's phone or ID number.
 */
export async function sendAgentNote(context: TurnContext, note: string): Promise<void> {
  await context.sendTraceActivity('Agent note', maskSensitive(note), 'https://paylater.example/schemas/agent-note', 'Note from the support agent');
}
