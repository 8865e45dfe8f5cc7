// The words of a bot's activity for a text-only channel: its text, then what its cards say.
import type { Activity, Attachment } from 'botbuilder';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

interface AdaptiveElement {
  type?: string;
  text?: string;
  facts?: Array<{ title?: string; value?: string }>;
  items?: AdaptiveElement[];
  columns?: Array<{ items?: AdaptiveElement[] }>;
}

/** TextBlocks and FactSets, in reading order, including those inside containers and columns. */
function adaptiveLines(elements: AdaptiveElement[] = []): string[] {
  return elements.flatMap((e) => {
    if (e.type === 'TextBlock' && e.text) return [e.text];
    if (e.type === 'FactSet') return (e.facts ?? []).map((f) => `${f.title ?? ''}: ${f.value ?? ''}`);
    if (e.type === 'Container') return adaptiveLines(e.items);
    if (e.type === 'ColumnSet') return (e.columns ?? []).flatMap((c) => adaptiveLines(c.items));
    return [];
  });
}

function attachmentText(attachment: Attachment): string {
  const content = attachment.content as Record<string, unknown> | undefined;
  if (!content) return '';
  if (attachment.contentType === ADAPTIVE) {
    const fallback = content.fallbackText;
    return typeof fallback === 'string' ? fallback : adaptiveLines(content.body as AdaptiveElement[]).join('\n');
  }
  // Hero, thumbnail and sign-in cards share these fields.
  return ['title', 'subtitle', 'text'].map((k) => content[k]).filter((v): v is string => typeof v === 'string' && v !== '').join('\n');
}

/**
 * The activity's text, then what its cards say (an Adaptive Card's fallbackText, else its lines), as a channel without
 * cards would show them: the text is a lead-in to a card (the status card's "这是你现在的进度 👇"), not its copy. A card
 * whose words are the text's own is not said twice.
 */
export function textOf(activity: Partial<Activity>): string {
  const cards = (activity.attachments ?? []).map(attachmentText).filter((text) => text !== '' && text !== activity.text);
  return [activity.text ?? '', ...cards].filter(Boolean).join('\n\n');
}
