// A person asked to approve a return or hurry it ("can a human approve this faster?", "能让人工快点批吗"): not a request for a
// person, a question about the return, which is filed here and reviewed by the shop.
import type { DialogueEvent } from '../../../machines/events';
import { RETURN_STEPS } from './steps';

/** A person named: "人工", "客服", "a human", "an agent". */
const PERSON = /人工|客服|真人|\b(?:a )?(?:human|person|agent|someone|somebody|staff|colleague|manager|supervisor)\b/i;
/** Hurrying ("快点批", "加急", "faster", "speed it up"). */
const HURRY = /快点|快些|快一点|加快|尽快|加急|催(?:一下|下|审|批)|\b(?:faster|quicker|sooner|speed (?:it |this |things )?up|expedite|hurry|rush)\b/i;
/** A person wanted ("转人工", "找客服", "let me talk to a human"): that request stands, whatever else is said. */
const PERSON_WANTED =
  /(?:转|找|接|叫|要)(?:个)?(?:人工|真人|客服)|\b(?:talk|speak|chat) (?:to|with)\b|\b(?:get|give|connect|put) me\b|\btransfer\b|\bi (?:want|need) (?:a |an )?(?:human|person|agent)\b/i;
/** Approving a return ("批", "审核", "approve"). Handling it ("处理") is not: "让人工处理" asks for a person. */
const APPROVE = /批(?!评)|审核|审批|\bapprov(?:e|es|ed|al)\b/i;

/**
 * At a return's reason or confirmation, a person asked to approve it or to hurry it, or its approval hurried: the answer
 * says how a return goes (it was read as a request for a person, and the reason beside it was lost). Where the return is
 * not under way it is read as before.
 */
export function returnSpeedUpAsked(words: string, statePath: string): DialogueEvent | undefined {
  if (!RETURN_STEPS.has(statePath) || PERSON_WANTED.test(words)) return undefined;
  const hurried = HURRY.test(words);
  const approving = APPROVE.test(words);
  const asked = PERSON.test(words) ? hurried || approving : hurried && approving;
  return asked ? { type: 'TOPIC_ASKED', topic: 'returnSpeedUp' } : undefined;
}
