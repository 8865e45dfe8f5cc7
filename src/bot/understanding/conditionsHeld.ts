// A condition of pay-later said had, away from its own step ("PLUS我有了", "I'm already verified"): a statement, no question.
import type { Account } from '../../../machines/domain';
import type { DialogueEvent, ExternalStep } from '../../../machines/events';
import type { Referents } from './referents';
import { FREE_TEXT_STATES, ORDER_LIST, PURCHASE_STEPS, SHOP_STEPS } from './steps';

/** Words before the statement that change nothing ("对了，", "btw", "其实"). */
const OPENERS = String.raw`(?:(?:嗯|哦|对|对了|那个|另外|其实|ok(?:ay)?|so|well|btw|also|oh|yeah)[，,\s]*)*`;

/** PLUS said had ("PLUS我有了", "我已经是PLUS会员了", "I already have PLUS", "I'm a PLUS member"). */
const PLUS_HELD = [
  '(?:plus|会员)(?:会员)?(?:我|俺)?(?:已经|早就|本来就|也|都)?(?:有了|有的|是有的|开了|开通了|开好了|买了|买好了|办了|办好了)',
  '我(?:已经|早就|本来就|也|都)?(?:有|是|开了|开通了|买了|成了|成为了?)(?:plus|会员)(?:会员)?',
  '(?:已经|早就)是(?:plus)?会员',
  "i(?:'ve| have)? (?:already )?(?:have|got|bought|joined|purchased) (?:a |the |my )?plus(?: membership)?(?: already)?",
  "i(?:'m| am) (?:already )?(?:a )?plus(?: member)?(?: already)?",
  '(?:my )?plus(?: membership)?(?: is)? (?:already )?(?:active|on|done|sorted)',
];

/** Real-name verification said done ("实名我做过了", "我已经实名了", "I'm already verified"). */
const REAL_NAME_HELD = [
  '(?:实名|认证|实名认证)(?:我)?(?:已经|早就|也|都)?(?:做了|做过了|认证了|认证过了|弄好了|办好了|好了|完成了|过了|通过了)',
  '我(?:已经|早就|也|都)?(?:实名|认证|实名认证)(?:认证)?(?:了|过了|好了|完了)',
  '(?:已经|早就)(?:实名|认证)(?:过)?',
  "i(?:'m| am)(?: already)? (?:verified|real[- ]?name verified)(?: already)?",
  "i(?:'ve| have)? (?:already )?(?:done|did|finished|completed) (?:the |my )?(?:real[- ]?name(?: verification)?|verification)",
  '(?:my )?(?:real[- ]?name )?verification(?: is)? (?:already )?(?:done|complete|finished)',
];

/** Each condition said had anywhere in the words ("我已经是PLUS会员了 为什么还要认证"): for a question said beside it. */
export const HELD_IN_WORDS: Readonly<Record<ExternalStep, RegExp>> = {
  plus: new RegExp(PLUS_HELD.join('|'), 'i'),
  realName: new RegExp(REAL_NAME_HELD.join('|'), 'i'),
};

/** The whole clause is the statement: anything more (a question, a no) is read as it is. */
const saidAlone = (pieces: string[]): RegExp =>
  new RegExp(String.raw`^${OPENERS}(?:${pieces.join('|')})(?:了|的|啊|呀|哦|哈|\s*now)?[。.!！~～\s]*$`, 'i');

interface Condition {
  words: RegExp;
  topic: 'plusSaidActive' | 'realNameSaidDone';
  step: ExternalStep;
  held: (account: Account) => boolean;
}
const CONDITIONS: Condition[] = [
  { words: saidAlone(PLUS_HELD), topic: 'plusSaidActive', step: 'plus', held: (account) => account.plus.active },
  { words: saidAlone(REAL_NAME_HELD), topic: 'realNameSaidDone', step: 'realName', held: (account) => account.realName.verified },
];

/**
 * "PLUS我有了, real name怎么弄?" explained how to buy PLUS: the statement read as a question about it. Away from the shop-page
 * steps (where it is that step's "done", or the step before's: stepAnswers.ts) and from the orders, it is acknowledged,
 * the account telling whether it is so (dialogs/notices.ts). Logged in away from the onboarding, with pay-later off and
 * the account as last seen without it, the onboarding goes on from a fresh look, as for "我刚买了plus" (onboardingTakenUp).
 */
export function conditionHeld(plain: string, statePath: string, referents: Referents): DialogueEvent | undefined {
  if (SHOP_STEPS[statePath] !== undefined || FREE_TEXT_STATES.has(statePath) || PURCHASE_STEPS.has(statePath) || statePath === ORDER_LIST) return undefined;
  const said = CONDITIONS.find((condition) => condition.words.test(plain));
  if (said === undefined) return undefined;
  const account = referents.account;
  const recheck = account !== undefined && !account.payLater.enabled && !said.held(account) && !statePath.startsWith('flow.onboarding.');
  return recheck ? { type: 'ENABLE', claimed: said.step } : { type: 'TOPIC_ASKED', topic: said.topic };
}
