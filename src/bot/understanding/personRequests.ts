// A person asked for, or not: plainly, only if need be, declined, or as the one to take a complaint.
import { toSimplified } from '../../nlu';

/** A person asked for in so many words: neither a topic nor an order, whatever else the message says. */
export const HUMAN_WORDS = /转人工|人工|真人|客服|\bhuman\b|\bperson\b|\bagent\b/i;

/** Who a customer asks for in English ("a human", "a real person", "customer service", "a manager"). */
const PERSON_NOUN = String.raw`(?:a |an )?(?:real |live |actual )?(?:person|human(?: being)?|agent|representative|rep|operator|manager|supervisor|staff member|customer (?:service|support)(?: (?:agent|rep|representative|person|team))?)`;
/** The same, or anyone at all, where a verb says a person is meant ("talk to someone", "get me somebody"). */
const ANY_PERSON = String.raw`(?:${PERSON_NOUN}|someone|somebody|(?:a )?(?:real )?(?:people|humans))`;
const TALK = String.raw`(?:talk|speak|chat) (?:to|with)`;
/**
 * Not a person asked for if need be ("I want a human if this doesn't work"): withoutPersonIfNeedBe reads only its last
 * clause. Nor one asked about for later ("can i talk to someone later if something goes wrong?" handed over at once).
 */
const NOT_IF = String.raw`\b(?!\s*,?\s*(?:(?:later|afterwards|in the future|another time|some ?time)\b|(?:if|unless|in case|when|should)\b))`;

/**
 * A person asked for in English anywhere in the message ("why is it saying overdue?? i want a human", "hi i need to talk
 * to someone about my bill"), as "我要转人工" is in Chinese: the classifier, unsure of the words around it, asked back and a
 * second miss handed the customer over as not understood. Not asked about ("do I need to talk to someone?"), told of ("they
 * said I need to…") nor turned around ("I don't want a human": no "i want" in it).
 */
const PERSON_ASKED_EN = [
  String.raw`\b(?:get|give|find|put|transfer|connect|pass|send) me (?:(?:to|through to|with|over to) )?${ANY_PERSON}${NOT_IF}`,
  String.raw`(?<!\b(?:do|does|did|will|would|should|must|if|when|unless|whether|that|me|you|said|says|say) )\bi(?: (?:really |just |now |still )?(?:want|need|wanna|would like|am asking for|demand)|['’]?d (?:really )?like|['’]?m asking for)(?: to)? (?:${TALK} ${ANY_PERSON}|${PERSON_NOUN})${NOT_IF}`,
  String.raw`\b(?:can|could|may) i (?:please )?(?:just )?${TALK} ${ANY_PERSON}${NOT_IF}`,
  String.raw`\blet me ${TALK} ${ANY_PERSON}${NOT_IF}`,
  // A clause of its own at the end ("…, talk to a person please", "…?? human pls"); alone, it is the classifier's (or a
  // button's label typed: "Talk to a person" at the paused login is that step's yes).
  String.raw`[,.;!?]\s*(?:please )?(?:${TALK} ${ANY_PERSON}|${PERSON_NOUN})(?: please| pls| plz)?[.!]*$`,
].join('|');

/** Who might be needed, in a question whether one is ("anyone", "customer service", "a real person"). */
const NEEDED_PERSON = String.raw`(?:${ANY_PERSON}|any ?one|any ?body|(?:the )?(?:support|help ?line|hotline|call cent(?:er|re))|(?:your|the) (?:team|staff|support team))`;
/** Reaching a person: talking, calling, writing. */
const REACH = String.raw`(?:${TALK}|call|phone|ring|contact|email|message|get in touch with|go through)`;

/**
 * Whether a person is needed, asked ("do i need to talk to someone?", "will i have to talk to someone on the phone?", "do
 * i have to call anyone?", "can i talk to someone later if something goes wrong?", "需要找人工吗"): the classifier's human
 * (0.64 for the first) handed the customer over mid-step. It is no request for one: the bot does it here, and a person is
 * there whenever asked for. Read after PERSON_ASKED, so a request said beside it still hands over.
 */
