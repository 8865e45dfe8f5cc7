// Whether having pay-later turned on but unused costs anything.
import type { DialogueEvent } from '../../../machines/events';

/**
 * Money taken for having it unused ("开了不用会扣钱吗": the worry about wrong charges, "I never pay for you", which the chat's
 * own payments contradict; "不用的话要交钱吗", "will it charge me if I don't use it?": heard as cancel).
 */
const MONEY = String.raw`扣钱|扣款|扣费|收费|收钱|交钱|付钱|费用|要钱|花钱`;
const UNUSED_COST = new RegExp(
  [
    // Turned on first: "开了不用会扣钱吗", "开通以后一直不用要交钱吗" (not "这个不用付钱吗", which asks whether to pay).
    String.raw`(?:开了|开通了|开通以后|开通后|开了以后|开着)(?:先|一直)?(?:不用|没用|不使用|没使用|不买东西|闲着)(?:的话|它)?.{0,4}(?:${MONEY})`,
    String.raw`(?:一直|先)?(?:不用|没用|不使用)的话.{0,4}(?:${MONEY})`,
    String.raw`\b(?:charge|cost|fee|fees|pay|billed|charged)\b.{0,30}\bif i (?:don'?t|do not|never) use it\b`,
    String.raw`\bif i (?:don'?t|do not|never) use it\b.{0,30}\b(?:charge|charged|cost|fee|fees|pay|billed)\b`,
  ].join('|'),
  'i',
);

/** "开了不用会扣钱吗": turning it on and leaving it unused costs nothing; the fees' answer after it. */
export const unusedCostAsked = (words: string): DialogueEvent | undefined =>
  UNUSED_COST.test(words) ? { type: 'TOPIC_ASKED', topic: 'unusedCost' } : undefined;
