// A shop-page step said done and asked for again, as a complaint ("我刚才认证过了啊 怎么又要认证", "I already verified, why again?").

/** Asked again, as a complaint or a rhetorical question ("怎么又要", "为什么还要", "不是…了吗", "why again?", "didn't I already…"). */
const AGAIN_ASKED = String.raw`(?:怎么|为什么|为啥|咋|干嘛|干吗|凭什么)(?:又|还|再|老是|一直)|不是.{0,12}了(?:吗|么|嘛)|\bwhy\b.{0,30}\b(?:again|still)\b|\bagain\s*[?？]|\b(?:didn'?t|haven'?t) i (?:already )?(?:verify|verified|do|done|buy|bought|get|got|join|joined)\b`;

/** Done, of whatever the step asks ("我都弄好了", "I did it already"). */
const ANY_DONE = String.raw`(?:已经|都|早就|刚才?|刚刚)(?:弄|做|办|搞)(?:过|好|完)?了|\b(?:did|done|finished|completed) (?:it|that)\b`;
const REAL_NAME_DONE = String.raw`(?:实名|认证)(?:认证)?(?:过|好|完|了)|已(?:经)?(?:实名|认证)|\balready\b.{0,20}\b(?:verified|verify|real[- ]?name)\b|\bverified\b.{0,12}\balready\b`;
const PLUS_DONE = String.raw`(?:plus|会员)(?:会员)?.{0,6}(?:开通了|开好了|开了|开过|买了|买过|买好了|生效了|办了|办过|有了)|(?:已经|早就|本来就)(?:是|有)(?:plus|会员)|(?:已经|早就|本来就)(?:开通|买|开)(?:了|过)|我(?:已经|早就|本来就)?(?:是|有)(?:plus|会员)|\balready\b.{0,20}\b(?:plus|(?:a )?member)\b|\b(?:bought|have|got|joined)\b.{0,12}\bplus\b`;

const saidDoneAndAskedAgain = (done: string) =>
  new RegExp(String.raw`^(?=[\s\S]*(?:${done}|${ANY_DONE}))(?=[\s\S]*(?:${AGAIN_ASKED}))`, 'i');

/**
 * Real-name verification said done and asked for again ("认证过了为什么还要认证", "我不是已经实名了吗"): the customer says it
 * is done, so it is rechecked as "我已认证好了" is (the generic "why real-name is needed" answered a claim nobody made).
 */
export const REAL_NAME_DONE_ASKED_AGAIN = saidDoneAndAskedAgain(REAL_NAME_DONE);
/** PLUS said bought and asked for again ("我已经是PLUS会员了啊 怎么还让我开", "I already have PLUS, why again?"): the same. */
export const PLUS_DONE_ASKED_AGAIN = saidDoneAndAskedAgain(PLUS_DONE);

/**
 * Not when the doing is turned around ("我还没认证过 为什么还要认证"), an ID number is in it (declined by understandActivity),
 * or a person or a cancel is asked for.
 */
export const DONE_ASKED_AGAIN_UNLESS =
  /(?:没|未)(?:有)?(?:实名|认证|买|开|办|弄|做)|\bnot (?:yet|done|verified)\b|\bnever\b|\d{17}[\dXx]|人工|客服|\bhuman\b|\bperson\b|\bagent\b|取消|算了|\bcancel/i;
