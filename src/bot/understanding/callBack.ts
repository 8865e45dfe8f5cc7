// A call asked for ("call me please", "can you call me back at 139…?", "给我回个电话"): the chat cannot phone anyone.
import type { DialogueEvent } from '../../../machines/events';
import { FREE_TEXT_STATES } from './steps';

/** Asking to be phoned, in so many words. */
const CALL_ME =
  /给我(?:回|打|来)(?:个|一个|一下)?电话|(?:回|打)(?:个|一个)?电话给我|回(?:个|一个)?电话|(?:打|拨)(?:我的?|这个)(?:电话|手机|号码?)|(?:电话|致电)联系我|\bcall me\b|\bcall (?:me )?back\b|\bgive me a (?:call|ring)\b|\b(?:ring|phone) me\b|\bcallback\b/i;
/**
 * Not asked of the bot now: a call not wanted ("别给我打电话"), one had or feared (collection, a scam, "why did you call
 * me"), someone else's ("快递员给我打电话"), or the words ask to log in or turn pay-later on, where a number said with
 * them is the login's.
 */
const NOT_ASKED =
  /别|不要|不用|不想|催|骗|诈骗|快递|骑手|商家|卖家|未接|打过|打来|登录|登陆|开通|\b(?:don'?t|do not|never|stop|no need to)\b[^.?!]{0,12}\bcall|\b(?:did|didn'?t|has|have|who|why|keeps?|kept)\b[^.?!]{0,16}\bcall|\bcalled me\b|\bmissed call\b|\bscam|\bcollect|\bcourier|\bdriver|\blog ?in\b|\bsign ?in\b|\bturn (?:it |pay ?later )?on\b|\benable\b|\bset (?:it )?up\b/i;

/** "hi my phone is 139… call me please": no login (it sent a code); the bot cannot call, a person or the login instead. */
export function callBackAsked(words: string, statePath: string): DialogueEvent | undefined {
  if (FREE_TEXT_STATES.has(statePath) || !CALL_ME.test(words) || NOT_ASKED.test(words)) return undefined;
  return { type: 'TOPIC_ASKED', topic: 'callBack' };
}
