// Reads which listed order a customer named in words ("退电饭煲", "第一个付款", "return the earbuds") and what they plainly asked for.
import type { DialogueEvent, ReturnReasonCode } from '../../machines/events';
import { isPayable, isReturnable, type Order } from '../../machines/domain';

/** What the rest of understanding made of the words. */
export interface Reading {
  /** An order number typed in the message (JD5002). */
  orderId?: string;
  /** The words ask rather than ask for ("耳机付了吗？", "did I pay for the earbuds?"). */
  question: boolean;
}

/*
 * Starting to pay or to return on a misreading is worse than one more tap, so an action is only read from plain words
 * that ask for it, and from nothing else: not from the classifier (it reads past "not": "I haven't received the earbuds"
 * is pay to it), not from complaints ("耳机质量很好" names 质量 too). Anything that could turn the words around leaves the
 * choice to the buttons: a negation anywhere (不想退, 取消退货, "nothing wrong", "i dont wanna pay"), a question (退款了没,
 * 退货流程), "later" (下周付款), both actions, a person asked for. 退出 is leaving; "pay later" is the service's name.
 */
const RETURN_WORDS = /退(?!出)|\breturn|\brefund|\bsend\b.*\bback\b/i;
const PAY_WORDS = /^付(?!费|出|款方式)|付款|付钱|付了|付吧|付掉|支付|还款|确认收货|确认(?=[\s。.!！]*$)|(?:现在|马上|立刻|这就|我来|我要|去|就)付|付一下|付清|\bpay\b(?!\s*later)|\bconfirm\b/i;
const TURNED_AROUND =
  /不|别|没|未|取消|n't\b|\b(?:dont|doesnt|didnt|wont|cant|isnt|arent|havent|wouldnt)\b|\bnot?\b|\bnever\b|\bnothing\b|\bcancel|了没|进度|流程|怎么|如何|多久|什么时候|吗|呢|[?？]|下周|明天|以后|过几天|改天|再说|晚点|\blater\b|\btomorrow\b|\bnext\b|人工|客服|真人|\bhuman\b|\bperson\b|\bagent\b/i;

