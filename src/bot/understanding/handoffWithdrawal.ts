// Whether words written while waiting for a person take the request back, or start the conversation over.
import { buttonValueSchema } from '../../../dialogs/buttonValue';
import type { DialogueEvent, Topic } from '../../../machines/events';
import { bare } from './bareWords';
import { MAX_STEP_ANSWER_LENGTH } from './stepAnswers';

/**
 * Taking a request for a person back while no agent has taken it: the waiting notice's button, or a whole message of
 * these words only ("还是算了吧" too), perhaps saying the customer will do it alone or has done it ("不用了，我自己来",
 * "不用了 我自己搞定了", "never mind, I sorted it out myself"). With a request after them, see requestAfterWithdrawal. Anything else written while waiting is for the agent ("先别取消", "取消自动续费",
 * "重新开始认证", "我自己搞不定").
 */
const WITHDRAW_WORDS =
  /^(?:(?:我|那|好的?|嗯|算了)[，,\s]*)?(?:还是)?(?:取消|算了(?:算了)?|不用了|不等了|不需要了|不转(?:人工)?了|不用转了|(?:取消|不用|不要|不需要)(?:转)?人工(?:客服)?了?|取消转接|cancel(?: the (?:agent|request|transfer))?|never ?mind|no need|no thanks|i don'?t need an? (?:agent|person|human)(?: any ?more)?)(?:吧|啊|呀)?(?:[，,\s]*(?:谢谢|thanks|thank you|please))?(?:[，,.\s]*(?:我自己(?:来|弄|搞|办|处理|操作|试试)(?:好了|完了)?(?:吧|就行|就好)?|(?:我)?(?:自己)?(?:已经)?(?:弄|搞|办)(?:好|定)了|i['’]?ll (?:do|handle|sort) it myself|i can do it myself|i(?:['’]ve)? (?:sorted|figured|worked) it(?: out)?(?: myself)?|i(?:['’]ve)? (?:fixed|solved|done) it(?: myself)?))?$/i;
/**
 * Taking it back to go on with the bot: "不用了 我还是问你吧", "算了，问你就行", "never mind, I'll just ask you". Said alone, only
 * with 还是 or "instead" ("我还是问你吧"): a bare "问你" or "你帮我看看" may be meant for the person awaited.
 */
