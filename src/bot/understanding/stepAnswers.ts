// The short answers a step's question makes plain, read before the classifier: its button typed, or its own words.
import type { DialogueEvent } from '../../../machines/events';
import { typedButton } from '../../../dialogs/typedLabels';
import { DO_IT_AFTER_ALL, NOT_A_NO, SHOP_STEP_AFTER_ALL, verbAfterAll } from './afterAll';
import { APPRAISAL_ONLY, approvedConsent, consentWords, PAY_VERBS, RETURN_CONSENT, RETURN_VERBS } from './consent';
import { CODE_STEP, CONSENT_STEPS, FREE_TEXT_STATES, LOGIN_PAUSED_STEP, NUMBER_LOCKED_STEP, RECEIPT_STEP, TERMS_STEP, YES_SHOWS_STEPS } from './steps';
import { DONE_ASKED_AGAIN_UNLESS, PLUS_DONE_ASKED_AGAIN, REAL_NAME_DONE_ASKED_AGAIN } from './doneAskedAgain';
import { GOODS_NAMED } from '../orderMention';

/**
 * Looking, said to an offer to look ("看看", "看一下吧", "好 看看", "那就看看吧"): a yes to it. At the empty order list too, whose
 * offer depends on the orders, not the step (src/bot/understanding.ts).
 */
export const LOOKING_YES =
  /^(?:(?:好的?|好吧|好啊|行|嗯+|可以|ok(?:ay)?)[，,\s]*)?(?:那)?(?:就)?(?:让我|我)?(?:想|要)?(?:先)?(?:看看|看一下|看一看|看下|瞧瞧|瞧一下|瞅瞅|瞅一下)(?:吧|呗|啊|呀|哈)?$/i;

/** Step answers are short ("好了", "没收到验证码", "yes please"); longer words go to the classifier. */
export const MAX_STEP_ANSWER_LENGTH = 100;

/** Real-name verification said done, as a clause of its own ("我实名了", "我已经实名认证了", "I've verified"). */
const REAL_NAME_SAID_DONE =
  "(?:我)?(?:也)?(?:已经?|都)?(?:实名(?:认证)?|认证)(?:了|过了|好了|完了|完成了|做完了|做好了|弄好了|办好了|搞定了)|(?:i'?ve |i have |i'?m |i am )?(?:already )?(?:verified|(?:done|did|finished|completed) (?:the |my )?(?:real[- ]?name(?: verification)?|verification))";
/** PLUS said not done ("PLUS还没买", "会员还没开", "I haven't bought PLUS yet"). */
const PLUS_SAID_NOT_DONE =
  "(?:plus|会员)(?:会员)?(?:还|也|就|倒是)?(?:没|没有|未|还没)(?:有)?(?:买|开|开通|办|弄)?|(?:还)?(?:没|没有|未)(?:有)?(?:买|开|开通|办)(?:plus|会员)|(?:i )?(?:haven'?t|have not|didn'?t|did not)(?: yet)? (?:bought|buy|got|get|gotten|joined|join|purchased|purchase) (?:the )?plus";
const BUT = '但是?|可是|不过|只是|就是|but ';
/** What people say while they find their words ("嗯", "呃", "就是", "我想问一下"), before or after a "那个". */
const FILLERS = '嗯|呃|额|啊|哦|噢|唔|那|就是|然后|我|我想|我想问一下?|请问';

/**
 * "Done" said short, a verb of doing it with 了 and nothing more ("开了", "弄了", "搞好了", "会员开了", "我也办完了", "I did"): the
 * classifier hears a cancel in them ("弄了" 0.84, "开了" 0.59) and the whole onboarding was cancelled; "会员开了" got the
 * PLUS explainer. Only as the whole message: "开了有什么好处" asks, and "开了吧" is going to (SHOP_STEP_AFTER_ALL).
 */
const DONE_SAID_SHORT =
  /^(?:(?:plus会员|plus|会员|实名认证|实名|认证)(?:我)?)?(?:我)?(?:已经|已|都|也|刚|刚刚|刚才|早就)?(?:开通|开|弄|办|搞|做|整|买|认证|实名)(?:好|完|过|定)?了(?:plus会员|plus|会员|实名认证|实名|认证)?(?:啊|呀|哦|的|呢|哈|啦|哟)?[!！。.~～]*$|^(?:(?:yes|yeah|yep|ok(?:ay)?)[,.!\s]+)?i (?:did|have)(?: (?:it|that|so))?(?: (?:now|already|just now))?[.!]*$/i;

/** What a shop-page step is called, and what is done there ("PLUS还没买", "实名还没弄好"). */
const STEP_NOUNS = 'plus会员|plus|会员|实名认证|实名|认证';
const STEP_VERBS = '开通|开|弄|办|搞|做|整|买|购买|认证|实名|操作|填|申请';
/** Still at it ("还在弄", "正在认证", "弄着呢", "快好了"). */
const STILL_AT_IT = `(?:还在|正在|在)(?:${STEP_VERBS})(?:着)?(?:呢|了)?|(?:${STEP_VERBS})着呢|(?:快|马上就?|一会儿?就)好(?:了)?`;
/** A moment asked for after it ("…，等会儿", "…，我马上去弄"). */
const A_MOMENT_MORE = `等会儿?|等(?:我)?一?下|等等(?:我)?|稍等(?:一?下)?|马上|快了|一会儿?(?:就)?(?:好|弄好)?|${STILL_AT_IT}|(?:我)?(?:再|马上|这就|待会儿?|等会儿?)(?:去)?(?:${STEP_VERBS})(?:一下)?`;
const NOT_YET_ZH = `^(?:(?:嗯+|呃|额|哦+|啊|不好意思|抱歉)[，,\\s]*)?(?:(?:${STEP_NOUNS})(?:我)?)?(?:我)?(?:(?:都|也)?还|暂时还?|目前还?|现在还?)?(?:(?:没|没有|未)(?:有)?(?:呢)?(?:去)?(?:${STEP_VERBS})?(?:好|完|成功|完成)?(?:${STEP_NOUNS})?|${STILL_AT_IT})(?:呢|啊|呀|哦|哈|啦|诶|欸)?(?:[，,。.\\s]*(?:${A_MOMENT_MORE}))?[!！。.~～…]*$`;
const NOT_YET_EN = String.raw`^(?:(?:no|nope|nah|um+|uh+|sorry)[,.!\s]+)*(?:not yet(?: done)?|not (?:quite )?(?:done|finished|there) yet|(?:i )?(?:haven'?t|have not|didn'?t|did not)(?: (?:done|finished|bought|got|gotten|verified|completed|paid for|joined|signed up for)(?: (?:it|that|this|plus|the \w+|my \w+))?)? yet|(?:i'?m |i am )?(?:still )?(?:working on it|on it|doing it|at it|sorting it(?: out)?)|still in progress)(?:[,.!\s]+(?:give me a (?:sec|second|minute|moment|few minutes)|one (?:sec|moment|minute)|hold on|wait|almost (?:done|there)|still (?:working on it|on it)))*[.!…]*$`;
/**
 * "Not yet" at a shop-page step ("还没有", "还没弄好 等会儿", "PLUS还没买", "还在弄", "not yet", "still working on it"): no
 * hurry, the step stays (the wait topic: do it on the page, then its done button, or the shop tells the bot). Read by the
 * classifier as a no, it cancelled the onboarding, and the PLUS bought after it moved nothing on. The "done" words' twin
 * (DONE_SAID_SHORT), and what the code step's "还没" is to a code not come.
 */
