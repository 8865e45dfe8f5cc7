// How a yes, a no or a hesitation reads where a yes pays, files a return or turns pay-later on.
import type { Order } from '../../../machines/domain';
import { bare } from './bareWords';
import { withOkSpelledOut } from './okSpellings';
import { orderNamed } from '../orderMention';
import type { Referents } from './referents';
import { CONSENT_STEPS, RECEIPT_STEP, RETURN_CONFIRMATION, SHOP_STEPS, TERMS_STEP } from './steps';

/** Going on in so many words ("继续", "proceed"): where a yes is asked for, a plain yes like "go ahead". */
/** Going on ("继续", "go on"), the words the return's reason step also reads as no reason. */
export const GO_ON_WORDS = "继续|接着来|continue|let'?s continue|go on|carry on|keep going|let'?s keep going";
const GO_ON_TOKENS = `${GO_ON_WORDS}|proceed`;

/**
 * Yes words with a 没 in them ("没问题", "没错", "没毛病", "没啥问题"): as plain a yes as 对 or 可以 ("对 没错" was told to tap a
 * button). The approving words below (APPROVING) include them.
 */
const YES_WITH_NO = '没(?:啥|什么|有)?问题|没错|没毛病';

/**
 * Everyday yeses the classifier misreads ("that's fine" said goodbye at the terms, "fine" was not understood, "ok fine, go
 * ahead" was told how to go ahead, "可以的" too): as plain as "ok" or "可以". Whole words only, as every yes word: "fine,
 * bye" and "that's fine, not now" are no yes. Not "it's fine", which as often declines ("no, it's fine").
 */
const EVERYDAY_YES = "可以的|行的|fine(?: by me)?|that['’]?s fine(?: by me)?|that is fine|sounds good|alright|all right";

/**
 * 嗯 as people type it by sound ("恩", "摁"), and a yes word's particle likewise ("开把", "好八" for 开吧, 好吧): "恩 开把" at
 * the terms got a clarifying question. 把 and 八 only ever follow a yes word here, and the whole message is read.
 */
const UM = '[嗯恩摁]';
const PARTICLE = '吧|把|八|啊|呀|哈|呗';

/**
 * A mind made up ("考虑好了", "想好了", "我决定了"): alone it says the customer is ready (UNSURE_YES); before a yes ("考虑好了
 * 开吧", "想好了，付吧") the yes is the answer ("考虑好了 开吧" got a clarifying question). Before a no ("考虑好了 不开了", "想好了
 * 还是算了") no yes word follows, so it stays the no it is.
 */
const MIND_MADE_UP = '(?:我)?(?:已经)?(?:考虑好了|考虑清楚了|想好了|想清楚了|决定了|决定好了)';

/**
 * Yes words, alone or in a row ("嗯嗯", "是的确认", "yes please"), with the step's own verbs ("对，付款", "ok submit"), each with
 * a particle or not ("行吧 开吧"). No word is made of others, so a message splits into words one way only (no
 * backtracking blow-up on long input).
 * Going on ("继续", "继续付款", "继续开通", "proceed") is a plain yes, as "go ahead" always was: one rule at every
 * confirmation and in both languages (继续付款 was told to tap the button while "go ahead" paid). "actually yes" is a yes.
 * So are its chat spellings ("yea", "ya", "yes pls"): the classifier knew none of them ("yea" was not understood at a
 * return's confirmation, "yes pls" told to tap the button). Only the whole message is read, so none consents inside a sentence.
 */
const yesWords = (verbs: string | undefined, goOn: boolean, before = ''): RegExp => {
  const extra = [goOn ? GO_ON_TOKENS : '', verbs ?? ''].filter((t) => t !== '').join('|');
  const word = `(?:好的?|好嘞|行|可以|${UM}|是的?|对的?|${YES_WITH_NO}|${EVERYDAY_YES}|确定|确认|ok(?:ay)?|yes|yeah|yea|yah|ya|yep|yup|y|sure(?: thing)?|absolutely|of course|go ahead|do it|please|pls|plz|confirm${extra ? `|${extra}` : ''})`;
  // Each word may end in a particle ("行吧 开吧", "付吧付吧"), so no word ends in one itself (好吧 is 好 and 吧).
  const token = `${word}(?:${PARTICLE})?`;
  // "好的 那帮我退吧", "不要发票 直接付吧": a 那 or a 直接 may open each word, not only the first. A mind made up may open the
  // whole ("考虑好了 那就开吧").
  return new RegExp(`^(?:${MIND_MADE_UP}[，,\\s]*)?${before}(?:那就?|直接|actually,?\\s*)?${token}(?:[，,\\s]*(?:那就?|直接)?${token})*$`, 'i');
};
export const consentWords = (verbs?: string): RegExp => yesWords(verbs, true);

