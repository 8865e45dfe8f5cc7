// A means of payment named ("用微信付款", "能用支付宝付吗", "pay with WeChat"): the chat cannot choose one.
import type { DialogueEvent } from '../../../machines/events';

/** What is said of it, before the rest of the words is taken. */
export const PAYMENT_MEANS: DialogueEvent = { type: 'TOPIC_ASKED', topic: 'paymentMeans' };

const CHINESE_MEANS = '微信|支付宝|信用卡|储蓄卡|借记卡|银行卡|花呗|白条|云闪付|余额|零钱';
const ENGLISH_MEANS = String.raw`wechat(?: ?pay)?|alipay|(?:credit|debit|bank) ?cards?|apple ?pay|union ?pay|paypal`;

/**
 * The means with the words that make it one: "用微信", "花呗来付", "支付宝付款" (a means alone, "我的微信号", is none). A bare
 * 付 after it is taken with it: alone it asks for nothing ("用信用卡付" read as out of scope).
 */
const CHINESE_NAMED = new RegExp(
  `(?:(?:用|拿|通过|走|使用|改用|换成|换用)(?:我的|我)?(?:${CHINESE_MEANS})|(?:${CHINESE_MEANS})(?=(?:来|去)?(?:支付|付)))(?:来|去)?(付(?![款钱过了清掉]|一下))?`,
  'g',
);
/** "with WeChat", "by credit card" go; "use my credit card" is paying. */
const ENGLISH_WITH = new RegExp(String.raw`\s*\b(?:with|by|via|through|from)\s+(?:my\s+|a\s+|an\s+)?(?:${ENGLISH_MEANS})\b`, 'gi');
const ENGLISH_USE = new RegExp(String.raw`\b(?:use|using)\s+(?:my\s+|a\s+|an\s+)?(?:${ENGLISH_MEANS})\b`, 'gi');

/**
 * What is left of the means: the customer's own verb ("用微信付款" → "付款", "用微信付过了" → "付过了"); for a bare 付, a payment
 * the readers know: "付一下" before the goods ("用支付宝付耳机" → "付一下耳机", which names them), else "付款".
 */
function plainPayment(named: string, barePay: string | undefined, at: number, words: string): string {
  if (barePay === undefined) return '';
  const next = words.slice(at + named.length);
  return /^\p{Script=Han}/u.test(next) && !/^[吧吗呢啊呀哦嘛]/.test(next) ? '付一下' : '付款';
}

/** Not paying with it: logging in, reaching the shop, a refund ("用微信登录", "退款能退到支付宝吗"). */
const NOT_PAYING = /登录|登陆|注册|绑定|验证码|退|客服|联系|公众号|小程序|\blog ?in|\bsign ?in|\brefund|\breturn|\bcontact/i;

/**
 * Which means a payment takes the money from ("付款是从哪扣钱？银行卡还是余额", "which card will be charged?"): no means named
 * to pay with (none is, or two side by side), so the means' own reading missed it, and at the payment's confirmation the
 * 付款 in it read as a hesitant yes. Not a refund's way back ("退款退到银行卡还是余额").
 */
const PAYMENT_SOURCE = new RegExp(
  [
    String.raw`从哪(?:里|儿|个|张)?(?:账户|卡)?(?:扣|划|出)`,
    String.raw`扣(?:的|款)?(?:是)?(?:从)?哪(?:里|儿|个|张|种)`,
    String.raw`(?:用|走)(?:的)?(?:是)?(?:哪个|哪张|哪种)(?:卡|账户|方式)?(?:付|扣|支付)`,
    String.raw`(?:${CHINESE_MEANS}|卡)还是(?:${CHINESE_MEANS}|卡)`,
    String.raw`\bwhich (?:card|account|payment method)\b.{0,20}\b(?:charged|used|pay|debited)\b`,
    String.raw`\b(?:where|what) (?:does|will) (?:the )?(?:money|payment) (?:come|be taken|be charged) from\b`,
    String.raw`\bwhat (?:card|account|payment method) (?:is|will be|gets) (?:charged|used|debited)\b`,
  ].join('|'),
  'i',
);

/** Other credit products ("花呗", "白条"): not this bot's. */
const OTHER_CREDIT = /花呗|白条|借呗|金条|分付|月付|\bhuabei\b|\bbaitiao\b|\bjiebei\b/i;

/**
 * Characters of which every match of CHINESE_NAMED, ENGLISH_WITH, ENGLISH_USE, OTHER_CREDIT, CREDIT_CARD and PAYMENT_SOURCE
 * holds one (a Latin letter for the English ones): words without any (most messages) name no means and ask about none, so
 * they skip this file's patterns (a smaller working set a message, docs/performance.md "Eighteenth pass"). A new means or
 * way of asking must keep one of its characters here.
 */
const MEANS_KEYS = /[微支信储借银花白云余零金分月哪扣还]|[a-z]/i;
/** Set beside pay-later ("跟花呗有啥区别", "和信用卡比哪个好"). */
const COMPARED =
  /区别|不同|不一样|一样吗|差别|差异|哪个(?:好|划算|更好|更划算)|相比|对比|比起|比较|\bdifferen(?:ce|t)\b|\bcompared?\b|\bvs\.?(?:\s|$)|\bversus\b|\bbetter than\b|\bsame as\b/i;
const CREDIT_CARD = /信用卡|\bcredit cards?\b/i;

/**
 * A question about the means rather than a means to pay with: another credit product set beside pay-later ("跟花呗有啥区别",
 * a clarifying question), or named where pay-later is not on, so no order of it is paid ("那我能先用白条吗" after the credit
 * refusal was told to open "this order" in the app): not this bot's, what pay-later is; which means a payment takes the
 * money from: the shop account's, unseen here.
 */
export function meansQuestion(words: string, payLaterOff: boolean): DialogueEvent | undefined {
  if (!MEANS_KEYS.test(words)) return undefined;
  const other = OTHER_CREDIT.test(words);
  if (((other || CREDIT_CARD.test(words)) && COMPARED.test(words)) || (other && payLaterOff && !NOT_PAYING.test(words))) {
    return { type: 'TOPIC_ASKED', topic: 'otherProducts' };
  }
  if (PAYMENT_SOURCE.test(words) && !NOT_PAYING.test(words)) return { type: 'TOPIC_ASKED', topic: 'paymentSource' };
  return undefined;
}

/**
 * The words as a plain payment ("用微信付款" → "付款", "能用支付宝付吗" → "能付款吗", "pay with WeChat" → "pay"), when they
 * name a means of payment; undefined when they name none.
 */
export function withoutPaymentMeans(words: string): string | undefined {
  if (!MEANS_KEYS.test(words) || NOT_PAYING.test(words)) return undefined;
  const plain = words.replace(CHINESE_NAMED, plainPayment).replace(ENGLISH_WITH, '').replace(ENGLISH_USE, 'pay');
  return plain === words ? undefined : plain.trim();
}