const NOT_YET_SAID = new RegExp(`${NOT_YET_ZH}|${NOT_YET_EN}`, 'i');

/** An ok, or a moment asked for, before going to do the shop-page step ("好的，", "ok", "等我一下，"). */
const GOING_OPENERS = '好的?|好吧|好嘞|行|嗯+|哦+|ok(?:ay)?|收到|明白了?|知道了|那|等我一?下|稍等(?:一?下)?|等等我';
/**
 * Going to do the shop-page step now ("好的，我现在去认证", "我这就去弄", "好的我马上去买会员", "等我一下，我去买", "好的我去买",
 * "行 我去实名认证一下", "ok I'll go buy it now"): a 去 or a "now" word before the verb, nothing said done. Read as a yes,
 * "好的我去买" was checked and told PLUS was not active yet; read as nothing clear, two of them handed the customer over.
 */
const GOING_NOW_ZH = `^(?:(?:${GOING_OPENERS})[，,\\s]*)*(?:那)?(?:我)?(?:(?:这就|马上|现在|立刻|立马|赶紧)(?:去|来)?|去)(?:买|购买|办|弄|开通?|认证|实名|做|搞|操作)(?:一下|下)?(?:个|一个)?(?:plus|会员|plus会员|实名认证|实名|认证)?(?:一下|下)?(?:了|啦|吧|哈|哦|呀)?(?:[，,\\s]*(?:等我一?下|稍等(?:一?下)?|马上回来|一会儿?(?:就)?回来))?$`;
const GOING_NOW_EN = String.raw`^(?:(?:ok(?:ay)?|sure|alright|all right|got it|fine|great|cool|right|yes|yeah|yep|thanks?|thank you)[,.!\s]+)*(?:(?:i'?ll|i will|i'?m going to|i'?m gonna|i am going to|gonna|going to|let me|i'?m off to|i'?m heading (?:off |over )?to)\s+(?:(?:go|just|now|quickly|then)\s+(?:and\s+)?)*(?:do|buy|get|verify|purchase|complete|finish|sort|handle|join|sign up for|pay for|subscribe to|take care of)\b(?:\s+[a-z'-]+){0,5}|(?:i'?m )?on it(?: now)?|doing it now|will do)$`;
const GOING_NOW = new RegExp(`${GOING_NOW_ZH}|${GOING_NOW_EN}`, 'i');

/** What a code not come is called ("the code", "a text", "it", "one", "anything"). */
const CODE_OBJECT = String.raw`(?:it|one|any(?:thing)?|nothing|(?:(?:a|an|the|my|your|ur|that|this|any|a new|the new|another)\s+)?(?:(?:verification|login|one[- ]?time|security|text(?: message)?|sms)\s+)?(?:code|otp|text|sms|message|msg|pin)s?)\b`;
/**
 * Not got, of the code or of nothing named after the verb ("didn't get it", "i didnt get one", "still haven't got the
 * code", "not received"): "i didnt get what you mean" and "i didn't get the earbuds yet" sent a new code.
 */
const CODE_NOT_GOT = String.raw`\b(?:did ?n['’]?t|did not|have ?n['’]?t|have not|has ?n['’]?t|has not|not|never)(?:\s+(?:even|yet|ever|still))?\s+(?:get|got|gotten|getting|receive|received|receiving)(?=\s*(?:$|[.,!?;:)~。，！？]|(?:yet|still|at all|either|today)\b|${CODE_OBJECT}))`;

/** How many digits the code has, asked ("验证码几位", "是6位数吗", "is the code 6 digits", "how many digits"). */
const CODE_LENGTH_ASKED =
  /(?:几|多少)位|(?:是不是|是|有)?[4-8四五六七八]位(?:数字?|的)?(?:吗|么|嘛|吧|呢|啊|对吧|是吧|对不对|没错吧|[?？])|是不是[4-8四五六七八]位|\bhow (?:many|long)\b.{0,24}\b(?:digits?|numbers?|characters?)\b|\bhow long is (?:the|this|that|my) (?:code|otp|pin)\b|\b(?:is|are) (?:the |this |that |my )?(?:code|otp|pin|it) (?:\d|four|five|six|seven|eight) (?:digits?|numbers?|characters?)\b|\b(?:\d|six)[- ]digits?\s*[?？]/i;

