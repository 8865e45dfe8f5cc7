// What the login's own asks are questioned with at its steps: why the phone number (is it safe), what the code is for.
import type { DialogueEvent } from '../../../machines/events';
import { PHONE_STEP } from './steps';
import { topicOf } from './topics';

const CODE_STEP = 'flow.onboarding.login.awaitingOtp';

/**
 * Whether it is safe or real, asked where the phone number is asked for ("is this legit", "r u a scam", "安全吗"): about
 * giving the number, the question of the step. Read as nothing clear ("is this legit") or as anger ("is this a scam"
 * got an apology), while "为什么要我手机号？安全吗" is answered. A claim ("this is a scam!") is not asked.
 */
const TRUST_ASKED =
  /^(?:(?:but|so|and|hmm+|wait|um+|uh+|ok(?:ay)?|hi|hey|wow)[,.\s]*)*(?:is (?:this|it|that|u|you|ur bot|this bot|the bot|this chat) (?:even |actually |really )?(?:safe|secure|legit|legitimate|real|official|a scam|scam|a fraud|fraud|fake|trustworthy)|(?:are|r) (?:you|u|ya) (?:even |actually |really )?(?:legit|legitimate|real|official|safe|a scam|a scammer|scamming me|fake|trustworthy)|how (?:do|can|would) i know (?:this|it|you|u|that) (?:is|are|r)?(?:n['’]?t| not) (?:a )?(?:scam|fraud|fake)|is this for real|can i trust (?:you|u|this|it))[?？!！.\s]*$|^(?:这(?:个|样)?|你们?|这是)?(?:安全吗|安全不|(?:会不会|是不是)(?:是)?骗子|是骗子吗|(?:会不会|是不是)骗人的?|是骗人的吗|正规吗|(?:是)?正规的吗)[?？!！。\s啊呀]*$/i;

/**
 * At the phone step, why the number is wanted or whether it is safe to give ("why do u need my phone number? is this
 * legit", "is it safe to give my phone number"); at the code step, what the code is for ("whats the code for?", told the
 * bot only knew about pay later; "验证码是干什么的", heard as help). Read before the classifier, whose help or cancel would
 * take them; with digits in the words, the number or the code typed is read instead.
 */
export function loginQuestion(words: string, statePath: string): DialogueEvent | undefined {
  if ((statePath !== PHONE_STEP && statePath !== CODE_STEP) || /\d/.test(words)) return undefined;
  const topic = topicOf(words);
  if (statePath === PHONE_STEP && (topic === 'whyPhone' || TRUST_ASKED.test(words))) return { type: 'TOPIC_ASKED', topic: 'whyPhone' };
  if (statePath === CODE_STEP && topic === 'whyCode') return { type: 'TOPIC_ASKED', topic: 'whyCode' };
  return undefined;
}