/** Not wanting the goods, in so many words ("不想要了", "I don't want it"): the commonest reason for a return. */
const UNWANTED = /^(?:我)?(?:不想要了?|不要了|不喜欢了?)[。.!！\s]*$|^i (?:don'?t|do not) (?:want|need|like) (?:it|them)(?: anymore| any more)?[.!\s]*$/i;

/** The reason of goods not wanted: the 不想要了 button's. */
const NOT_WANTED_REASON: ReturnReasonCode = 'not_wanted';

/** Not wanting goods said anywhere in the words ("459.9那个我不想要了，能退吗"), and asking whether they can go back. */
const UNWANTED_SAID = /不想要了?|不要了|\bi (?:don'?t|do not) (?:want|need) (?:it|them|the \w+(?: \w+)?)(?: anymore| any more)?\b/i;
const CAN_RETURN_ASKED =
  /(?:能|可以|能不能|可不可以|可否)(?:退|退货|退掉|退款)(?:吗|么|不|嘛)?|\b(?:can|could) i (?:return|send back) (?:it|them)\b/i;

/** Goods not wanted, and whether they can go back, said together ("459.9那个我不想要了，能退吗"); not a return refused. */
export const unwantedReturnAsked = (words: string): boolean => UNWANTED_SAID.test(words) && CAN_RETURN_ASKED.test(words) && !REFUSED.test(words);

/**
 * After an order's name ("耳机不想要了", "i dont want the earbuds anymore"); not when a return is named too ("退货不要了" takes
 * the return back).
 */
const UNWANTED_WITH_NAME =
  /(?:不想要了|不要了)[。.!！\s]*$|\b(?:don'?t|do not|no longer) (?:want|need) (?:it|them|the [a-z]+(?: [a-z]+)?|my [a-z]+(?: [a-z]+)?)(?: anymore| any more)?[.!\s]*$/i;

/** An order itself, in so many words ("这单不要了", "那笔订单不要了"). */
const ORDER_WORDS = /订单|这单|那单|这笔|那笔/;
/** Goods not come yet ("电饭煲还没到能不能先不要了", "东西没收到，不要了"): not wanting them is no longer keeping them. */
const NOT_ARRIVED = /没到|没收到|未到|未收到|没发货|未发货|在路上|运输中/;
/**
 * What comes with goods or with the shop, not an order of its own ("包装盒不要了", "赠品不要了", "短信通知不要了"), and words
 * before a refusal that name nothing ("算了不要了", "我觉得不想要了").
 */
const NOT_AN_ORDER =
  /包装|盒子|箱子|袋子|赠品|礼品|发票|小票|说明书|吊牌|标签|配件|优惠券|红包|积分|短信|通知|推送|广告|账号|服务|功能|保险|算了|觉得|感觉|突然|忽然|反正|想了想|考虑|唉|哎|呃|嗯/;

/** Words around the thing not wanted that name nothing ("那个赠品我不要了": the 赠品). */
const UNWANTED_FILLERS = /能不能|可不可以|可以|那个|这个|我们|我|那|这|就|先|能|还是|干脆|直接|暂时|其实|真的|都|也|的|了|吧|啊|呀|[\s\p{P}]/gu;

/** The same in English ("i dont want the earbuds anymore": the classifier's cancel said "OK, cancelled"): what is not wanted. */
const UNWANTED_IN_ENGLISH =
  /^(?:i )?(?:really |just )?(?:don'?t|do not|no longer) (?:want|need) (?:the |my |these |those |this |that )?(?!to\b)(.+?)(?: anymore| any more)?[.!\s]*$/i;

/**
 * Not wanting goods, said away from the list ("电饭煲还没到能不能先不要了": read as a no, it got "好的。" and nothing
 * happened): a return, whose order the list then finds in the words. Only goods that are an order (named by their title
 * or another name of it, or as 这单, 订单) or said not to have come: not a thing beside them ("东西收到了，包装盒不要了",
 * "货到了，那个赠品我不要了" were returns), not "不要了" alone, nor the service ("先用后付不想要了"), nor a return taken back
 * ("退货不要了").
 */
export function unwantedGoods(words: string, orders?: readonly Order[]): boolean {
  const said = /^(.+?)(?:不想要了?|不要了)(?:吧|啊|呀)?[。.!！?？\s]*$/.exec(words)?.[1] ?? UNWANTED_IN_ENGLISH.exec(words)?.[1];
  if (said === undefined || /先用后付|pay ?later|开通|会员|plus|验证码|退|\breturn/i.test(said)) return false;
  const titles = (orders ?? []).map((o) => o.title.toLowerCase());
  // Before the login the orders are not known: goods named in Chinese ("电饭煲不想要了") may be one, which the list then
  // finds in the words (pendingOrderWords), as "我要退耳机" is; not what comes with goods (包装盒, 赠品) nor what is no goods.
  const mayBeAnOrder = (text: string) => {
    const goods = text.replace(UNWANTED_FILLERS, '');
    return orders === undefined && /^\p{Script=Han}{2,8}$/u.test(goods) && !NOT_GOODS.test(goods) && !NOT_AN_ORDER.test(text);
  };
  const isOrder = (text: string) =>
    ORDER_WORDS.test(text) ||
    namedByTitle(text, orders ?? []).kind !== 'none' ||
    (/\p{Script=Han}/u.test(text) && mayBeListed(text, titles)) ||
    mayBeAnOrder(text) ||
    (orders === undefined && synonymsOf(text).length > 0);
  // The thing not wanted, when the words' last part names one ("包装盒", "那个赠品我"): an order, or goods not come.
  const part = said.split(/[，,。；;！!？?]/).pop()!;
  const about = part.replace(UNWANTED_FILLERS, '') === '' ? said : part;
  return isOrder(about) || NOT_ARRIVED.test(about);
}

/** Goods said to be broken or not to work ("are broken", "arrived damaged", "stopped working", "坏了", "用不了"). */
const BROKEN =
  /坏了|坏掉了|摔坏|碎了|裂了|破了|不能用了|用不了|不响了|没声音了|不亮了|\b(?:broken|damaged|defective|faulty|cracked)\b|\b(?:does|do|did)(?:n'?t| not) work\b|\b(?:not|stopped|quit) working\b|\bwon'?t (?:turn on|charge|work)\b/i;
/** Broken turned around, asked about or wondered at ("not broken", "没坏", "is it broken?", "what if they break"). */
const BROKEN_NOT =
  /没坏|不坏|没有坏|[?？]|吗|\b(?:not|never|no longer)\s+(?:broken|damaged|defective|faulty|cracked)\b|n'?t\s+(?:broken|damaged|defective|faulty|cracked)\b|^(?:is|are|was|were|do|does|did|can|could|will|would|what|how|why|when|if)\b|\bwhat if\b|\bin case\b/i;
/**
 * The phone the customer logs in with is no order ("my phone is broken, I can't get the code"), before the login at least,
 * when the orders are not known.
 */
const LOGIN_DEVICE = /手机|\b(?:smart)?phone/i;

/**
 * Goods said to be broken, away from the list ("the earbuds are broken" before the login: not understood, and the return
 * was lost): a return, with the words as its reason. Goods of a listed order, or before the login (the orders unknown),
 * goods known by their names. Not asked, nor turned around ("耳机没坏").
 */
export function brokenGoods(words: string, orders?: readonly Order[]): boolean {
  if (!BROKEN.test(words) || BROKEN_NOT.test(words)) return false;
  if (orders !== undefined) return namedByTitle(words, orders).kind === 'order';
  const named = (name: string) => (/\p{Script=Han}/u.test(name) ? words.includes(name) : new RegExp(`\\b${name}`, 'i').test(words));
  return !LOGIN_DEVICE.test(words) && GOODS_SYNONYMS.flat().some(named);
}

/** The one action the words name, returning or paying; both or neither: none. */
function oneActionNamed(words: string): 'pay' | 'return' | undefined {
  const returns = RETURN_WORDS.test(words);
  if (returns === PAY_WORDS.test(words)) return undefined;
  return returns ? 'return' : 'pay';
}

/** Returning or paying named in the words, asked about or not, and not refused ("不想退"). */
export const actionNamed = (words: string): 'pay' | 'return' | undefined => (REFUSED.test(words) ? undefined : oneActionNamed(words));

/** The action the words plainly ask for, or none. Also used at the confirmations ("还是退货吧"). */
export const plainAction = (words: string, question = false): 'pay' | 'return' | undefined =>
  question || TURNED_AROUND.test(words) ? undefined : oneActionNamed(words);

/**
 * A yes opening more words ("yes pay it", "yeah, pay for it", "ok pay it", "好的，付款吧", "好 付了吧"), yes words with a 没
 * too ("没错 付吧", "没问题 付款"), which would otherwise turn the request after them around.
 */
const YES_FIRST =
  /^(?:好的?|好吧|行|可以|嗯+|是的?|对的?|没错|没(?:啥|什么|有)?问题|没毛病|ok(?:ay)?|yes|yeah|yep|yup|sure|alright|all right)(?:[，,.!！\s]+|(?=付|退))/i;

/** The words without a yes opening them: the yes says nothing the request after it does not ("是的 付": "付"). */
const withoutYesFirst = (words: string): string => words.replace(YES_FIRST, '').trim();

/**
 * The action a yes goes on to ask for plainly ("yes pay it" to "shall we look at your orders first?"): the yes says nothing
 * the request does not. None when no yes opens the words, or what follows asks for no one action.
 */
export function actionAfterYes(plain: string): 'pay' | 'return' | undefined {
  const rest = withoutYesFirst(plain);
  return rest === plain || rest === '' ? undefined : plainAction(rest);
}

const CHINESE_ORDINALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const ENGLISH_ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 };

/**
 * A position in the numbered list: 第二个 / 第2笔 (a measure word is required: 第二天, 第三方, 第一次 are not positions, nor
 * is 第一个问题), "the second one" / "the first order", #2, "number 2", 最后一个, "the last one", or a lone "2".
 */
export function listPosition(words: string, count: number): number | undefined {
  const chinese = /第\s*(\d{1,2}|[一二两三四五六七八九十])\s*(?:个|笔|单|件|项|条)(?!问题|步|次)/.exec(words);
  if (chinese) return Number(chinese[1]) || CHINESE_ORDINALS[chinese[1]];
  const english =
    /\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)\s+(?:one|order|item)\b/i.exec(words) ??
    /^\s*(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)\s*[.!]?\s*$/i.exec(words);
  if (english) return ENGLISH_ORDINALS[english[1].toLowerCase()];
  const numbered = /(?:#|\bno\.\s*|\bnumber\s+)(\d{1,2})\b/i.exec(words) ?? /^\s*(\d{1,2})\s*[.、。]?\s*$/.exec(words);
  if (numbered) return Number(numbered[1]);
  if (/最后一[个笔单件项]|\bthe last (?:one|order|item)\b/i.test(words)) return count;
  return undefined;
}

/** Words that describe goods rather than name them: alone they name no order ("I'm running late", "is it wireless?"). */
const DESCRIBING = new Set(
  'wireless wired running smart pro max mini plus ultra lite air new black white red blue green pink grey gray silver gold large small big little electric portable digital classic original sport sports home kids men women mens womens'.split(
    ' ',
  ),
);

/** Words of a title that name nothing ("Phone case for iPhone", "The North Face jacket"). */
const FUNCTION_WORDS = new Set('the for and with set pack of in on to by from'.split(' '));

/**
 * The title's words the message uses: Chinese character pairs, and English words of 3+ letters (plurals count) when
 * they include the title's noun (its last word that names rather than describes: "cooker", "airpods" of "Apple
 * AirPods Pro") or two naming words ("phone case"). A describing word, or one other word, alone names nothing: "I'm
 * running late", "any rice left?", "I am at my desk".
 */
function titleWordsUsed(words: string, title: string): string[] {
  const text = words.toLowerCase();
  const said = [...new Set(text.match(/[a-z]{3,}/g) ?? [])];
  const uses = (word: string) =>
    said.some((w) => w === word || (word.length >= 4 && w.length >= 4 && (w.startsWith(word) || word.startsWith(w))));
  const titleWords = [...new Set(title.toLowerCase().match(/[a-z]{3,}/g) ?? [])].filter((w) => !FUNCTION_WORDS.has(w));
  const naming = titleWords.filter((w) => !DESCRIBING.has(w));
  const noun = naming[naming.length - 1];
  const english = titleWords.filter(uses);
  const namingUsed = english.filter((w) => !DESCRIBING.has(w));
  const used = (noun !== undefined && uses(noun)) || namingUsed.length >= 2 ? english : [];
  for (const run of title.match(/\p{Script=Han}{2,}/gu) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) if (text.includes(run.slice(i, i + 2))) used.push(run.slice(i, i + 2));
  }
  return used;
}

/**
 * The one order the words name by its title, several, or none. An order named by more of its title than another
 * ("有线耳机" of wired and wireless earbuds: the other's words are all among its own) wins; orders named by words of
 * their own each ("耳机和电饭煲都退了"), or only by words they share ("耳机" of both earbuds), are several.
 */
function namedByTitle(words: string, orders: readonly Order[]): Pointer {
  const named = orders.map((order) => ({ order, used: titleWordsUsed(words, order.title) })).filter((n) => n.used.length > 0);
  if (named.length === 0) return { kind: 'none' };
  const covers = (n: (typeof named)[number]) =>
    named.every((other) => other === n || (other.used.every((w) => n.used.includes(w)) && other.used.length < n.used.length));
  const widest = named.filter(covers);
  return widest.length === 1 ? { kind: 'order', order: widest[0].order } : { kind: 'several' };
}

/** The one listed order the words name by its title ("电饭煲什么时候到", "where is my rice cooker"), several, or none. */
export function orderNamed(words: string, orders: readonly Order[]): Order | 'several' | undefined {
  const named = namedByTitle(words, orders);
  return named.kind === 'order' ? named.order : named.kind === 'several' ? 'several' : undefined;
}

/**
 * What the words point at: one listed order, several (by their titles), an order that is not in the list (a number or
 * a place past its end), goods no title can be compared with (`unplaced`: no order is guessed for them), or nothing.
 */
type Pointer = { kind: 'order'; order: Order } | { kind: 'several' } | { kind: 'notListed' } | { kind: 'unplaced' } | { kind: 'none' };

/** Order numbers as the entity reader finds them (src/nlu/entities.ts), all of them: "JD5001和JD5002" names two. */
const ORDER_NUMBERS = /(?<![A-Z\d])(?:PL|JD)[-\s]?\d{4,12}(?!\d)/g;

/**
 * An order by what the list says of it ("逾期的那个", "the overdue one", "还在路上的"), when one order alone is so. Only
 * as a description of one order (的, "one", "order"): "逾期会怎样？" asks about being late, not about the late order.
 * Paid orders are left out: nothing can be done with them.
 */
const STATUS_WORDS: ReadonlyArray<[Order['status'], RegExp]> = [
  // "I have an overdue payment, I want to pay it now" before the login: the one overdue order (it got the list).
  ['overdue', /(?:逾期|超期)了?的|\boverdue (?:one|order|item|payment|bill)s?\b/i],
  ['in_transit', /(?:运输中|在路上|还没到|没到货)的|\b(?:one|order|item) (?:that'?s |still )?(?:in transit|on (?:its|the) way)\b/i],
  ['delivered', /(?:已送达|送到了|已经到了)的|\bdelivered (?:one|order|item)\b|\b(?:one|order|item) (?:that )?(?:arrived|was delivered)\b/i],
];

function byStatus(words: string, orders: readonly Order[]): Order | undefined {
  const status = STATUS_WORDS.find(([, pattern]) => pattern.test(words))?.[0];
  const matching = status === undefined ? [] : orders.filter((o) => o.status === status);
  return matching.length === 1 ? matching[0] : undefined;
}

/** An order by its amount ("299那个", "the 459.90 one"): a number equal to one order's amount, or to its whole yuan. */
function byAmount(words: string, orders: readonly Order[]): Order | undefined {
  const numbers = (words.match(/(?<![A-Za-z\d.])\d{2,}(?:\.\d{1,2})?(?![\d.])/g) ?? []).map(Number);
  const matching = orders.filter((o) => numbers.some((n) => n === o.amount || n === Math.floor(o.amount)));
  return matching.length === 1 ? matching[0] : undefined;
}

/** Every order at once ("全部退货", "都付了吧", "return them all"): one at a time, as for several named. */
const ALL_ORDERS = /全部|所有|都(?:要|想)?(?:退|付)|\ball (?:of )?(?:them|my orders|the orders|orders)\b|\bthem all\b|\beverything\b/i;

/** The order named by its number or its title. */
function namedOrder(words: string, orders: readonly Order[], orderId: string | undefined): Pointer {
  if (!orderId) return namedByTitle(words, orders);
  const order = orders.find((o) => o.orderId.toUpperCase() === orderId.toUpperCase());
  return order ? { kind: 'order', order } : { kind: 'notListed' };
}

/**
 * By its number, its title (only one order's), its place in the list, its amount, alone in it its status or, named
 * loosely, its goods ("跑鞋付款" of the running shoes).
 */
function pointedAt(words: string, orders: readonly Order[], orderId: string | undefined): Pointer {
  const found = (order: Order | undefined): Pointer => (order ? { kind: 'order', order } : { kind: 'notListed' });
  if (orderId && new Set(words.toUpperCase().match(ORDER_NUMBERS)?.map((n) => n.replace(/[-\s]/g, ''))).size > 1) {
    return { kind: 'several' };
  }
  const named = namedOrder(words, orders, orderId);
  if (named.kind !== 'none') return named;
  const position = listPosition(words, orders.length);
  if (position !== undefined) return found(orders[position - 1]);
  const order = byAmount(words, orders) ?? byStatus(words, orders);
  if (order) return { kind: 'order', order };
  return goodsNamed(words, orders);
}

/**
 * The one listed order a question is about, pointed at as a request would point at it ("鞋子什么时候付款" of the running
 * shoes: 鞋子 is no pair of its title's characters, and the question was answered with another order's date).
 */
export function orderAskedAbout(words: string, orders: readonly Order[]): Order | undefined {
  const number = words.toUpperCase().match(ORDER_NUMBERS)?.[0]?.replace(/[-\s]/g, '');
  const pointer = pointedAt(words, orders, number);
  return pointer.kind === 'order' ? pointer.order : undefined;
}

/** What an English request acts on ("pay for the desk lamp", "return my blue jacket"). */
const ENGLISH_OBJECT = /\b(?:pay(?: for)?|return|send back|confirm receipt (?:for|of))\s+(?:the|my|this|that)\s+([a-z]+(?:\s+[a-z]+)?)/i;
/** Objects that name no goods: the order itself, a place in the list, the bill. */
const NO_GOODS = new Set(['order', 'orders', 'one', 'ones', 'item', 'items', 'thing', 'things', 'stuff', 'package', 'parcel', 'goods',
  'product', 'purchase', 'delivery', 'money', 'bill', 'payment', 'rest', 'last', 'first', 'second', 'third', 'other', 'same', 'whole']);

/**
 * Goods named in Chinese by the words around paying or returning: "付一下那个手机的订单", "我要付耳机的钱" (before 的订单, 的钱),
 * "台灯付款" (alone before the action), "退手机壳" (alone after it), "那个台灯 确认付款" (pointed at before it).
 */
const CHINESE_OBJECTS = [
  /(\p{Script=Han}+)的(?:订单|钱|款|账单|货款)/u,
  /^(?:我要|我想|帮我|请)?(?:把)?(\p{Script=Han}{2,8}?)(?:要|想)?(?:付款|付钱|付掉|退货|退款|退掉)(?:吧|了)?$/u,
  /(?:付|退)(?:一下|下|掉)?(?:那个|这个|那笔|这笔|我的)?(\p{Script=Han}{2,8}?)(?:吧|了)?$/u,
  // Pointed at before the action, a space between them ("刚才那个台灯 确认付款"): with no order a lamp, the only order due
  // was paid for. "那个 确认付款" points at nothing (no goods between), and keeps to the order meant.
  /(?:那个|这个|那笔|这笔)(\p{Script=Han}{2,8}?)\s*(?:确认)?(?:付款|付钱|付掉|退货|退款|退掉)(?:吧|了)?[。.!！\s]*$/u,
];
/** What comes before the goods: the action, a request, a pointing word. */
const BEFORE_GOODS = /^.*(?:那个|这个|那笔|这笔|一下|帮我|我要|我想|付|退|把|给|请)/u;
/**
 * Chinese that is no goods: a person, a time, a place in the list, a status, an amount, the bill, the shop, the service
 * ("这个月的钱", "上次的订单", "逾期的订单", "先用后付的订单", "现在付款", "确认收货付款"), and what is paid with ("用微信付款",
 * "银行卡付款", "线上付款": they were told the order is not listed; the only order due is meant).
 */
const NOT_GOODS =
  /[我你他她它们的了吗呢吧啊呀哦要想能会可以去来把给帮请先再就都全还是那这哪些点个笔单件马刚立即直接赶紧确认收货款钱付退月天年今明昨前后等稍回头最第所有剩其别次期逾超路到待欠共总多少买订一起看查下交清]|运输|运送|运费|现在|会员|先用后付|商品|东西|宝贝|包裹|快递|京东|商城|^用|微信|支付宝|银行|信用卡|储蓄卡|借记卡|[银卡]卡|花呗|白条|余额|零钱|现金|转账|扫码|云闪付|线上|线下|在线|网上|网银|手机支付/u;

/**
 * Names of the same goods in other words, so that "耳机" or "earphones" is not told the earbuds are not listed (they may not
 * choose the order, but are no claim that it is missing).
 */
const GOODS_SYNONYMS: readonly (readonly string[])[] = [
  ['耳机', '耳麦', '耳塞', 'earbud', 'earphone', 'headphone', 'headset', 'airpod'],
  ['鞋', 'shoe', 'sneaker', 'trainer'],
  ['电饭煲', '电饭锅', 'rice cooker', 'cooker'],
  ['灯', 'lamp', 'light'],
  ['手机', 'phone', 'smartphone'],
  ['电脑', '笔记本', 'laptop', 'notebook', 'computer'],
];

/**
 * Goods by one of their names ("the earbuds", "耳机"), not the phone the customer logs in with (which gets the code):
 * "i didn't get the earbuds yet" at the code step is about an order, not the code.
 */
export const GOODS_NAMED = new RegExp(
  GOODS_SYNONYMS.flat()
    .filter((name) => !LOGIN_DEVICE.test(name))
    .map((name) => (/\p{Script=Han}/u.test(name) ? name : String.raw`\b${name}`))
    .join('|'),
  'i',
);

/** The other names of the goods `name` says ("台灯" has 灯: lamp, light; "earphones": 耳机, earbud…). */
const synonymsOf = (name: string): string[] =>
  GOODS_SYNONYMS.filter((names) => names.some((n) => (/\p{Script=Han}/u.test(n) ? name.includes(n) : name.startsWith(n)))).flat();

/**
 * Whether a listed order may be the goods `name` says: a title has a pair of its Chinese characters, the English word, or
 * another name of it.
 */
function mayBeListed(name: string, titles: readonly string[]): boolean {
  const pairs = /\p{Script=Han}/u.test(name) ? [...name].slice(0, -1).map((ch, i) => ch + name[i + 1]) : [name];
  const names = [...pairs, ...synonymsOf(name)];
  return titles.some((title) => names.some((n) => title.includes(n)));
}

/** The goods named in Chinese around the action or 的订单, when they are goods at all. */
function chineseGoods(words: string): string | undefined {
  for (const pattern of CHINESE_OBJECTS) {
    const said = pattern.exec(words)?.[1]?.replace(BEFORE_GOODS, '');
    if (said !== undefined && said.length >= 2 && !NOT_GOODS.test(said)) return said;
  }
  return undefined;
}

/** The goods an English request acts on ("pay for the sneakers"), when they are goods at all. */
function englishGoods(words: string): string[] {
  const object = ENGLISH_OBJECT.exec(words)?.[1]?.toLowerCase().split(/\s+/) ?? [];
  if (object.length === 0 || NO_GOODS.has(object[0])) return [];
  // A describing word names no goods: "the wireless charger" is no order of wireless earbuds.
  return object.filter((word) => word.length >= 3 && !DESCRIBING.has(word)).map((word) => word.replace(/s$/, ''));
}

/**
 * The order goods named around paying or returning are, when no title names them word for word: loosely, by a pair of
 * the title's characters or another name of them ("跑鞋付款", "运动鞋付款", "鞋子的订单付款", "pay for the sneakers" of the
 * running shoes: they paid for the earbuds, the only order due). Goods no listed order's title names ("pay for the desk
 * lamp", "台灯付款", "帮我付一下那个手机的订单" from a customer with no such order) are not listed; Chinese goods are claimed
 * missing only when every title has Chinese to compare with, or the goods are known by another name that no title has.
 * Otherwise they are `unplaced`: no order is guessed for them.
 */
function goodsNamed(words: string, orders: readonly Order[]): Pointer {
  const goods = chineseGoods(words);
  const object = goods === undefined ? englishGoods(words) : [goods];
  // Goods known by another name anywhere in the words ("运动鞋付款", "鞋付款"), whatever is around them.
  const known = GOODS_SYNONYMS.flat().filter((name) => /\p{Script=Han}/u.test(name) && words.includes(name));
  const names = [...object, ...known];
  const matching = orders.filter((o) => names.some((name) => mayBeListed(name, [o.title.toLowerCase()])));
  if (matching.length === 1) return { kind: 'order', order: matching[0] };
  if (matching.length > 1) return { kind: 'several' };
  // Only goods in the request's place are claimed missing: "用手机付款" names the means.
  if (object.length === 0) return { kind: 'none' };
  if (goods === undefined) return { kind: 'notListed' };
  const titles = orders.map((o) => o.title.toLowerCase());
  return titles.every((title) => /\p{Script=Han}/u.test(title)) || synonymsOf(goods).length > 0 ? { kind: 'notListed' } : { kind: 'unplaced' };
}

/**
 * At the order list: the event for an order named in words. Its action when the words plainly ask for one; otherwise a
 * question about that order, even when only one action is possible ("电饭煲什么时候到？" must not start a return). Words
 * that name no order ("退了吧", "付款") apply to `inQuestion`, the order the list is asking about; words that point at an
 * order not in the list ("JD9999", "第五个") never do, and are told so, as are words naming several orders at once ("耳机付款，
 * 电饭煲退货": one at a time). An order named alone after the customer asked to pay or return (`intended`) is for that.
 * Asked to pay or return with no order named, when none allows it, the words are told so; when several do, the request
 * itself (PAY, RETURN: the list asks which). Undefined when no order is meant.
 */
export function orderEventFromWords(
  words: string,
  reading: Reading,
  orders: readonly Order[],
  inQuestion?: string,
  guessOnlyOrder = true,
  intended?: 'pay' | 'return',
): DialogueEvent | undefined {
  const pointed = pointedAt(words, orders, reading.orderId);
  // The action is read after a yes opening the words ("没错 付吧", "是的 付" to "what to do with the earbuds?"): the 没 in
  // 没错 turned the request around, and a 付 not first named no payment (the list, or the same question, came again).
  const request = withoutYesFirst(words);
  // "全部退货" with more than one order it could mean, and no one order named ("耳机两只都要退" is the earbuds).
  const all = ALL_ORDERS.test(words) ? plainAction(request, reading.question) : undefined;
  const pointer = all && pointed.kind === 'none' && orders.filter((o) => allows(all, o)).length > 1 ? { kind: 'several' as const } : pointed;
  if (pointer.kind === 'several' || pointer.kind === 'notListed') {
    if (reading.question) return undefined;
    return { type: 'TOPIC_ASKED', topic: pointer.kind === 'several' ? 'oneOrderAtATime' : 'orderNotListed' };
  }
  const named = pointer.kind === 'order' ? pointer.order : undefined;
  // Goods named that no title can be compared with are neither the order in question nor the only one due: the list
  // asks which.
  const asked = pointer.kind === 'unplaced' ? undefined : orders.find((o) => o.orderId === inQuestion);
  const action = plainAction(request, reading.question);
  // "付款" / "pay it" with no order named, when only one listed order can be paid (or returned): that one.
  const guess = guessOnlyOrder && pointer.kind !== 'unplaced';
  const order = named ?? asked ?? (action && guess ? onlyOrderFor(action, orders) : undefined);
  // "我现在付" with nothing to pay is told so (it read as a status question, or showed the list again without a word).
  if (!order && action && guessOnlyOrder && !orders.some((o) => allows(action, o))) {
    return { type: 'TOPIC_ASKED', topic: action === 'pay' ? 'nothingToPay' : 'nothingToReturn' };
  }
  // Asked plainly with no order to apply it to ("还是退吧" after "不退了", with two that can go back): that request, which
  // keeps it as the goal and asks which one (the classifier heard the 还是 as a no, and the list came again without a word).
  if (!order) return action && guessOnlyOrder ? { type: action === 'pay' ? 'PAY' : 'RETURN' } : undefined;
  // "不想要了" about the order the list asks about, or with the order's name ("耳机不想要了"), is what a return is for (the
  // negation would otherwise leave it to the buttons, and the same question came back).
  // Not wanting them is the reason, the 不想要了 button's: it was asked for again.
  const unwanted = named ? UNWANTED_WITH_NAME.test(words) && !RETURN_WORDS.test(words) : UNWANTED.test(words);
  if (unwanted && !reading.question) return { type: 'ORDER_RETURN_CHOSEN', orderId: order.orderId, reason: NOT_WANTED_REASON };
  // "459.9那个我不想要了，能退吗": not wanted, and whether they can go back, is the return (it asked what to do with the
  // order, and a yes asked again); one the order does not allow is told why not.
  if (named && unwantedReturnAsked(words)) {
    return { type: 'ORDER_RETURN_CHOSEN', orderId: named.orderId, reason: NOT_WANTED_REASON };
  }
  if (action === 'pay') return { type: 'ORDER_PAY_CHOSEN', orderId: order.orderId };
  if (action === 'return') return { type: 'ORDER_RETURN_CHOSEN', orderId: order.orderId };
  // Named after asking to pay or return ("退货", the list, then "1" or "耳机"): that action (it asked "what to do with
  // it?"); one the order does not allow is told why not.
  if (named && intended && !reading.question) {
    return { type: intended === 'pay' ? 'ORDER_PAY_CHOSEN' : 'ORDER_RETURN_CHOSEN', orderId: named.orderId };
  }
  return named ? { type: 'ORDER_MENTIONED', orderId: order.orderId } : undefined;
}

const allows = (action: 'pay' | 'return', order: Order) => (action === 'pay' ? isPayable(order) : isReturnable(order));

function onlyOrderFor(action: 'pay' | 'return', orders: readonly Order[]): Order | undefined {
  const able = orders.filter((o) => allows(action, o));
  return able.length === 1 ? able[0] : undefined;
}

/** The one thing the list offers (its one button: one order to pay, or one to return, and nothing else), or none. */
export function onlyChoice(orders: readonly Order[]): DialogueEvent | undefined {
  const payable = orders.filter(isPayable);
  const returnable = orders.filter(isReturnable);
  if (payable.length + returnable.length !== 1) return undefined;
  return payable.length === 1
    ? { type: 'ORDER_PAY_CHOSEN', orderId: payable[0].orderId }
    : { type: 'ORDER_RETURN_CHOSEN', orderId: returnable[0].orderId };
}

/**
 * A plain yes to the list asking which order to pay or return (`goal`: "ok go ahead" after an agent released the customer
 * to pay brought the list back, twice): the one order to pay. Several to pay, or a return, which takes its order and then a
 * reason, are not chosen by a yes: the answer says which orders can be (it was the list again without a word). Undefined
 * when the list asks about neither, or nothing allows it.
 */
export function yesToGoal(goal: string | undefined, orders: readonly Order[]): DialogueEvent | undefined {
  if (goal !== 'pay' && goal !== 'return') return undefined;
  const able = orders.filter((o) => allows(goal, o));
  if (able.length === 0) return undefined;
  return goal === 'pay' && able.length === 1 ? { type: 'ORDER_PAY_CHOSEN', orderId: able[0].orderId } : { type: 'TOPIC_ASKED', topic: 'whichOrder' };
}

/**
 * Words that refuse the action they name ("不想退电饭煲", "取消电饭煲的退货", "don't return the rice cooker", "i don't want to pay",
 * "not paying": the last two were paying guessed).
 */
const REFUSED =
  /(?:不|别|没|取消)(?:要|想|用)?(?:退|付)|(?:退|付)不了|取消|\bcancel|\b(?:do ?n'?t|do not|won'?t|will not|not|never) (?:(?:want|need|wanna|going|gonna) (?:to )?)?(?:return|pay)/i;

/**
 * A correction before the other order's name ("不是，我说的是电饭煲", "不是耳机，是电饭煲", "换成电饭煲", "不对 我说错了 是耳机"):
 * it was filed as the reason of the order in question. What a correction word takes with it ("不是耳机") ends at a comma or
 * a space, at another correction or at what names the right one ("不对我说错了是耳机", "不是电饭煲是耳机": written without
 * spaces, all of it was taken, the name too).
 */
const CORRECTION_WORD = '(?:我)?(?:不是|不对|错了|搞错了|说错了)';
const RIGHT_ONE_NAMED = '我说的是|我是说|我指的是|我要(?:退|付)的是|是|换成|改成';
const CORRECTED = new RegExp(
  `^(?:${CORRECTION_WORD}[^，,。\\s]{0,8}?(?=$|[，,。\\s]|${CORRECTION_WORD}|${RIGHT_ONE_NAMED})[，,\\s]*)*(?:${RIGHT_ONE_NAMED})?`,
);

/** The words open with a correction ("不对，我说的是第一个", "no, I meant the first one"). */
const CORRECTION_OPENS = new RegExp(`^\\s*${CORRECTION_WORD}|^\\s*(?:no|sorry|oops|wait)\\b|\\bi meant\\b`, 'i');
export const saysCorrection = (words: string): boolean => CORRECTION_OPENS.test(words);

/** A place in the list said as such ("第一个", "the first one"), for a correction naming it and nothing else. */
const POSITION_WORDS =
  /第\s*(?:\d{1,2}|[一二两三四五六七八九十])\s*(?:个|笔|单|件|项|条)|最后一[个笔单件项]|\b(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\b/gi;

/**
 * After a correction, an order by its place in the list and nothing more ("不对，我说的是第一个" at the rice cooker's return:
 * it was taken as "不退了").
 */
function positionOnly(words: string, orders: readonly Order[]): Pointer {
  const position = listPosition(words, orders.length);
  const order = position === undefined ? undefined : orders[position - 1];
  const rest = words.toLowerCase().replace(POSITION_WORDS, ' ').replace(SAYS_NOTHING_MORE, ' ');
  return order && rest.replace(/[\s\p{P}]/gu, '') === '' ? { kind: 'order', order } : { kind: 'none' };
}

/** Words that add an order rather than correct one ("电饭煲也退", "the rice cooker too"): the current one comes first. */
const ALSO = /也|还有|另外|一起|\btoo\b|\balso\b|\bas well\b/gi;

/**
 * Words around a name that say nothing more: fillers, the action, a request, a correction ("不对，我要退的是电饭煲吧",
 * "no, pay for the lamp please").
 */
const SAYS_NOTHING_MORE =
  /那个|这个|那笔|这笔|不对|不是|错了|应该是|等等|等一下|哦|噢|诶|我想|我要|帮我|一下|请|想|要|的|是|那|这|呢|吧|啊|呀|退货|退款|退掉|退了|退|付款|付钱|付了|付|确认收货|\b(?:the|one|my|please|no|not|wait|actually|instead|sorry|i|mean|meant|want|to|would|like|let|me|return|refund|send|back|pay|for|confirm|it)\b/g;

/**
 * The order named by its number or title in words that say nothing else ("电饭煲", "rice cooker", "JD5002", "我想退电饭煲",
 * "不对，我要退的是电饭煲"): with more ("电饭煲太大了放不下", "退货，电饭煲已经买到了", "电饭煲退货要多久") the other order is
 * context, and the words are the step's answer.
 */
function nameOnly(words: string, orders: readonly Order[], orderId: string | undefined): Pointer {
  const pointer = namedOrder(words, orders, orderId);
  if (pointer.kind !== 'order') return pointer;
  const titleChars = new Set(pointer.order.title.match(/\p{Script=Han}/gu) ?? []);
  let rest = words.toLowerCase().replace(ORDER_NUMBERS_ANY_CASE, ' ');
  for (const word of titleWordsUsed(words, pointer.order.title)) if (/^[a-z]/.test(word)) rest = rest.replace(new RegExp(`\\b${word}\\w*`, 'g'), ' ');
  rest = rest.replace(/\p{Script=Han}/gu, (ch) => (titleChars.has(ch) ? ' ' : ch)).replace(SAYS_NOTHING_MORE, ' ');
  return rest.replace(/[\s\p{P}]/gu, '') === '' ? pointer : { kind: 'none' };
}

const ORDER_NUMBERS_ANY_CASE = new RegExp(ORDER_NUMBERS.source, 'gi');

/**
 * Words that only ask again for the return of `current` ("退耳机", "我要退货" at its reason step: it was filed as the reason):
 * by its name or by none, and nothing more.
 */
export function returnRestated(words: string, orders: readonly Order[], orderId: string | undefined, current: string): boolean {
  if (plainAction(words) !== 'return') return false;
  const named = nameOnly(words.replace(CORRECTED, ''), orders, orderId);
  if (named.kind === 'order') return named.order.orderId === current;
  return named.kind === 'none' && words.toLowerCase().replace(SAYS_NOTHING_MORE, ' ').replace(/[\s\p{P}]/gu, '') === '';
}

/**
 * Whether a part of the words asks to return a listed order other than `current` by its title or number ("yes, and also
 * return the rice cooker"); one only mentioned beside the return ("退货，电饭煲已经买到了") is not.
 */
export function returnsAnotherOrder(words: string, orders: readonly Order[], orderId: string | undefined, current: string): boolean {
  return words.split(/[，,;；。.]/).some((part) => {
    if (!RETURN_WORDS.test(part)) return false;
    const named = namedOrder(part, orders, orderId && part.toUpperCase().includes(orderId) ? orderId : undefined);
    return named.kind === 'several' || (named.kind === 'order' && named.order.orderId !== current);
  });
}

/** Words that ask rather than choose ("电饭煲退货要多久", "can I return the lamp?"). */
const ASKS_ABOUT_IT = /[?？]|吗|多久|怎么|\bhow\b|\bcan i\b/i;

/**
 * At a return's confirmation, the order in question named again with its return, perhaps after a correction ("不对，我要
 * 退的是电饭煲" at the rice cooker's: it was read as a return with the reason "不对"): what is asked is what is confirmed.
 * Not refused, asked about, nor paying named besides.
 */
export function thisReturnNamedAgain(words: string, orderId: string | undefined, orders: readonly Order[], current: string): boolean {
  if (REFUSED.test(words) || ASKS_ABOUT_IT.test(words) || PAY_WORDS.test(words) || !RETURN_WORDS.test(words)) return false;
  const named = nameOnly(words.replace(CORRECTED, ''), orders, orderId);
  return named.kind === 'order' && named.order.orderId === current;
}

/**
 * While one order is being paid for or returned (`step`), words that are another listed order's name, with at most the
 * action and a correction, switch to it: for the action they name ("不对，我要退的是电饭煲", "no, pay for the lamp", "我想退电饭煲"
 * while paying for the earbuds), else the step's own ("电饭煲"). By its title or number only: a place, an amount or a
 * status ("第二件尺码不对") is about the goods. Words adding the other order to this one ("电饭煲也退", "the rice cooker too") are
 * told one comes after the other. Undefined when the order is only mentioned ("退货，电饭煲已经买到了"), the action is refused or
 * the words ask.
 */
export function otherOrderChosen(
  words: string,
  step: 'pay' | 'return',
  orderId: string | undefined,
  orders: readonly Order[],
  current: string,
): DialogueEvent | undefined {
  if (REFUSED.test(words) || ASKS_ABOUT_IT.test(words)) return undefined;
  const returns = RETURN_WORDS.test(words);
  const pays = PAY_WORDS.test(words);
  if (returns && pays) return undefined;
  const added = words.replace(ALSO, ' ');
  const byName = nameOnly(added.replace(CORRECTED, ''), orders, orderId);
  const named = byName.kind === 'none' && saysCorrection(words) ? positionOnly(added.replace(CORRECTED, ''), orders) : byName;
  if (named.kind !== 'order' || named.order.orderId === current) return undefined;
  // The other order as well: this one is finished first, then that one can be chosen from the list.
  if (added !== words) return { type: 'TOPIC_ASKED', topic: 'anotherOrderNext' };
  const action = returns ? 'return' : pays ? 'pay' : step;
  return { type: action === 'return' ? 'ORDER_RETURN_CHOSEN' : 'ORDER_PAY_CHOSEN', orderId: named.order.orderId };
}
