// The load's conversations: real onboarding walks over the six demo personas, as expectReplies activities.
import type { Locale } from '../../dialogs/locale';

/** One customer's walk: what they type, and where the dialogue must rest afterwards (checked before the load). */
export interface Walk {
  name: string;
  locale: Locale;
  texts: readonly string[];
  endsIn: string;
}

/** The mock's demo one-time code; the bench pins MOCK_OTP_CODE to it. */
export const OTP = '123456';

/**
 * Each persona takes the path the product promises it (PRODUCT.md §5): persona 1 is sent to buy PLUS, 2 to
 * verify, 3 is refused for credit, 4 enables pay-later (once; later walks find it enabled), 5 and 6 look at
 * their orders. FAQ questions and rechecks are mixed in as customers do; one walk in seven is in English.
 */
export const WALKS: readonly Walk[] = [
  { name: 'not PLUS', locale: 'zh-CN', texts: ['你好', '开通先用后付', '13800000001', OTP, '好的', '谢谢'], endsIn: 'flow.onboarding.awaitingPlus' },
  { name: 'not verified', locale: 'zh-CN', texts: ['开通先用后付', '13800000002', OTP, '需要什么条件', '好的', '再见'], endsIn: 'flow.onboarding.awaitingRealName' },
  { name: 'poor credit', locale: 'zh-CN', texts: ['你好', '先用后付是什么', '我想开通', '13800000003', OTP, '不用了'], endsIn: 'flow.welcome' },
  { name: 'eligible', locale: 'zh-CN', texts: ['你好', '开通先用后付', '13800000004', OTP, '好的', '好的'], endsIn: 'flow.purchase.checkoutGuide' },
  { name: 'orders', locale: 'zh-CN', texts: ['我的订单', '13800000005', OTP, '怎么在结算页使用', '谢谢'], endsIn: 'flow.purchase.checkoutGuide' },
  { name: 'overdue', locale: 'zh-CN', texts: ['你好', '查看我的订单', '13800000006', OTP, '需要什么条件', '再见'], endsIn: 'flow.purchase.showingOrders' },
  { name: 'english', locale: 'en-US', texts: ['hello', 'how do I enable pay later', '13800000001', OTP, 'yes', 'thank you'], endsIn: 'flow.onboarding.awaitingPlus' },
];

/** Messages that never reach the backend: the timed turns measure the bot and its store, not the mock. */
export const FAQ_TEXTS = ['先用后付是什么', '需要什么条件', '怎么在结算页使用'] as const;

export const conversationId = (prefix: string, n: number): string => `${prefix}-${n}`;

/** A message activity as a channel posts it, asking for the replies in the HTTP response. */
export function messageBody(conversation: string, text: string, locale: string, turn: number): Buffer {
  return Buffer.from(
    JSON.stringify({
      type: 'message',
      id: `${conversation}/${turn}`,
      channelId: 'bench',
      serviceUrl: 'http://127.0.0.1:9/bench',
      conversation: { id: conversation },
      from: { id: `user-${conversation}` },
      recipient: { id: 'bot' },
      locale,
      text,
      deliveryMode: 'expectReplies',
    }),
  );
}

/** The n-th conversation of a run: a fresh id and the walk it takes, personas in turn. */
export function nthConversation(prefix: string, n: number): { id: string; walk: Walk; bodies: Buffer[] } {
  const id = conversationId(prefix, n);
  const walk = WALKS[n % WALKS.length];
  return { id, walk, bodies: walk.texts.map((text, turn) => messageBody(id, text, walk.locale, turn)) };
}
