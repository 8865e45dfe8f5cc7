// The note an agent leaves when handing a customer to the bot, kept where bot developers and later agents look.
import type { TurnContext } from 'botbuilder';

/**
 * Sent as a trace: botbuilder delivers traces to the Emulator only, so customers never see it, while the
 * transcript logger stores it (masked) with the conversation.
 */
export async function sendAgentNote(context: TurnContext, note: string): Promise<void> {
  await context.sendTraceActivity('Agent note', note, 'https://paylater.example/schemas/agent-note', 'Note from the support agent');
}
