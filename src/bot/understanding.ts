// Turns a customer's activity into the one dialogue event it means: a button, a value, an intent, or a question back.
import type { DialogueEvent } from '../../machines/events';
import { intentEventType, RETURN_REASONS, type ExternalStep, type Topic } from '../../machines/events';
import { isReturnable, type Intent, type Order } from '../../machines/domain';
import type { Goal } from '../../machines/context';
import { buttonStep, buttonValueSchema, STEP_BOUND_EVENTS } from '../../dialogs/buttonValue';
import { typedButton } from '../../dialogs/typedLabels';
import type { Locale } from '../../dialogs/locale';
import { toSimplified, type Nlu, type Understanding } from '../nlu';
import { actionNamed, listPosition, returnsAnotherOrder, orderEventFromWords, otherOrderChosen, plainAction } from './orderMention';

/** Intents that still steer the dialogue while a step waits for free text (a return reason). */
const CONTROL_INTENTS = new Set<Intent>(['cancel', 'human', 'restart', 'help']);

/** Where the customer picks one of their listed orders. */
const ORDER_LIST = 'flow.purchase.showingOrders';

/** States where the customer's own words are the answer. */
const FREE_TEXT_STATES = new Set(['flow.purchase.awaitingReturnReason']);

/** Topics a customer may ask about while a step waits for free text: such a question is answered, not taken as the answer. */
const QUESTION_INTENTS = new Set<Intent>([
  'what_is', 'requirements', 'enable', 'status', 'plus', 'real_name', 'credit', 'checkout', 'pay', 'return', 'orders',
]);

/**
 * Words that plainly ask: a question mark or 吗 at the end, a question phrase at the end (Chinese often asks there:
 * "逾期了会怎样", "先用后付是什么", "我开通了没有", "要运费不"), an A-not-A or "how to" at the start ("有没有运费险", "怎么付"),
 * when or how long anywhere ("退款多久到账", "耳机什么时候到期"), a wh-word at the start of English. Looser signs are left out because reasons use them too: 呢 and 嘛
 * ("还没收到货呢"), a question word or A-not-A inside a statement ("不知道为什么开不了机", "不知道是不是坏了"), a thing
 * missing ("配件没有"), an English auxiliary without a question mark ("Does not work", "Is broken").
 */
const QUESTION =
  /(?:[?？]|吗|会怎样|怎么样|怎么办|怎么用|怎么弄|是什么|什么意思|哪天|哪一天|几号|多少钱|谁出|谁付|谁承担|了没有?|[要能会是有可]\S{0,6}不)[\s。.!！~～]*$|^(?:请问|问一下|想问|有没有|是不是|能不能|可不可以|会不会|要不要|怎么(?:付|还|退|开|用|关|查|弄|办|操作|申请|确认))|(?:顺便|另外|还想|我想)?问(?:一)?下|多久|多少天|几天|多长时间|什么时候|^(?:what|how|why|when|where|which|who)\b/i;

/**
 * A question in so many words (a question mark, 吗, an English wh-word). At the return-reason step only such a question,
 * when no intent answers it, is kept from being the reason ("who pays for shipping?"): the looser shapes are as often
 * reasons there ("配件没有", "不知道是不是坏了"), and a reason the customer did not mean is shown in the confirmation.
 */
const PLAIN_QUESTION =
  /[?？][\s。.!！~～]*$|吗[\s。.!！~～]*$|(?:谁(?:出|付|承担|负责)|多详细|怎么写|写什么|什么意思)[\s。.!！~～]*$|^(?:what|how|why|when|where|which|who)\b/i;

const MAX_REASON_LENGTH = 200;

/** Asking how to write the reason ("这个要写多详细", "写什么"). */
const HOW_TO_WRITE = /多详细|怎么写|写什么|写多少|\bwhat (?:should|do) i (?:write|say)\b/i;

/** An emoji, or a lone "不", is no reason ("99" may be: the price, say). */
const saysNoReason = (words: string, plain: string): boolean => !/[\p{L}\p{N}]/u.test(words) || /^(?:不|没|嗯|哦|啊)$/.test(plain);

/**
 * What the classifier is sure of in a few words ("我的开通进度", "my orders", "谢谢", "确认") is no return reason: it steers
 * as anywhere else. Reasons are complaints the classifier reads as return, deny or nothing clear ("尺码不合适", "不喜欢",
 * "物流太慢"), none of these.
 */
const NOT_A_REASON = new Set<Intent>([
  'status', 'orders', 'thanks', 'greeting', 'goodbye', 'enable', 'what_is', 'requirements', 'checkout', 'plus', 'real_name', 'credit', 'affirm',
]);
const NOT_A_REASON_CONFIDENCE = 0.8;
const MAX_NOT_A_REASON_LENGTH = 20;
/** What something wrong sounds like: such words are the reason whatever the classifier hears ("订单还没到呢" is orders to it). */
const COMPLAINT =
  /不|没|未|坏|错|差|破|慢|漏|少|重复|贵|便宜|价|尺|码|色|质量|n't\b|\bnot?\b|\bbroken\b|\bwrong\b|\bdamaged\b|\blate\b|\bmissing\b|\bcheaper\b|\bprice\b|\bsize\b|\bcolou?r\b|\bduplicate\b|\btwice\b/i;

/**
 * The classifier's cancel is not enough where words are an answer: it hears "changed my mind" and "I don't want it
 * anymore", the commonest return reasons, as cancel. There, cancelling takes cancel words.
 */
const CANCEL_WORDS = /取消|算了|\bcancel|\bstop\b|\bquit\b|\bexit\b|never ?mind|forget it/i;

