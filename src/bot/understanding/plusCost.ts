// PLUS's cost weighed at its step ("PLUS会员要花钱吗？我不想花钱"): read as that, not as the PLUS explainer asked again.
import type { DialogueEvent } from '../../../machines/events';
import { SHOP_STEPS } from './steps';

/**
 * Not wanting to spend money, or not having it ("我不想花钱", "不想花这个钱", "舍不得花钱", "要钱的话就算了", "I don't want to
 * pay", "I can't afford it"). Buying PLUS declined in so many words ("不买会员了", "I don't want to pay for plus") is the
 * step's 暂不开通 (STEP_ANSWERS), read before.
 */
const RELUCTANT =
  /不(?:想|愿意|打算|舍得)(?:再)?(?:多)?(?:花|出|付|掏|交)(?:这个|这份|这笔|这)?(?:钱|费)|舍不得(?:花|掏)?钱|不想付费|没(?:有)?(?:钱|那么多钱|闲钱)(?:买|开|办)?|(?:要|花|交|付)(?:钱|费)(?:的话)?(?:就|那就|那)?(?:算了|不开了|不买了|不要了)|\b(?:i )?(?:don'?t|do not) (?:want|wanna|plan|intend) to (?:pay|spend)\b(?! for (?:the )?(?:order|goods|earbuds))|\bi (?:can'?t|cannot) afford\b|\bnot (?:willing|going) to (?:pay|spend)\b|\b(?:i )?(?:don'?t|do not) have (?:the |any |enough )?money\b/i;

/** Turned around after it ("不想花钱，但还是买了"): what follows counts, read by the other readings. */
const TURNED = /但|可是|不过|还是|\bbut\b|\banyway\b/i;

const WEIGHED: DialogueEvent = { type: 'TOPIC_ASKED', topic: 'plusCostReluctance' };

/**
 * At the PLUS step, its cost weighed, with or without PLUS's price asked beside it ("PLUS会员要花钱吗？我不想花钱" got the
 * PLUS explainer pointing at the plans, the reluctance ignored; "我不想花钱" alone was not understood): it is paid, pay-later
 * cannot be had without it, and leaving it for now is fine.
 */
export function plusCostWeighed(words: string, statePath: string): DialogueEvent | undefined {
  if (SHOP_STEPS[statePath] !== 'plus') return undefined;
  return RELUCTANT.test(words) && !TURNED.test(words) ? WEIGHED : undefined;
}