/**
 * Approving words with a 不 or 没 in them: the yes words above, "不错", "没坏", and the goods said to be fine ("东西没事").
 * They say all is well, no no: set aside before a yes is checked for a negation (NEGATED, saysNo). "不错 付吧" and "没坏 付吧"
 * were read as a no, "不错 确认收货" got the FAQ on paying.
 */
export const APPROVING = new RegExp(`${YES_WITH_NO}|不错|没(?:有)?坏|(?:东西|货|商品|质量)(?:也|都)?没事`, 'g');

/**
 * A remark approving the goods ("不错", "挺好的", "还没坏", "东西没事", "质量不错", "满意"): the goods, or nothing, said of,
 * a degree word, and an approving word. Each part in one place only, so that words split into remarks one way only.
 */
const APPRAISAL =
  '(?:东西|货|商品|质量|这个)?(?:也|都)?(?:还)?(?:挺|很|蛮|真|非常|特别)?(?:不错|好用|好|满意|没坏|没有坏|没事|没毛病|没(?:啥|什么|有)?问题|正常)的?(?:啊|呀|哈)?';
/** Approving remarks alone ("不错", "东西挺好的"): where a yes consents, no action named; no no either. */
export const APPRAISAL_ONLY = new RegExp(`^(?:${APPRAISAL}[，,\\s]*)+$`);

/**
 * Approving remarks, then the step's own words of consent with its action named (`verbs`: "不错 付吧", "还没坏 挺好的 付吧",
 * "没错 提交吧"): as plain a yes as the step's own words. The action must be named: "不错 好的" says no more than "好的" after
 * a remark, which is told how to go ahead.
 */
export const approvedConsent = (verbs: string): RegExp => yesWords(verbs, true, `(?:${APPRAISAL}[，,\\s]*)+(?=.*(?:${verbs}))`);

/** The payment's own words of consent ("确认收货", "付款", "pay it"). */
export const PAY_VERBS = '确认收货|付款|付钱|付|confirm receipt (?:&|and) pay|confirm and pay|pay it|pay now|pay for it|pay';
/** The return's own words of consent ("提交退货申请", "帮我退", "submit it"). */
export const RETURN_VERBS =
  '提交退货申请|提交申请|提交|确认退货|(?:帮我|给我)?(?:退(?:了|掉)?|退货)|submit(?: the)? return(?: request)?|submit it|submit|file it|send it back|return it';

/**
 * Filing the return in so many words ("提交退货申请", "submit it", "帮我退吧", "那就退了吧"): at the reason step, no reason.
 */
export const RETURN_CONSENT = consentWords(RETURN_VERBS);

/**
 * Plain yes words alone ("确认", "好的"): "好的，质量问题" is a reason that starts with a yes. Not going on ("继续"): at the
 * reason step it asks for the reason.
 */
export const PLAIN_YES = yesWords(undefined, false);
/** A bare yes, going on too ("继续"): under a clarifying question it answers the question. */
const BARE_YES = consentWords();

/**
 * Words trailing off ("嗯...", "好。。。", "ok..", "嗯…"): two dots or more, or an ellipsis, at the end (an emoji after them
 * too). bare() drops the ASCII dots as punctuation, so "嗯..." read as a plain yes and turned pay-later on while "嗯…" was
 * hesitant. A single full stop ("好。", "ok.") ends a sentence, no more.
 */
const TRAILING_OFF = /(?:[.。．…⋯]{2,}|[…⋯])[\s~～\p{Extended_Pictographic}\uFE0F\u200D]*$/u;
/** Whether typed words trail off: where a yes consents, such a yes is hesitation (understandActivity). */
export const trailsOff = (text: string | undefined): boolean => text !== undefined && TRAILING_OFF.test(text.trim());