/** A reason button by its place, said alone ("2", "第二个", "the second one"): "第二件尺码不对" is a reason of its own. */
const REASON_POSITION =
  /^(?:第\s*[1-4一二三四]\s*(?:个|项|条)|#?[1-4]|(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+one)?)$/i;

/** Step answers are short ("好了", "没收到验证码", "yes please"); longer words go to the classifier. */
const MAX_STEP_ANSWER_LENGTH = 100;

const RECEIPT_STEP = 'flow.purchase.confirmingReceipt';
const TERMS_STEP = 'flow.onboarding.confirmingTerms';
const PHONE_STEP = 'flow.onboarding.login.awaitingPhone';
const TERMS_WORDS = /协议|条款|合同|\bterms\b|\bagreement\b|\bcontract\b|\bconditions\b/i;
const ACCEPT_WORDS = /同意|接受|\bagree|\baccept/i;

/**
 * Yes words, alone or in a row ("嗯嗯", "是的确认", "yes please"), with the step's own verbs ("对，付款", "ok submit"). No
 * token is made of others, so a message splits into tokens one way only (no backtracking blow-up on long input).
 */
const consentWords = (verbs?: string): RegExp => {
  const token = `(?:好的?|好吧|好嘞|行|可以|嗯|是的?|对的?|没问题|确定|确认|ok(?:ay)?|yes|yeah|yep|yup|y|sure(?: thing)?|absolutely|of course|go ahead|do it|please|confirm${verbs ? `|${verbs}` : ''})`;
  return new RegExp(`^(?:那就?)?${token}(?:[，,\\s]*${token})*(?:吧|啊|呀|哈|呗)?$`, 'i');
};

/** Filing the return in so many words ("提交退货申请", "submit it"): at the reason step, no reason. */
const RETURN_CONSENT = consentWords('提交退货申请|提交申请|提交|确认退货|退|submit(?: the)? return(?: request)?|submit it|submit|file it|send it back|return it');

/** Plain yes words alone ("确认", "好的"): "好的，质量问题" is a reason that starts with a yes. */
const PLAIN_YES = consentWords();

/** Courtesies that may stand in a row ("好的，谢谢", "thanks, bye"). */
const COURTESY = /^(?:好的?|嗯+|ok(?:ay)?|谢谢(?:你|啦)?|多谢|thanks?(?: you)?|bye|再见|拜拜)$/i;

/**
 * The few words are plainly something else: one part, or courtesies in a row ("好的，谢谢"; "谢谢，质量问题" is a reason),
 * and no complaint. A yes must be yes words alone ("好的，质量问题" is a reason that starts with one).
 */
function notAReason(intent: Intent, words: string, plain: string): boolean {
  if (!NOT_A_REASON.has(intent) || plain.length > MAX_NOT_A_REASON_LENGTH || COMPLAINT.test(words)) return false;
  const parts = plain.split(/[，,、;；]\s*/);
  if (parts.length > 1) return parts.every((part) => COURTESY.test(part.trim()));
  return intent === 'affirm' ? PLAIN_YES.test(plain) : true;
}

/**
 * Short answers that mean what the question asked: "好了" to "tell me when the shop page is done", "重试" after a
 * failure. The classifier, which never sees the question, reads them as goodbye or restart; restarting would throw
 * away the step the customer was on, so the step's reading wins.
 */
const STEP_ANSWERS: Array<{ applies: (statePath: string) => boolean; words: RegExp; unless?: RegExp; event: DialogueEvent }> = [
  // "Done" in any ordinary words at a shop-page step ("我刚买了plus", "认证完了", "all set", "I bought PLUS"): a recheck
  // costs one backend call and says so when the step is not done yet, while a miss told a customer who had just
  // bought PLUS how to buy it. Not when the words turn it around (还没好, "not yet"), ask, carry an ID number (declined
  // below) or ask to cancel, restart or talk to a person.
  {
    applies: (path) => path === 'flow.onboarding.awaitingPlus' || path === 'flow.onboarding.awaitingRealName',
    words:
      /好了|好啦|ok了|搞定|弄好|办好|开好|买好|弄完|办完|做完|认证完|完成|开通了|买了|办了|实名了|认证了|已实名|已认证|已开通|已购买|已经(?:开通|认证|实名|买|办|弄|做)|\bdone\b|\bdid (?:it|that|the \w+)\b|\ball set\b|\bfinished\b|\bcompleted?\b|\bbought\b|\bpurchased\b|\bsigned up\b|\bjoined\b|\bsubscribed\b|\bverified\b|\bpaid for\b/i,
    unless: /不|没|未|还要|还差|n't\b|\bnot\b|\bnever\b|\byet\b|[?？]|吗|怎么|\bhow\b|\bwhat\b|\bwhy\b|\bwhere\b|\bwhen\b|\bif\b|\d{17}[\dXx]|人工|客服|\bhuman\b|\bperson\b|\bagent\b|取消|算了|重新开始|重来|\bcancel|\brestart|\bstart over/i,
    event: { type: 'AFFIRM' },
  },
  // "I am a member already" or "you checked wrong" at a shop-page step: checked again (a dispute read as "not now"
  // dropped the customer out of the onboarding, and "我本来就是PLUS会员" got the how-to-buy text).
  {
    applies: (path) => path === 'flow.onboarding.awaitingPlus' || path === 'flow.onboarding.awaitingRealName',
    words:
      /本来就是|早就是|一直是|已经是.{0,6}会员|我(?:真的)?是.{0,6}会员|(?:实名|认证)过|查错|(?:你们|系统|你)(?:是不是)?(?:搞|弄)错|\balready (?:a |an )?(?:plus )?member\b|\bi(?: a|')m (?:a |an )?(?:plus )?member\b|\balready verified\b|\byou(?:'re| are) wrong\b|\bcheck again\b/i,
    // Not a question about it ("我是不是得先买会员？", "PLUS要多少钱"), nor "not a member yet", nor a person or a cancel.
    unless: /[?？]|吗|多少|要不要|得先|不是(?:PLUS|plus)?会员|还没|没(?:有)?买|新用户|\bnot (?:a |yet)|人工|客服|\bhuman\b|\bperson\b|\bagent\b|取消|算了|\bcancel/i,
    event: { type: 'AFFIRM' },
  },
  // The code did not come, in any ordinary words ("收不到验证码啊", "still haven't got the code", "can you send it
  // again"). Not with digits (a new phone number or the code itself), another number asked for (换个号), goods that have
  // not come (我还没收到货), or a request to cancel, restart or talk to a person.
  {
    applies: (path) => path === 'flow.onboarding.login.awaitingOtp' || path === 'flow.onboarding.login.blocked',
    words:
      /没有?收到|收不到|没来|还没到|没发|重发|再发|重新发|再来一个|验证码(?:过期|失效)|\bresend|\bsend (?:it |the code |a new code |another(?: one| code)? |me (?:a new one|another one|the code) )?again\b|\b(?:a )?new code\b|\banother code\b|\bnever (?:came|arrived|got it)\b|\bdid ?n'?t (?:get|receive|come|arrive)|\bhave ?n'?t (?:got|gotten|received)|\bnot (?:received|arrived|come|getting)\b|\bno code\b|\bcode (?:expired|never came)\b/i,
    unless:
      /\d|换|另一个|别的|\banother (?:phone|number)|\bdifferent (?:phone|number)|\bwrong number|货|包裹|快递|物流|订单|\border|\bpackage|\bparcel|\bdelivery|\bshipment|人工|客服|\bhuman\b|\bperson\b|\bagent\b|取消|算了|重新开始|重来|\bcancel|\brestart|\bstart over/i,
    event: { type: 'OTP_RESEND_REQUESTED' },
  },
  // "验证码是多少?" at the code step: it is in the text message, which the bot cannot see (a clarifying question offered
  // "my orders").
  {
    applies: (path) => path === 'flow.onboarding.login.awaitingOtp',
    words: /验证码(?:是)?(?:多少|什么|几)|验证码呢|(?:哪里|在哪|怎么)(?:看|找|查)?(?:到)?验证码|验证码在哪|\bwhat(?:'s| is) the code\b|\bwhere(?:'s| is| do i (?:find|get)) the code\b/i,
    unless: /\d/,
    event: { type: 'TOPIC_ASKED', topic: 'whereIsCode' },
  },
  // Giving the login up at the code step in so many words ("算了", "不登录了"); a bare "没有" there may be the code not
  // come, so the classifier's no is not enough (at the phone step it is, below).
  {
    applies: (path) => path === 'flow.onboarding.login.awaitingOtp',
    words: /^(?:(?:那|还是)?算了吧?|不用了|不登(?:录)?了|先不登(?:录)?了|never ?mind|forget it)$/i,
    event: { type: 'CANCEL' },
  },
  // Taking the return back ("算了，不退了", "谢谢，没事了", the 不退了 button's label). Only these words: "不想要了" and other
  // refusals are the commonest return reasons.
  {
    applies: (path) => path === 'flow.purchase.awaitingReturnReason' || path === 'flow.purchase.confirmingReturn',
    words:
      /^(?:(?:那|还是)?算了吧?(?:[，,\s]*(?:我)?(?:还是|先)?(?:不|不用|不要|不想)退了?吧?)?|(?:我)?(?:还是|先)?(?:不|不用|不要|不想)退了?吧?|(?:谢谢[，,\s]*)?(?:没事了?|不用了|没什么了?)|取消(?:退货|退款)(?:申请)?|cancel (?:the |my )?(?:return|refund)|暂时不退了?|(?:no,? (?:wait,? )?)?(?:never ?mind|(?:i'?ll )?keep it|don'?t return it)|no|nope|not now|no thanks?)$/i,
    event: { type: 'DENY' },
  },
  // "ok turn it on" at the terms accepts them (it repeated them). Only these words: "等会再开通", "don't turn it on yet"
  // name turning it on too.
  {
    applies: (path) => path === TERMS_STEP,
    words: consentWords('同意(?:协议|条款|[并並][开開]通)?|接受(?:协议|条款)?|开通吧|开通|开吧|帮我开通|agree|i agree|accept|turn it on|switch it on|enable it|turn on'),
    event: { type: 'AFFIRM' },
  },
  // A plain yes, alone or in more words ("嗯嗯", "是的，确认", "对，付款", "yes please", "ok do it"), and the confirmations'
  // own button words ("确认收货", "submit the return") pay or file the return, as the button does; a yes with anything
  // more ("好的我先看看") is told how to go ahead (the hesitantYes topic, below).
  {
    applies: (path) => path === RECEIPT_STEP,
    words: consentWords('确认收货|付款|付钱|付|confirm receipt (?:&|and) pay|confirm and pay|pay it|pay now|pay for it|pay'),
    event: { type: 'AFFIRM' },
  },
  {
    applies: (path) => path === 'flow.purchase.confirmingReturn',
    words: RETURN_CONSENT,
    event: { type: 'AFFIRM' },
  },
  // Not paying, at the pay confirmation ("不付了", "先不付"): it got a clarifying question offering to pay.
  {
    applies: (path) => path === RECEIPT_STEP,
    words: /^(?:(?:那|还是)?算了吧?[，,\s]*)?(?:我)?(?:还是|先|暂时)?(?:不|不想|不要|不用)(?:付|付款|付钱|确认)了?吧?$|^(?:no,? )?(?:not now|don'?t pay|not yet)$/i,
    event: { type: 'DENY' },
  },
  // "Wait a moment" anywhere, also where words are the answer: it is neither a reason nor a greeting (it read as one).
  {
    applies: () => true,
    words: /^(?:等一?下|等等|稍等(?:一?下)?|等会儿?|等一会儿?|等我一?下|wait|wait a (?:sec|second|moment|minute)|hold on|one moment|just a (?:sec|second|moment))$/i,
    event: { type: 'TOPIC_ASKED', topic: 'wait' },
  },
  // So is thinking it over or doing it later ("我再想想", "稍后再说"), also where words are the answer: read as nothing
  // clear, twice, a person came; at the reason step it was filed as the reason.
  {
    applies: () => true,
    words:
      /^(?:(?:好的?|嗯|那)[，,\s]*)?(?:我)?(?:再)?(?:想想|考虑(?:一下|考虑)?|想一想)(?:吧|看)?$|^(?:(?:好的?|嗯|那)[，,\s]*)?(?:我)?(?:回头|等会儿?|待会儿?|晚点|稍后|过会儿?|过一会儿?)再(?:说|退|弄|办|处理|付)吧?$|\blet me think(?: about it)?\b/i,
    event: { type: 'TOPIC_ASKED', topic: 'wait' },
  },
  // Doing it later in more words ("我等会再弄", "我先去买个PLUS，回头再来"). Not where words are the answer: "买错颜色了，
  // 回头再买个黑色的" is a return reason.
  {
    applies: (path) => !FREE_TEXT_STATES.has(path),
    words:
      /^.{0,12}(?:等会儿?|待会儿?|回头|晚点|晚些|稍后|过会儿?|过一会儿?)再(?:弄|办|来|说|开|买|看|做|处理|认证|付|退)|^等我.{1,12}再(?:弄|办|来|说|开|买|看|做|付|退)|^(?:我)?先去(?:买|办|弄|看|认证|实名).{0,12}$|\b(?:come back|do it|finish it) later\b|\bbrb\b|\bbe right back\b/i,
    unless: /不|没|[?？]|吗/,
    event: { type: 'TOPIC_ASKED', topic: 'wait' },
  },
  // Back after a while ("我回来了"): greeted, and the step asks again; "what's next" asks the step again too.
  {
    applies: () => true,
    words: /^(?:我)?回来了(?:吗)?$|^i'?m back$/i,
    event: { type: 'GREETING' },
  },
  {
    applies: () => true,
    words: /^(?:那)?(?:下一步|接下来)(?:呢|做什么|干什么|怎么(?:办|做|弄))?$|^what'?s next$|^(?:what'?s )?(?:the )?next step$/i,
    event: { type: 'RETRY' },
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

/**
 * Questions the intents do not cover but that have a clear answer (and "wait", in STEP_ANSWERS). Turning pay-later off
 * ("怎么关闭先用后付") read as enable and started the onboarding; "我忘记密码了" got a clarifying question. An order or a
 * return named with them is about that order ("先用后付的订单怎么取消"), and a payment password is not the login's: both
 * are left to the intents.
 */
const TOPIC_WORDS: Array<{ topic: Topic; words: RegExp; unless?: RegExp }> = [
  // "为什么要我的手机号？安全吗" at the phone step was told it needs a login.
  {
    topic: 'whyPhone',
    words: /为什么(?:要|需要)(?:我的)?(?:手机号|手机|电话)|手机号.{0,4}(?:安全吗|会不会泄露|泄露)|\bwhy (?:do you need|is|are you asking for) my (?:phone|number|mobile)/i,
  },
  // "逾期会影响我的征信吗" got the credit eligibility text.
  { topic: 'overdueCredit', words: /逾期.{0,8}(?:征信|信用)|(?:征信|信用).{0,8}逾期|\blate payments?\b.{0,20}\bcredit\b/i },
  {
    topic: 'disable',
    words:
      /(?:关闭|关掉|停用|注销|解除|取消|退订|不想用)了?.{0,3}(?:先用后付|pay ?later)|(?:先用后付|pay ?later).{0,6}(?:关闭|关掉|停用|注销|解除|取消|退订)|(?:开通|开)(?:了|以后|之后|后).{0,4}(?:关闭|关掉|停用|取消)|\b(?:turn|switch) (?:it |pay ?later )?off\b|\b(?:disable|deactivate)\b/i,
    unless: /订单|退货|退款|\border|\breturn|\brefund/i,
  },
  // Worries about being charged wrongly ("会不会乱扣钱", "我很担心会扣错钱"): nothing is taken without the customer
  // confirming (twice read as nothing clear, it handed the customer over).
  {
    topic: 'charges',
    words: /(?:乱|多|错|重复|自动)扣|扣(?:错|多|了两次)|扣钱|乱收费|什么时候扣款|\bwhen (?:will|do|does|am) (?:i|it|you|they) (?:be |get )?charg|\bcharged? (?:me )?(?:twice|wrongly|by mistake|without)\b|\bovercharg|\bdouble charg/i,
  },
  // 动态密码 / 短信密码 are common names for the text-message code itself (resent at the code step).
  { topic: 'password', words: /密码|password|passcode/i, unless: /支付密码|付款密码|动态密码|短信密码|payment password/i },
  {
    topic: 'fees',
    words:
      /手续费|服务费|年费|月费|滞纳金|违约金|罚息|利息|利率|费用|收费|收不收钱|要钱吗|免费|分期|(?:开通|使用|用)(?:先用后付)?(?:要|需要|得)(?:花)?多少钱|\bfees?\b|\binterest\b|\binstal?lments?\b|\bis (?:it|there) (?:a )?(?:free|charge|cost)\b|\bfree of charge\b|\bdoes it cost\b|\bany (?:charges?|costs?)\b/i,
    unless: /PLUS|会员|运费|退款|shipping|delivery/i,
  },
  {
    topic: 'otherPhone',
    words:
      /换(?:个|一个)?(?:手机号码?|手机|电话号码?|号码)|用(?:别的|另一个|其他)的?(?:手机|电话)号?|(?:手机|电话)?号码(?:填|输|写|发)?错了|(?:手机|电话)号(?:填|输|写|发)?错了|换(?:个|一个)号|(?:another|different|other|wrong) phone(?: number)?|(?:another|a different|the wrong|wrong) number|change (?:my |the )?(?:phone )?number/i,
    unless: /单号|订单|\border/i,
  },
];

/**
 * Goods that did not come, or were signed for by someone else, where the orders are at hand (the list, paying for one):
 * not to be confirmed (only "confirm receipt and pay" was offered for them). Not when the words ask for a return or say
 * the goods are broken (that is a return), nor about a code, an invoice, a coupon or money.
 */
const NOT_RECEIVED =
  /(?:没|没有|未)(?:收到|拿到|到货|送到|到)|(?:没|没有)(?:看到|见到|找到)(?:货|包裹|快递|东西)|放(?:在)?门口.*(?:没|不见)|签收了?但|被(?:人)?(?:签收|拿走)|\b(?:did ?n'?t|did not|never) (?:get|receive|arrive|come)|\bnever (?:arrived|came|got (?:it|them))\b|\b(?:has ?n'?t|has not|have ?n'?t|have not) (?:arrived|come|received|got(?:ten)?)|\bnot (?:arrived|delivered|received)\b/i;
const NOT_RECEIVED_UNLESS =
  /退|坏|破|不想要|不要了|不喜欢|(?:能|可以)(?:先|提前)?(?:付|还)|验证码|短信|密码|发票|券|红包|积分|(?:钱|款)(?:还|一直)?(?:没|未)|(?:没|未)(?:收到|到)(?:的)?(?:钱|款)|到账|\breturn|\bbroken|\bcode\b|\binvoice|\bcoupon|\bdiscount|\brefund|\bmoney|\d/i;
const NOT_RECEIVED_STEPS = new Set([ORDER_LIST, RECEIPT_STEP]);

const topicOf = (words: string): Topic | undefined =>
  TOPIC_WORDS.find((t) => t.words.test(words) && !t.unless?.test(words))?.topic;

/**
 * Anger or a complaint about the service or the bot ("太过分了", "凭什么算我逾期", "this bot is useless"): an apology and the way
 * to a person beat a clarifying question offering "bye". Only when nothing more specific is asked ("太过分了，我要退货"
 * starts the return): the classifier unsure, or hearing small talk or help.
 */
const COMPLAINT_WORDS =
  /太过分|太坑|坑人|坑爹|骗人|骗子|垃圾|破机器人|什么都不懂|听不懂人话|气死|烦死|无语|凭什么|\buseless\b|\bstupid\b|\bterrible\b|\bridiculous\b|\bworst\b|\bscam\b|\bangry\b|\bfed up\b/i;
const BESIDE_A_COMPLAINT = new Set<Intent>(['greeting', 'goodbye', 'thanks', 'affirm', 'deny', 'help', 'out_of_scope']);

/** A person asked for in so many words: neither a topic nor an order, whatever else the message says. */
const HUMAN_WORDS = /转人工|人工|真人|客服|\bhuman\b|\bperson\b|\bagent\b/i;

const TRAILING = new Set([...' \t\n\r!！。.~～,，']);
/**
 * The words without the trailing punctuation and spaces people add ("好了！", "done."). A loop: the regex it replaces,
 * anchored at the end, was quadratic (a 4,000-character message took ~0.3 s a call).
 */
function bare(text: string): string {
  // Emoji at the end too ("算了 不退了 😂"); a global replace is linear.
  const words = toSimplified(text).replace(/[\p{Extended_Pictographic}\uFE0F\u200D]+/gu, '');
  let end = words.length;
  while (end > 0 && TRAILING.has(words[end - 1])) end--;
  return words.slice(0, end).toLowerCase();
}

/** What the words answer at a step: its button typed, or one of its STEP_ANSWERS. */
function stepEvent(statePath: string, words: string, plain: string): DialogueEvent | undefined {
  const typed = typedButton(statePath, words);
  if (typed || plain.length > MAX_STEP_ANSWER_LENGTH) return typed;
  return STEP_ANSWERS.find((a) => a.applies(statePath) && a.words.test(plain) && !a.unless?.test(plain))?.event;
}

/**
 * A yes in the step's own words ("提交退货申请", a button's label), where a yes consents: under a clarifying question it
 * answers the step below, while a bare yes ("好的", "👍") answers the question.
 */
export function consentsInOwnWords(step: string, text: string | undefined): boolean {
  const plain = bare(text ?? '');
  return CONSENT_STEPS.has(step) && plain !== '' && !PLAIN_YES.test(plain);
}

/**
 * A failed call waits for its retry. The words that started it, said again ("确认收货并付款", "同意并开通", "再发一次"),
 * mean the retry: read as a new request, paying again opened the order list and dropped the payment, and "再发一次"
 * (the classifier's restart) started the conversation over.
 */
const RETRIED_BY: Record<string, { step: string; startedBy: DialogueEvent['type'] }> = {
  'flow.purchase.payingOrder.failed': { step: RECEIPT_STEP, startedBy: 'AFFIRM' },
  'flow.purchase.requestingReturn.failed': { step: 'flow.purchase.confirmingReturn', startedBy: 'AFFIRM' },
  'flow.onboarding.enablingPayLater.failed': { step: TERMS_STEP, startedBy: 'AFFIRM' },
  'flow.onboarding.login.requestingOtp.failed': { step: 'flow.onboarding.login.awaitingOtp', startedBy: 'OTP_RESEND_REQUESTED' },
};

/**
 * Taking a request for a person back while no agent has taken it: the waiting notice's button, or a whole message of
 * these words only. Anything else written while waiting is for the agent ("先别取消", "取消自动续费", "重新开始认证").
 */
const WITHDRAW_WORDS =
  /^(?:(?:我|那|好的?|嗯|算了)[，,\s]*)?(?:取消|算了(?:算了)?|不用了|不等了|不需要了|不转(?:人工)?了|不用转了|(?:取消|不用|不要|不需要)(?:转)?人工(?:客服)?了?|取消转接|cancel(?: the (?:agent|request|transfer))?|never ?mind|no need|no thanks|i don'?t need an? (?:agent|person|human)(?: any ?more)?)(?:吧|啊|呀)?(?:[，,\s]*(?:谢谢|thanks|thank you|please))?$/i;
const RESTART_WORDS = /^(?:(?:重新开始|从头开始|重来)吧?|(?:start over|restart)(?: please)?)$/i;

export function handoffWithdrawal(text: string | undefined, value: unknown): 'CANCEL' | 'RESTART' | undefined {
  const button = value === undefined ? undefined : buttonValueSchema.safeParse(value);
  const tapped = button?.success ? button.data.event.type : undefined;
  if (tapped === 'HANDOFF_WITHDRAWN' || tapped === 'CANCEL') return 'CANCEL';
  if (tapped === 'RESTART') return 'RESTART';
  const plain = bare(text ?? '');
  if (plain.length > MAX_STEP_ANSWER_LENGTH) return undefined;
  if (RESTART_WORDS.test(plain)) return 'RESTART';
  return WITHDRAW_WORDS.test(plain) ? 'CANCEL' : undefined;
}

export interface Understood {
  event: DialogueEvent | undefined;
  /** The language of the words, when they show one. */
  language: Locale | undefined;
  /** The customer asked for the language in so many words ("说中文吧", "English please"): it holds, however brief. */
  languageAsked?: boolean;
}

/** Asking for a language ("说中文吧", "in English please"): read as nothing clear, twice, it handed the customer over. */
const LANGUAGE_REQUESTS: Array<{ locale: Locale; words: RegExp }> = [
  { locale: 'zh-CN', words: /^(?:请|麻烦)?(?:说|讲|用|回)(?:中文|汉语|普通话)(?:吧|好吗|可以吗)?$|^中文(?:吧|好吗)?$|^(?:(?:please )?(?:speak|reply|answer|talk) )?(?:in )?(?:chinese|mandarin)(?: please)?$/i },
  { locale: 'en-US', words: /^(?:请|麻烦)?(?:说|讲|用|回)英(?:文|语)(?:吧|好吗|可以吗)?$|^英文(?:吧|好吗)?$|^(?:(?:please |can you )?(?:speak|reply|answer|talk) )?(?:in )?english(?: please)?\??$/i },
];

/**
 * Where a yes pays, files a return or turns pay-later on: only plain yes words do (STEP_ANSWERS); a yes with more in it
 * is told how to go ahead. At the terms, "好吧我再想想" or "hmm not sure" read as yes turned pay-later on.
 */
const CONSENT_STEPS = new Set([RECEIPT_STEP, 'flow.purchase.confirmingReturn', TERMS_STEP]);
const RETURN_STEPS = new Set(['flow.purchase.awaitingReturnReason', 'flow.purchase.confirmingReturn']);
/** Only a short request: a return reason that mentions paying ("付款后发现是坏的") is still the reason. */
const CHANGE_OF_MIND =
  /^(?:等等|等一下|算了)?[，,\s]*(?:那|我)?(?:还是|直接)?(?:想|要)?(?:先)?(?:付款|付钱|确认收货|退货|退掉|退款|退|付)(?:吧|了|吧了|了吧)?(?:[，,\s]*(?:退货|退款|付款)?(?:以后|回头|改天)再说)?$|^(?:(?:wait|actually|no),? )?(?:i'?ll |i will |i'?d rather |let me |i want to |i'?d like to )?(?:just )?(?:pay|return it|send it back)(?: for it)?(?: instead)?$/i;

/** The other action taken back first ("不退了，还是付款吧", "我改主意了，不退了，直接付款"): what follows is the change of mind. */
const TAKEN_BACK = /^(?:(?:等等|等一下|算了|我?改主意了|我?(?:还是)?(?:不|不想|不要)(?:退|付)了?)[，,\s]+)+/;

/**
 * Logging out or switching accounts, in a short message ("我要退出登录了", "log out please", "怎么退出登录": done, not
 * explained). Not "退出" alone: leaving a step is a cancel.
 */
const LOGOUT_WORDS =
  /退出登录|退出账号|退出账户|登出|注销登录|切换账号|切换账户|换(?:个|一个)?账号|换(?:个|一个)?账户|\blog ?(?:me )?out\b|\bsign ?(?:me )?out\b|\bswitch accounts?\b|\buse another account\b/i;
const MAX_LOGOUT_LENGTH = 30;
/** Not logging out: refused ("不要退出登录") or asked about ("退出登录会怎样"). */
const LOGOUT_NOT = /(?:不要|别|不想|不用)(?:退出|登出)|会怎样|会不会|吗|\b(?:don'?t|do not|never)\b|\bwhat happens\b/i;

/** How much is owed in all ("我一共欠多少钱", "how much do I owe"). */
const AMOUNT_DUE =
  /欠(?:你们)?多少|(?:一共|总共|合计|总计)?(?:还)?(?:要|得|需要|该)(?:还|付|交)多少|待付(?:多少|金额|的)|\bhow much (?:do i owe|is (?:due|owed)|(?:do|should) i (?:still )?(?:have to )?pay)\b|\btotal (?:due|owed|to pay)\b/i;

/** Someone else's number may come up in a message: the courier's, a relative's. */
const SOMEONE_ELSES = /快递|骑手|配送|送货|司机|商家|卖家|店家|老婆|老公|爱人|妈|爸|朋友|同事|家人|孩子|courier|driver|delivery|seller|wife|husband|friend|mother|father|mom|dad/i;
/** Words that offer a number to log in with. */
const OFFERING_WORDS = /手机|号码|登录|登陆|换(?:个|成)?号|\b(?:phone|number|mobile|log ?in|sign ?in)\b/i;
/** A number with a few words ("13800000005 查订单") is offered; in a longer sentence it is only mentioned (letters and characters). */
const MAX_WORDS_WITH_A_NUMBER = 12;

/**
 * Whether a phone number in the message is offered to log in with. At the login it is; elsewhere only when the message
 * is the number (perhaps with a label or a few words) or says it is one to log in with, and it is not someone else's:
 * "快递员13912345678说放门口了" sent the courier a login code and dropped the customer's step.
 */
function offersPhone(understanding: Understanding, statePath: string, words: string): boolean {
  if (statePath.startsWith('flow.onboarding.login') || understanding.kind === 'entity') return true;
  if (SOMEONE_ELSES.test(words)) return false;
  const others = words.replace(/[\d\s\p{P}\p{S}]/gu, '');
  return OFFERING_WORDS.test(words) || others.length <= MAX_WORDS_WITH_A_NUMBER;
}

/** Asking when to pay: the due dates, not the payment ("耳机哪天要付款" went to its confirmation). */
const DUE_ASKED =
  /(?:哪天|哪一天|什么时候|几号|几天|多久|最晚)[^，,。？?]{0,6}(?:付款?|还款|交钱|到期|截止)|(?:付款|还款)的?(?:截止|期限)(?:日期|时间)?(?:是|在)?(?:哪天|哪一天|什么时候|几号)|哪天到期|到期(?:日|时间)?(?:是|在)?(?:哪天|什么时候|几号)|\bwhen (?:is|are) (?:it|they|the \w+|my \w+)(?: \w+)? due\b|\bdue date\b|\bdeadline\b|\bwhen (?:do|should|must) i (?:have to )?pay\b|\bhow (?:long|many days) do i have\b/i;
/** What happens after the date is the pay answer's ("付款截止日期过了会怎样"). */
const AFTER_THE_DATE = /过了|逾期|会怎样|会怎么样|怎么办|\bwhat happens\b|\bif i (?:miss|don'?t|do not|am late)\b|\blate\b/i;
/** Saying it was paid elsewhere ("我昨天已经在APP上付过了"): not to pay again (a pay button was offered). Not asked ("付了吗"). */
const ALREADY_PAID =
  /(?:已经|早就|昨天|刚才|刚刚|前天|上周)[^，,。？?]{0,8}(?:付过|付了|支付了|支付过|付款了)(?!吗|么|没)|\bi(?:'ve| have)? already paid\b|\bi paid (?:for )?(?:it|them) already\b/i;
/** Something wrong with the goods, said of an order that can no longer be returned here. */
const PROBLEM_WORDS =
  /有问题|坏了|坏的|质量(?:问题|不好|太差|差)|不能用|用不了|不好用|没声音|不响|不亮|破损|碎了|缺件|\b(?:broken|defective|faulty|damaged|does ?n'?t work|not working)\b/i;

/** What the words ask of the orders at hand: their due dates or the sum due, a payment made elsewhere, a problem. */
function orderTopic(words: string, statePath: string, referents: Referents): DialogueEvent | undefined {
  if (AMOUNT_DUE.test(words)) return { type: 'TOPIC_ASKED', topic: 'amountDue' };
  if (DUE_ASKED.test(words) && !AFTER_THE_DATE.test(words)) return { type: 'TOPIC_ASKED', topic: 'dueDate' };
  if (ALREADY_PAID.test(words)) return { type: 'TOPIC_ASKED', topic: 'alreadyPaid' };
  if (!PROBLEM_WORDS.test(words) || /吗|么/.test(words)) return undefined;
  // At a payment's confirmation, a problem with that order is told it can be returned instead (taken as the return,
  // the customer's next words became its reason, "付款吧" too); at the list, the list's own reading offers what each
  // order allows, unless none can be returned ("我不想付，台灯有问题" for an overdue lamp).
  const orders = referents.orders ?? [];
  if (statePath === RECEIPT_STEP) {
    const order = orders.find((o) => o.orderId === referents.orderId);
    return { type: 'TOPIC_ASKED', topic: order && isReturnable(order) ? 'returnInstead' : 'orderProblem' };
  }
  return statePath === ORDER_LIST && !orders.some(isReturnable) ? { type: 'TOPIC_ASKED', topic: 'orderProblem' } : undefined;
}

/** Asking where goods are. */
const WHERE_IS_IT =
  /什么时候(?:能)?(?:到|送到|发货)|(?:到|送到)哪(?:里|儿)?了|物流|快递(?:到|在)|发货了?(?:吗|没)|\bwhen will (?:it|they|my \w+|the \w+) (?:arrive|come|be delivered)\b|\bwhere(?:'s| is) my (?:order|package|parcel|delivery)\b/i;

/** "可以吗" at a confirmation asks whether to go ahead (the classifier heard a question about paying). */
/** Asking whether the bot is a person ("are you a real person?" handed the customer to one at once). */
const BOT_IDENTITY =
  /^(?:请问)?你是(?:不是)?(?:真人|人|机器人|ai|人工智能)(?:吗|么|还是机器人)?[?？]?$|^(?:是)?(?:真人|机器人)(?:吗|么)[?？]?$|^are you (?:a )?(?:real )?(?:person|human|bot|robot|ai)\??$|^am i (?:talking|chatting) (?:to|with) (?:a )?(?:real )?(?:person|human|bot|robot)\??$/i;
/** An e-mail address where the phone number is asked for: the login is by phone only. */
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const ORDER_DONE_YET = /(?:付款|支付|退货|退款)(?:成功|完成|申请)?了(?:吗|没有?)|\b(?:did|has|was) (?:my |the )?(?:payment|return)\b.{0,20}\b(?:go through|work|succeed|done)\b/i;
const STEP_DONE_ALREADY =
  /^(?:好了|好啦|搞定了?|弄好了|done|all set)$|(?:认证|实名|plus|会员).{0,4}(?:好了|弄好|办好|完了|完成|做完)|已(?:经)?(?:认证|实名|开通plus|买了?plus)|我(?:已经)?(?:认证|实名)(?:过)?了|\bi (?:did|finished|completed|have done|'ve done) the (?:verification|real-name|plus)|\bi(?:'ve| have) (?:verified|bought plus|joined plus)\b/i;
const BEWILDERED = /^(?:啊|嗯|哈|呃|额|蛤|what|huh|eh)[?？]+$/i;
const LETS_START = /^(?:那|好的?|好吧|行)?[，,\s]*(?:就|现在)?开始(?:吧|开通(?:吧)?)?$|^(?:ok(?:ay)?,? )?(?:let'?s )?(?:start|begin|go)(?: then| now)?$/i;
/** Consent refused in words the classifier reads otherwise. */
const REFUSAL =
  /^(?:我)?(?:不同意|不接受|不要(?:给我)?开通?|不想开通?|别(?:给我)?开(?:通)?|不开(?:通)?了)|\b(?:i )?(?:do not|don'?t|won'?t) (?:agree|accept)\b|\bi disagree\b|\b(?:do not|don'?t) (?:turn|switch) (?:it )?on\b|\b(?:do not|don'?t) enable\b/i;
/** The words of each confirmation's yes, found in a longer message. */
const CONSENTING: Record<string, RegExp | undefined> = {
  [TERMS_STEP]: /同意|开通吧|\bgo ahead\b|\bagree\b|\bturn it on\b/i,
  [RECEIPT_STEP]: /确认收货|付款|\bgo ahead\b|\bpay\b/i,
  'flow.purchase.confirmingReturn': /提交|退货吧|\bgo ahead\b|\bsubmit\b/i,
};
const REASSURED = /不用担心|别担心|没关系|没问题|\bdon'?t worry\b|\bi don'?t mind\b|\bno problem\b/gi;
const NEGATED = /不|没|别|n'?t\b|\bnot\b|\bno\b/i;
const ASKS = /吗|么|会怎样|会怎么样|[?？]|\bwhat (?:if|happens)\b/i;
const UNSURE_YES = /^(?:这样)?(?:可以|行|好|确定|真的)(?:吗|么)$|^(?:我)?想好了$/;

/** Turning it on after all, in a few words ("算了还是开吧", "我改主意了，开通吧", "actually, turn it on"). */
const ENABLE_AFTER_ALL =
  /^(?:我)?想好了[，,\s]*(?:开通|开|同意)吧?$|^(?:(?:算了|好吧|那|嗯)[，,\s]*)?(?:我改主意了[，,\s]*)?(?:那)?(?:还是)(?:开|开通)(?:吧|了吧)?$|^(?:算了|我改主意了)[，,\s]*(?:开|开通)吧$|^(?:actually|on second thought|i changed my mind)[,\s]+(?:let'?s |please )?(?:turn it on|enable it)$/i;

/**
 * While one order is being paid for or returned, plain words asking for the other action ("还是退货吧" while confirming
 * receipt, "还是付款吧" while giving a return reason or confirming it) switch to it for the same order.
 */
function changeOfMind(words: string, plain: string, statePath: string, orderId: string | undefined): DialogueEvent | undefined {
  if (orderId === undefined || !(RETURN_STEPS.has(statePath) || statePath === RECEIPT_STEP)) return undefined;
  const rest = plain.replace(TAKEN_BACK, '').replace(/^直接/, '');
  // "先付款吧，退货以后再说": the action is the first part's.
  const action = CHANGE_OF_MIND.test(rest) ? plainAction(rest.split(/[，,]/)[0]) : undefined;
  if (action === 'return' && statePath === RECEIPT_STEP) return { type: 'ORDER_RETURN_CHOSEN', orderId };
  if (action === 'pay' && RETURN_STEPS.has(statePath)) return { type: 'ORDER_PAY_CHOSEN', orderId };
  return undefined;
}

/** The shop-page steps, by the state that waits for them (a "done" button is asked there). */
export const SHOP_STEPS: Readonly<Record<string, ExternalStep | undefined>> = {
  'flow.onboarding.awaitingPlus': 'plus',
  'flow.onboarding.awaitingRealName': 'realName',
};
/** Going back: from a payment or a return (PURCHASE_STEPS) to the order list, the order left as it is. */
const PURCHASE_STEPS = new Set([RECEIPT_STEP, ...RETURN_STEPS]);
const BACK_WORDS = /^(?:返回|回到|退回)?(?:上一步|上一页|前一步)$|^(?:返回|回去)(?:吧|一下)?$|^(?:go )?back(?: please)?$/i;

/** While one order is paid for or returned, another listed order named with the same action ("不对，我要退的是电饭煲"). */
function otherOrder(words: string, orderId: string | undefined, statePath: string, referents: Referents): DialogueEvent | undefined {
  const step = RETURN_STEPS.has(statePath) ? 'return' : statePath === RECEIPT_STEP ? 'pay' : undefined;
  if (step === undefined || referents.orderId === undefined || !referents.orders) return undefined;
  return otherOrderChosen(words, step, orderId, referents.orders, referents.orderId);
}

/** What the dialogue holds that words may refer to. */
export interface Referents {
  /** The customer's listed orders. */
  orders?: readonly Order[];
  /** The order in question: named at the list, or the one being paid for or returned. */
  orderId?: string;
  /**
   * The words were said before the list was shown ("我要付款" before logging in): they choose only an order they name, and
   * the customer who named none sees the list first.
   */
  said?: 'beforeList';
  /** What the customer came for: after "退货", the order picked from the list is returned. */
  goal?: Goal;
}

/** At the order list, words that name one of the `referents`' orders ("退电饭煲", "第一个付款") choose it. */
export function understandActivity(
  nlu: Nlu,
  text: string | undefined,
  value: unknown,
  statePath: string,
  referents: Referents = {},
): Understood {
  // Typed words carry no value; a failed parse would build zod's issue objects on every such turn.
  const button = value === undefined ? undefined : buttonValueSchema.safeParse(value);
  const typed = (text ?? '').trim();
  // Read in simplified characters ("確認收貨並付款", "退出登錄" were not understood); a reason is kept as typed.
  const words = toSimplified(typed);
  // A tap keeps the conversation's language: the bot wrote the button in it, and the title's own script says nothing
  // (an English "Confirm receipt & pay · Wireless earbuds 无线耳机" switched the customer to Chinese).
  if (button?.success) {
    const { event, at } = button.data;
    // The retry question after a failed call is still its step's: the step's own button there is a yes to it.
    const step = RETRIED_BY[statePath]?.step ?? statePath;
    if (at !== undefined && STEP_BOUND_EVENTS.has(event.type) && at !== buttonStep(step, referents.orderId)) {
      // "我已认证好了" tapped once the shop's notice had brought the terms: that step is done, not a stale button.
      const topic = statePath === TERMS_STEP && Object.hasOwn(SHOP_STEPS, at) ? 'stepDoneAlready' : 'staleButton';
      return { event: { type: 'TOPIC_ASKED', topic }, language: undefined };
    }
    return { event, language: undefined };
  }
  if (words === '') return { event: undefined, language: undefined };

  const understanding = nlu.understand(words);
  const { entities, language } = understanding;
  const intent = understanding.kind === 'intent' ? understanding.intent : undefined;

  // Once a turn: the step answers, the change of mind and the consent check all read the bare words.
  const plain = bare(words);
  const retried = RETRIED_BY[statePath];
  if (retried && stepEvent(retried.step, words, plain)?.type === retried.startedBy) return { event: { type: 'RETRY' }, language };
  // A button's label typed ("同意并开通" at the terms) does what the button does, and the step's own short answers
  // (STEP_ANSWERS) what they mean there; the classifier reads most as intents that there only explain.
  const stepAnswer = stepEvent(statePath, words, plain);
  if (stepAnswer) return { event: stepAnswer, language };
  // "返回上一步" restarted the conversation, logging the customer out; "go back" was filed as a return's reason. From a
  // payment or a return it goes back to the list (the order left as it is); elsewhere the step stays, with what the
  // bot can do (leaving it threw away a typed phone number).
  if (BACK_WORDS.test(plain)) return { event: PURCHASE_STEPS.has(statePath) ? { type: 'DENY' } : { type: 'HELP' }, language };
  if (plain.length <= MAX_LOGOUT_LENGTH && LOGOUT_WORDS.test(plain) && !LOGOUT_NOT.test(plain)) return { event: { type: 'LOGOUT' }, language };
  // "可以吗", "想好了" at a confirmation or the terms ask whether, or say they are ready: how to go ahead (one turned it on).
  // An emoji alone ("👌") at a confirmation may mean yes: how to go ahead (it asked back, offering to enable).
  if (CONSENT_STEPS.has(statePath) && (UNSURE_YES.test(plain) || plain === '')) return { event: { type: 'TOPIC_ASKED', topic: 'hesitantYes' }, language };
  if (statePath === PHONE_STEP && EMAIL.test(words)) return { event: { type: 'TOPIC_ASKED', topic: 'phoneOnly' }, language };
  if (BOT_IDENTITY.test(plain)) return { event: { type: 'TOPIC_ASKED', topic: 'botIdentity' }, language };
  // "我刚才耳机付款成功了吗" is about an order (it got the onboarding status): the orders show it (at the list, the order
  // it names is asked about).
  if (statePath !== ORDER_LIST && ORDER_DONE_YET.test(plain)) return { event: { type: 'ORDERS', question: true }, language };
  // "啊？" is no yes (at the welcome it started the login); "开始吧" to "shall we start?" is one (it restarted, in a loop).
  if (BEWILDERED.test(plain)) return { event: { type: 'HELP' }, language };
  if (statePath === 'flow.welcome' && LETS_START.test(plain)) return { event: { type: 'AFFIRM' }, language };
  // "我已认证好了" typed once the terms are up (the shop's notice moved the chat on) got the real-name explanation.
  if (statePath === TERMS_STEP && STEP_DONE_ALREADY.test(plain) && !ASKS.test(plain)) {
    return { event: { type: 'TOPIC_ASKED', topic: 'stepDoneAlready' }, language };
  }
  // "I do not agree" was told how to say yes, "别给我开通" was read as asking to enable: a no.
  if (CONSENT_STEPS.has(statePath) && REFUSAL.test(plain) && !ASKS.test(plain)) return { event: { type: 'DENY' }, language };
  // A yes with more around it ("不用担心，同意", "I don't mind, go ahead", "已经收到货了，付款") is no plain consent, nor a no (two
  // were read as one): how to go ahead.
  const consenting = CONSENTING[statePath];
  if (consenting?.test(plain) && !NEGATED.test(plain.replace(REASSURED, '')) && !QUESTION.test(words) && !DUE_ASKED.test(words)) {
    return { event: { type: 'TOPIC_ASKED', topic: 'hesitantYes' }, language };
  }
  const asksFor = LANGUAGE_REQUESTS.find((r) => r.words.test(plain))?.locale;
  if (asksFor) return { event: { type: 'TOPIC_ASKED', topic: 'languageSwitched' }, language: asksFor, languageAsked: true };
  const answering = FREE_TEXT_STATES.has(statePath) || statePath === ORDER_LIST;
  const control =
    intent !== undefined && CONTROL_INTENTS.has(intent) && !(intent === 'cancel' && answering && !CANCEL_WORDS.test(words)) ? intent : undefined;
  // Even where words are the answer (a return reason): an ID number is never wanted in chat. A request for a person or
  // to cancel said with it still wins (the number is masked in any case).
  if (entities.idNumber) return { event: control ? { type: intentEventType(control) } : { type: 'ID_NUMBER_RECEIVED' }, language };
  const changed = control === undefined ? changeOfMind(words, plain, statePath, referents.orderId) ?? otherOrder(words, entities.orderId, statePath, referents) : undefined;
  if (changed) return { event: changed, language };
  // "算了，还是开吧" after declining: the classifier hears the 算了 and declines again.
  if (ENABLE_AFTER_ALL.test(plain)) return { event: { type: statePath === TERMS_STEP ? 'AFFIRM' : 'ENABLE' }, language };
  const asked = QUESTION.test(words);
  // "协议内容是什么", "协议在哪看" at the terms: the classifier knows no terms intent and asked back. "同意协议" accepts them.
  if (statePath === TERMS_STEP && TERMS_WORDS.test(words) && !ACCEPT_WORDS.test(words)) {
    return { event: { type: 'TOPIC_ASKED', topic: 'terms' }, language };
  }
  // A question the topics answer ("手续费多少？") is answered at the reason step too, not taken as the reason.
  const personAsked = HUMAN_WORDS.test(words);
  const topic = control === undefined && !personAsked ? topicOf(words) : undefined;
  if (topic && FREE_TEXT_STATES.has(statePath) && asked) return { event: { type: 'TOPIC_ASKED', topic }, language };
  // Read only where words are the answer: elsewhere the intent steers anyway.
  const steers = () =>
    control !== undefined ||
    (intent !== undefined && QUESTION_INTENTS.has(intent) && asked) ||
    (understanding.kind === 'intent' &&
      understanding.confidence >= NOT_A_REASON_CONFIDENCE &&
      notAReason(understanding.intent, words, plain));
  if (FREE_TEXT_STATES.has(statePath) && !steers()) {
    // "2", "the second one": the reason buttons in order. A question ("who pays for shipping?") is no reason: it is
    // answered, or asked back, below.
    const position = REASON_POSITION.test(plain) ? listPosition(plain, RETURN_REASONS.length) : undefined;
    if (position !== undefined && position <= RETURN_REASONS.length) {
      return { event: { type: 'RETURN_REASON_GIVEN', reason: RETURN_REASONS[position - 1] }, language };
    }
    // An emoji or a lone "不" says no reason: asked again how (a clarifying question here led, the second time, to a person).
    // Nor does "提交退货申请" before any reason was given (it was filed as the reason).
    if (saysNoReason(words, plain) || RETURN_CONSENT.test(plain)) return { event: { type: 'TOPIC_ASKED', topic: 'reasonNeeded' }, language };
    if (!PLAIN_QUESTION.test(words)) return { event: { type: 'RETURN_REASON_GIVEN', reason: typed.slice(0, MAX_REASON_LENGTH) }, language };
    // Asked, a yes or a no answers nothing here ("不退了吗？" must not take the return back), nor does "这个要写多详细".
    if (intent === 'affirm' || intent === 'deny' || HOW_TO_WRITE.test(words)) return { event: { type: 'TOPIC_ASKED', topic: 'reasonNeeded' }, language };
    // Any other question nothing answers is about the return ("运费谁出"): its answer, then the reason asked again.
    if (intent === undefined) return { event: { type: 'RETURN', question: true }, language };
  }
  if (entities.phone && offersPhone(understanding, statePath, words)) return { event: { type: 'PHONE_RECEIVED', phone: entities.phone }, language };
  if (entities.otp) return { event: { type: 'OTP_RECEIVED', code: entities.otp }, language };
  // A request for a person the classifier was unsure of ("I want to disable pay later, get me a human") is neither a
  // topic nor an order: the intents (or the clarifying question, which offers a person) take it.
  if (topic) return { event: { type: 'TOPIC_ASKED', topic }, language };
  // A phone number in it is the courier's ("快递员139…说放门口了"), not a code or an amount the digits check is for.
  const unnumbered = entities.phone ? words.replace(/\+?\d[\d\s-]{9,}\d/g, ' ') : words;
  if (NOT_RECEIVED_STEPS.has(statePath) && control === undefined && NOT_RECEIVED.test(unnumbered) && !NOT_RECEIVED_UNLESS.test(unnumbered)) {
    return { event: { type: 'TOPIC_ASKED', topic: 'notReceived' }, language };
  }
  // Wherever the orders are at hand (the list, a confirmation): answered there.
  if (referents.orders && statePath.startsWith('flow.purchase.') && control === undefined) {
    const topic = orderTopic(words, statePath, referents);
    if (topic) return { event: topic, language };
  }
  if (statePath === ORDER_LIST && control === undefined && !personAsked) {
    const reading = { orderId: entities.orderId, question: asked };
    const intended = referents.goal === 'pay' || referents.goal === 'return' ? referents.goal : undefined;
    const event = orderEventFromWords(words, reading, referents.orders ?? [], referents.orderId, !referents.said, intended);
    if (event) return { event, language };
  }
  // A worry asked ("不会骗人吧", "会不会是骗子啊") is no complaint: two of them handed a prospect to a person.
  const worried = asked || /^(?:不会|该不会|应该不会|别是)/.test(words);
  if ((intent === undefined || BESIDE_A_COMPLAINT.has(intent)) && !personAsked && !worried && COMPLAINT_WORDS.test(words)) {
    return { event: { type: 'TOPIC_ASKED', topic: 'complaint' }, language };
  }
  if (understanding.kind === 'entity' || /^\D{0,6}\d[\d\s-]{3,}\D{0,6}$/.test(words)) {
    // Digits that are neither a phone number nor a code: the login step says what it expected.
    return { event: entities.orderId ? { type: 'ORDERS' } : { type: 'NUMBER_INVALID' }, language };
  }
  if (understanding.kind === 'intent') {
    // Where a yes pays or files a return, a plain one was taken above (STEP_ANSWERS); a yes with more in it ("好的我先看看")
    // is told how to go ahead or not. (A clarifying question offered a "yes" button that, rightly, did not pay.)
    if (CONSENT_STEPS.has(statePath) && understanding.intent === 'affirm') {
      return { event: { type: 'TOPIC_ASKED', topic: 'hesitantYes' }, language };
    }
    // "算了", "不用了" when asked for a phone number: the customer does not want to log in now.
    if (statePath === PHONE_STEP && understanding.intent === 'deny' && !asked) return { event: { type: 'CANCEL' }, language };
    // "不付了，我要退货" while confirming receipt: this order's return, not a help text and the same question again. A return
    // of another order said with it ("yes, and also return the rice cooker") is not this one's: one after the other.
    if (statePath === RECEIPT_STEP && understanding.intent === 'return' && !asked && referents.orderId) {
      if (returnsAnotherOrder(words, referents.orders ?? [], entities.orderId, referents.orderId)) {
        return { event: { type: 'TOPIC_ASKED', topic: 'anotherOrderNext' }, language };
      }
      return { event: { type: 'ORDER_RETURN_CHOSEN', orderId: referents.orderId }, language };
    }
    const type = intentEventType(understanding.intent);
    return { event: asked ? { type, question: true } : { type }, language };
  }
  // A long story the classifier could not place that plainly names returning or paying ("...the left one does not work,
  // I want to send them back and get my money, how do I do that?"): that, asked or asked for.
  const action = actionNamed(words);
  if (action) return { event: { type: action === 'return' ? 'RETURN' : 'PAY', ...(asked ? { question: true } : {}) }, language };
  // Where an order is ("电饭煲什么时候到"): the order list shows it.
  if (WHERE_IS_IT.test(words)) return { event: { type: 'ORDERS' }, language };
  return { event: { type: 'UNCLEAR', candidates: understanding.candidates }, language };
}
