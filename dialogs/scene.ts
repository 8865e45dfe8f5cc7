// What one rendering sees: the state path, the context, this turn's notices, the locale and links, plus its translator.
import type { DialogueContext, Notice } from '../machines/context';
import type { Intent } from '../machines/domain';
import type { Topic } from '../machines/events';
import { translator, type Locale, type Translate } from './messages';

export interface RenderInput {
  /** `statePath(snapshot.value)`, e.g. `flow.onboarding.login.awaitingPhone`. */
  path: string;
  context: DialogueContext;
  notices: Notice[];
  locale: Locale;
  links: { shopUrl: string };
  /** The customer has been greeted before in this conversation: a "hello" is answered briefly, not with the whole welcome. */
  returning?: boolean;
  /**
   * The dialogue rests where it did before this turn, with the orders as they were and not asked to be seen again: a prompt
   * said then need not be said in full after an answer.
   */
  stayed?: boolean;
  /** Handed over to a person this turn: how many customers wait before this one, when the queue says. */
  queueAhead?: number;
  /** Under a clarifying question, the step it came from and goes back to (its buttons stay on offer). */
  resumesTo?: string;
  /**
   * Today's date (UTC, YYYY-MM-DD, as the backend writes due dates), from the turn's clock: how many days an order is
   * overdue is counted from it. Without it the days are left unsaid.
   */
  today?: string;
  /**
   * What a support agent last handed on to the bot in this conversation (a hand-in, a release with an intent): asked who
   * is writing and why, the customer hears customer service asked it to help with that.
   */
  handedIn?: Intent;
  /**
   * The turn before gave the conversation back from an agent who had taken it: saying again where it stands ("what now?")
   * is said as the release said it, with no person offered again (dialogs/prompts.ts releasedByAgent).
   */
  backFromAgent?: boolean;
}

export interface Scene extends RenderInput {
  t: Translate;
}

export const sceneOf = (input: RenderInput): Scene => ({ ...input, t: translator(input.locale) });

/**
 * After these the prompt is said in full: back from a person, or resumed after an update (the customer needs it again), or
 * pay-later asked for again where it is on (the limit and what next are the answer).
 */
const PROMPT_AGAIN = new Set(['agentReleased', 'resumeFailed', 'payLaterAlreadyOn']);
/** Answers that lead into the step's prompt ("我们刚才说到这一步 👇", "我们现在在这一步："): it follows in full. */
const LEADS_INTO_PROMPT = new Set<Topic>(['whereWeWere', 'staleButton', 'whatNow']);

/**
 * Something else was answered this turn where the dialogue already rested ("谢谢", "能分期吗" at the checkout guide): the
 * prompt was said before, so a short line with its buttons will do.
 */
/** This turn says where the conversation stands, the step's prompt following in full. */
export const leadsIntoPrompt = (notices: Notice[]): boolean => notices.some((n) => n.id === 'topic' && LEADS_INTO_PROMPT.has(n.topic));

export const answeredInPlace = (scene: Scene): boolean =>
  scene.stayed === true &&
  !leadsIntoPrompt(scene.notices) &&
  scene.notices.some((n) => !PROMPT_AGAIN.has(n.id) && !(n.id === 'faq' && n.topic === 'orders'));

/** The credit check refused pay-later for this account (and it is not on): enabling is not offered, a person is. */
export const refusedByCredit = (scene: Scene): boolean =>
  scene.context.account?.credit.eligible === false && scene.context.account.payLater.enabled !== true;
