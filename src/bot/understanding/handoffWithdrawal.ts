// Whether words written while waiting for a person take the request back, or start the conversation over.
import { buttonValueSchema } from '../../../dialogs/buttonValue';
import { bare } from './bareWords';
import { MAX_STEP_ANSWER_LENGTH } from './stepAnswers';

/**
 * Taking a request for a person back while no agent has taken it: the waiting notice's button, or a whole message of
 * these words only, perhaps saying the customer will do it alone or has done it ("不用了，我自己来", "不用了 我自己搞定了",
 * "never mind, I sorted it out myself"). Anything else written while waiting is for the agent ("先别取消", "取消自动续费",
 * "重新开始认证", "我自己搞不定").
 */
const WITHDRAW_WORDS =
  /^(?:(?:我|那|好的?|嗯|算了)[，,\s]*)?(?:取消|算了(?:算了)?|不用了|不等了|不需要了|不转(?:人工)?了|不用转了|(?:取消|不用|不要|不需要)(?:转)?人工(?:客服)?了?|取消转接|cancel(?: the (?:agent|request|transfer))?|never ?mind|no need|no thanks|i don'?t need an? (?:agent|person|human)(?: any ?more)?)(?:吧|啊|呀)?(?:[，,\s]*(?:谢谢|thanks|thank you|please))?(?:[，,.\s]*(?:我自己(?:来|弄|搞|办|处理|操作|试试)(?:好了|完了)?(?:吧|就行|就好)?|(?:我)?(?:自己)?(?:已经)?(?:弄|搞|办)(?:好|定)了|i['’]?ll (?:do|handle|sort) it myself|i can do it myself|i(?:['’]ve)? (?:sorted|figured|worked) it(?: out)?(?: myself)?|i(?:['’]ve)? (?:fixed|solved|done) it(?: myself)?))?$/i;
/**
 * Taking it back to go on with the bot: "不用了 我还是问你吧", "算了，问你就行", "never mind, I'll just ask you". Said alone, only
 * with 还是 or "instead" ("我还是问你吧"): a bare "问你" or "你帮我看看" may be meant for the person awaited.
 */
const ASK_THE_BOT_INSTEAD =
  /^(?:(?:(?:我|那|好的?|嗯)[，,\s]*)?(?:取消|算了(?:算了)?|不用了|不等了|不需要了|不转(?:人工)?了|不用转了|不要人工了)(?:吧|啊|呀)?[，,\s]*(?:我)?(?:还是|就)?(?:直接)?(?:问你|找你|跟你聊|和你聊|问(?:机器人|助手)|你来?(?:回答|帮)(?:我)?)|(?:我)?还是(?:直接)?(?:问你|找你|跟你聊|和你聊|问(?:机器人|助手)))(?:吧|好了|就行|就好|就可以了?)?$|^(?:(?:never ?mind|no thanks|no need|cancel(?: that| it)?)[,.\s]*(?:i['’]?ll (?:just )?ask you(?: instead)?|let me (?:just )?ask you(?: instead)?|you can (?:help|answer) me)|i['’]?ll (?:just )?ask you instead|let me (?:just )?ask you instead)$/i;
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
  return WITHDRAW_WORDS.test(plain) || ASK_THE_BOT_INSTEAD.test(plain) ? 'CANCEL' : undefined;
}
