// Turns an activity into what a transcript keeps: plain JSON, personal numbers masked, handoff events without their copy of the transcript.
import { HandoffEventNames, RoleTypes, type Activity, type Attachment } from 'botbuilder';
import { maskDeep } from '../bot/mask';

/**
 * Fields that address or order activities, kept as they are: masking treats any six digits as a one-time code,
 * which would garble ids and timestamps (a UUID often has six digits in a row) and break replies and links.
 * Everything else (text, buttons, cards, values, channel data, who spoke) is masked.
 */
const VERBATIM = new Set([
  'id', 'replyToId', 'type', 'name', 'channelId', 'serviceUrl', 'locale', 'inputHint', 'textFormat', 'callerId',
  'timestamp', 'localTimestamp', 'rawTimestamp', 'rawLocalTimestamp', 'localTimezone',
]);

/** The handoff event carries the transcript so far; storing that copy again in the transcript would grow it quadratically. */
function withoutTranscriptCopy(activity: Activity): Activity {
  if (activity.name !== HandoffEventNames.InitiateHandoff) return activity;
  const attachments = (activity.attachments ?? []).map((a: Attachment): Attachment => {
    const copied = (a.content as { activities?: unknown[] } | undefined)?.activities;
    return Array.isArray(copied) ? { ...a, content: { activities: [], omittedActivities: copied.length } } : a;
  });
  return { ...activity, attachments };
}

function maskContent(activity: Activity): Activity {
  const masked = Object.fromEntries(
    Object.entries(activity).map(([key, value]) => [key, VERBATIM.has(key) ? value : maskDeep(value)]),
  ) as unknown as Activity;
  // The conversation id is how the transcript is found and named; its other fields are masked like the rest.
  if (activity.conversation) masked.conversation = { ...masked.conversation, id: activity.conversation.id };
  return masked;
}

/**
 * JSON round trip first: the adapter's activities hold Date objects, which masking would flatten to `{}`.
 * Outgoing activities carry the bot account, which channels send without a role; the Emulator needs one to draw
 * the conversation, and botbuilder already marks incoming ones 'user'.
 */
export function toStoredActivity(activity: Partial<Activity>): Activity {
  const plain = JSON.parse(JSON.stringify(activity)) as Activity;
  if (plain.from && !plain.from.role) plain.from = { ...plain.from, role: RoleTypes.Bot };
  return maskContent(withoutTranscriptCopy(plain));
}