/** A goodbye word ("再见", "拜拜", "bye", "see you"); not "88", which at the login may be a code begun. */
const FAREWELL_WORD = String.raw`good ?bye|bye(?:[- ]?bye)?|see (?:you|ya)(?: later| soon)?|cya|take care|再见|拜拜|拜|回见|下次见`;
/** What may stand beside it: nothing more wanted, an ok, thanks ("没事了", "that's all", "好的", "thanks so much"). */
const FAREWELL_ASIDE = String.raw`没事|没有了|没了|没别的了|没其他的?了|不用了|就这样|先这样|就这些|that'?s (?:all|it)(?: for now)?|nothing else|all good|i'?m good|i'?m done|ok(?:ay)?|好的?|嗯+|行|thanks?(?: you)?(?: (?:so|very) much)?|thx|ty|谢谢(?:你|您|啦)?|多谢|感谢`;
/**
 * A goodbye, alone or with the rest in any order ("没事了，再见", "bye, that's all", "ok bye", "好的 拜拜", "thanks, bye"): each
 * part one of the words above, a particle after it or not, one of them a goodbye. Each part is taken as its first reading
 * and kept ((?=(…))\1, an atomic group): "拜拜拜拜…" or "嗯嗯嗯…" would otherwise be tried in every split before failing.
 */
const FAREWELL = new RegExp(
  String.raw`^(?=.*(?:${FAREWELL_WORD}))(?:(?=((?:and |then )?(?:${FAREWELL_WORD}|${FAREWELL_ASIDE})(?:吧|啦|了|哈|哦|呀|啊)?[,，.。\s!！~～]*))\1)+$`,
  'i',
);

/**
 * Short answers that mean what the question asked: "好了" to "tell me when the shop page is done", "重试" after a
 * failure. The classifier, which never sees the question, reads them as goodbye or restart; restarting would throw
 * away the step the customer was on, so the step's reading wins.
 */
