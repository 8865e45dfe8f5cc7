// Everyday questions the classifier misreads or cannot place, English ones above all: goods not liked, money back, cost,
// help turning it on, credit while goods are on their way, and the service's Chinese names inside an English sentence.
import type { DialogueEvent } from '../../../machines/events';
import { FREE_TEXT_STATES, ORDER_LIST, PURCHASE_STEPS, WELCOME_STEP } from './steps';

/**
 * What if the goods are not liked ("what if I don't like the goods?", "what if I'm not happy with what I get?", "如果我不喜欢
 * 这个商品怎么办"): a return and refund, as the article says. One got the paying answer, one the help menu, two a clarifying
 * question.
 */
const GOODS_NOT_LIKED = new RegExp(
  [
    String.raw`\bwhat (?:if|happens if|do i do if|should i do if|can i do if|about if)\b.{0,24}\b(?:i )?(?:don'?t|do not|didn'?t|did not|doesn'?t|does not|am not|'?m not|not) (?:really )?(?:like|love|want|fit|work|happy|satisfied|pleased)\b`,
    String.raw`\bwhat (?:if|happens if|do i do if)\b.{0,24}\b(?:i'?m |i am )?(?:unhappy|dissatisfied|disappointed)\b`,
    String.raw`(?:如果|要是|万一|假如|假设)?.{0,12}(?:不喜欢|不满意|不合适|不想要|不合心意|不中意).{0,8}(?:怎么办|咋办|怎么弄|怎么处理|能退吗|可以退吗|能不能退)`,
  ].join('|'),
  'i',
);

/** Money asked back ("I want my money back", "refund me", "我要把钱退回来"): a return and refund, asked for. */
const MONEY_BACK =
  /^(?:(?:hi|hello|hey|ok|so)[,.!\s]+)?(?:i )?(?:want|need|would like|'d like|demand)(?: to get)? (?:my money back|a refund)(?: please)?[.!]*$|^(?:please )?refund me(?: please)?[.!]*$|^(?:我要|我想)?(?:把)?钱退(?:回来|给我)(?:吧)?$/i;

/**
 * Buying something with it ("我想用先用后付买个冰箱": not understood; "能用先用后付买手机吗", "买电视可以用先用后付吗", "I want to
 * buy a TV with pay later"): how to choose it at checkout. Not goods bought with it already ("用先用后付买的耳机坏了"): an
 * order of theirs.
 */
const BUYING_WITH_IT =
  /(?:用|拿|通过|走)(?:先用后付|pay ?later)(?:来|去)?(?:买|购买|下单|下个单|结账|结算)|(?:先用后付|pay ?later)(?:来|去)?(?:买|购买)(?:个|一个|台|件|部|点|些)|(?:买|购买)[^，,。？?]{0,12}(?:能|可以|能不能|可不可以)(?:用|选)(?:先用后付|pay ?later)|\b(?:buy|purchase|get|order)\b.{0,30}\b(?:with|using|on|via|through) pay ?later\b|\buse pay ?later (?:to|for) (?:buy|purchase|get|order)\b/i;
/**
 * Whether they can have it, wondered ("我想先用后付买个手机 但是不知道自己能不能开": the checkout how-to; "不知道自己能不能开",
 * "我想知道我符不符合条件", "not sure if I qualify"): the eligibility question, as "我能开通吗" is (the account checked, after a
 * login). Another thing to open ("能不能开发票", PLUS) is not it.
 */
const ENABLE_WONDERED =
  /(?:不知道|不确定|不清楚|想知道|想问问?|问一下|看看|查查|确认一下)(?:一下)?(?:我|自己|我自己)?(?:(?:能不能|可不可以|能否|是否(?:能|可以)|可以不可以)(?:开通|申请|开|办理?)(?=$|[了吗呢啊呀吧嘛，,。.!！?？\s~～]|先用后付|这个|它)|有没有资格|够不够(?:格|条件)|符不符合(?:条件)?|符合不符合|是否符合|满不满足(?:条件)?)|\b(?:don'?t know|not sure|unsure|wonder(?:ing)?|no idea)\b.{0,12}\b(?:if|whether) i (?:can (?:get|turn on|enable|have|open) (?:it|this|pay ?later)|could (?:get|enable|turn on) (?:it|this|pay ?later)|qualify|(?:am|'m) eligible)\b/i;
