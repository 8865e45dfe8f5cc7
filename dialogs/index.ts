// The dialogs/ API: how the dialogue's states speak, for the turn loop and the conversation greeting.
import type { Activity } from 'botbuilder';
import { initialContext } from '../machines/context';
import type { Locale } from './messages';
import { renderTurn } from './render';

export { renderNotices, renderTurn, type RenderInput } from './render';
export { buttonStep, buttonValueSchema, STEP_BOUND_EVENTS, type ButtonEvent, type ButtonValue } from './buttonValue';
export { stampStep } from './actions';
export { agentMessageActivities, agentSenderName, isAgentMessage } from './agentMessage';
export { handInIntro } from './handIn';
export { maskIdNumber, maskPhone } from './mask';
export { LOCALES, type Locale } from './messages';
export { LOGIN_OFFERS, loginOffered, releasedByAgent, RESTING_PATHS, welcomeAsksToStart, welcomeAsksYes, type LoginOffer, type RestingPath } from './prompts';
export { tappedButtonText } from './tapLabel';

/** The welcome, as sent when a customer joins (conversationUpdate) before the dialogue has run. */
export const greetingActivities = (locale: Locale, shopUrl: string): Partial<Activity>[] =>
  renderTurn({ path: 'flow.welcome', context: initialContext(), notices: [], locale, links: { shopUrl } });