const STEP_ANSWERS: Array<{ applies: (statePath: string) => boolean; words: RegExp; unless?: RegExp; event: DialogueEvent }> = [
  // The step before named done at the next one ("我已经开通PLUS了" at real-name verification, which comes only once PLUS
  // is active): that is said, not "I can't see your verification yet", which answered a claim nobody made. So is a bare
  // "我开通好了" (the shop's notice moved the chat on unseen; real-name is 认证'd, not 开通'd) and paying for PLUS named.
  // So is PLUS said opened in two words ("会员开了": the PLUS explainer).
  // So is anything bought ("done, I bought it", "我买好了"): only PLUS is bought, real-name verification is not (it was
  // checked as that and answered "I can't see your verification yet").
  // A bare "好了"/"done" may be real-name done: it is still checked.
  {
    applies: (path) => path === 'flow.onboarding.awaitingRealName',
    words:
      /(?:plus|会员).{0,6}(?:开通了|开好了|开了|买了|买好了|生效了|办好了|搞定了|有了)|我(?:已经|早就|本来就|也)?有(?:plus|会员)|已经(?:是|开通了?|买了?|开了)(?:plus)?会员|我(?:已经|早就|本来就)?(?:是|成了|成为了?)plus|(?:已经(?:开通|买)了?|(?:开通|买)了)plus|(?:plus|会员)费?.{0,4}(?:付了|付好了|付过了|交了|交好了)|(?:付|交)了(?:plus|会员)费?|^(?:我)?(?:已经|都|也)?已?开通好了(?:啊|呀|哦|的|呢|哈)?[!！。.~～]*$|\b(?:bought|got|have|joined|purchased|paid(?: for)?)\b.{0,12}\bplus\b|买(?:好|完|过)?了|已(?:经)?(?:购买|买)|购买(?:好|完|成功)?了|\b(?:bought|purchased)\b/i,
    unless: /实名|认证|\bverif|不|没|未|[?？]|吗|\bnot\b|n't\b/i,
    event: { type: 'TOPIC_ASKED', topic: 'plusDoneAlready' },
  },
  // And the other way round: real-name verification named done at the PLUS step ("我已经实名了"), which it comes after,
  // was checked as PLUS done and answered "PLUS is not active yet". PLUS named too ("PLUS买了，也实名了") is checked.
  {
    applies: (path) => path === 'flow.onboarding.awaitingPlus',
    words:
      /实名(?:认证)?(?:了|过|好|完|做|弄|办|搞)|已(?:经)?(?:实名|认证)|认证(?:过|好|完|了)|\b(?:did|done|finished|completed|passed)\b.{0,30}\b(?:real[- ]?name|verification|verify|id check)|\b(?:real[- ]?name|verification|id check)\b.{0,20}\b(?:done|finished|completed|passed)\b|\b(?:already|i'?ve|i have|i'?m|i am)\b.{0,12}\bverified\b/i,
    unless: /plus|会员|\bmember|不|没|未|还要|还差|[?？]|吗|怎么|n't\b|\bnot\b|\bnever\b|\byet\b|\bhow\b|\d{17}[\dXx]|人工|客服|\bhuman\b|\bperson\b|\bagent\b|取消|算了|\bcancel/i,
    event: { type: 'TOPIC_ASKED', topic: 'realNameAfterPlus' },
  },
  // The same with PLUS said not done ("我实名了，PLUS还没买", "PLUS还没买，不过我实名了"): a clarifying question asked which.
  // Each half in its own clause, real-name not turned around itself ("我没实名，PLUS也没买").
  {
    applies: (path) => path === 'flow.onboarding.awaitingPlus',
    words: new RegExp(`^(?:${REAL_NAME_SAID_DONE})[，,、\\s]*(?:${BUT})?(?:${PLUS_SAID_NOT_DONE})|^(?:${PLUS_SAID_NOT_DONE})[^，,]{0,6}[，,、\\s]+(?:${BUT})?(?:${REAL_NAME_SAID_DONE})$`, 'i'),
    unless: /[?？]|吗|怎么|\bhow\b|\d{17}[\dXx]|人工|客服|\bhuman\b|\bperson\b|\bagent\b|取消|算了|\bcancel/i,
    event: { type: 'TOPIC_ASKED', topic: 'realNameAfterPlus' },
  },
  // Going to do it now, at a shop-page step (GOING_NOW): go ahead, the step kept with how it goes on (by the done button,
  // or by itself once the shop tells the bot). Not "take your time" (the wait topic): that answers someone putting it off,
  // not someone on their way. Not turned around, asked, nor said done.
  {
    applies: (path) => path === 'flow.onboarding.awaitingPlus' || path === 'flow.onboarding.awaitingRealName',
    words: GOING_NOW,
    unless: /不|没|未|已|完|过了|好了|成功|[?？]|吗|\bnot\b|n't\b|\bnever\b|\balready\b|\bhow\b|\bwhat\b|\bwhy\b|\bwhen\b|\bwhere\b|\bif\b|\byou\b/i,
    event: { type: 'TOPIC_ASKED', topic: 'goingNow' },
  },
  // Doing it after all, or plainly ("还是弄吧", "那还是办了吧", "弄吧", "还是买plus吧"), at a shop-page step: going to do it, as
  // above (read as a no, "还是弄吧" left the onboarding for the menu; "那还是办了吧" was checked as done).
  {
    applies: (path) => path === 'flow.onboarding.awaitingPlus' || path === 'flow.onboarding.awaitingRealName',
    words: SHOP_STEP_AFTER_ALL,
    event: { type: 'TOPIC_ASKED', topic: 'goingNow' },
  },
  // Asking the bot to do the shop-page step ("can you do it for me?", "你能帮我认证吗"): it cannot, the customer does it on
  // the shop's page. Read as wanting pay-later, it rechecked and said the verification was not done yet.
  {
    applies: (path) => path === 'flow.onboarding.awaitingPlus' || path === 'flow.onboarding.awaitingRealName',
    words:
      /(?:帮我|替我|给我|帮忙)(?:去)?(?:认证|实名|做|弄|办|搞|操作|买|购买|开(?:通)?(?:PLUS|会员)|完成)|(?:你|您)(?:来)?(?:帮我)?(?:认证|实名|弄|办|做|操作)(?:吧|一下)|\b(?:can|could|would|will) you (?:please )?(?:just )?(?:do|handle|complete|finish|verify|buy|purchase|get|sort) (?:it|this|that|the \w+|plus|me|my \w+)(?: \w+)? for me\b|\b(?:can|could|would|will) you (?:please )?(?:just )?(?:do it|verify me|buy (?:it|plus))\b|^(?:please )?(?:just )?do it for me\b/i,
    unless: /人工|客服|\bhuman\b|\bperson\b|\bagent\b|取消|算了|\bcancel/i,
    event: { type: 'TOPIC_ASKED', topic: 'onlyOnShopPage' },
  },
  // "Not yet" at a shop-page step (NOT_YET_SAID): take your time, the step kept. Another step named is not this one's "not
  // yet" ("还没实名" at the PLUS step, "会员还没买" at real-name verification, which comes once PLUS is active).
  {
    applies: (path) => path === 'flow.onboarding.awaitingPlus',
    words: NOT_YET_SAID,
    unless: /实名|认证|\bverif|\breal[- ]?name/i,
    event: { type: 'TOPIC_ASKED', topic: 'wait' },
  },
  {
    applies: (path) => path === 'flow.onboarding.awaitingRealName',
    words: NOT_YET_SAID,
    unless: /plus|会员|\bmember/i,
    event: { type: 'TOPIC_ASKED', topic: 'wait' },
  },
  // "怎么还没好" / "why isn't it done yet" at a shop-page step: the customer did it and does not see it go on. Checked again
  // as "我已经认证好了" is (a clarifying question offered 不用了 and a person): not done, they hear what to check, with a person.
  // A bare "还没好(呢)" is the customer's own "not yet". Said after the step named done ("我买了plus怎么还没显示"), the same.
  {
    applies: (path) => path === 'flow.onboarding.awaitingPlus' || path === 'flow.onboarding.awaitingRealName',
    words:
      /^(?:我)?(?:都)?(?:(?:已经|明明|早就)?(?:买|开|开通|办|实名|认证)(?:了|过了|好了)(?:plus|会员|plus会员|实名|认证)?(?:了)?[，,\s]*(?:但是?|可是|不过)?[，,\s]*)?(?:怎么|为什么|为啥|咋)(?:还是?|一直|老是)?(?:没|没有|不)(?:好|通过|生效|成功|完成|显示|更新|变|反应|动静)|^(?:还是?|一直)(?:没|没有)(?:好|通过|生效|成功|完成|显示|更新)吗$|\bwhy (?:is ?n'?t|is it not|hasn'?t|has it not|does ?n'?t|won'?t) (?:it|this|that)? ?(?:done|working|going through|showing|updated?|moving|finished|complete|verified)\b|\bwhy (?:is it )?still not (?:done|working|showing|verified)\b|^(?:it'?s )?still not (?:done|working|showing|verified)\b/i,
    unless: /人工|客服|\bhuman\b|\bperson\b|\bagent\b|取消|算了|\bcancel|\d{17}[\dXx]|怎么(?:弄|办|做|操作|买|认证)|\bhow (?:do|to|can)\b/i,
    event: { type: 'AFFIRM' },
  },
  // Said done and asked for again, as a complaint ("我刚才认证过了啊 怎么又要认证": the generic why-real-name text; "我不是已经
  // 实名了吗", "I already verified, why again?"): rechecked as "我已认证好了" is (doneAskedAgain.ts). Each step its own.
  {
    applies: (path) => path === 'flow.onboarding.awaitingRealName',
    words: REAL_NAME_DONE_ASKED_AGAIN,
    unless: DONE_ASKED_AGAIN_UNLESS,
    event: { type: 'AFFIRM' },
  },
  {
    applies: (path) => path === 'flow.onboarding.awaitingPlus',
    words: PLUS_DONE_ASKED_AGAIN,
    unless: DONE_ASKED_AGAIN_UNLESS,
    event: { type: 'AFFIRM' },
  },
  // Declining PLUS at its step ("太贵了 不买", "plus就算了吧", "不买会员了"): what the step's 暂不开通 button sends (a clarifying
  // question offered 取消, "plus就算了吧" got the PLUS explainer). Not asked about ("不买plus能开吗", "plus不要钱吧").
  {
    applies: (path) => path === 'flow.onboarding.awaitingPlus',
    words:
      /(?:plus|会员).{0,6}(?:就|还是|先|我)?(?:算了|免了|不买|不开|不办|不要|不想(?:买|开|办|要))|(?:不买|不开|不办|不要|不想(?:买|开|办|要))了?(?:这个)?(?:plus|会员)|(?:太贵|好贵|贵了|不值|买不起).{0,6}(?:不买|不开|不办|不要|算了|不想)|^(?:那|那就|还是)?(?:我)?(?:先|暂时|就)?(?:不买|不想买|不开了|买不起)了?(?:吧|啦)?$|\b(?:skip|forget|no) (?:the )?plus\b|\b(?:don'?t|do not) want (?:to (?:buy|get|pay for) )?(?:the )?plus\b|\btoo (?:expensive|pricey)\b.{0,24}\b(?:pass|skip|not buying|won'?t buy|no thanks|forget it)\b/i,
    unless: /[?？]|吗|怎么|怎样|为什么|为啥|能不能|可不可以|行不行|能否|会不会|什么|啥|多少|不要钱|免费|还没|没买|人工|客服|\bhuman\b|\bperson\b|\bagent\b|\bhow\b|\bwhat\b|\bwhy\b|\bcan i\b|\bif\b/i,
    event: { type: 'DENY' },
  },
  // "Done" in any ordinary words at a shop-page step ("我刚买了plus", "认证完了", "all set", "I bought PLUS"): a recheck
  // costs one backend call and says so when the step is not done yet, while a miss told a customer who had just
  // bought PLUS how to buy it. Not when the words turn it around (还没好, "not yet"), ask, carry an ID number (declined
  // by understandActivity) or ask to cancel, restart or talk to a person.
  {
    applies: (path) => path === 'flow.onboarding.awaitingPlus' || path === 'flow.onboarding.awaitingRealName',
    words: new RegExp(
      `${DONE_SAID_SHORT.source}|好了|好啦|ok了|搞定|弄好|办好|开好|买好|弄完|办完|做完|认证完|完成|开通了|买了|办了|实名了|认证了|已实名|已认证|已开通|已购买|已经(?:开通|认证|实名|买|办|弄|做)|\\bdone\\b|\\bdid (?:it|that|the \\w+)\\b|\\ball set\\b|\\bfinished\\b|\\bcompleted?\\b|\\bbought\\b|\\bpurchased\\b|\\bsigned up\\b|\\bjoined\\b|\\bsubscribed\\b|\\bverified\\b|\\bpaid for\\b`,
      'i',
    ),
    unless: /不|没|未|还要|还差|n't\b|\bnot\b|\bnever\b|\byet\b|[?？]|吗|怎么|什么时候|啥时候|多久|何时|几时|\bhow\b|\bwhat\b|\bwhy\b|\bwhere\b|\bwhen\b|\bif\b|\d{17}[\dXx]|人工|客服|\bhuman\b|\bperson\b|\bagent\b|取消|算了|重新开始|重来|\bcancel|\brestart|\bstart over/i,
    event: { type: 'AFFIRM' },
  },
  // A plain "ok" at a shop-page step ("好的" to "PLUS is active ✅, next is real-name verification") is no "done": read as
  // one, it was checked and told "I can't see your verification yet". The step asks again, its done button with it.
  {
    applies: (path) => path === 'flow.onboarding.awaitingPlus' || path === 'flow.onboarding.awaitingRealName',
    words: /^(?:好的?|好吧|嗯+|哦+|噢|行|可以|知道了|明白了?|收到|了解|ok(?:ay)?|sure|got it|alright|all right)[!！。.~～]*$/i,
    event: { type: 'RETRY' },
  },
  // "I am a member already" or "you checked wrong" at a shop-page step: checked again (a dispute read as "not now"
  // dropped the customer out of the onboarding, and "我本来就是PLUS会员" got the how-to-buy text).
  {
    applies: (path) => path === 'flow.onboarding.awaitingPlus' || path === 'flow.onboarding.awaitingRealName',
    words:
      /本来就是|早就是|一直是|已经是.{0,6}会员|我(?:真的)?是.{0,6}会员|我(?:已经|真的)?(?:是|成了|成为了?)plus|(?:plus|会员)(?:会员)?(?:我|俺)?(?:已经|早就|本来就|也|都)?有了|我(?:已经|早就|本来就|也|都)?有(?:plus|会员)|(?:实名|认证)过|查错|(?:你们|系统|你)(?:是不是)?(?:搞|弄)错|\balready (?:a |an )?(?:plus )?member\b|\bi(?: a|')m (?:a |an )?(?:plus )?member\b|\bi (?:already )?(?:have|'ve got|have got) (?:a |the |my )?plus\b|\balready verified\b|\byou(?:'re| are) wrong\b|\bcheck again\b/i,
    // Not a question about it ("我是不是得先买会员？", "PLUS要多少钱"), nor "not a member yet", nor a person or a cancel; nor
    // with how to verify asked ("我已经是PLUS会员了，实名怎么弄": the recheck answered "I can't see your verification yet").
    unless: /[?？]|吗|多少|要不要|得先|不是(?:PLUS|plus)?会员|还没|没(?:有)?买|新用户|\bnot (?:a |yet)|人工|客服|\bhuman\b|\bperson\b|\bagent\b|取消|算了|\bcancel|(?:实名|认证|real[- ]?name|verif)[^，,。.!！]{0,8}(?:怎么|如何|咋)|\bhow\b[^.?!]{0,30}(?:real[- ]?name|verif)/i,
    event: { type: 'AFFIRM' },
  },
  // The code did not come, in any ordinary words ("收不到验证码啊", "还是没有啊 你们是不是有问题": a clarifying question, "still
  // haven't got the code", "can you send it again", "what code? i never got one": that was read as the orders). Not with
  // digits (a new phone number or the code itself), another number asked for (换个号), goods that have not come (我还没收到
  // 货, "i didn't get the earbuds yet", "耳机还没收到": the orders' once logged in), or a request to cancel, restart or talk
  // to a person. "Didn't get" only of the code or of nothing named (CODE_NOT_GOT).
  {
    applies: (path) => path === CODE_STEP || path === LOGIN_PAUSED_STEP || path === NUMBER_LOCKED_STEP,
    words:
      new RegExp(
        String.raw`没有?收到|收不到|没来|还没到|^(?:还是|还|一直|都|怎么还|咋还)没有?(?:啊|呀|呢|诶|欸|啦|哦)?(?=$|[\s，,。.！!？?])|没发|重发|再发|重新发|再来一个|验证码(?:过期|失效)|\bresend|\bsend (?:it |the code |a new code |another(?: one| code)? |me (?:a new one|another one|the code) )?again\b|\b(?:a )?new code\b|\banother code\b|\bnever (?:came|arrived|got (?:it|one|a code|any(?:thing)?|a text)|received (?:it|one|a code|any(?:thing)?))\b|\b(?:got|received) nothing\b|\bnothing (?:came|arrived)\b|\bno (?:text|sms)(?: message)? (?:came|arrived)\b|\bdid ?n['’]?t (?:come|arrive)|\bnot (?:arrived|come)\b|${CODE_NOT_GOT}|\bno code\b|\bcode (?:expired|never came)\b`,
        'i',
      ),
    unless: new RegExp(
      String.raw`\d|换|另一个|别的|\banother (?:phone|number)|\bdifferent (?:phone|number)|\bwrong number|货|包裹|快递|物流|订单|\border|\bpackage|\bparcel|\bdelivery|\bshipment|\bitems?\b|\bgoods\b|\bproducts?\b|\bstuff\b|\bpurchases?\b|${GOODS_NAMED.source}|人工|客服|\bhuman\b|\bperson\b|\bagent\b|取消|算了|重新开始|重来|\bcancel|\brestart|\bstart over`,
      'i',
    ),
    event: { type: 'OTP_RESEND_REQUESTED' },
  },
  // How long the code is, at the code step ("等一下 验证码是6位数吗": not understood, a step towards a person; "验证码几位":
  // where it is; "is the code 6 digits", "how many digits"): 6 digits, in the text just sent. Not with a code or a number in it.
  {
    applies: (path) => path === 'flow.onboarding.login.awaitingOtp',
    words: CODE_LENGTH_ASKED,
    unless: /\d{2,}|手机号|号码|\bphone\b/i,
    event: { type: 'TOPIC_ASKED', topic: 'codeLength' },
  },
  // "验证码是多少?" at the code step: it is in the text message, which the bot cannot see (a clarifying question offered
  // "my orders"). "what's the code for?" asks what it is (loginQuestions.ts).
  {
    applies: (path) => path === 'flow.onboarding.login.awaitingOtp',
    words: /验证码(?:是)?(?:多少|什么|几)|验证码呢|(?:哪里|在哪|怎么)(?:看|找|查)?(?:到)?验证码|验证码(?:在|到)哪|\bwhat(?:'s| is) the code\b(?! (?:for|about)\b)|\bwhere(?:'s| is| do i (?:find|get)) the code\b/i,
    unless: /\d/,
    event: { type: 'TOPIC_ASKED', topic: 'whereIsCode' },
  },
  // Giving the login up at the code step in so many words ("算了", "不登录了"); a bare "没有" there may be the code not
  // come, so the classifier's no is not enough (at the phone step it is, in understandActivity).
  {
    applies: (path) => path === 'flow.onboarding.login.awaitingOtp',
    words: /^(?:(?:那|还是)?算了吧?|不用了|不登(?:录)?了|先不登(?:录)?了|never ?mind|forget it)$/i,
    event: { type: 'CANCEL' },
  },
  // Taking the return back ("算了，不退了", "那就不退了吧", "谢谢，没事了", the 不退了 button's label). Only these words:
  // "不想要了" and other refusals are the commonest return reasons.
  {
    applies: (path) => path === 'flow.purchase.awaitingReturnReason' || path === 'flow.purchase.confirmingReturn',
    words:
      /^(?:(?:那|还是)?算了吧?(?:[，,\s]*(?:我)?(?:还是|先)?(?:不|不用|不要|不想)退了?吧?)?|(?:那就?)?(?:我)?(?:还是|先)?(?:不|不用|不要|不想)退了?吧?|(?:谢谢[，,\s]*)?(?:没事了?|不用了|没什么了?)|取消(?:退货|退款)(?:申请)?|cancel (?:the |my )?(?:return|refund)|暂时不退了?|(?:no,? (?:wait,? )?)?(?:never ?mind|(?:i'?ll )?keep it|don'?t return it)|no|nope|not now|no thanks?)$/i,
    event: { type: 'DENY' },
  },
  // "ok turn it on" at the terms accepts them (it repeated them). Only these words: "等会再开通", "don't turn it on yet"
  // name turning it on too.
  {
    applies: (path) => path === TERMS_STEP,
    words: consentWords('同意(?:协议|条款|[并並][开開]通)?|接受(?:协议|条款)?|开通|开|帮我开通|agree|i agree|accept|turn it on|switch it on|enable it|turn on'),
    event: { type: 'AFFIRM' },
  },
  // A plain yes, alone or in more words ("嗯嗯", "是的，确认", "对，付款", "yes please", "ok do it"), and the confirmations'
  // own button words ("确认收货", "submit the return") pay or file the return, as the button does; a yes with anything
  // more ("好的我先看看") is told how to go ahead (the hesitantYes topic, in understandActivity).
  {
    applies: (path) => path === RECEIPT_STEP,
    words: consentWords(PAY_VERBS),
    event: { type: 'AFFIRM' },
  },
  {
    applies: (path) => path === 'flow.purchase.confirmingReturn',
    words: RETURN_CONSENT,
    event: { type: 'AFFIRM' },
  },
  // The same after approving words ("不错 付吧", "还没坏 挺好的 付吧", "东西挺好的 付吧", "不错 提交吧"): the step's action named,
  // they consent (read as a no, or as the FAQ on paying: the 不 or 没 in 不错, 没坏). Alone ("不错", "东西挺好的") they name no
  // action, and are no no either: how to go ahead. Not at the terms, where only yes words and its own verb consent.
  {
    applies: (path) => path === RECEIPT_STEP,
    words: approvedConsent(PAY_VERBS),
    event: { type: 'AFFIRM' },
  },
  {
    applies: (path) => path === 'flow.purchase.confirmingReturn',
    words: approvedConsent(RETURN_VERBS),
    event: { type: 'AFFIRM' },
  },
  {
    applies: (path) => path === RECEIPT_STEP || path === 'flow.purchase.confirmingReturn',
    words: APPRAISAL_ONLY,
    event: { type: 'TOPIC_ASKED', topic: 'hesitantYes' },
  },
  // The step's own verb after all ("还是付了吧", "那还是付吧" at the payment; "算了 还是退吧", "还是退了吧" at the return): the
  // classifier heard the 还是 or the 算了 as a no ("好的，不退了"). At the terms "还是开吧" is ENABLE_AFTER_ALL's.
  {
    applies: (path) => path === RECEIPT_STEP,
    words: verbAfterAll('付|付款|付钱|确认收货'),
    event: { type: 'AFFIRM' },
  },
  {
    applies: (path) => path === 'flow.purchase.confirmingReturn',
    words: verbAfterAll('退|退货|退掉'),
    event: { type: 'AFFIRM' },
  },
  // "还是弄吧" naming no action (read as a no): where a yes pays, files a return or accepts the terms, how to go ahead (only
  // the step's own words or button do it); away from the orders and the onboarding, pay-later after all.
  {
    applies: (path) => CONSENT_STEPS.has(path),
    words: DO_IT_AFTER_ALL,
    event: { type: 'TOPIC_ASKED', topic: 'hesitantYes' },
  },
  {
    applies: (path) => !path.startsWith('flow.purchase.') && !path.startsWith('flow.onboarding.'),
    words: DO_IT_AFTER_ALL,
    event: { type: 'ENABLE' },
  },
  // "不是不要 是要" to any yes/no question: a yes (read as a no). Where words are the answer, they are.
  {
    applies: (path) => !FREE_TEXT_STATES.has(path),
    words: NOT_A_NO,
    event: { type: 'AFFIRM' },
  },
  // The enabled step's 「看看怎么用」 with words around it ("看看怎么用吧", "那看看怎么用吧", "好 看看怎么用"), where it is remembered
  // too (the welcome, the list: not understood; where the button is, its typed label reads it, dialogs/typedLabels.ts): how
  // to use it at checkout, asked as "看看怎么用" is (mid-step, answered there, the step kept). Before the looking below.
  {
    applies: (path) => !FREE_TEXT_STATES.has(path),
    words:
      /^(?:(?:好的?|好吧|好啊|行|嗯+|可以|ok(?:ay)?)[，,\s]*)?(?:那)?(?:就)?(?:让我|我)?(?:想|要)?(?:先)?(?:看看|看一下|看一看|看下)(?:怎么用|怎么使用|如何使用|咋用)(?:吧|呗|啊|呀|哈)?$/i,
    event: { type: 'CHECKOUT', question: true },
  },
  // Looking, to an offer to look ("看看", "看一下吧", "好 看看", "瞧瞧", "我先看看", "那就看看吧" to "要先看看你的订单吗？"): a yes, the
  // offer's own verb (not understood, the next unclear words handed the customer over). Only where a yes only shows
  // something: at the terms or a confirmation "好的我先看看" is a yes with more in it, told how to go ahead (understandActivity).
  {
    applies: (path) => YES_SHOWS_STEPS.has(path),
    words: LOOKING_YES,
    event: { type: 'AFFIRM' },
  },
  // Not paying, at the pay confirmation ("不付了", "先不付", "还是先不付了"): it got a clarifying question offering to pay.
  {
    applies: (path) => path === RECEIPT_STEP,
    words: /^(?:(?:那|还是)?算了吧?[，,\s]*)?(?:我)?(?:还是)?(?:先|暂时)?(?:不|不想|不要|不用)(?:付|付款|付钱|确认)了?吧?$|^(?:no,? )?(?:not now|don'?t pay|not yet)$/i,
    event: { type: 'DENY' },
  },
  // "No wait" where a yes pays, files a return or turns pay-later on is "not now" (it got a clarifying question offering a
  // yes button). At the return confirmation the rule above takes it.
  {
    applies: (path) => CONSENT_STEPS.has(path),
    words: /^(?:no+,?\s*(?:wait|hold on|stop)|wait,?\s*no+|no,?\s*no+)$/i,
    event: { type: 'DENY' },
  },
  // "Wait a moment" anywhere, also where words are the answer: it is neither a reason nor a greeting (it read as one).
  // After an ok too ("ok wait", "好的 等一下"): at the terms "ok wait" was told how to go ahead, as a hesitant yes.
  {
    applies: () => true,
    words: /^(?:(?:ok(?:ay)?|k|好的?|嗯+|哦)[，,\s]*)?(?:等一?下|等等|稍等(?:一?下)?|等会儿?|等一会儿?|等我一?下|wait|wait a (?:sec|second|moment|minute)|hold on|one moment|just a (?:sec|second|moment))$/i,
    event: { type: 'TOPIC_ASKED', topic: 'wait' },
  },
  // "看看", "我先看看", "让我看看" where a yes consents: "let me look first", as "等一下" (a clarifying question, then a person).
  // After a yes ("好的我先看看") it stays a hesitant yes, told how to go ahead.
  {
    applies: (path) => CONSENT_STEPS.has(path),
    words: /^(?:让我|我)?(?:先)?(?:看看|看一下|瞧瞧)(?:吧|再说)?$/,
    event: { type: 'TOPIC_ASKED', topic: 'wait' },
  },
  // So is thinking it over or doing it later ("我再想想", "稍后再说"), also where words are the answer: read as nothing
  // clear, twice, a person came; at the reason step it was filed as the reason. So is trying the goods first ("好的我试完再说":
  // read as a yes, the order list came again).
  {
    applies: () => true,
    words:
      /^(?:(?:好的?|嗯|那|等等|等一?下|稍等)[，,\s]*)?(?:我)?(?:再)?(?:想想|考虑(?:一下|考虑)?|想一想)(?:吧|看)?$|^(?:(?:好的?|嗯|那)[，,\s]*)?(?:我)?(?:回头|等会儿?|待会儿?|晚点|稍后|过会儿?|过一会儿?)再(?:说|退|弄|办|处理|付)吧?$|^(?:(?:好的?|好吧|嗯+|行|那|ok(?:ay)?)[，,\s]*)?(?:那)?(?:我)?(?:先)?(?:试完|试试|试一下|试一试|试用(?:一下|几天)?|用用|用几天|用一段时间|用一下)(?:看)?(?:以后|之后|了)?再(?:说|付|决定|看|确认)吧?$|\blet me think(?: about it)?\b|^(?:(?:ok(?:ay)?|sure|alright|all right)[,.!\s]+)?(?:i'?ll|i will|let me|gonna) try (?:it|them|the \w+) (?:out )?first\b/i,
    event: { type: 'TOPIC_ASKED', topic: 'wait' },
  },
  // A sentence left unfinished on a filler ("嗯嗯那个", "呃…那个"): no yes (at a shop-page step it was checked and told
  // "not done yet"), nor anything else: take your time.
  {
    applies: () => true,
    words: new RegExp(`^(?:(?:${FILLERS})[，,、\\s…]*)*那个(?:[，,、\\s…]*(?:那个|${FILLERS}))*[…]*$`),
    event: { type: 'TOPIC_ASKED', topic: 'wait' },
  },
  // Doing it later in more words ("我等会再弄", "我先去买个PLUS，回头再来", "我去买plus了 等我一下": it got the PLUS
  // explainer), after an ok too ("好吧 那我去买一下": a clarifying question). Not where words are the answer: "买错颜色了，
  // 回头再买个黑色的" is a return reason.
  {
    applies: (path) => !FREE_TEXT_STATES.has(path),
    words:
      /^.{0,12}(?:等会儿?|待会儿?|回头|晚点|晚些|稍后|过会儿?|过一会儿?)再(?:弄|办|来|说|开|买|看|做|处理|认证|付|退)|^等我.{1,12}再(?:弄|办|来|说|开|买|看|做|付|退)|^(?:我)?先去(?:买|办|弄|看|认证|实名).{0,12}$|^(?:(?:好吧|好的?|行|嗯|ok)[，,\s]*)?(?:我|那我)(?:这就|马上|现在|先)?去(?:买|办|弄|开|认证|实名).{0,8}?(?:了|啦)(?:[，,\s]*(?:等我一?下|等等我|稍等(?:一?下)?|等一?下|一会儿?(?:就)?回来|马上回来))?$|^(?:(?:好吧|好的?|行|嗯|ok)[，,\s]*)?(?:我|那我)?(?:这就|马上|现在|先)?去(?:买|办|弄|开|认证|实名).{0,8}?[，,\s]*(?:等我一?下|等等我|稍等(?:一?下)?|一会儿?(?:就)?回来|马上回来)$|^(?:(?:好吧|好的?|行|嗯|ok)[，,\s]*)?(?:我|那我)(?:这就|马上|现在|先)?去(?:买|办|弄|开通|开|认证|实名)(?:个|一个)?(?:plus|会员|plus会员|认证)?(?:一下|下)(?:吧|哈|啊)?$|\b(?:come back|do it|finish it) later\b|\bbrb\b|\bbe right back\b/i,
    unless: /不|没|[?？]|吗/,
    event: { type: 'TOPIC_ASKED', topic: 'wait' },
  },
  // Thanks and goodbye in one breath ("thanks, bye", "谢谢拜拜"), also where words are the answer: a goodbye. The
  // classifier heard the thanks ("You're welcome!" and the step again) or neither; at the reason step it was the reason.
  // So is a goodbye with "that's all" ("没事了，再见", "bye, that's all": filed as the return's reason) or an ok ("ok bye",
  // "好的 拜拜": not understood, a step towards a person).
  { applies: () => true, words: FAREWELL, event: { type: 'GOODBYE' } },
  // Back after a while ("我回来了", "我又回来了", "我又来了", "又是我", after leaving the chat too): greeted, and the step asks
  // again. ("What's next" is WHAT_NOW's, in understandActivity: the step with a line before it.)
  {
    applies: () => true,
    words: /^(?:我)?又?回来[了啦](?:吗)?$|^我(?:又|再)?来[了啦]$|^(?:我)?又是我(?:啊|呀|哈)?$|^i'?m back(?: again)?$|^back again$|^it'?s me again$/i,
    event: { type: 'GREETING' },
  },
  // "How far did I get?": the status card says.
  {
    applies: () => true,
    words: /^(?:我)?(?:刚才)?(?:开|弄|办|做)到哪(?:一步)?了$|^到哪一步了$|^how far (?:did i get|am i)$/i,
    event: { type: 'STATUS' },
  },
  // Everywhere, not only after a failure: where there is nothing to retry the step just asks again, which is what
  // "try again" means there (after a timed-out code check, say), while a restart would lose the login.
  {
    applies: () => true,
    words: /^(?:重试|重试一下|再试一?次|再试试|再来一次|retry|try again|try it again|please try again)$/i,
    event: { type: 'RETRY' },
  },
];

/** What the words answer at a step: its button typed, or one of its STEP_ANSWERS. */
export function stepEvent(statePath: string, words: string, plain: string): DialogueEvent | undefined {
  const typed = typedButton(statePath, words);
  if (typed || plain.length > MAX_STEP_ANSWER_LENGTH) return typed;
  return STEP_ANSWERS.find((a) => a.applies(statePath) && a.words.test(plain) && !a.unless?.test(plain))?.event;
}

/**
 * A failed call waits for its retry. The words that started it, said again ("确认收货并付款", "同意并开通", "再发一次"),
 * mean the retry: read as a new request, paying again opened the order list and dropped the payment, and "再发一次"
 * (the classifier's restart) started the conversation over.
 */
export const RETRIED_BY: Record<string, { step: string; startedBy: DialogueEvent['type'] }> = {
  'flow.purchase.payingOrder.failed': { step: RECEIPT_STEP, startedBy: 'AFFIRM' },
  'flow.purchase.requestingReturn.failed': { step: 'flow.purchase.confirmingReturn', startedBy: 'AFFIRM' },
  'flow.onboarding.enablingPayLater.failed': { step: TERMS_STEP, startedBy: 'AFFIRM' },
  'flow.onboarding.login.requestingOtp.failed': { step: 'flow.onboarding.login.awaitingOtp', startedBy: 'OTP_RESEND_REQUESTED' },
};
