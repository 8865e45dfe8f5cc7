// The shop's places the bot itself sends customers to (支付管理, 结算页, 订单详情, 账户设置), asked where or what they are.
import type { DialogueEvent, Topic } from '../../../machines/events';

/**
 * Each place by the names the catalogs give it, and the names customers give it ("结算页面", "payment settings"). Payment
 * management before the account settings it sits in: "账户设置里的支付管理在哪" asks for the inner one.
 */
const PLACES: ReadonlyArray<{ topic: Topic; zh: string; en: string }> = [
  { topic: 'placePaymentManagement', zh: '支付管理', en: String.raw`payment (?:management|settings)` },
  { topic: 'placeCheckoutPage', zh: '(?:结算|结账)(?:页面?|界面)', en: String.raw`check ?out (?:page|screen)` },
  { topic: 'placeOrderDetails', zh: '订单(?:详情|详细)(?:页面?)?|订单页面?', en: String.raw`order (?:details?|page)(?: page)?` },
  { topic: 'placeAccountSettings', zh: '账[户号]设置|我的京东', en: String.raw`account settings|my jd` },
];

const WHERE_ZH = '(?:哪里|哪儿|哪|什么地方|哪个地方|哪块)';
/** Where a clause may end: its question then asks of the place alone ("在哪里选先用后付" asks of something else). */
const CLAUSE_END = '(?=$|[\\s，,。.!！?？~～])';
const PARTICLES = '(?:呢|啊|呀|哇|啦|嘞)?';

/**
 * Where it is or what it is, asked of the name ("支付管理在哪", "结算页是什么意思 在哪找", "我看不懂 什么叫结算页", "怎么进支付
 * 管理", "where is payment management?", "what's the checkout page?"), ending its clause.
 */
const askedOf = (zh: string, en: string): RegExp =>
  new RegExp(
    [
      String.raw`(?:${zh})(?:在|到)?${WHERE_ZH}${PARTICLES}(?:能|可以|才能)?(?:找|看|进|打开|查)?(?:得?到)?${PARTICLES}[?？]*${CLAUSE_END}`,
      String.raw`(?:在)?${WHERE_ZH}(?:能|可以|才能)?(?:找到?|看到?|进|打开|查到?)(?:这个)?(?:${zh})${PARTICLES}[?？]*${CLAUSE_END}`,
      String.raw`(?:怎么|如何|咋)(?:样)?(?:才能)?(?:找到?|进(?:入|去)?|打开|去)(?:到)?(?:这个)?(?:${zh})${PARTICLES}[?？]*${CLAUSE_END}`,
      String.raw`(?:${zh})(?:要|该)?(?:怎么|如何|咋)(?:找|进|打开|去)${PARTICLES}[?？]*${CLAUSE_END}`,
      String.raw`(?:找不到|没找到|不知道)(?:这个)?(?:${zh})(?:在哪)?${PARTICLES}[?？]*${CLAUSE_END}`,
      String.raw`(?:${zh})(?:是|指的?是|指)(?:什么|啥|个啥|哪)(?:意思|东西|地方|页面?)?${PARTICLES}[?？]*${CLAUSE_END}`,
      String.raw`(?:${zh})(?:是)?(?:什么|啥)意思`,
      String.raw`(?:什么|啥)(?:叫|是)(?:${zh})`,
      String.raw`\bwhere(?:'s| is| are| do i (?:find|see|get to)| can i (?:find|see|get to)| would i (?:find|see)| to find)(?: the| my| this| that)? (?:${en})\b`,
      String.raw`\bhow (?:do|can|would) i (?:get to|find|open|reach|go to|get into) (?:the |my |this |that )?(?:${en})\b`,
      String.raw`\b(?:can['’]?t|cannot|couldn['’]?t) find (?:the |my |this |that )?(?:${en})\b`,
      String.raw`\bwhat(?:'s| is)(?: the| a| this| that)? (?:${en})\b(?! (?:say|show|tell))`,
      String.raw`\bwhat does (?:the |this |that )?(?:${en}) mean\b`,
    ].join('|'),
    'i',
  );

const ASKED = PLACES.map((place) => ({ topic: place.topic, words: askedOf(place.zh, place.en) }));
/** Any place's name: words naming none (most messages) skip the question patterns, run on every message. */
const NAMED = new RegExp(PLACES.map((place) => `${place.zh}|${place.en}`).join('|'), 'i');

/**
 * Pay-later or its option named with the place ("结算页哪里有先用后付", "支付管理里没有先用后付"): where pay-later shows, or why
 * it does not, is what is asked (wherePayLater, the checkout guide, the option not shown read those).
 */
const ABOUT_PAY_LATER = /先用后付|选项|入口|\bpay ?later\b|\boption\b/i;

/**
 * "支付管理在哪" (read as checkout, and the login began), "我看不懂 什么叫结算页 在哪里" (the progress report), "结算页是什么意思
 * 在哪找" (a clarifying question): the place the bot named, what it is and how to get there, the step kept. Not with digits
 * (a phone number or a code typed beside it is read instead).
 */
export function placeAsked(words: string): DialogueEvent | undefined {
  if (!NAMED.test(words) || /\d/.test(words) || ABOUT_PAY_LATER.test(words)) return undefined;
  const asked = ASKED.find((place) => place.words.test(words));
  return asked ? { type: 'TOPIC_ASKED', topic: asked.topic } : undefined;
}