/**
 * A yes in the step's own words ("提交退货申请", a button's label), where a yes consents, or a shop-page step said done
 * ("done", "我明明认证过了", "怎么还没好": a recheck): under a clarifying question it answers the step below, as on a fresh
 * turn, while a bare yes ("好的", "👍") answers the question (where a yes consents, src/bot/dialogueTurn.ts takes a typed plain
 * yes to the step too).
 */
export function consentsInOwnWords(step: string, text: string | undefined): boolean {
  // "k" is the bare yes "ok" is (withOkSpelledOut): it answers the question, not the step.
  const plain = bare(withOkSpelledOut(text ?? ''));
  return (CONSENT_STEPS.has(step) || SHOP_STEPS[step] !== undefined) && plain !== '' && !BARE_YES.test(plain);
}

/** The terms named ("协议内容是什么", "协议在哪看"): asked about at the terms, where the classifier knows no terms intent. */
export const TERMS_WORDS = /协议|条款|合同|\bterms\b|\bagreement\b|\bcontract\b|\bconditions\b/i;
/** Accepting them ("同意协议"): no question about the terms. */
export const ACCEPT_WORDS = /同意|接受|\bagree|\baccept/i;
/** A shop-page step said done once the terms are up ("我已认证好了": the shop's notice moved the chat on). */
export const STEP_DONE_ALREADY =
  /^(?:好了|好啦|搞定了?|弄好了|done|all set)$|(?:认证|实名|plus|会员).{0,4}(?:好了|弄好|办好|完了|完成|做完)|已(?:经)?(?:认证|实名|开通plus|买了?plus)|我(?:已经)?(?:认证|实名)(?:过)?了|\bi (?:did|finished|completed|have done|'ve done) the (?:verification|real-name|plus)|\bi(?:'ve| have) (?:verified|bought plus|joined plus)\b/i;
/** Consent refused in words the classifier reads otherwise. */
export const REFUSAL =
  /^(?:我)?(?:不同意|不接受|不要(?:给我)?开通?|不想开通?|别(?:给我)?开(?:通)?|不开(?:通)?了)|\b(?:i )?(?:do not|don'?t|won'?t) (?:agree|accept)\b|\bi disagree\b|\b(?:do not|don'?t) (?:turn|switch) (?:it )?on\b|\b(?:do not|don'?t) enable\b/i;
/** The words of each confirmation's yes, found in a longer message. */
export const CONSENTING: Record<string, RegExp | undefined> = {
  [TERMS_STEP]: /同意|开通吧|\bgo ahead\b|\bagree\b|\bturn it on\b/i,
  // "不错 付吧", "我不想要发票 直接付吧": the verb asked for (付吧, 直接付), not any word with 付 in it.
  [RECEIPT_STEP]: /确认收货|付款|付钱|付了?吧|直接付|\bgo ahead\b|\bpay\b/i,
  'flow.purchase.confirmingReturn': /提交|退货吧|\bgo ahead\b|\bsubmit\b/i,
};
/** Reassurance around a yes ("不用担心，同意"): its 不 is no no. */
export const REASSURED = /不用担心|别担心|没关系|没问题|\bdon'?t worry\b|\bi don'?t mind\b|\bno problem\b/gi;
/** A no word: a yes with one in it is no consent. */
export const NEGATED = /不|没|别|n'?t\b|\bnot\b|\bno\b/i;
/** Whether the words say no, reassurance and approving words (APPROVING: "不错", "没坏") set aside. */
export const saysNo = (plain: string): boolean => NEGATED.test(plain.replace(REASSURED, '').replace(APPROVING, ''));
/** Asking about it ("不同意会怎样") rather than saying it. */
export const ASKS = /吗|么|会怎样|会怎么样|[?？]|\bwhat (?:if|happens)\b/i;
/**
 * "可以吗" at a confirmation asks whether to go ahead (the classifier heard a question about paying); "想好了", "考虑好了"
 * (MIND_MADE_UP) say the customer is ready ("考虑好了" was not understood). Either is told how to go ahead.
 */
export const UNSURE_YES = new RegExp(`^(?:这样)?(?:可以|行|好|确定|真的)(?:吗|么)$|^${MIND_MADE_UP}$`);
/**
 * A bare digit ("1", "2") where a yes pays, files a return or turns pay-later on: no button is numbered there, so it is
 * told how to go ahead, never taken as a yes (it got a clarifying question with unrelated buttons).
 */
