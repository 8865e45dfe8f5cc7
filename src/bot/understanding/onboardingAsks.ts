// Everyday ways of asking about getting pay-later that the classifier could not place: how to turn it on, what is still
// missing, whether real-name verification can be skipped.
import type { DialogueEvent } from '../../../machines/events';
import type { Referents } from './referents';
import { TERMS_STEP } from './steps';

/** Wanting it, then asking how ("那我想开 怎么弄", "想开通 咋搞"): the 那 in front left the classifier unsure between two. */
const ENABLE_HOW =
  /^(?:那|那么|好吧|嗯|额|呃)?[，,\s]*(?:我)?(?:也)?(?:想|要)(?:开|开通)(?:先用后付|这个|它)?(?:的话)?[，,\s]*(?:那)?(?:要|该|得)?(?:怎么|咋|如何)(?:弄|搞|办|整|操作|开通?)(?:呢|啊|呀)?[?？]*$/;

/** What is still missing ("我是plus了还差啥", "还缺什么"): of the account when known, else the conditions. Not money owed. */
const STILL_MISSING =
  /还(?:差|缺|少)(?:啥|什么|哪些|哪个|哪一?步|几步|什么条件)|\bwhat(?:'s| is| am i)? (?:else |still )?missing\b|\bwhat else do i need\b/i;
const MISSING_NOT = /付|钱|款|货|订单|\bpay|\border/i;

/**
 * Real-name verification avoided, asked ("不想实名 有别的办法吗", "can I skip the verification?"): it is required, there is
 * no other way (the real-name answer says so). Only asked: "不想实名" alone may be declining the step.
 */
const REAL_NAME_AVOIDED =
  /(?:不(?:想|要|愿意|用|做)|跳过|绕过|免)(?:做|搞|弄)?(?:实名|认证)|\b(?:without|skip|avoid|bypass)\b.{0,20}\b(?:real[- ]?name|verification|verifying|verify|id check)\b/i;
const OTHER_WAY_ASKED = /别的|其他|其它|办法|方法|方式|能开|可以开|行吗|可以吗|能不能|[?？]|\b(?:other|another|way|can i|is there)\b/i;

/** The event such words make where the customer is, or undefined. */
export function onboardingAsk(words: string, plain: string, statePath: string, referents: Referents): DialogueEvent | undefined {
  // At the terms the way on is its own button: how to go ahead.
  if (ENABLE_HOW.test(plain)) return statePath === TERMS_STEP ? { type: 'TOPIC_ASKED', topic: 'hesitantYes' } : { type: 'ENABLE' };
  if (STILL_MISSING.test(words) && !MISSING_NOT.test(words)) {
    return referents.account === undefined ? { type: 'REQUIREMENTS' } : { type: 'STATUS', question: true };
  }
  if (REAL_NAME_AVOIDED.test(words) && OTHER_WAY_ASKED.test(words)) return { type: 'REAL_NAME', question: true };
  return undefined;
}
