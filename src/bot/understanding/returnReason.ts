// What words say of a return's reason: at its step, where the customer's own words are the answer (a reason, or what
// steers), the reason part of them, and the goods not wanted said at the return's confirmation.
import type { DialogueEvent, Topic } from '../../../machines/events';
import { RETURN_REASONS } from '../../../machines/events';
import { isReturnable, type Intent, type Order } from '../../../machines/domain';
import { typedButton } from '../../../dialogs/typedLabels';
import { listPosition, orderNamed, plainAction } from '../orderMention';
import { GO_ON_WORDS, PLAIN_YES, RETURN_CONSENT } from './consent';
import { PARTICLE_QUESTION, PLAIN_QUESTION, QUESTION } from './questions';
import type { Referents } from './referents';
import { REASON_STEP, RECEIPT_STEP, RETURN_CONFIRMATION } from './steps';

/** Intents that still steer the dialogue while a step waits for free text (a return reason). */
export const CONTROL_INTENTS = new Set<Intent>(['cancel', 'human', 'restart', 'help']);

/** Topics a customer may ask about while a step waits for free text: such a question is answered, not taken as the answer. */
export const QUESTION_INTENTS = new Set<Intent>([
  'what_is', 'requirements', 'enable', 'status', 'plus', 'real_name', 'credit', 'checkout', 'pay', 'return', 'orders',
]);

/**
 * The classifier's cancel is not enough where words are an answer: it hears "changed my mind" and "I don't want it
 * anymore", the commonest return reasons, as cancel. There, cancelling takes cancel words.
 */
export const CANCEL_WORDS = /取消|算了|\bcancel|\bstop\b|\bquit\b|\bexit\b|never ?mind|forget it/i;

/**
 * Wondering inside a statement about the goods ("不知道什么时候坏的", "左耳没声音，不知道为什么") is the reason, though the
 * classifier may hear help in its 不知道 (how sure it is of that moved with unrelated corpus edits). Said alone,
 * "不知道为什么" still asks for help.
 */
const WONDERING = /不知道(?:为什么|为啥|什么时候|啥时候|咋回事|怎么回事|是不是|能不能)/;
export const wondersInAStatement = (plain: string): boolean =>
  WONDERING.test(plain) && plain.replace(WONDERING, '').replace(/[\s，,。.!！?？~～]/g, '') !== '';

/** A reason is kept as typed, up to this long. */
const MAX_REASON_LENGTH = 200;

/**
 * Going on, said alone ("继续", "continue", "go on"): no reason (it was filed as one, "原因：继续。"). As at the other
 * steps, the step asks again, here for the reason.
 */
const GO_ON = new RegExp(`^(?:(?:好的?|嗯|那|ok(?:ay)?|yes)[，,\\s]*)?(?:${GO_ON_WORDS}|接着说|往下|next)(?:吧|啊|呀|please)?$`, 'i');

/** Asking how to write the reason ("这个要写多详细", "写什么"). */
const HOW_TO_WRITE = /多详细|怎么写|写什么|写多少|\bwhat (?:should|do) i (?:write|say)\b/i;

/** Laughter, a filler or an interjection alone ("哈哈", "嗯嗯", "啊啊啊", "呜呜", "lol", "hmm"): chatter, no reason nor a yes. */
const CHATTER = /^(?:[哈呵嘿嘻嗯哦噢喔啊呃额唔哎唉诶欸呜哇啦嗷呀吖咦嘤]+|h{3,}|(?:ha){2,}h?|(?:he){2,}|lol+|lmao|hm+|u+h+|u+m+)$/i;
const chatter = (plain: string): boolean => CHATTER.test(plain.replace(/[\s，,。.!！~～]+/g, ''));

/** An emoji alone or a lone "不" is no reason ("99" may be: the price, say): how to give one is said. */
const saysNoReason = (words: string, plain: string): boolean => !/[\p{L}\p{N}]/u.test(words) || /^(?:不|没)$/.test(plain);

/** One or two letters said over and over ("阿巴阿巴", "aaaa", "zzz", "lalala"): three times for one, twice for two. */
const REPEATED = /^(\p{L})\1{2,}$|^(\p{L}{2})\2+$/u;
/** The letter rows of a keyboard, either way along: four keys in a row of one is a hand run over it ("asdf", "qwer"). */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'].flatMap((row) => [row, [...row].reverse().join('')]);
const alongARow = (word: string): boolean =>
  [...word].slice(0, -3).some((_, i) => KEY_ROWS.some((row) => row.includes(word.slice(i, i + 4))));
/** One Latin word of three letters or more with no vowel ("sdfg", "jkl") or four keys in a row ("asdfgh", "qwerty"). */
const keyboardMash = (word: string): boolean => /^[a-z]{3,}$/.test(word) && (!/[aeiouy]/.test(word) || alongARow(word));

/**
 * Gibberish is no reason (it was filed as one: "原因：阿巴阿巴。"): it is said not to be understood as one, and the reasons
 * are asked for again with their buttons. The rule is narrow on purpose, so that every short real reason ("不喜欢", "太小",
 * "bad") still goes through: words that say something is wrong (SAYS_WHAT_IS_WRONG: "坏了坏了") are never gibberish, nor
 * are digits ("99" may be the price). Spaces and punctuation set aside, the words are gibberish when they are
 *  - nothing at all: punctuation alone ("。。。", "？？", "...");
 *  - chatter: interjections or laughter alone ("啊啊啊", "哈哈", "hmm", "lol");
 *  - one or two letters said over and over (REPEATED: "阿巴阿巴", "zzz");
 *  - keyboard mash, every word of it (keyboardMash: "asdfgh", "qwerty", "jkl", "asdf asdf").
 * An emoji alone (a mood) and a lone "不" are saysNoReason's: how to give a reason is said.
 */
export function gibberish(words: string, plain: string): boolean {
  if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(words)) return true;
  if (SAYS_WHAT_IS_WRONG.test(words) || /\p{N}/u.test(words)) return false;
  const letters = plain.replace(/[\s\p{P}\p{S}]+/gu, '');
  const wordsSaid = plain.split(/[\s\p{P}\p{S}]+/u).filter((word) => word !== '');
  return chatter(letters) || REPEATED.test(letters) || (wordsSaid.length > 0 && wordsSaid.every(keyboardMash));
}

