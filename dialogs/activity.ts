// Makes message activities in the scene's locale: `tell` for statements, `ask` for prompts that wait for an answer.
import { InputHints, MessageFactory, TextFormatTypes, type Activity, type CardAction } from 'botbuilder';
import type { Scene } from './scene';

export function tell(scene: Scene, text: string, actions: CardAction[] = [], inputHint: InputHints = InputHints.AcceptingInput): Partial<Activity> {
  const activity = actions.length > 0
    ? MessageFactory.suggestedActions(actions, text, undefined, inputHint)
    : MessageFactory.text(text, undefined, inputHint);
  return { ...activity, locale: scene.locale, textFormat: TextFormatTypes.Markdown };
}

export const ask = (scene: Scene, text: string, actions: CardAction[] = []): Partial<Activity> =>
  tell(scene, text, actions, InputHints.ExpectingInput);

/** Paragraphs of one message; empty parts (an optional sentence left out) are skipped. */
export const paragraphs = (...parts: Array<string | undefined>): string => parts.filter(Boolean).join('\n\n');