const ASK_THE_BOT_INSTEAD =
  /^(?:(?:(?:我|那|好的?|嗯|算了)[，,\s]*)?(?:还是)?(?:取消|算了(?:算了)?|不用了|不等了|不需要了|不转(?:人工)?了|不用转了|不要人工了)(?:吧|啊|呀)?[，,\s]*(?:我)?(?:还是|就)?(?:直接)?(?:问你|找你|跟你聊|和你聊|问(?:机器人|助手)|你来?(?:回答|帮)(?:我)?)|(?:我)?还是(?:直接)?(?:问你|找你|跟你聊|和你聊|问(?:机器人|助手)))(?:吧|好了|就行|就好|就可以了?)?$|^(?:(?:never ?mind|no thanks|no need|cancel(?: that| it)?)[,.\s]*(?:i['’]?ll (?:just )?ask you(?: instead)?|let me (?:just )?ask you(?: instead)?|you can (?:help|answer) me)|i['’]?ll (?:just )?ask you instead|let me (?:just )?ask you instead)$/i;
/** Doing it oneself, in English: said after taking the request back, or alone (DOING_IT_MYSELF). */
const MYSELF_EN = String.raw`i['’]?ll (?:just )?(?:do|handle|sort) it (?:myself|on my own)|i can do it (?:myself|on my own)|i['’]?ll (?:figure|work|sort) it out(?: myself| on my own)?`;
/**
 * Doing it oneself said alone ("我自己弄", "我自己来吧", "我自己弄好了", "I'll do it myself"): the request taken back, as "不用了，
 * 我自己来" is. "我自己搞不定" is not.
 */
const DOING_IT_MYSELF = new RegExp(
  String.raw`^(?:我自己(?:来|弄|搞|办|处理|操作|试试)(?:吧|就行|就好|好了)?|我自己(?:已经)?(?:弄|搞|办)(?:好|定)了|${MYSELF_EN})$`,
  'i',
);
/**
 * Taking it back in casual English, perhaps after "actually", "oh", "ok" and with doing it oneself after it ("nvm", "cancel
 * that", "actually cancel", "no need anymore", "forget it, I'll do it myself"): those were told a colleague was on the way,
 * the conversation kept in the queue.
 */
const CASUAL_ENGLISH = new RegExp(
  String.raw`^(?:(?:actually|oh|ok(?:ay)?|hmm+|wait|um+|ah|nah)[,.\s]+)*` +
    String.raw`(?:nvm|never ?mind|cancel(?: that| it| this)?|forget (?:it|about it|that)|no need(?: any ?more| now)?|not needed any ?more|` +
    String.raw`i don'?t need (?:help|an? (?:agent|person|human)) any ?more)` +
    String.raw`(?:[,.\s]+(?:please|thanks|thank you))?(?:[,.\s]+(?:${MYSELF_EN}))?$`,
  'i',
);
/** The request for a person is taken back in these words, whatever else may follow them (requestAfterWithdrawal). */
const withdraws = (plain: string): boolean =>
  WITHDRAW_WORDS.test(plain) || ASK_THE_BOT_INSTEAD.test(plain) || CASUAL_ENGLISH.test(plain) || DOING_IT_MYSELF.test(plain);
/** Starting over, said alone while waiting: the request taken back and the conversation begun again. */
const RESTART_WORDS = /^(?:(?:重新开始|从头开始|重来)吧?|(?:start over|restart)(?: please)?)$/i;

export function handoffWithdrawal(text: string | undefined, value: unknown): 'CANCEL' | 'RESTART' | undefined {
  const button = value === undefined ? undefined : buttonValueSchema.safeParse(value);
  const tapped = button?.success ? button.data.event.type : undefined;
  if (tapped === 'HANDOFF_WITHDRAWN' || tapped === 'CANCEL') return 'CANCEL';
  if (tapped === 'RESTART') return 'RESTART';
  const plain = bare(text ?? '');
  if (plain.length > MAX_STEP_ANSWER_LENGTH) return undefined;
  if (RESTART_WORDS.test(plain)) return 'RESTART';
  return withdraws(plain) ? 'CANCEL' : undefined;
}

/** Where the words taking the request back may end with more after them: a clause end, or their own last particle. */
const CLAUSE_ENDS = new Set([...' \t\n\r，,。.!！;；~～']);
const SPLITS_AFTER = new Set([...CLAUSE_ENDS, ...'了吧啊呀']);
/** Taking the request back and asking something else is a message of a few clauses, not a story to the agent. */
const MAX_WITH_REQUEST_LENGTH = 2 * MAX_STEP_ANSWER_LENGTH;

/**
 * The words said after taking the request back ("算了 不等了 你帮我查下开通了没", "不用了 我还是问你吧 怎么开通": both were
 * passed to the agent): what the customer asks the bot instead, read at the step they go back to. Whether it is a request
 * the bot takes up, and so a withdrawal at all, is the reading's to say (src/bot/dialogueTurn.ts): "算了 我自己搞不定" and
 * "算了 我再等等" stay with the person awaited. Undefined when the words are no withdrawal followed by more.
 */
export function requestAfterWithdrawal(text: string | undefined): string | undefined {
  const plain = bare(text ?? '');
  if (plain.length > MAX_WITH_REQUEST_LENGTH) return undefined;
  // The longest withdrawal first: "算了 不等了" before "算了".
  for (let end = plain.length - 1; end > 0; end--) {
    if (!SPLITS_AFTER.has(plain[end - 1])) continue;
    let takenEnd = end;
    while (takenEnd > 0 && CLAUSE_ENDS.has(plain[takenEnd - 1])) takenEnd--;
    let restStart = end;
    while (restStart < plain.length && CLAUSE_ENDS.has(plain[restStart])) restStart++;
    const taken = plain.slice(0, takenEnd);
    const rest = plain.slice(restStart);
    if (rest !== '' && taken.length <= MAX_STEP_ANSWER_LENGTH && withdraws(taken)) return rest;
  }
  return undefined;
}

/** What the words after a withdrawal may ask of the bot: something to do, or a question it answers. */
const TAKEN_UP = new Set<DialogueEvent['type']>([
  'ENABLE', 'STATUS', 'ORDERS', 'PAY', 'RETURN', 'CHECKOUT', 'WHAT_IS', 'REQUIREMENTS', 'PLUS', 'REAL_NAME', 'CREDIT', 'FAQ_ASKED',
  'TOPIC_ASKED', 'PHONE_RECEIVED', 'ORDER_PAY_CHOSEN', 'ORDER_RETURN_CHOSEN', 'ORDER_MENTIONED',
]);
/** Answers that ask nothing of the bot: waiting on ("算了 我再等等"), a complaint, an ok, the step again, a person. */
const NO_REQUEST_TOPICS = new Set<Topic>([
  'wait', 'complaint', 'acknowledged', 'hesitantYes', 'questionComing', 'whereWeWere', 'whatNow', 'staleButton', 'goingNow',
  'stillThere', 'personNeeded',
]);

/** The reading of the words after a withdrawal is a request the bot takes up (so the request for a person is taken back). */
export const takesUpRequest = (event: DialogueEvent | undefined): boolean =>
  event !== undefined && TAKEN_UP.has(event.type) && !(event.type === 'TOPIC_ASKED' && NO_REQUEST_TOPICS.has(event.topic));