/**
 * How to send the goods back, asked without a question mark ("怎么寄回去", "寄到哪里"): a question about the return, not its
 * reason. Only shipping them back: "怎么都开不了机", "怎么发错货了" are reasons.
 */
const HOW_TO_SEND_BACK =
  /^(?:请问|那|那我|我)?(?:要|该|应该|得)?(?:怎么|如何|咋)(?:样)?(?:寄|邮|快递|(?:退|发|送)回)|(?:寄|邮)回?(?:到)?哪(?:里|儿)?|(?:退货|寄回|退回)的?地址|\bhow (?:do|should|can|will) i (?:send|ship|mail|post) (?:it|them)(?: back)?\b/i;
/**
 * What came, and how it came, after "怎么" (how come): a complaint about the goods sent, the reason ("怎么寄过来就是坏的",
 * "怎么快递送来盒子就破了", "怎么发回来一个坏的" got the returns answer).
 */
const AS_IT_CAME =
  /(?:寄|邮|发|送|快递)过?来|坏|破|碎|烂|裂|错|漏|脏|旧|瑕疵|划痕|少了|缺|不能用|用不了|没声音|不亮|\b(?:broken|damaged|wrong|arrived|came)\b/i;

/**
 * What the classifier is sure of in a few words ("我的开通进度", "my orders", "谢谢", "确认") is no return reason: it steers
 * as anywhere else. Reasons are complaints the classifier reads as return, deny or nothing clear ("尺码不合适", "不喜欢",
 * "物流太慢"), none of these.
 */
const NOT_A_REASON = new Set<Intent>([
  'status', 'orders', 'thanks', 'greeting', 'goodbye', 'enable', 'what_is', 'requirements', 'checkout', 'plus', 'real_name', 'credit', 'affirm',
]);
export const NOT_A_REASON_CONFIDENCE = 0.8;
const MAX_NOT_A_REASON_LENGTH = 20;
/** What something wrong sounds like: such words are the reason whatever the classifier hears ("订单还没到呢" is orders to it). */
const COMPLAINT =
  /不|没|未|坏|错|差|破|慢|漏|少|重复|贵|便宜|价|尺|码|色|质量|n't\b|\bnot?\b|\bbroken\b|\bwrong\b|\bdamaged\b|\blate\b|\bmissing\b|\bcheaper\b|\bprice\b|\bsize\b|\bcolou?r\b|\bduplicate\b|\btwice\b/i;

