// Turns an activity into what a transcript keeps: plain JSON, personal numbers masked, handoff events without their copy of the transcript.
import { HandoffEventNames, RoleTypes, type Activity, type Attachment } from 'botbuilder';
import { maskSensitive } from '../bot/mask';

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

/**
 * One JSON round trip that also masks: the adapter's activities hold Date objects (JSON turns them into strings
 * first) and are not ours to change. Every string is masked except the verbatim fields and the conversation id,
 * which is how the transcript is found and named.
 */
function maskedCopy(activity: Partial<Activity>): Activity {
  const conversation = activity.conversation;
  return JSON.parse(
    JSON.stringify(activity, function (this: unknown, key: string, value: unknown) {
      if (typeof value !== 'string') return value;
      if (this === activity ? VERBATIM.has(key) : this === conversation && key === 'id') return value;
      return maskSensitive(value);
    }),
  ) as Activity;
}

/**
 * Outgoing activities carry the bot account, which channels send without a role; the Emulator needs one to draw
 * the conversation, and botbuilder already marks incoming ones 'user'.
 */
export function toStoredActivity(activity: Partial<Activity>): Activity {
  const plain = maskedCopy(activity);
  if (plain.from && !plain.from.role) plain.from = { ...plain.from, role: RoleTypes.Bot };
  return withoutTranscriptCopy(plain);
}