const BOUGHT_ALREADY = /买的|买了|买过|下的单|下了单|已经|退|坏|订单|逾期|\b(?:bought|ordered|purchased|return|refund|broken|overdue)\b/i;

/** Whether using it costs anything ("will it cost me anything?"; "is it free?" was understood): the fees answer. */
const COST_ASKED =
  /\b(?:will|would|does|do|is|could) (?:it|this|that|pay later|using it|turning it on|enabling it|the service)(?: going to)? cost (?:me )?(?:anything|something|money|extra|a (?:thing|penny|cent|fee))\b|\bcost me anything\b|\bis there (?:a |any )?(?:cost|charge|fee)s?\b|\bdo i (?:have to|need to) pay (?:anything|a fee|extra) (?:for it|to use it|to turn it on)\b/i;

/**
 * Help turning it on asked for ("I need help turning on 先用后付", "can you help me with enabling pay later": a clarifying
 * question at 0.42; "help me turn on 先用后付" was understood): enabling.
 */
const HELP_ENABLING =
  /\b(?:need|want|would like|'d like|get|with) (?:some )?help (?:with )?(?:turning (?:it |this )?on|enabling|activating|setting up|switching (?:it )?on|opening)\b|\bhelp me (?:with )?(?:turning (?:it )?on|enabling|activating|setting up)\b/i;
const HELP_ENABLING_NOT = /\b(?:off|disable|disabling|cancel|close|closing|turning (?:it )?off)\b|\?$/i;
/**
 * The same in Chinese, as someone unsure of phones asks ("我年纪大了 不太会用手机 孙子说这个先用后付好 你能帮我弄一下吗": not
 * understood; "帮我开一下", "帮我办"): enabling, where pay-later is named or at the welcome, which offers it. Not another
 * thing to do for them (turning it off, a return, PLUS, verification, "给我开发票"), nor elsewhere, where "it" is that step.
 */
const HELP_DOING =
  /(?:帮|替|给)(?:我|咱|俺|我们)(?:把(?:它|这个|先用后付))?(?:弄|开|办|搞|整|开通|申请|设置|操作)(?:一下|一哈|下|好|上|个)?(?:先用后付|这个|它)?(?:吧|吗|呗|嘛|呀|啊|好吗|好不好|行吗|可以吗)?(?=$|[，,。.!！?？\s~～])/;
const HELP_DOING_NOT = /关|退|取消|停|付款|还款|订单|会员|plus|实名|认证|验证|登录|密码|手机号|号码/i;
const PAY_LATER_NAMED = /先用后付|\bpay ?later\b/i;

/**
 * Credit hurt by not paying before goods arrive ("…still hasn't arrived. will my credit be hurt if I don't pay before it
 * comes?", "货到之前不付款会影响我的信用吗"): nothing is due before they arrive; only paying late hurts it. A clarifying
 * question, in both languages.
 */
const CREDIT_NAMED = /信用|征信|\bcredit\b/i;
/** Paying named: goods not received with credit asked about ("没收到货 会影响信用吗") are the not-received answer's. */
const PAY_NAMED = /付|还款|\bpay/i;
const CREDIT_HURT =
  /(?:影响|伤|损害|降低|扣)(?:到)?(?:我的?)?(?:个人)?(?:信用|征信)|(?:信用|征信)(?:分|记录)?(?:会|有)?(?:受)?影响|\b(?:affect|hurt|damage|impact|lower|harm|ruin)s? (?:my |the )?credit\b|\bcredit(?: score| record| rating)? (?:be |get |gets |being |is )?(?:hurt|affected|damaged|impacted|lowered|harmed|ruined)\b/i;
const BEFORE_ARRIVAL =
  /还没(?:到|收到|送到|发货)|没(?:到货|收到)|(?:到货|收货|收到|到)(?:之前|以前|前)|\b(?:before|until) (?:it|they|the \w+|my \w+) (?:comes?|arrives?|gets? here|is delivered|are delivered)\b|\b(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|still not|not yet) (?:\w+ )?(?:arrived|come|been delivered|received)\b/i;

/**
 * How to get both PLUS and real-name verification, asked in one breath ("How do I get PLUS会员 and 实名认证 done?": a
 * clarifying question offering returns; "怎么开通PLUS会员和实名认证" got the PLUS answer alone): both answers, PLUS first.
 */
const BOTH_STEPS =
  /(?:plus|会员)(?:会员|\s*membership)?\s*(?:和|跟|与|以及|及|还有|、|\band\b|&|\+)\s*(?:the |a )?(?:实名|real[- ]?name|(?:id )?verif)|(?:实名|real[- ]?name|verification)(?:认证)?\s*(?:和|跟|与|以及|及|还有|、|\band\b|&|\+)\s*(?:the |a )?(?:plus|会员)/i;
const HOW_ASKED = /怎么|怎样|如何|咋|\bhow\b|\bwhat do i (?:need|have) to do\b/i;

/**
 * The service's Chinese names inside an English sentence, in English for the classifier, which learnt them apart ("How do
 * I get PLUS会员 and 实名认证 done?" got a clarifying question offering returns). A Chinese sentence keeps them.
 */
const CHINESE_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/先用后付/g, ' pay later '],
  [/plus会员|PLUS会员/gi, ' PLUS membership '],
  [/实名认证/g, ' real-name verification '],
  [/确认收货/g, ' confirm receipt '],
  [/退货退款|退款|退货/g, ' return '],
  [/结算页(?:面)?/g, ' checkout page '],
];
const ENGLISH_SENTENCE = /[a-z]{2,}[^a-z]+[a-z]{2,}[^a-z]+[a-z]{2,}/i;
const HAN = /\p{Script=Han}/gu;