export const PERSON_NEEDED_ASKED = new RegExp(
  [
    String.raw`\b(?:do|does|will|would|should|must|shall|am|is|are)\s+(?:i|we)\s+(?:(?:still|also|ever|even|really|actually|then)\s+)?(?:need|have|got|be required|be asked|(?:be )?going to (?:have|need)|gonna (?:have|need))\s+to\s+${REACH}\s+${NEEDED_PERSON}\b`,
    String.raw`\b(?:do|does|will|would)\s+(?:i|we|it)\s+(?:(?:still|also|even|really|actually)\s+)?(?:need|require)\s+(?:a|an|any)\s+(?:real\s+|live\s+)?(?:person|human|agent|representative|operator|phone call|call)\b`,
    String.raw`\bis\s+(?:a\s+|any\s+)?(?:person|human|agent|phone call|call)\s+(?:needed|required|necessary)\b`,
    String.raw`\bwill\s+(?:someone|somebody|anyone|a person|an agent|you guys|they)\s+(?:have to\s+|need to\s+)?(?:call|phone|ring|contact)\s+me\b`,
    // A person for later, or if something goes wrong: asked whether one will be there, none wanted now.
    String.raw`\b(?:can|could|may)\s+i\s+(?:(?:still|also|always)\s+)?${REACH}\s+${NEEDED_PERSON}\s*,?\s*(?:later|afterwards|in the future|another time|some ?time|if|when|in case|should)\b`,
    String.raw`^(?:那|请问)?(?:我)?(?:还)?(?:需要|需不需要|必须|一定要|是不是(?:需要|得|要))(?:去)?(?:找|联系|打电话给|打给|打)?(?:人工客服|人工|客服|真人)(?:电话)?(?:吗|么|嘛|呢)?[?？]*$`,
  ].join('|'),
  'i',
);

/**
 * A person asked for plainly at the end of a longer message ("试了好几次还不行，就转人工吧", "get me a person", "I want to
 * talk to a human"): the classifier's confidence in the sentences around it ("I tried twice and it still doesn't work,
 * get me a person") fell below its threshold. Read after a person asked for only if need be was taken out. So is one
 * asked for as the message's own last clause ("plus开不了 页面打不开 找人工" got a clarifying question), and, in English,
 * one asked for anywhere (PERSON_ASKED_EN).
 */
export const PERSON_ASKED = new RegExp(
  String.raw`(?<!不用|不要|不想|不需要|无需|不必|别|没)(?:就|那就|还是|直接)(?:帮我|给我)?(?:转|找|接|叫)(?:人工客服|人工|真人|客服)(?:吧|好了)?[。.!！]*$|[\s，,。.!！?？；;](?:我要|我想|请|麻烦)?(?:帮我|给我)?(?:转|找|接|叫)(?:人工客服|人工|真人|客服)(?:吧|好了)?[。.!！]*$|${PERSON_ASKED_EN}`,
  'i',
);

/**
 * A complaint lodged in so many words ("我要投诉", "I want to file a complaint"): a person takes it, whatever else is
 * said ("…影响信用怎么办我要投诉" got the overdue answer: the question beside it made it a worry). The customer's own: "我朋友说
 * 要投诉你们" is not.
 */
