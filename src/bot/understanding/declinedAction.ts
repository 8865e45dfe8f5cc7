// Paying or returning refused in so many words ("i don't want to pay", "先别付", "我不想退"): never a request for it.
import type { DialogueEvent } from '../../../machines/events';
import { actionNamed } from '../orderMention';
import type { Referents } from './referents';
import { ORDER_LIST, REASON_STEP, RECEIPT_STEP, RETURN_CONFIRMATION, RETURN_STEPS } from './steps';

/*
 * The classifier reads past "not" ("I do not want to pay for the earbuds", "我不要付款" were pay, "don't return it" a
 * return), and so did the words' own readings where the negation had no apostrophe ("i dont wanna pay" chose the earbuds'
 * payment at the list). Each pattern is a wish or a decision not to, said now: not a fact ("我还没付款", "I haven't paid"),
 * nor an inability ("付不了", "can't pay": a problem to solve), nor a fee ("不想付会员费", "不想付运费").
 */
const NOT_PAYING = [
  // 要不 proposes ("要不先付了吧": paying).
  /(?<!要)(?:不|别|甭)(?:想|要|用|打算|准备|愿意)?(?:先|再|现在|马上)?(?:付(?![费出])|支付|还款|确认收货)/g,
  /\b(?:do ?n'?t|do not|won'?t|will not|would ?n'?t|never|not)\s+(?:(?:really|even)\s+)?(?:(?:want|need|wanna|going|gonna|plan(?:ning)?|intend)\s+(?:to\s+)?)?pay(?:ing)?\b(?!\s*later)/gi,
  /\brefuse\s+to\s+pay\b/gi,
];
const NOT_RETURNING = [
  // "耳机不需要退" as "耳机不用退".
  /(?<!要)(?:不|别|甭)(?:想|要|需要|用|打算|准备|愿意)?(?:先|再)?退(?![出不])/g,
  /\b(?:do ?n'?t|do not|won'?t|will not|would ?n'?t|never|not)\s+(?:(?:really|even)\s+)?(?:(?:want|need|wanna|going|gonna|plan(?:ning)?|intend)\s+(?:to\s+)?)?(?:return(?:ing)?|refund|send(?:ing)? (?:it|them) back)\b/gi,
];
const REFUSALS = { pay: NOT_PAYING, return: NOT_RETURNING } as const;

/** Fees and the membership are paid for too: not wanting to pay them is about them, not an order. */
const FEES = /费|利息|会员|plus|\bfees?\b|\binterest\b|\bshipping\b|\bmembership\b/i;
/** The goods not wanted said with it ("不想要了，也不想付"): what a return is for, read as before. */
const GOODS_UNWANTED = /不想要|不要了|\b(?:do ?n'?t|do not) (?:want|need) (?:it|them)\b/i;
/** A refusal once meant, or turned by a but ("不想退，但是质量实在太差了"): what follows counts, read as before. */
const NOT_SAID_NOW = /但|可是|不过|本来|原本|本想|\bbut\b|\bhowever\b|\bat first\b/i;

/** Whether the words refuse `action` ("我不要付款", "I do not want to pay for the earbuds"). */
export const refuses = (words: string, action: 'pay' | 'return'): boolean => REFUSALS[action].some((pattern) => words.search(pattern) >= 0);

/** The words without the refusals in them: what else they ask for ("不想付了，我要退货": 退货). */
const withoutRefusals = (words: string): string =>
  [...NOT_PAYING, ...NOT_RETURNING].reduce((rest, pattern) => rest.replace(pattern, ' '), words);

/**
 * The action a message refuses, and nothing else: not the other action asked for beside it ("不付了，我要退货" is that
 * return), nor a fee, nor goods not wanted. Asked about ("不想付会怎样", "what if I don't want to pay?"), it is a question.
 */
export function actionDeclined(words: string, asked: boolean): 'pay' | 'return' | undefined {
  if (asked || GOODS_UNWANTED.test(words) || NOT_SAID_NOW.test(words)) return undefined;
  const pay = refuses(words, 'pay') && !FEES.test(words);
  const ret = refuses(words, 'return');
  if (pay === ret || actionNamed(withoutRefusals(words)) !== undefined) return undefined;
  return pay ? 'pay' : 'return';
}

/** The other action when the words ask for it beside refusing one ("我不想付款，能退吗": a return, asked about). */
export const unrefusedAction = (words: string): 'pay' | 'return' | undefined => actionNamed(withoutRefusals(words));

/**
 * The action asked for in place of the one refused ("不想付款，把耳机退了", "耳机不付了，退了吧": a return), or none. At the
 * list it asked what to do with the earbuds: not paying for them, return them instead, is their return.
 */
export function actionInstead(words: string): 'pay' | 'return' | undefined {
  const other = unrefusedAction(words);
  return other !== undefined && refuses(words, other === 'pay' ? 'return' : 'pay') ? other : undefined;
}

/**
 * What refusing to pay or to return means where the customer is. At a payment, not paying is its no (the order
 * stays unpaid, as "不付了"); at a return, not returning is the 不退了 button's; to an order in question at the list, either
 * leaves it as it is ("不付了" there). Not paying at a return's confirmation says nothing against it: how to go ahead.
 * Elsewhere the order stays as it is, said with what can be done (pay before the due date, or return it): at the list
 * too when the words name the order ("耳机别付款" asked what to do with the earbuds, as if nothing had been said of them).
 * Where pay-later is not on (`payLaterOff`: the onboarding) there is no order to speak of: undefined, as at the reason
 * step, whose words are read before this.
 */
export function declinedEvent(
  action: 'pay' | 'return',
  statePath: string,
  referents: Referents,
  payLaterOff: boolean,
): DialogueEvent | undefined {
  if (statePath === RECEIPT_STEP && action === 'pay') return { type: 'DENY' };
  if (RETURN_STEPS.has(statePath) && action === 'return') return { type: 'DENY' };
  if (statePath === RETURN_CONFIRMATION) return { type: 'TOPIC_ASKED', topic: 'hesitantYes' };
  if (statePath === ORDER_LIST && referents.orderId !== undefined) return { type: 'DENY' };
  if (payLaterOff || statePath === REASON_STEP) return undefined;
  return { type: 'TOPIC_ASKED', topic: 'orderStaysAsIs' };
}
