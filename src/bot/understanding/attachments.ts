// What a message's attachments say: a picture or a file the chat cannot read, perhaps of an identity document.
import type { DialogueEvent } from '../../../machines/events';
import { toSimplified } from '../../nlu';
import { bare } from './bareWords';
import type { UnderstoodRequests } from '../twoRequests';

/** What channels attach beside the words (Teams: the message again as HTML) and cards: no file of the customer's. */
const NOT_A_FILE = /^(?:text\/html|application\/vnd\.microsoft\.card\.)/i;

/** Whether an activity's attachments hold a picture or a file the customer sent (a screenshot, a photo of the goods). */
export function sendsFiles(attachments: unknown): boolean {
  if (!Array.isArray(attachments)) return false;
  return attachments.some((attachment: unknown) => {
    const type = (attachment as { contentType?: unknown } | null)?.contentType;
    return typeof type === 'string' && !NOT_A_FILE.test(type);
  });
}

/** Words that say what was sent is an identity document ("这是我的身份证", "here's my ID card"). */
const ID_DOCUMENT =
  /身份证|证件|户口本|护照|驾照|驾驶证|\bid card\b|\bidentity (?:card|document)|\bmy id\b(?!\s*(?:number|no\b))|\bpassport\b|\bdriv(?:er'?s|ing) licen[cs]e\b/i;

const ATTACHMENT: DialogueEvent = { type: 'TOPIC_ASKED', topic: 'attachment' };
const ID_DOCUMENT_SENT: DialogueEvent = { type: 'TOPIC_ASKED', topic: 'idDocument' };
/** Readings that say nothing to act on: beside a picture, the picture is what the customer meant. */
const NOTHING_CLEAR = new Set<DialogueEvent['type']>(['UNCLEAR', 'OUT_OF_SCOPE']);
/** Words that only point at what was sent ("看这个", "截图", "see this"): "看这个" is a yes to the classifier. */
const POINTING =
  /^(?:请|你|麻烦|帮我)?(?:看|瞧)(?:看|一下)?(?:这个|这张|这张图|这里|图|图片|截图|照片)?(?:吧|啊|呀|呢)?$|^(?:这是|这个是|发你)?(?:截图|图片|照片)(?:吧|啊)?$|^(?:(?:please )?(?:look at|see|check) (?:this|it|the (?:picture|photo|screenshot|image|file))|(?:here(?:'s| is) )?(?:a |the |my )?(?:picture|photo|screenshot|image|file)|this|see)$/i;

/**
 * A message with a picture or a file, which the chat cannot read. Alone (it got the welcome again, or "what else can I
 * help you with?") or with words that say nothing clear, the customer is asked to type, the step kept; said to be an
 * identity document ("这是我的身份证"), not to send one here. Clear words are taken as they are, once the customer has
 * been told the file was not read (not under a clarifying question, which waits for its own answer).
 */
export function withFiles(understood: UnderstoodRequests, text: string | undefined, statePath: string): UnderstoodRequests {
  if (ID_DOCUMENT.test(toSimplified(text ?? ''))) return { ...understood, event: ID_DOCUMENT_SENT, answersFirst: undefined };
  const { event } = understood;
  if (event === undefined || NOTHING_CLEAR.has(event.type) || POINTING.test(bare(text ?? ''))) return { ...understood, event: ATTACHMENT, answersFirst: undefined };
  if (!statePath.startsWith('flow.')) return understood;
  return { ...understood, answersFirst: [ATTACHMENT, ...(understood.answersFirst ?? [])] };
}
