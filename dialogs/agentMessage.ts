// What the customer receives when an agent writes: the agent's words under customer service's name, after a line that a colleague joined.
import { MessageFactory, type Activity } from 'botbuilder';
import { translator, type Locale } from './messages';

/**
 * The name an agent's messages are sent under: customer service, with the agent's name when the desk gives one. The bot's
 * account sends them (the channel needs its id), so without it they read as the bot's ("Bot").
 */
export const agentSenderName = (locale: Locale, agent?: string): string =>
  agent ? translator(locale)('agent.senderName.named', { agent }) : translator(locale)('agent.senderName');

/** An agent's message, as marked below: channels, transcripts and the terminal chat tell it from the bot's by this. */
export const isAgentMessage = (activity: Partial<Activity>): boolean =>
  (activity.channelData as { sender?: unknown } | undefined)?.sender === 'agent';

/**
 * The activities of an agent's message, marked as the agent's (channelData.sender, as channels and the terminal chat
 * show it). The first one after the wait (`joined`) comes after the bot's line that a colleague has joined: the bot
 * goes quiet from then on, which without it looked broken.
 */
export function agentMessageActivities(locale: Locale, text: string, joined: boolean): Partial<Activity>[] {
  const message: Partial<Activity> = { type: 'message', text, locale, channelData: { sender: 'agent' } };
  return joined ? [{ ...MessageFactory.text(translator(locale)('notice.agentJoined')), locale }, message] : [message];
}