export function namesInEnglish(words: string): string {
  if (!ENGLISH_SENTENCE.test(words)) return words;
  const named = CHINESE_NAMES.reduce((text, [name, english]) => text.replace(name, english), words);
  // Only names: a sentence with other Chinese in it is read as it is.
  if (named === words || (named.match(HAN)?.length ?? 0) > 0) return words;
  return named.replace(/\s{2,}/g, ' ').replace(/\s+([?？!！.,，])/g, '$1').trim();
}

/**
 * The event such words make where the customer is, or undefined. Where words are the answer (a return's reason) they are
 * the reason; at a payment, a return or the order list, returning is that order's and the list's own reading.
 */
export function everydayQuestion(words: string, plain: string, statePath: string): { event: DialogueEvent; answersFirst?: DialogueEvent[] } | undefined {
  if (FREE_TEXT_STATES.has(statePath)) return undefined;
  if (COST_ASKED.test(words)) return { event: { type: 'TOPIC_ASKED', topic: 'fees' } };
  if (HELP_ENABLING.test(plain) && !HELP_ENABLING_NOT.test(plain)) return { event: { type: 'ENABLE' } };
  const helpDoing = HELP_DOING.test(plain) && !HELP_DOING_NOT.test(plain);
  if (helpDoing && (PAY_LATER_NAMED.test(plain) || statePath === WELCOME_STEP)) return { event: { type: 'ENABLE' } };
  if (CREDIT_NAMED.test(words) && CREDIT_HURT.test(words) && PAY_NAMED.test(words) && BEFORE_ARRIVAL.test(words)) {
    return { event: { type: 'TOPIC_ASKED', topic: 'creditRecord' } };
  }
  if (BOTH_STEPS.test(words) && HOW_ASKED.test(words)) return { event: { type: 'REAL_NAME', question: true }, answersFirst: [{ type: 'PLUS', question: true }] };
  if (ENABLE_WONDERED.test(words)) return { event: { type: 'STATUS', question: true } };
  if (BUYING_WITH_IT.test(words) && !BOUGHT_ALREADY.test(words)) return { event: { type: 'CHECKOUT' } };
  if (PURCHASE_STEPS.has(statePath) || statePath === ORDER_LIST) return undefined;
  if (GOODS_NOT_LIKED.test(words)) return { event: { type: 'RETURN', question: true } };
  if (MONEY_BACK.test(plain)) return { event: { type: 'RETURN' } };
  return undefined;
}
