// What a message of emoji alone says where words would: anger, or an ok where the bot asked nothing to say yes to.
import type { DialogueEvent } from '../../../machines/events';
import { FREE_TEXT_STATES, WELCOME_STEP } from './steps';

/** Only angry faces, with punctuation at most ("😡😡😡", "🤬!!"): the customer is upset, as "太过分了" says. */
const ANGRY = /^(?=.*[😡😠🤬👿💢🖕])(?:[😡😠🤬👿💢🖕\uFE0F\u200D\p{P}\s]|\p{Emoji_Modifier})+$/u;
/** Only an approving gesture ("👍", "👌", "🙏"): an ok or thanks, a yes only where a yes is asked for. */
const APPROVING = /^(?:[👍👌🙏🙆✅💯🤝👏]|\p{Emoji_Modifier}|[\uFE0F\u200D\s!！.。])+$/u;

/**
 * Emoji alone: anger is a complaint (an apology and the way to a person; "😡😡😡" got the help menu), but where words are
 * the answer.
 * At the welcome, an approving gesture is a yes to the greeting's "shall we turn it on?" only when that was asked last
 * (`welcomeAsked`); after "what else can I help you with?" it is thanks ("👍" there started the login).
 */
export function emojiMood(typed: string, statePath: string, welcomeAsked: boolean | undefined): DialogueEvent | undefined {
  // Where words are the answer (a return's reason), angry words are the reason's, with a word of regret: so is this.
  if (ANGRY.test(typed) && !FREE_TEXT_STATES.has(statePath)) return { type: 'TOPIC_ASKED', topic: 'complaint' };
  if (statePath === WELCOME_STEP && welcomeAsked === false && APPROVING.test(typed)) return { type: 'THANKS' };
  return undefined;
}
