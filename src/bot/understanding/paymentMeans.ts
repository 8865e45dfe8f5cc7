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
 * The words as a plain payment ("用微信付款" → "付款", "能用支付宝付吗" → "能付款吗", "pay with WeChat" → "pay"), when they
 * name a means of payment; undefined when they name none.
 */
export function withoutPaymentMeans(words: string): string | undefined {
  if (NOT_PAYING.test(words)) return undefined;
  const plain = words.replace(CHINESE_NAMED, plainPayment).replace(ENGLISH_WITH, '').replace(ENGLISH_USE, 'pay');
  return plain === words ? undefined : plain.trim();
}
