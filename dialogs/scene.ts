// What one rendering sees: the state path, the context, this turn's notices, the locale and links, plus its translator.
import type { DialogueContext, Notice } from '../machines/context';
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
  /** Handed over to a person this turn: how many customers wait before this one, when the queue says. */
  queueAhead?: number;
}

export interface Scene extends RenderInput {
  t: Translate;
}

export const sceneOf = (input: RenderInput): Scene => ({ ...input, t: translator(input.locale) });
