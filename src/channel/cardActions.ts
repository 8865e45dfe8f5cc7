// The buttons of a bot's activity (suggested actions and card buttons) and what tapping one sends, as Web Chat does it.
import { ActionTypes, ActivityTypes, type Activity, type Attachment, type CardAction } from 'botbuilder';

const HERO_LIKE = new Set([
  'application/vnd.microsoft.card.hero',
  'application/vnd.microsoft.card.thumbnail',
  'application/vnd.microsoft.card.signin',
  'application/vnd.microsoft.card.oauth',
]);
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

interface AdaptiveAction {
  type?: string;
  title?: string;
  data?: unknown;
  url?: string;
}

/** Adaptive Card actions in the CardAction shape: Submit sends its data as the value, OpenUrl opens a link. */
function fromAdaptive(action: AdaptiveAction): CardAction | undefined {
  const title = action.title ?? '';
  if (action.type === 'Action.Submit') return { type: ActionTypes.MessageBack, title, value: action.data };
  if (action.type === 'Action.OpenUrl' && action.url) return { type: ActionTypes.OpenUrl, title, value: action.url };
  return undefined;
}

function cardButtons(attachment: Attachment): CardAction[] {
  const content = attachment.content as { buttons?: CardAction[]; actions?: AdaptiveAction[] } | undefined;
  if (!content) return [];
  if (HERO_LIKE.has(attachment.contentType)) return content.buttons ?? [];
  if (attachment.contentType === ADAPTIVE) return (content.actions ?? []).flatMap((a) => fromAdaptive(a) ?? []);
  return [];
}

/** Every button an activity offers, in the order a customer sees them: card buttons, then suggested actions. */
export function actionsOf(activity: Partial<Activity>): CardAction[] {
  return [...(activity.attachments ?? []).flatMap(cardButtons), ...(activity.suggestedActions?.actions ?? [])];
}

export type Tap =
  /** A message to post, and what the customer's side of the transcript shows for it. */
  | { kind: 'send'; activity: Partial<Activity>; shown: string }
  /** A link for the customer to open; nothing goes to the bot. */
  | { kind: 'open'; url: string };

const asText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * What a tap sends. messageBack posts its `text` and `value` (its `displayText` is only shown); imBack posts its
 * value as text; postBack posts a string value as text and any other value as the activity's value.
 */
export function tapOf(action: CardAction): Tap {
  const title = action.title ?? '';
  switch (action.type) {
    case ActionTypes.MessageBack:
      return {
        kind: 'send',
        activity: { type: ActivityTypes.Message, text: action.text, value: action.value },
        shown: action.displayText ?? action.text ?? title,
      };
    case ActionTypes.ImBack: {
      const text = asText(action.value) ?? title;
      return { kind: 'send', activity: { type: ActivityTypes.Message, text }, shown: text };
    }
    case ActionTypes.PostBack: {
      const text = asText(action.value);
      const content = text === undefined ? { value: action.value } : { text };
      return { kind: 'send', activity: { type: ActivityTypes.Message, ...content }, shown: title };
    }
    default:
      // openUrl, signin, playAudio, downloadFile…: all point somewhere outside the chat.
      return { kind: 'open', url: asText(action.value) ?? '' };
  }
}