export const BARE_DIGIT = /^[0-9０-９]$/;

/** Back, or a greeting, before the answer ("我回来了，…", "你好，…", "I'm back, …"). */
const BACK_OR_HELLO =
  /^(?:(?:我)?又?回来[了啦]|我(?:又|再)?来[了啦]|你好|您好|哈喽|嗨|(?:hi|hello|hey)(?![a-z])|i'?m back(?: again)?|back again)[，,。.!！~～\s]*/i;
/** Pointing at the order ("刚才那个", "这笔"): beside its name, it says nothing more. */
const POINTING_AT_IT = /刚才|刚刚|之前|那个|这个|那笔|这笔|那单|这单|的订单|订单/g;

/** The order's name left out of the words: its Chinese run (and any two characters of it), its English words ("the desk lamp" reads "it"). */
function withoutOrderName(words: string, order: Order): string {
  let rest = words;
  for (const run of order.title.match(/\p{Script=Han}{2,}/gu) ?? []) {
    for (let size = run.length; size >= 2; size--) {
      for (let start = 0; start + size <= run.length; start++) rest = rest.split(run.slice(start, start + size)).join(' ');
    }
  }
  const english = (order.title.toLowerCase().match(/[a-z]{3,}/g) ?? []).join('|');
  if (english) rest = rest.replace(new RegExp(`(?:\\b(?:the|that|this|my)\\s+)?(?:\\b(?:${english})\\w*\\s*)+`, 'gi'), 'it ');
  return rest;
}

/** What comes beside the goods (an invoice, the box): said of alone, it says nothing of paying for them. */
const BESIDE_THE_GOODS = /发票|小票|收据|包装|盒子|箱子|纸箱|袋子|赠品|说明书|吊牌|标签/;
/** The goods themselves, said of in the same clause ("盒子和耳机都坏了"): that clause is about them too. */
const THE_GOODS = /东西|货|商品|产品|质量|本身|里面/;
/** A question in a clause ("发票怎么开"): no remark, it asks. */
const ASKS_IN_CLAUSE = /[?？]|吗|么|怎|什么|啥|哪|多少|能不能|可不可以|要不要/;

/**
 * The words without remarks on what comes beside the goods, each a clause of its own ("我不想要发票 直接付吧", "盒子坏了 东西没事
 * 确认收货": they were read as a no, and as the goods' fault). A clause that names the goods too, or asks, is kept.
 */
export function withoutRemarksBeside(words: string, orders: readonly Order[]): string {
  const clauses = words.split(/[，,。；;\s]+/).filter((clause) => clause !== '');
  const beside = (clause: string) =>
    BESIDE_THE_GOODS.test(clause) && !THE_GOODS.test(clause) && !ASKS_IN_CLAUSE.test(clause) && orderNamed(clause, orders) === undefined;
  return clauses.some(beside) ? clauses.filter((clause) => !beside(clause)).join(' ') : words;
}

/**
 * At a payment's or a return's confirmation, the words without what only surrounds an answer: being back or a greeting
 * first, and the order in question named or pointed at ("我回来了，刚才那个台灯 确认付款": "确认付款"); at a payment, remarks on
 * what comes beside the goods ("我不想要发票 直接付吧": "直接付吧"). Undefined when nothing is left out, or another order (or
 * several) is named: those are read as they are.
 */
export function withoutAsides(words: string, statePath: string, referents: Referents): string | undefined {
  if (statePath !== RECEIPT_STEP && statePath !== RETURN_CONFIRMATION) return undefined;
  const order = referents.orders?.find((o) => o.orderId === referents.orderId);
  const named = referents.orders ? orderNamed(words, referents.orders) : undefined;
  if (order === undefined || (named !== undefined && named !== order)) return undefined;
  let rest = statePath === RECEIPT_STEP ? withoutRemarksBeside(words, referents.orders ?? []) : words;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(BACK_OR_HELLO, '');
  }
  rest = (named === order ? withoutOrderName(rest, order) : rest).replace(POINTING_AT_IT, ' ');
  rest = rest.replace(/^[\s，,。.!！~～]+/, '').replace(/\s{2,}/g, ' ').trim();
  return rest === words || rest === '' ? undefined : rest;
}
