// How the terminal shows a bot activity: its words, its buttons as numbered choices, and "…" while the bot types.
import { ActionTypes, ActivityTypes, type Activity, type CardAction } from 'botbuilder';
import { isAgentMessage } from '../../dialogs';
import { actionsOf, textOf } from '../channel/localChannel';

export const BOT = 'bot › ';
/** An agent writes through the bot's account; the bot marks the message (channelData.sender), as the web chat shows it. */
export const AGENT = 'agent › ';
export const YOU = 'you › ';
export const INDENT = ' '.repeat(BOT.length);

export interface Printed {
  lines: string[];
  /** The buttons shown, numbered from the `firstChoice` given. */
  choices: CardAction[];
}

function choiceLine(action: CardAction, n: number): string {
  const link = action.type === ActionTypes.OpenUrl ? ` ↗ ${String(action.value)}` : '';
  return `${INDENT}[${n}] ${action.title ?? ''}${link}`;
}

/** Lines for one activity; nothing for traces (they are for the Emulator's developer view). */
export function printActivity(activity: Activity, firstChoice: number): Printed {
  switch (activity.type) {
    case ActivityTypes.Typing:
      return { lines: [`${BOT}…`], choices: [] };
    case ActivityTypes.Message: {
      const choices = actionsOf(activity);
      const speaker = isAgentMessage(activity) ? AGENT : BOT;
      const indent = ' '.repeat(speaker.length);
      const words = textOf(activity).split('\n').map((line, i) => (i === 0 ? speaker : line === '' ? '' : indent) + line);
      return { lines: [...words, ...choices.map((a, i) => choiceLine(a, firstChoice + i))], choices };
    }
    case ActivityTypes.Trace:
      return { lines: [], choices: [] };
    default: {
      // Events such as handoff.initiate, endOfConversation: shown so a developer sees them, without their payload.
      const name = (activity as { name?: string }).name;
      return { lines: [`${INDENT}(${activity.type}${name ? `: ${name}` : ''})`], choices: [] };
    }
  }
}