/** A reason button by its place, said alone ("2", "第二个", "the second one"): "第二件尺码不对" is a reason of its own. */
const REASON_POSITION =
  /^(?:第\s*[1-4一二三四]\s*(?:个|项|条)|#?[1-4]|(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+one)?)$/i;

/** Courtesies that may stand in a row ("好的，谢谢", "thanks, bye"). */
const COURTESY = /^(?:好的?|嗯+|ok(?:ay)?|谢谢(?:你|啦)?|多谢|thanks?(?: you)?|bye|再见|拜拜)$/i;

/**
 * The few words are plainly something else: one part, or courtesies in a row ("好的，谢谢"; "谢谢，质量问题" is a reason),
 * and no complaint. A yes must be yes words alone ("好的，质量问题" is a reason that starts with one). Chatter ("嗯嗯") steers
 * nothing: the reason is asked for again.
 */
export function notAReason(intent: Intent, words: string, plain: string): boolean {
  if (!NOT_A_REASON.has(intent) || plain.length > MAX_NOT_A_REASON_LENGTH || COMPLAINT.test(words) || chatter(plain)) return false;
  const parts = plain.split(/[，,、;；]\s*/);
  if (parts.length > 1) return parts.every((part) => COURTESY.test(part.trim()));
  return intent === 'affirm' ? PLAIN_YES.test(plain) : true;
}

/**
 * The reason corrected at the return's confirmation ("不对，是发错货了", "原因写错了，是质量问题", "actually the reason is it
 * arrived broken"; they got a clarifying question): what follows the correction.
 */
const REASON_CORRECTED = [
  /^(?:不对|不是|错了|说错了|搞错了|写错了|选错了)[，,\s]*(?:原因|理由)?(?:应该)?(?:是|为|改成|改为|换成)[:：\s]*(.+)$/,
  // "不对 原因不是这个 是音质太差" (it took the return back).
  /^(?:(?:不对|不是|等等|等一下|等下|哦|噢|诶|啊)[，,\s]*)?(?:原因|理由)(?:写|说|选|填|打|弄)?(?:错了|不对|有误|不是这个|不是那个)[，,\s]*(?:(?:原因|理由)?(?:应该|其实)?(?:是|为|改成|改为|换成)[:：\s]*)?(.+)$/,
  /^(?:(?:不对|不是|等等|等一下|等下|稍等|哦|噢|诶|啊|对了|那)[，,\s]*)?(?:还是)?(?:把)?(?:原因|理由)(?:改成|改为|换成|应该是|其实是|是)[:：\s]*(.+)$/,
  /^(?:(?:no|sorry|wait|oops|actually)[,\s]+)*(?:the )?(?:real |actual )?reason(?: is|'s| should be| was)(?: actually)?[:\s]+(.+)$/i,
  /^(?:(?:no|sorry|wait|oops|actually)[,\s]+)*(?:wrong reason|i (?:gave|picked|chose) the wrong reason)[,.:;\s]+(?:it'?s |it is |it was )?(.+)$/i,
];
/** After a correction, what is no reason: the return taken back or paying instead ("不对，是不想退了"), or a question. */
const NO_NEW_REASON = /^(?:我)?(?:不|不想|不要|不用)退|付款|付钱|\b(?:pay|don'?t want to return|not returning)\b/i;

export function correctedReason(words: string): DialogueEvent | undefined {
  const reason = REASON_CORRECTED.map((pattern) => pattern.exec(words)?.[1]?.trim()).find((said) => said !== undefined && said !== '');
  if (reason === undefined || NO_NEW_REASON.test(reason) || PLAIN_QUESTION.test(reason) || CANCEL_WORDS.test(reason)) return undefined;
  return { type: 'RETURN_REASON_GIVEN', reason: reason.replace(/[。.!！]+$/, '').slice(0, MAX_REASON_LENGTH) };
}

/**
 * The reason said to be wrong with no new one ("原因写错了", "我选错原因了", "the reason is wrong", "I want to change the
 * reason", "原因不是这个"; they took the return back or got a clarifying question), perhaps asking how to change it: the reason is asked
 * for again. A new reason said with it is correctedReason's.
 */
const REASON_WRONG = [
  /^(?:(?:不对|不是|等等|等一下|哎呀|啊|诶|呃)[，,\s]*)?(?:我)?(?:的)?(?:退货)?(?:原因|理由)(?:我)?(?:写|说|选|填|打|弄|点)?(?:错了?|不对|有误|不是这个|不是那个)了?/,
  /^(?:(?:不对|等等|哎呀|啊|诶|呃)[，,\s]*)?(?:我)?(?:写|说|选|填|点)错(?:了)?(?:原因|理由)了?/,
  /^(?:(?:不对|等等|哎呀|啊|诶|呃)[，,\s]*)?(?:我)?(?:想|要)?(?:改|换|修改|重新选|重选|重写|重新写)(?:一下)?(?:退货)?(?:的)?(?:原因|理由)/,
  /^(?:(?:no|sorry|wait|oops|actually)[,\s]+)*(?:the |that |my )?reason(?: is|'s| was)? (?:wrong|incorrect|not right|a mistake)/i,
  /^(?:(?:no|sorry|wait|oops|actually)[,\s]+)*(?:wrong reason|i (?:gave|picked|chose|put|selected|entered) the wrong (?:one|reason))/i,
  /^(?:(?:no|sorry|wait|oops|actually)[,\s]+)*(?:i (?:want|need|'d like|would like) to |can i |let me |please )?change (?:the|my) reason/i,
];
/** What may follow: nothing, or asking to change it ("，我想改一下", "，怎么改？", ", can I change it?"). */
const CHANGE_ASKED =
  /^[，,.\s]*(?:(?:我)?(?:想|要|能|可以)?(?:怎么|如何)?(?:改|换|修改|重新选|重选)(?:一下)?(?:吗|呢|吧)?|(?:please |can i |let me |i want to |i'd like to )?(?:change|fix) it(?: please)?|how (?:do|can) i change it)?[。.!！?？~～\s]*$/i;

/** When it was said, before ("刚才退货原因写错了 能改吗": it got the general returns text). */
const SAID_BEFORE = /^(?:我)?(?:刚才|刚刚|之前|前面|上次)(?:的)?[，,\s]*/;

export const reasonCalledWrong = (words: string): boolean => {
  const said = words.replace(SAID_BEFORE, '');
  return REASON_WRONG.some((pattern) => {
    const wrong = pattern.exec(said);
    return wrong !== null && CHANGE_ASKED.test(said.slice(wrong[0].length));
  });
};

/** Saying "that is wrong" and nothing more: what is wrong is not said. */
const WRONG_WORDS = '不对|不是|错了|(?:搞|弄|说|写|选|点|填)错了|不是这个|不是这样(?:的|子)?|这不对|好像不对';
const SOMETHING_WRONG = new RegExp(
  `^(?:(?:哎呀|啊|诶|呃|额|嗯|等等|等一下)[，,\\s]*)?(?:${WRONG_WORDS})(?:吧|啊|呀|哦)?(?:[，,\\s]*(?:${WRONG_WORDS})(?:吧|啊|呀|哦)?)*$|` +
    "^(?:(?:no|nope|wait|hmm|oops|uh)[,.!\\s]+)*(?:that'?s |that is |this is |it'?s )?(?:wrong|not right|incorrect|not correct|not it|not what i (?:meant|wanted))$",
  'i',
);

/**
 * "不对", "不是这个", "错了", "that's wrong" at a return's confirmation, nothing more (they took the return back: "好的，不退了，
 * 订单保持原样。", the return lost): the reason or the order may be wrong. The reason step comes again for the same order, as
 * for "原因不是这个", with a line saying how to give another reason, name the goods meant, or keep the order (returnWhatWrong):
 * the reason step reads all three. A correction that says what is right ("不对，是发错货了", "不对，我要退的是电饭煲") is read
 * as before.
 */
export const somethingCalledWrong = (plain: string): boolean => SOMETHING_WRONG.test(plain);

/**
 * The reason called wrong away from the return's confirmation (which goes back to the reason step, reasonChange said
 * first): at the reason step, just the new reason is wanted; once a return is filed (or may be: the orders unknown),
 * where it can still be changed (the shop's order page, a person). Undefined elsewhere.
 */
export function reasonChangeAsked(words: string, statePath: string, referents: Referents): DialogueEvent | undefined {
  if (statePath === RETURN_CONFIRMATION || !reasonCalledWrong(words)) return undefined;
  if (statePath === REASON_STEP) return { type: 'TOPIC_ASKED', topic: 'reasonChange' };
  const filed = referents.orders === undefined || referents.orders.some((o) => o.status === 'return_requested');
  return filed ? { type: 'TOPIC_ASKED', topic: 'reasonChangeFiled' } : undefined;
}

/**
 * Parts of a request, and what may join a reason to it ("我要退货，耳机左耳没声音", "…the earbuds because the left one…",
 * "第二个退了吧 不想要了": a space between Chinese words is a comma).
 */
const REQUEST_PARTS = /[，,。;；!！]+|\s+[-–—]+\s+|\s+(?:because|since)\s+|因为|由于|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/iu;
/**
 * A fault run on into the return asked for, with nothing between ("耳机有杂音想退货", "耳机坏了我想退货"): two parts, as with a
 * comma (the reason was lost, and asked again after the login). Only after a fault of the goods (GOODS_FAULT): "我不想退货",
 * "我想要退货" are one request.
 */
const RUN_ON_REQUEST = /^(.*?\p{Script=Han})((?:所以|就)?(?:我)?(?:想|要|想要|得|需要)(?:申请)?(?:退货|退款|退掉|退了|退)(?:退款)?(?:吧|了|啊|呀)*)$/u;
function runOnSplit(part: string): string[] {
  const runOn = RUN_ON_REQUEST.exec(part);
  return runOn !== null && GOODS_FAULT.test(runOn[1]) && !FAULT_DENIED.test(runOn[1]) ? [runOn[1], runOn[2]] : [part];
}
const partsOf = (words: string): string[] =>
  words
    .split(REQUEST_PARTS)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .flatMap(runOnSplit);
/** A part that names paying or returning is no reason ("我要退货，退款到原账户", "确认收货"); nor a courtesy said with it. */
const ACTION_IN_IT = /退|付|确认收货|\b(?:return|refund|pay|confirm)/i;
const COURTESIES = /不好意思|麻烦(?:你|您)?了?|谢谢(?:你|您|啦)?|多谢|\b(?:please|thanks?(?: you)?|sorry)\b/gi;
/**
 * Something wrong with the goods, too much of something ("尺码太大", "too big"), or a noise ("左耳有杂音", "they crackle"), in
 * everyday English too ("the sound is bad", "left side dead", "defective": the reason was asked again), or goods that never
 * came ("return the rice cooker, it never came", as "一直没到": the return went to the order being paid for).
 */
const SAYS_WHAT_IS_WRONG = new RegExp(
  // A problem said of them ("耳机有点问题 想退": the reason was asked again), not a question had ("我有个问题").
  `${COMPLAINT.source}|太|杂音|噪音|异响|异味|(?<!我)有(?:点|些)?(?:小)?(?:问题|毛病)|出(?:了)?(?:点)?问题|\\btoo\\b|\\bcrackl|\\bnois[ey]|` +
    `\\b(?:bad|poor|terrible|awful|dead|defective|faulty|cracked|scratched|stained|dirty|torn|leak(?:s|ing|y)?|fake|stopped working|never (?:came|arrived|showed up|turned up|got here|(?:got |been )?delivered)|` +
    `(?:does|did|do|won)n'?t (?:work|turn on|charge|fit)|not working|too (?:big|small|large|tight|loose)|(?:big|small|large|tight|loose)r?)\\b`,
  'i',
);

/** The words say something is wrong with the goods ("有点问题"): a reason, though the classifier may hear help in it. */
export const saysWhatIsWrong = (plain: string): boolean => SAYS_WHAT_IS_WRONG.test(plain);

/**
 * Asking, where the words may be the return's reason: a question mark or 吗 (PLAIN_QUESTION), or a question word with a
 * question particle ("退货运费谁出啊", "钱退到哪儿啊": filed as the reason) unless the words say what is wrong with the goods
 * ("用了几天就坏了啊") or wonder about it ("不知道哪里坏了呢"). A complaint with 怎么回事 ("和描述不符怎么回事") or a rhetorical
 * 为什么 ("为什么这么小") asks nothing the bot could answer: the reason.
 */
export const asksAtReason = (words: string): boolean =>
  PLAIN_QUESTION.test(words) || (PARTICLE_QUESTION.test(words) && !SAYS_WHAT_IS_WRONG.test(words) && !WONDERING.test(words));

/**
 * What is wrong with the goods, in words that say so by themselves ("没声音", "坏了", "充不进电", "质量太差", "太小", "不合适",
 * "有划痕", "won't charge"): narrower than SAYS_WHAT_IS_WRONG, whose 不 and 没 are in questions about the return too ("能不能
 * 退", "没收到退款怎么办").
 */
const GOODS_FAULT =
  /没有?声音|无声|不响|杂音|噪音|异响|异味|坏|破损|碎了|裂|划痕|刮花|磨损|掉漆|变形|瑕疵|漏(?:水|电|气|液)|[充冲]不(?:进|上|了)电|不充电|开不了机|开不开机|不开机|连不上|断连|不亮|不灵|失灵|故障|卡顿|发烫|不能用|用不了|不好用|质量|做工|音质|色差|尺码(?:不|太|偏)|不合适|不合身|偏(?:大|小)|(?:太|这么|那么|特别|非常|很|好|真)(?:大|小|紧|松|短|长|重|薄|厚|差|烂|吵|暗|硬|软)|发错|少发|缺件|假货|和描述不符|与描述不符|\b(?:broken|damaged|defective|faulty|cracked|scratched|dead|silent|fake|too (?:big|small|large|tight|loose)|(?:doesn|didn|don|won|can)'?t (?:it |they |this |these )?(?:work|turn on|charge|fit)|not working|stopped working|no sound|(?:it|they|this|that|these|those|one|side|both) (?:already |just )?broke)\b/i;
/** A fault denied ("没坏吧？", "质量没问题吗"): no complaint. */
const FAULT_DENIED = /没坏|不坏|没有坏|没(?:有|什么)?问题|没毛病/;
/**
 * What the return itself involves ("运费谁出", "钱退到哪里", "多久到账", "怎么寄回去"): asked beside a problem, a question,
 * which twoRequests answers before it takes the problem as the reason ("左耳没声音，运费谁出？").
 */
const ABOUT_THE_RETURN =
  /运费|邮费|快递费|谁出|谁付|退款|退钱|钱|到账|寄|邮|快递|取件|上门|地址|多久|几天|多长时间|什么时候|啥时候|哪天|审核|验货|流程|手续|(?:能|可以|能不能|可不可以)退|退(?:吗|么)|怎么退|申请|\b(?:ship(?:ping)?|postage|refunds?|money|pick ?up|address|how long|when|send (?:it|them) back|return (?:it|them))\b/i;
/** A part beside the problem that asks or wonders ("怎么回事？", "这正常吗？", "刚才说到哪了？"): no part of the reason ("右耳正常" is). */
const ASKING_PART = /[?？]|吗|(?<!什)么[\s。.!！~～]*$|怎么回事|咋回事|说到哪/;
/** Parts, each with its own punctuation kept (the question mark says which asks); a space between Chinese words ends one. */
const PARTS_WITH_ENDS = /(?<=[，,。;；!！?？~～])|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;

/**
 * A problem with the goods said as a question ("为什么左耳没声音？", "左耳没声音 怎么回事？", "质量太差了吧？", "充不进电，这正常
 * 吗？"), at the reason step: the reason, a question mark or not (they got the pay-later progress card or the returns'
 * answer, and the reason was asked again). The parts that only ask beside it are left out ("刚才说到哪了？音质太差": "音质太差"),
 * and the question mark at the end. Undefined when the words do not ask, say no fault, deny one ("没坏吧？"), or ask about
 * the return itself (ABOUT_THE_RETURN), which stays a question.
 */
export function problemAsked(words: string): string | undefined {
  if (!GOODS_FAULT.test(words) || FAULT_DENIED.test(words) || ABOUT_THE_RETURN.test(words)) return undefined;
  const parts = words.split(PARTS_WITH_ENDS).map((part) => part.trim()).filter((part) => part !== '');
  const kept = parts.filter((part) => GOODS_FAULT.test(part) || !ASKING_PART.test(part));
  if (kept.length === parts.length && !QUESTION.test(words) && !asksAtReason(withoutUpset(words))) return undefined;
  const said = kept.length === parts.length ? words : kept.map((part) => part.replace(/[，,。;；!！?？~～\s]+$/u, '')).join(/\p{Script=Han}/u.test(words) ? '，' : ', ');
  return said.replace(/[?？\s，,。.!！~～]+$/u, '').slice(0, MAX_REASON_LENGTH);
}

/** Whether the goods can go back, asked at the end of the words ("能退吗", "可以退货吗？", "can I return them?"). */
const CAN_IT_GO_BACK =
  /[，,\s]*(?:那|请问)?(?:还)?(?:能|可以|能不能|可不可以|可以不可以|可否)(?:申请)?(?:退|退货|退掉|退换)(?:吗|么|嘛|不|呢)?[?？\s。.!！~～]*$|[,\s]*(?:so |and )?(?:can|could|may) (?:i|we) (?:return|send back) (?:it|them|these|this)(?: back)?(?: for a refund)?[?\s.!]*$|[,\s]*(?:can|could) (?:it|they) be returned[?\s.!]*$/i;
/** A fault supposed, not had ("如果坏了能退吗", "what if they break, can I return them?"): no reason to file. */
const FAULT_SUPPOSED = /如果|要是|假如|万一|的话|怕|担心|会不会|以后|\bif\b|\bin case\b/i;

/**
 * A fault of the goods said, and whether they can go back asked after it ("耳机坏了能退吗？", "the earbuds are broken, can I
 * return them?"): the words of the fault, the return's reason (read as a question, they got the general returns' answer, and
 * at the list the order was only asked about). Undefined when no such question ends the words, the fault is denied, supposed
 * or asked about, or the words name paying or returning besides.
 */
export function faultAskedToReturn(words: string): string | undefined {
  const fault = words.replace(CAN_IT_GO_BACK, '').trim();
  return fault === words.trim() ? undefined : faultSaid(fault);
}

/**
 * A fault of the goods said plainly ("太大了 厨房放不下", "it's too big for my kitchen", "they broke after one day"): the words,
 * the return's reason. Undefined when they say no fault, or deny, suppose or ask about one, or name paying or returning.
 */
export function faultSaid(words: string): string | undefined {
  if (!GOODS_FAULT.test(words) || FAULT_DENIED.test(words) || FAULT_SUPPOSED.test(words) || ASKING_PART.test(words) || ACTION_IN_IT.test(words)) {
    return undefined;
  }
  return words.slice(0, MAX_REASON_LENGTH);
}

/**
 * Topics that ask by their words alone ("钱退到哪里", "验货期是几天"): at the reason step they are answered, a question mark or
 * not (one was filed as the reason).
 */
export const ASKING_TOPICS = new Set<Topic>(['refund', 'inspectionPeriod', 'notConfirming']);

/**
 * A return asked for with its reason ("我要退货，耳机左耳没声音", "I want to return the earbuds, the left one has no sound"):
 * the request's parts and the reason, so that the reason is not asked again. Only a reason that says what is wrong; not a
 * question, a cancellation, or another action.
 */
export function returnWithReason(words: string): { request: string; reason: string } | undefined {
  const parts = partsOf(words);
  const requests = parts.filter((part) => plainAction(part) === 'return');
  const others = parts.filter((part) => !requests.includes(part));
  if (requests.length === 0 || others.length === 0) return undefined;
  const reason = others.join(/\p{Script=Han}/u.test(words) ? '，' : ', ');
  const uncourteous = reason.replace(COURTESIES, '');
  if (PLAIN_QUESTION.test(withoutUpset(reason)) || CANCEL_WORDS.test(reason) || ACTION_IN_IT.test(reason) || !SAYS_WHAT_IS_WRONG.test(uncourteous)) return undefined;
  return { request: requests.join('，'), reason: reason.replace(/[。.!！]+$/, '').slice(0, MAX_REASON_LENGTH) };
}

/** Parts said beside another order's name that give no reason: a correction ("不对", "我说错了", "sorry") or a courtesy. */
const NO_REASON_PART =
  /^(?:不对|不是|错了|(?:我)?(?:说|搞|写|选|弄)错了|等等|等一下|哎呀|抱歉|对不起|no|sorry|wait|oops|actually|my (?:bad|mistake))$/i;

/**
 * Another order named at a return with its reason ("耳机退货，音质太差", "sorry I meant the earbuds, they crackle"): the part
 * `names` reads as the order, and the reason in the other parts (none when they are only a correction or a courtesy).
 * Undefined when no one part names an order, or the rest asks, cancels or names an action: the words are read as before.
 */
export function namedWithReason<T>(words: string, names: (part: string) => T | undefined): { named: T; reason?: string } | undefined {
  const parts = partsOf(words);
  const found = parts.map(names);
  const at = found.findIndex((named) => named !== undefined);
  if (parts.length < 2 || at < 0) return undefined;
  const rest = parts.filter((part, i) => {
    const bareWords = part.replace(COURTESIES, '').replace(/[\s\p{P}]/gu, '');
    return i !== at && bareWords !== '' && !NO_REASON_PART.test(bareWords);
  });
  const reason = rest.join(/\p{Script=Han}/u.test(words) ? '，' : ', ');
  if (reason === '') return { named: found[at]! };
  if (PLAIN_QUESTION.test(reason) || CANCEL_WORDS.test(reason) || ACTION_IN_IT.test(reason)) return undefined;
  return { named: found[at]!, reason: reason.replace(/[。.!！]+$/, '').slice(0, MAX_REASON_LENGTH) };
}

/**
 * The words as the return's reason, where nothing steers: a reason button by its place, the reason itself, or the
 * reason asked for again. Undefined for a question an intent answers, which steers as anywhere else.
 */
export function reasonEvent(words: string, plain: string, typed: string, intent: Intent | undefined): DialogueEvent | undefined {
  // "2", "the second one": the reason buttons in order. A question ("who pays for shipping?") is no reason: it is
  // answered, or asked back, below.
  const position = REASON_POSITION.test(plain) ? listPosition(plain, RETURN_REASONS.length) : undefined;
  if (position !== undefined && position <= RETURN_REASONS.length) {
    return { type: 'RETURN_REASON_GIVEN', reason: RETURN_REASONS[position - 1] };
  }
  // Gibberish ("阿巴阿巴", "asdfgh", "。。。", "啊啊啊") is said not to be understood, and the reasons offered again.
  if (gibberish(words, plain)) return { type: 'TOPIC_ASKED', topic: 'reasonUnclear' };
  // An emoji or a lone "不" says no reason: asked again how (a clarifying question here led, the second time, to a person).
  // Nor does "提交退货申请" before any reason was given (it was filed as the reason).
  if (saysNoReason(words, plain) || RETURN_CONSENT.test(plain) || GO_ON.test(plain)) return { type: 'TOPIC_ASKED', topic: 'reasonNeeded' };
  // How the goods go back ("怎么寄回去", "寄到哪里"): the shop's return process says (it got the general returns text).
  if (HOW_TO_SEND_BACK.test(words) && !AS_IT_CAME.test(words)) return { type: 'TOPIC_ASKED', topic: 'returnPickup' };
  // "左耳没声音，你们怎么搞的？" asks nothing about the return: the complaint beside the reason is no question.
  if (!asksAtReason(withoutUpset(words))) return { type: 'RETURN_REASON_GIVEN', reason: typed.slice(0, MAX_REASON_LENGTH) };
  // Asked, a yes or a no answers nothing here ("不退了吗？" must not take the return back), nor does "这个要写多详细".
  if (intent === 'affirm' || intent === 'deny' || HOW_TO_WRITE.test(words)) return { type: 'TOPIC_ASKED', topic: 'reasonNeeded' };
  // Any other question nothing answers is about the return ("运费谁出"): its answer, then the reason asked again.
  if (intent === undefined) return { type: 'RETURN', question: true };
  return undefined;
}

/**
 * A complaint said beside the reason, as a part of its own ("左耳没声音，你们怎么搞的", "太坑了", "seriously"): no reason, and
 * acknowledged before the confirmation (it was filed word for word, the complaint too). "怎么回事" alone wonders (it may be
 * the reason: "不知道怎么回事"); said to "你们" it complains.
 */
const UPSET_PART =
  /^(?:(?:你们|你们这|这|真是|简直)(?:是)?)?(?:怎么搞的|搞什么(?:鬼|名堂)?|什么破(?:玩意儿?|东西)|(?:太|真|好)(?:坑|坑人|差劲|离谱|过分|气人)了?|坑人|无语了?|气死(?:我)?了|服了)(?:啊|呀|吧|嘛|呢|了)*$|^你们(?:这)?(?:是)?怎么回事(?:啊|呀|嘛|呢)*$|^(?:what the (?:hell|heck)|seriously|unbelievable|ridiculous|unacceptable|this is (?:ridiculous|unacceptable|a joke)|what a (?:joke|mess))$/i;
/** The same run on after the reason without a comma ("左耳没声音你们怎么搞的"): only said to 你们. */
const UPSET_TAIL = /(?<=\S)你们(?:这)?(?:是)?(?:怎么搞的|搞什么(?:鬼|名堂)?|怎么回事)(?:啊|呀|吧|嘛|呢|了)*$/;
/** What a part may end with that says nothing of the reason: a question mark of indignation, a full stop. */
const PART_END = /[?？!！。.~～\s]+$/u;
const trimPart = (part: string): string => part.replace(PART_END, '');

/** Whether the words complain beside what they say ("…你们怎么搞的"), with something else said. */
export function upsetIn(words: string): boolean {
  const parts = partsOf(words).map(trimPart);
  const upset = (part: string) => UPSET_PART.test(part) || UPSET_TAIL.test(part);
  return parts.some(upset) && parts.some((part) => !UPSET_PART.test(part) && part.replace(UPSET_TAIL, '') !== '');
}

/**
 * The words without the complaint beside them ("左耳没声音，你们怎么搞的？" is no question about the return): when nothing else
 * is said, the words as they are.
 */
export function withoutUpset(words: string): string {
  if (!upsetIn(words)) return words;
  const rest = partsOf(words)
    .filter((part) => !UPSET_PART.test(trimPart(part)))
    .map((part) => trimPart(part).replace(UPSET_TAIL, ''))
    .filter((part) => part !== '');
  return rest.join(/\p{Script=Han}/u.test(words) ? '，' : ', ');
}

/** Asking for the return itself, the order's name left out ("退掉", "我要退货", "帮我退了吧", "return it"): no reason. */
const REQUEST_ONLY =
  /^(?:那|那就|所以|我)?(?:要|想|想要|就)?(?:帮我|给我)?(?:申请)?(?:退货|退款|退掉|退了|退)(?:退款)?(?:吧|了|掉|啊|了吧)?$|^(?:so |please )?(?:i (?:want|'d like|would like) to )?(?:return|send back) (?:it|them)(?: please)?$/i;
/** Pointing at an order ("那个", "这笔"), beside its name or in its place. */
const POINTING = /刚才|刚刚|之前|那个|这个|那笔|这笔|那单|这单|那件|这件/g;
/** What may come before an order's name at the start of a reason ("那电饭煲…", "我的耳机…"). */
const BEFORE_NAME = /^(?:那个|这个|那|这|我的|我那个|我这个)/;
/** What may follow it ("那电饭煲我不要了", "耳机的左边没声音", "电饭煲呢，不想要了"). */
const AFTER_NAME = /^(?:的|呢|啊|吧|我|[，,\s])*/;

/** The Chinese runs of the listed orders' titles, longest first ("电饭煲" of "Rice cooker 电饭煲"). */
const chineseNames = (orders: readonly Order[]): string[] =>
  orders.flatMap((o) => o.title.match(/\p{Script=Han}{2,}/gu) ?? []).sort((a, b) => b.length - a.length);

/**
 * The longest end (two characters or more) of a listed order's Chinese name that `words` begins with: the name or what it
 * is called for short ("耳机" of "无线耳机"), not any two of its characters ("跑步的时候鞋底开胶" names no 跑步鞋).
 */
function nameAtStart(words: string, orders: readonly Order[]): string | undefined {
  const ends = chineseNames(orders).flatMap((name) => [...name].slice(0, -1).map((_, start) => name.slice(start)));
  return ends.filter((end) => words.startsWith(end)).sort((a, b) => b.length - a.length)[0];
}

/**
 * The reason without a listed order's name at its start ("那电饭煲我不要了": "不要了"); as it is when nothing follows the name.
 * Goods that are themselves what is wrong ("耳机左边没声音", "电饭煲坏了") keep their name, only the pointing word goes: without
 * it the reason said less ("左边没声音", "坏了"). Not wanting them is the button's reason, however they are named.
 */
function withoutNameAtStart(reason: string, orders: readonly Order[]): string {
  const pointed = reason.replace(BEFORE_NAME, '');
  const name = nameAtStart(pointed, orders);
  if (name === undefined) return reason;
  const after = pointed.slice(name.length);
  const rest = after.replace(AFTER_NAME, '');
  if (rest === '') return reason;
  const ofTheGoods = after.replace(/^的/, '') === rest && GOODS_FAULT.test(rest) && reasonCode(rest) === undefined;
  return ofTheGoods ? pointed : rest;
}

/** The words with every listed order's Chinese name and the pointing words around them left out ("退掉那个电饭煲": "退掉"). */
const withoutNames = (words: string, orders: readonly Order[]): string =>
  chineseNames(orders).reduce((rest, name) => rest.split(name).join(''), words).replace(POINTING, '').replace(/的$/, '');

/** Not wanting the goods in a few words ("我不要了", "不想要了", "用不上了", "I don't want it anymore"): the 不想要了 button's reason. */
const NOT_WANTED =
  /^(?:我)?(?:就是|真的|确实|实在|已经|反正)?(?:不想要|不要|不需要|用不上|用不着)(?:了|啦)?(?:这个|它)?(?:了|啦)?$|^i (?:just |really )?(?:don'?t|do not) (?:want|need) (?:it|them)(?: anymore| any more)?$/i;
/** Words before and after a reason that are no part of it ("就是质量问题吧", "因为发错货了啊"). */
const LEADING_FILLERS = /^(?:就是|是|因为|嗯|呃|额|那|就)+[，,\s]*/;
const TRAILING_PARTICLES = /(?:吧|啊|呀|哦|呢|嘛|哈)+$/;

/**
 * Words naming the reason before it ("原因：屏幕碎了", "退货原因是左耳有杂音", "Reason: the earbuds are broken", "the reason is
 * that…"): no part of it (the confirmation said "原因：原因：…"). A colon, a dash or is/是 must follow the name: "原因不明" and
 * "reasonable" name nothing. A correction at the confirmation drops its own lead-in (REASON_CORRECTED: "原因是…", "the
 * reason is…"); this one goes wherever a reason is filed from words.
 */
const REASON_LEAD_IN =
  /^(?:我的)?(?:退货|退款)?(?:的)?(?:原因|理由)(?:\s*[:：]|(?:就是|是|为)[:：]?)\s*|^(?:my |the )?(?:return |refund )?reason(?:\s*[:：-]|(?: is|'s)\b(?: that\b)?\s*[:：]?)\s*/i;

/**
 * Saying the reason was said already ("我刚说了", "不是说了吗", "我都说过了", "I already said", "like I said"): the customer
 * repeating themself after the reason was asked again, no part of the reason (it was filed: "原因：我刚说了 有杂音啊。").
 * It must start with who or when (我, 刚, 都, 不是…): "说了要送赠品" may be the reason.
 */
const ALREADY_SAID_WORDS =
  '(?=[我刚之前已早都不])(?:我)?(?:刚才|刚刚|刚|之前|前面|已经|早就|早)?(?:不是|都|已经|早就)?(?:说|讲|告诉你|跟你说)(?:过了?|了)(?:的)?(?:吗|嘛|啊|呀|呢)*' +
  "|(?:(?:like|as) i (?:already )?said(?: before)?|i(?: have|'ve)? (?:already |just )?(?:said|told you)(?: (?:that|so|this|before|already))?|i said already)";
const ALREADY_SAID_FIRST = new RegExp(`^(?:${ALREADY_SAID_WORDS})(?:[，,。.:：;；!！?？~～\\s]+|(?=\\p{Script=Han}))`, 'iu');
const ALREADY_SAID_PART = new RegExp(`^(?:${ALREADY_SAID_WORDS})[。.!！?？~～\\s]*$`, 'iu');

/** A reason button's label said in a sentence ("质量问题吧", "就是发错货了"), or not wanting the goods: that button's code. */
function reasonCode(reason: string): string | undefined {
  const core = trimPart(reason).replace(LEADING_FILLERS, '').replace(TRAILING_PARTICLES, '').replace(PART_END, '');
  if (NOT_WANTED.test(core)) return 'not_wanted';
  const button = typedButton(REASON_STEP, core);
  return button?.type === 'RETURN_REASON_GIVEN' ? button.reason : undefined;
}

/**
 * The reason part of the words a reason was taken from: without the words naming it ("原因：", "Reason:": REASON_LEAD_IN) or
 * saying it was said already ("我刚说了", "I already said": ALREADY_SAID_WORDS), a particle at its end ("有杂音啊"),
 * the return asked for in them ("那电饭煲我不要了 退掉"), the name of the order returned at their start ("原因：那电饭煲我不
 * 要了"; `returned`, else any listed one) or a complaint beside them ("…你们怎么搞的"); a reason button's label said in a sentence, or plainly not wanting the goods, is that button's
 * reason. Another order named is part of the reason ("电饭煲付了，这个不想要了"). Words that are nothing else are kept as said.
 */
export function plainReason(typed: string, orders: readonly Order[] = [], returned?: Order): string {
  if ((RETURN_REASONS as readonly string[]).includes(typed)) return typed;
  const said = typed.replace(ALREADY_SAID_FIRST, '').replace(REASON_LEAD_IN, '') || typed;
  const parts = partsOf(said);
  const reasonParts = parts.filter((part) => {
    const trimmed = trimPart(part);
    return !UPSET_PART.test(trimmed) && !ALREADY_SAID_PART.test(part) && !REQUEST_ONLY.test(withoutNames(trimmed, orders).trim());
  });
  if (reasonParts.length === 0) return said;
  const kept = reasonParts.length === parts.length ? [said] : reasonParts;
  const joined = kept.map((part) => (UPSET_TAIL.test(trimPart(part)) ? trimPart(part).replace(UPSET_TAIL, '') : part)).join(/\p{Script=Han}/u.test(said) ? '，' : ', ');
  const reason = withoutNameAtStart(joined, returned ? [returned] : orders);
  // A particle at the end softens the words ("改成尺码太小了吧", "有杂音啊", "还没到呢"), it is no part of the reason.
  const softened = reason.replace(/[。.!！~～\s]+$/u, '');
  const unsoftened = softened.replace(/(?<=\p{Script=Han}{2})(?:吧|啊|呀|嘛|呢|哦)+$/u, '');
  return reasonCode(reason) ?? unsoftened.slice(0, MAX_REASON_LENGTH);
}

/**
 * The event's reason as plainReason has it, when words gave one (a return with its reason at the list, the reason step, a
 * reason corrected), and a word of regret first when the words complained beside it.
 */
export function withReasonPlain(event: DialogueEvent | undefined, words: string, referents: Referents): { event: DialogueEvent | undefined; upset: boolean } {
  const said = event !== undefined && 'reason' in event && typeof event.reason === 'string' ? event.reason : undefined;
  if (event === undefined || said === undefined || said === referents.returnTakenBack?.reason || (RETURN_REASONS as readonly string[]).includes(said)) {
    return { event, upset: false };
  }
  const orders = referents.orders ?? [];
  const orderId = 'orderId' in event ? event.orderId : event.type === 'RETURN_REASON_GIVEN' ? referents.orderId : undefined;
  const returned = orders.find((o) => o.orderId === orderId);
  return { event: { ...event, reason: plainReason(said, orders, returned) } as DialogueEvent, upset: upsetIn(words) };
}

/**
 * Not wanting the goods said at their return's confirmation ("不想要了", "那电饭煲我不要了", "I don't want it anymore"): a yes
 * to returning them, which "要…提交退货申请吗？" asks, never the return taken back (the classifier heard a no). With another
 * reason given, not wanting them is the reason, and the confirmation asks again. "不要了" alone may answer "要…吗？" with a
 * no: only with the order's name is it about the goods.
 */
export function unwantedAtConfirmation(plain: string, statePath: string, referents: Referents): DialogueEvent | undefined {
  const { orderId, orders = [] } = referents;
  if (statePath !== RETURN_CONFIRMATION || orderId === undefined || !saysUnwanted(plain, orderId, orders)) return undefined;
  const returned = orders.filter((o) => o.orderId === orderId);
  const current = referents.returnReason;
  const alreadySo = current === undefined || current === 'not_wanted' || plainReason(current, returned) === 'not_wanted';
  return alreadySo ? { type: 'AFFIRM' } : { type: 'RETURN_REASON_GIVEN', reason: 'not_wanted' };
}

/**
 * Not wanting the goods said at their payment's confirmation ("不想要了", "我不想要这个了", "I don't want it anymore"; read as
 * a no it only left them unpaid, as a cancel "OK, cancelled"): not paid, and their return offered with that reason, as the
 * return's own confirmation (a yes files it, "不退了" leaves the order as it is), after a line saying so. Staying at the
 * payment with a return button instead would have let the next "好的" pay for goods the customer does not want. Goods
 * that cannot go back (an overdue order) are read as before.
 */
export function unwantedAtPayment(plain: string, statePath: string, referents: Referents): { event: DialogueEvent; answersFirst: DialogueEvent[] } | undefined {
  const { orderId, orders = [] } = referents;
  if (statePath !== RECEIPT_STEP || orderId === undefined) return undefined;
  if (!isReturnable(orders.find((o) => o.orderId === orderId)) || !saysUnwanted(plain, orderId, orders)) return undefined;
  return {
    event: { type: 'ORDER_RETURN_CHOSEN', orderId, reason: 'not_wanted' },
    answersFirst: [{ type: 'TOPIC_ASKED', topic: 'returnIfUnwanted' }],
  };
}

/**
 * A problem with the goods named at their payment ("耳机坏了", "左边没声音": orderTopic's returnInstead): not paid, their
 * return with the words as its reason, at its confirmation, after a line saying so. Told only that they could go back, the
 * payment stayed on screen and the next "好的" paid for goods just said to be faulty.
 */
export function faultyAtPayment(event: DialogueEvent, words: string, referents: Referents): { event: DialogueEvent; answersFirst: DialogueEvent[] } | undefined {
  if (event.type !== 'TOPIC_ASKED' || event.topic !== 'returnInstead' || referents.orderId === undefined) return undefined;
  return { event: { type: 'ORDER_RETURN_CHOSEN', orderId: referents.orderId, reason: words.slice(0, MAX_REASON_LENGTH) }, answersFirst: [event] };
}

/**
 * The goods of the order in question said not wanted, named or not ("不想要了", "那电饭煲我不要了"). Another order named is
 * not about them; "不要了" alone may answer "要…吗？" with a no: only with the order's name is it about the goods.
 */
function saysUnwanted(plain: string, orderId: string, orders: readonly Order[]): boolean {
  const named = orderNamed(plain, orders);
  if (named !== undefined && (named === 'several' || named.orderId !== orderId)) return false;
  const inQuestion = orders.filter((o) => o.orderId === orderId);
  const said = named === undefined ? plain : withoutNameAtStart(plain, inQuestion);
  if (said === plain && /^(?:我)?不要了?$/.test(trimPart(plain))) return false;
  return plainReason(said, inQuestion) === 'not_wanted';
}