export const COMPLAINT_LODGED =
  /(?:我|俺)(?:要|想|得|必须)(?:去)?投诉|^(?:我)?(?:要)?投诉(?:你们|一下)|(?:^|[，,。！!\s])投诉[！!。]*$|\bi(?: want| would like|['’]d like| wanna| need| am going|['’]m going) to (?:file |make |lodge |raise |submit )?(?:a |an official )?complain(?:t)?\b|\bi(?: have|['’]ve got) a complaint\b/i;

/** A complaint lodged in so many words, in either script ("我要投訴"): said while waiting, the agents' queue shows it. */
export const lodgesComplaint = (text: string | undefined): boolean => text !== undefined && COMPLAINT_LODGED.test(toSimplified(text.trim()));

/**
 * A person asked for only if something else fails ("帮我开通，不行再转人工", "如果不行就转人工", "try to enable it, and if that
 * fails get me a person"): no request for one now (it handed over at once). A failure already met is a request now:
 * "试了都不行，就转人工吧", "认证一直不通过，不行就转人工吧", "登录失败了，就转人工吧".
 */
const PERSON_IF_NEED_BE =
  /(?:(?:(?:如果|要是|万一)(?:还是)?(?:不行|不成|搞不定|失败)(?:了)?(?:的话)?[，,\s]*(?:再|就|那就|那再|才)|(?<![都还是一直总老也了])(?:不行|不成|搞不定|解决不了|办不了)(?:的话)?[，,\s]*(?:再|那再|才))(?:帮我|给我)?(?:转|找|叫|接|联系)?(?:人工客服|人工|真人|客服)(?:吧|好了)?|(?:and )?(?:if (?:that|it|this) (?:fails|does ?n['’]?t work|does not work|won['’]?t work|can['’]?t be done)|if not|otherwise|failing that)[,\s]+(?:then )?(?:(?:please )?(?:get|give|find|put|transfer|connect|pass) (?:me )?(?:(?:to|through to|with) )?|i['’]?ll (?:talk|speak) to |(?:i want|i['’]?d like) )(?:a |an )?(?:real )?(?:person|human|agent)(?: please)?)[。.!！]*$/i;
const SEPARATORS = new Set([...' \t\n\r,，。.;；']);

/**
 * "不行就转人工" is conditional after a request ("帮我开通，不行就转人工", "耳机退货，不行就转人工"), and a request now after a
 * failure met ("认证一直不通过，不行就转人工吧").
 */
const PERSON_IF_NOT_DONE = /(?<![还都也])(?:不行|不成)(?:的话)?[，,\s]*(?:就|那就)(?:帮我|给我)?(?:转|找|叫|接|联系)?(?:人工客服|人工|真人|客服)(?:吧|好了)?[。.!！]*$/;
const FAILED = /失败|不通过|不了|不行|搞不定|一直|还是|没用|试了|几次/;

/**
 * A person declined ("不用转人工", "别给我转人工", "don't transfer me to a human"): the classifier heard the person and handed
 * the customer over. The rest of the message is read; said alone, what the bot can do.
 */
const PERSON_DECLINED =
  /(?:不用|不要|别|不需要|无需|不必|不想)(?:给我|帮我)?(?:转|找|叫|接)?(?:人工客服|人工|真人|客服)了?(?:吧)?|\b(?:don'?t|do not|no need to) (?:transfer|connect|put|pass|send) me (?:to|through to) (?:a |an )?(?:real )?(?:person|human|agent)\b|\bno (?:human|agent|person),? (?:please|thanks)\b/gi;
const CLAUSE_EDGES = /^[\s，,。.;；!！]+|[\s，,。.;；!！]+$/g;

/** The words without a person declined; undefined when that is all they say. */
export function withoutPersonDeclined(words: string): string | undefined {
  const without = words.replace(PERSON_DECLINED, '');
  if (without === words) return words;
  const rest = without.replace(CLAUSE_EDGES, '');
  return rest === '' ? undefined : rest;
}

/** The words without a person asked for only if need be at their end; all of them when that is all they say. */
export function withoutPersonIfNeedBe(words: string): string {
  const conditional = PERSON_IF_NEED_BE.exec(words);
  const ifNotDone = conditional === null ? PERSON_IF_NOT_DONE.exec(words) : null;
  const match = conditional ?? ifNotDone;
  if (match === null) return words;
  let end = match.index;
  while (end > 0 && SEPARATORS.has(words[end - 1])) end--;
  const rest = words.slice(0, end);
  if (rest === '' || (ifNotDone !== null && FAILED.test(rest))) return words;
  return rest;
}
