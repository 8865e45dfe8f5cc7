// Words that change what the customer was doing: the other action or another order, pay-later after all, going back.
import type { DialogueEvent } from '../../../machines/events';
import { isReturnable, type Order } from '../../../machines/domain';
import { orderNamed, otherOrderChosen, plainAction, returnRestated, saysCorrection, thisReturnNamedAgain } from '../orderMention';
import { GO_ON_WORDS } from './consent';
import type { Referents } from './referents';
import { namedWithReason, returnWithReason } from './returnReason';
import { FREE_TEXT_STATES, ORDER_LIST, PURCHASE_STEPS, REASON_STEP, RECEIPT_STEP, RETURN_CONFIRMATION, RETURN_STEPS, TERMS_STEP, WELCOME_STEP } from './steps';

/** Only a short request: a return reason that mentions paying ("付款后发现是坏的") is still the reason. */
const CHANGE_OF_MIND =
  /^(?:等等|等一下|算了)?[，,\s]*(?:那|我)?(?:还是|直接)?(?:想|要)?(?:先)?(?:付款|付钱|确认收货|退货|退掉|退款|退|付)(?:吧|了|吧了|了吧)?(?:[，,\s]*(?:退货|退款|付款)?(?:以后|回头|改天)再说)?$|^(?:(?:wait|actually|no),? )?(?:i'?ll |i will |i'?d rather |let me |i want to |i'?d like to )?(?:just )?(?:pay(?: for (?:it|them)| (?:it|them))?|return (?:it|them)|send (?:it|them) back)(?: instead)?$/i;

/**
 * The goods said to be fine after all, before paying for them ("其实挺好的，付款吧", "they're ok actually. pay for them": filed
 * as the return's reason): the return is taken back, as by 不退了.
 */
const GOODS_FINE =
  /^(?:(?:其实|想了想|仔细看了看|看了看|试了试|试了下)[，,\s]*)?(?:东西|商品|货|它|这个|耳机|质量)?(?:还是|也|都)?(?:挺好|还好|还行|还可以|蛮好|很好|不错|没问题|没毛病|没事|能用|好的)(?:的|了|啦|呢)?[，,。.!！\s]+|^(?:(?:actually|oh|wait|hmm),? )?(?:they'?re|it'?s|they are|it is|these are|this is) (?:(?:actually|really|totally|perfectly) )?(?:ok(?:ay)?|fine|good|alright|all right)(?: actually| after all)?[，,.!\s]+/i;

/** Of the goods, or on second thoughts ("其实…", "耳机…", "they're…", "…after all"): a bare "好的" or "没问题" is a yes. */
const ABOUT_THE_GOODS = /^(?:其实|想了想|仔细看了看|看了看|试了试|试了下|东西|商品|货|它|这个|耳机|质量)|\b(?:they|these|actually|after all)\b/i;

/** The goods said to be fine, and nothing more ("其实挺好的", "actually they're fine"). */
const goodsFineAlone = (plain: string): boolean => ABOUT_THE_GOODS.test(plain) && `${plain} `.replace(GOODS_FINE, '') === '';

/**
 * The other action taken back first ("不退了，还是付款吧", "我改主意了，不退了，直接付款", "算了算了还是付吧", "actually never
 * mind, I'll pay"): what follows is the change of mind. 算了 runs on without a comma; a 不退了 needs one ("不退了吧").
 */
const TAKEN_BACK =
  /^(?:(?:(?:等等|等一下|算了)[，,\s]*|(?:我?改主意了|我?(?:还是)?(?:不|不想|不要)(?:退|付)了?|actually|wait|no|never ?mind|forget it|on second thought|i changed my mind)[，,\s]+))+/;

/**
 * The return taken back with 算了 said over ("算了算了", "算了算了不退了", "算了啊"): at the reason step it was filed as the
 * reason ("原因：算了算了"). One 算了 is the step's own answer (STEP_ANSWERS).
 */
const RETURN_TAKEN_BACK = /^(?:(?:那|还是)?算了[吧啊呀哦]?[，,\s]*)+(?:(?:我)?(?:还是|先)?(?:不|不用|不要|不想)退了?(?:吧|啊|呀)?)?$/;

/**
 * While one order is being paid for or returned, plain words asking for the other action ("还是退货吧" while confirming
 * receipt, "还是付款吧" while giving a return reason or confirming it) switch to it for the same order; "算了算了" takes a
 * return back.
 */
export function changeOfMind(words: string, plain: string, statePath: string, orderId: string | undefined): DialogueEvent | undefined {
  if (orderId === undefined || !(RETURN_STEPS.has(statePath) || statePath === RECEIPT_STEP)) return undefined;
  // Taking the return back, as the 不退了 button does.
  if (RETURN_STEPS.has(statePath) && RETURN_TAKEN_BACK.test(plain)) return { type: 'DENY' };
  // The goods found fine, said alone as the reason ("其实挺好的": filed as it): whether to keep them instead. Only asked, as
  // the words do not say the return is off; the step's 不退了 button says it.
  if (statePath === REASON_STEP && goodsFineAlone(plain)) return { type: 'TOPIC_ASKED', topic: 'goodsFineAfterAll' };
  const rest = plain.replace(GOODS_FINE, '').replace(TAKEN_BACK, '').replace(/^直接/, '');
  // "先付款吧，退货以后再说": the action is the first part's.
  const action = CHANGE_OF_MIND.test(rest) ? plainAction(rest.split(/[，,]/)[0]) : undefined;
  if (action === 'return' && statePath === RECEIPT_STEP) return { type: 'ORDER_RETURN_CHOSEN', orderId };
  if (action === 'pay' && RETURN_STEPS.has(statePath)) return { type: 'ORDER_PAY_CHOSEN', orderId };
  return undefined;
}

/**
 * Not returning after all, said among other words ("我想了想还是不退了", "不想退了 还是留着吧", "还是留着吧", "actually I'll
 * keep it"): at the reason step such words were filed as the reason, and the "好的" that followed submitted the return;
 * only the words alone took it back (STEP_ANSWERS). A clause says it by
 *  - 不想退 however it goes on, or 不退 / 不用退 / 不要退 with 了, 吧 or the clause's end ("算了不退");
 *  - keeping the goods, 留着 / 留下 at a clause's end ("留着用吧", "留下来自己用吧"), or making do with them ("凑合用吧");
 *  - keeping them or not returning them in English ("I'll keep it", "I'm keeping them", "not returning it", "i don't want to
 *    return the earbuds").
 * Not when it is denied ("不是不退"), said of someone else ("商家说不退"), asked ("不退了吗？"), supposed ("不退的话…"), once meant
 * ("本来不想退的"), or followed by a but ("不想退，但是质量太差了": the reason). Keeping in another sense is no withdrawal: "留着
 * 也没用" (no use keeping them) says why they go back, and is the reason; so is "不想留着".
 */
const NOT_RETURNING = [
  /(?<!不是|并非|[说会能退要用]|商家|卖家|店家|客服|他们|你们|人家)(?:不想|不打算|不准备)(?:再)?退/,
  /(?<!不是|并非|[说会能退要用]|商家|卖家|店家|客服|他们|你们|人家)(?:不要|不用|不)(?:再)?退(?:货|款|掉)?(?:了|啦|吧|算了|(?=$|[，,。.!！~～\s]))/,
  /(?<!不|没|别|不想|不要|不用|没必要|何必)(?:留着|留下来?)(?:给?自己)?(?:用|玩|穿|戴|吧|了|啦|好了|算了)*(?=$|[，,。.!！~～\s])/,
  /(?<![没不法])(?:凑合|将就)着?用(?:吧|了|算了)?(?=$|[，,。.!！~～\s])/,
  /\b(?:i'?ll|i will|i'?d rather|i(?:'m| am) (?:going to|gonna)|i(?:'ve| have)? decided to|i (?:want|wanna|'d like|would like) to|let me)\s+(?:just\s+)?keep (?:it|them|the \w+)\b|\bi'?m keeping (?:it|them)\b|^(?:(?:actually|ok(?:ay)?|fine|never ?mind|no|oh)[,\s]+)*keep (?:it|them)\b/i,
  /\b(?:not|no longer) returning (?:it|them)\b|\bi (?:do ?n'?t|do not) (?:want to|wanna) return (?:it|them|(?:the|my) \w+)\b|\bi won'?t (?:be )?return(?:ing)? (?:it|them)\b/i,
];
/** A clause that asks or supposes, or says what was once meant: no withdrawal in it. */
const NOT_SAID_NOW = /[?？]|[吗么][\s。.!！~～]*$|如果|要是|假如|万一|的话|本来|原本|本想|原来|一开始|\bif\b|\bat first\b/i;
/** A but after the withdrawal: what follows it counts ("不想退，但是质量太差了"). */
const BUT_AFTER = /但|可是|不过|只是|\bbut\b|\bhowever\b|\bthough\b/i;
/**
 * Clauses, each with its own punctuation kept (a question mark marks the clause that asks); a space between Chinese words
 * ends one, and so does a full stop before a space ("I'll keep them. who pays the return shipping?" was one clause, asking).
 */
const CLAUSES_WITH_ENDS = /(?<=[，,。;；!！?？~～])|(?<=\p{Script=Han})\s+(?=\p{Script=Han})|(?<=\.)\s+/u;

/** Where the last withdrawal in the clause ends, when the clause says one now. */
function withdrawalEnd(clause: string): number | undefined {
  if (NOT_SAID_NOW.test(clause)) return undefined;
  const ends = NOT_RETURNING.map((pattern) => pattern.exec(clause)).flatMap((m) => (m === null ? [] : [m.index + m[0].length]));
  return ends.length === 0 ? undefined : Math.max(...ends);
}

/**
 * The return taken back in more words (NOT_RETURNING), at its reason step or its confirmation: the 不退了 button's DENY. The
 * other order returned instead, in the words beside it ("耳机不退了，我要退的是电饭煲"), is that order's return; paying
 * instead ("不退了，还是付款吧") is changeOfMind's, read before.
 */
export function returnWithdrawn(words: string, statePath: string, referents: Referents): DialogueEvent | undefined {
  if (!RETURN_STEPS.has(statePath)) return undefined;
  const clauses = words.split(CLAUSES_WITH_ENDS).map((clause) => clause.trim()).filter((clause) => clause !== '');
  const ends = clauses.map(withdrawalEnd);
  const last = ends.reduce<number>((found, end, i) => (end === undefined ? found : i), -1);
  if (last < 0) return undefined;
  const after = [clauses[last].slice(ends[last]), ...clauses.slice(last + 1)].join(' ');
  if (BUT_AFTER.test(after)) return undefined;
  const rest = clauses.filter((_, i) => ends[i] === undefined).join('');
  const other = rest === '' ? undefined : otherOrder(rest, undefined, statePath, referents);
  return other?.type === 'ORDER_RETURN_CHOSEN' && other.orderId !== referents.orderId ? other : { type: 'DENY' };
}

/** Wanting the return again in words CHANGE_OF_MIND does not take ("我又想退了", "I'll return it after all"). */
const RETURN_AGAIN =
  /^(?:我)?(?:又|还是)(?:想|要)(?:退|退货|退掉|退款)(?:了|吧|了吧)?$|^(?:actually,? )?(?:i'?ll|i will|i want to|let'?s) return it (?:after all|anyway)$/i;

/**
 * At the list right after "不退了" at a return's confirmation, plain words taking that return up again ("还是退吧", "算了还是
 * 退货吧", "actually I'll return it") bring back its confirmation with the reason given (they showed the list, the order
 * and the reason forgotten). An order named ("退电饭煲") or one in question is read as usual.
 */
export function returnTakenUp(plain: string, statePath: string, referents: Referents): DialogueEvent | undefined {
  const taken = referents.returnTakenBack;
  if (statePath !== ORDER_LIST || taken === undefined || referents.orderId !== undefined) return undefined;
  if (!isReturnable(referents.orders?.find((o) => o.orderId === taken.orderId))) return undefined;
  const rest = plain.replace(TAKEN_BACK, '').replace(/^直接/, '');
  const again = RETURN_AGAIN.test(rest) || (CHANGE_OF_MIND.test(rest) && plainAction(rest.split(/[，,]/)[0]) === 'return');
  return again ? { type: 'ORDER_RETURN_CHOSEN', orderId: taken.orderId, reason: taken.reason } : undefined;
}

/**
 * Neither action for the order named at the list ("不退了", "不付了", "算了", "都不用了" to "想怎么处理？": not understood): it
 * is left as it is. "不要了" is no such word: not wanting the goods is what a return is for.
 */
export const ORDER_LEFT_AS_IS =
  /^(?:(?:那|还是)?算了吧?[，,\s]*)?(?:我)?(?:还是|先|暂时|都)?(?:(?:不|不想|不要|不用)(?:退|退货|付|付款|付钱|处理|动)|不用)了?吧?$|^(?:(?:那|还是)?算了吧?|没事了?|never ?mind|leave it|keep it|no thanks?)$/i;

/**
 * While one order is paid for or returned, another listed order named with the same action ("不对，我要退的是电饭煲", "…是
 * 电饭煲不是耳机"), or
 * returned with its reason ("耳机退货，音质太差" at the rice cooker's return: the rice cooker's was filed with it). At a
 * payment, this order's return with its reason ("算了 不付了 我要退货 耳机音质太差了": it was not understood). At the
 * reason step, this order's return asked for again ("退耳机": it was the reason): the reason is asked for.
 */
export function otherOrder(words: string, orderId: string | undefined, statePath: string, referents: Referents): DialogueEvent | undefined {
  const step = RETURN_STEPS.has(statePath) ? 'return' : statePath === RECEIPT_STEP ? 'pay' : undefined;
  const { orders, orderId: current } = referents;
  if (step === undefined || current === undefined || !orders) return undefined;
  const mended = withoutThisOneDenied(words, orders, current);
  const chosen = otherOrderChosen(words, step, orderId, orders, current) ?? (mended && otherOrderChosen(mended, step, orderId, orders, current));
  if (chosen) return withReasonKept(chosen, words, statePath, referents);
  // At a payment, another order's return said with anything beside it ("return the rice cooker, my wife bought one") is
  // that order's: read as a plain return, it became the return of the order being paid for.
  if (step === 'pay') return returnAtPayment(words, orders, current) ?? otherReturnWithReason(words, step, orderId, orders, current);
  if (statePath === REASON_STEP && returnRestated(words, orders, orderId, current)) return { type: 'TOPIC_ASKED', topic: 'reasonNeeded' };
  // At its confirmation, this order's return asked for again ("不对，我要退的是电饭煲" at the rice cooker's): a yes to it.
  if (statePath === RETURN_CONFIRMATION && thisReturnNamedAgain(words, orderId, orders, current)) return { type: 'AFFIRM' };
  return otherReturnWithReason(words, step, orderId, orders, current);
}

/**
 * At a return's confirmation, the order corrected ("不对，我说的是第一个" after the reason was given for the second): the
 * reason was meant for the order the customer meant, so it goes with it (the correction was taken as "不退了").
 */
function withReasonKept(chosen: DialogueEvent, words: string, statePath: string, referents: Referents): DialogueEvent {
  const reason = referents.returnReason;
  if (statePath !== RETURN_CONFIRMATION || reason === undefined || chosen.type !== 'ORDER_RETURN_CHOSEN' || chosen.reason !== undefined) return chosen;
  return saysCorrection(words) ? { ...chosen, reason } : chosen;
}

/** The order in question said not to be the one, after the other is named ("…是电饭煲不是耳机", "…, not the earbuds"). */
const NOT_THIS_ONE = /(?:而)?(?:不是|\bnot\s+)(?:the\s+)?([^，,。.!！\s][^，,。.!！]{0,23}?)(?:的|啊|呀|哦|吧)?[。.!！]*$/i;

/**
 * The words without the order in question said not to be the one ("我要退的是电饭煲不是耳机" at the earbuds' return: both
 * named, it was the returns' FAQ, or the reason): what is left names the other. Undefined when no such part ends them.
 */
function withoutThisOneDenied(words: string, orders: readonly Order[], current: string): string | undefined {
  // Asked ("电饭煲不是耳机吗"), it corrects nothing.
  const denied = /[?？]|吗/.test(words) ? null : NOT_THIS_ONE.exec(words);
  if (denied === null || denied.index === 0) return undefined;
  const named = orderNamed(denied[1], orders);
  return named !== undefined && named !== 'several' && named.orderId === current ? words.slice(0, denied.index).replace(/[，,\s]+$/, '') : undefined;
}

/**
 * Another order's return named in one part of the words, its reason in the others (namedWithReason). At a payment the part
 * must name the return itself: another order named alone there is for paying.
 */
function otherReturnWithReason(
  words: string,
  step: 'pay' | 'return',
  orderId: string | undefined,
  orders: readonly Order[],
  current: string,
): DialogueEvent | undefined {
  const typedIn = (part: string) => (orderId !== undefined && part.toUpperCase().includes(orderId.toUpperCase()) ? orderId : undefined);
  const named = namedWithReason(words, (part) => {
    const event = otherOrderChosen(part, step, typedIn(part), orders, current);
    return event?.type === 'ORDER_RETURN_CHOSEN' ? event : undefined;
  });
  return named && (named.reason === undefined ? named.named : { ...named.named, reason: named.reason });
}

/** A return with its reason at a payment, paying taken back first or not: of the order it names, else this one. */
function returnAtPayment(words: string, orders: readonly Order[], current: string): DialogueEvent | undefined {
  const asked = returnWithReason(words.replace(TAKEN_BACK, ''));
  if (asked === undefined) return undefined;
  const named = orderNamed(asked.request, orders) ?? orderNamed(words, orders);
  if (named === 'several') return undefined;
  return { type: 'ORDER_RETURN_CHOSEN', orderId: named?.orderId ?? current, reason: asked.reason };
}

/**
 * What may open such words ("算了", "额", "其实", "我改主意了", "想了想"), one after another ("额 其实…"). Having thought it over
 * ("想了想 还是开吧") opens them as 算了 does: it got a clarifying question where "还是开吧" turned pay-later on. So does a sigh
 * ("哎还是开吧" after a decline was not understood).
 */
export const ENABLE_OPENERS = '算了|好吧|好的?|行|那|嗯|额|呃|哦|哎呀|哎|唉|诶|欸|其实|不好意思|我改主意了|(?:我)?(?:想了想|想了一下|考虑了一下)';
/** The no before called a slip ("刚才手滑", "点错了"), before or after the words: the customer meant yes all along. */
export const SLIPPED = '(?:我)?(?:刚才|刚刚|刚)?(?:是)?(?:手滑|点错|按错|选错|误点)了?';
/**
 * The words themselves: after all ("还是开吧", "我其实还是想开通的", "我又想开了"), or plainly ("开吧", "就是开通啊", "继续开通",
 * "我是说开通"), which the classifier is unsure of (one after a decline got a clarifying question, and the restated
 * "就是开通啊" under it handed the customer over). 开 alone takes a particle: "开" says little by itself.
 */
const ENABLE_CORE = [
  '(?:我)?想好了[，,\\s]*(?:开通|开|同意)吧?',
  // "我还是开吧" (not understood after a decline) as "还是开吧".
  '(?:那)?(?:我)?还是(?:开|开通)(?:先用后付)?(?:吧|了吧|啊|呀)?',
  '(?:我)?(?:其实)?(?:又|还是)想(?:要)?(?:开|开通)(?:先用后付)?(?:的)?(?:了|吧|了吧)?',
  '(?:就是|我是说|我说)?(?:那就?)?(?:我)?(?:要|想)?(?:开|开通)(?:先用后付)?(?:吧|啊|呀|呗|嘛)',
  '(?:就是|我是说|我说)(?:要)?开通(?:先用后付)?',
  '(?:我)?(?:要|想)?(?:继续|接着)(?:开通|开)(?:先用后付)?(?:吧|啊|呀)?',
].join('|');

/**
 * Turning it on after all or in a few plain words ("算了还是开吧", "其实我还是想开", "额 还是开吧 刚才手滑", "开吧", "继续开通",
 * "actually, turn it on"). Not a no ("先不开了", "还是算了吧"), nor a question ("开吧？" keeps its question mark).
 */
export const ENABLE_AFTER_ALL = new RegExp(
  `^(?:(?:${ENABLE_OPENERS}|${SLIPPED})[，,\\s]*)*(?:${ENABLE_CORE})(?:[，,\\s]*${SLIPPED})?$|^(?:actually|on second thought|i changed my mind)[,\\s]+(?:let'?s |please )?(?:turn it on|enable it)$`,
  'i',
);

/** What may open English words taking it up again ("ok", "actually", "on second thought", "I changed my mind"). */
const TAKEN_UP_OPENERS = "(?:ok(?:ay)?|alright|fine|well|hmm|so|actually|on second thought|i(?:'ve| have)? changed my mind)";
/** Wanting it, "it" unnamed ("actually I do want it"): said right after a decline or to the terms, it is pay-later. */
const WANTED = "i (?:do |really )?(?:want|need) it(?: after all)?";
const WANTED_AFTER_ALL = new RegExp(`^(?:${TAKEN_UP_OPENERS}[,\\s]+)*${WANTED}[.!]?$`, 'i');
/**
 * An everyday yes to go on ("go ahead then", "ok let's do it", "on second thought, yes"): a bare "yes" needs an opener
 * ("yes" alone to "what else can I help you with?" says little).
 */
const GO_AHEAD_AFTER_ALL = new RegExp(
  `^(?:${TAKEN_UP_OPENERS}[,\\s]+)*(?:${WANTED}|go ahead(?: then)?|let'?s do it(?: then)?)[.!]?$|^(?:${TAKEN_UP_OPENERS}[,\\s]+)+(?:yes|yeah)(?: please)?[.!]?$`,
  'i',
);

/**
 * Pay-later wanted again in English words that do not name it ("actually I do want it", "go ahead then"): the Chinese
 * ones name it (还是开吧) and ENABLE_AFTER_ALL reads them anywhere, but these answer any question. So they are read only
 * at the menu right after a decline (the short "what else can I help you with?" to a logged-in customer without
 * pay-later: it was "I'm not sure what you mean" or that menu again), and the wanting ones at the terms (a yes to them).
 */
export function enableTakenUp(plain: string, statePath: string, referents: Referents): DialogueEvent | undefined {
  if (statePath === TERMS_STEP) return WANTED_AFTER_ALL.test(plain) ? { type: 'AFFIRM' } : undefined;
  const declined = statePath === WELCOME_STEP && referents.welcomeAsked === false && referents.account?.payLater.enabled === false;
  return declined && GO_AHEAD_AFTER_ALL.test(plain) ? { type: 'ENABLE' } : undefined;
}

/** PLUS or real-name verification said done, as a clause ("我刚买了plus", "PLUS开好了", "我实名认证好了", "I just bought PLUS"). */
const SHOP_STEP_DONE = [
  '(?:我)?(?:刚|刚刚|刚才|已经|都|也)?(?:买|开|开通|办)(?:好|完)?了(?:plus|会员)(?:会员)?',
  '(?:plus|会员)(?:会员)?(?:我)?(?:已经|刚|刚刚|刚才|也)?(?:(?:买|开|开通|办)(?:好|完)?|搞定)了',
  '(?:我)?(?:现在|已经)?(?:是|成了)plus(?:会员)?了',
  '(?:我)?(?:刚|刚刚|刚才|已经|也)?(?:实名|认证)(?:认证)?(?:好|完|过)?了',
  "i(?:'ve| have)? (?:just )?(?:bought|got|joined|purchased) (?:the )?plus(?: membership)?(?: now)?",
  "i(?:'ve| have)? (?:just )?(?:verified|done the (?:real[- ]?name )?verification)",
  // "ok I'm verified now" after "not now" got the real-name explanation.
  "i(?:'m| am)(?: now| already)? (?:verified|a plus member)(?: now)?",
  "i(?:'ve| have)? (?:just |now )?(?:got(?:ten)?|been) verified(?: now)?",
  "i(?:'ve| have)? (?:just |now )?(?:finished|completed|done) (?:the |my )?(?:real[- ]?name )?verification(?: now)?",
  "(?:the |my )?(?:real[- ]?name )?verification(?: is)? (?:done|complete|finished)(?: now)?",
  "i (?:have|'ve got) plus(?: now)?",
].join('|');
/** Going on after it ("接着弄吧", "继续", "下一步吧", "let's continue"). */
const GO_ON_AFTER = `(?:那|那就|then )?(?:${GO_ON_WORDS}|接着|继续)(?:弄|办|开通|开|走)?(?:下一步)?(?:吧|啊|呀)?|下一步(?:吧)?`;
const STEP_DONE_GOING_ON = new RegExp(
  `^(?:(?:好了|好的|嗯|ok|okay|so|alright|那个)[，,\\s]*)?(?:${SHOP_STEP_DONE})(?:[，,\\s]*(?:${SHOP_STEP_DONE}))?(?:[，,\\s]*(${GO_ON_AFTER}))?$`,
  'i',
);

/**
 * Away from the onboarding (it was left with "暂不开通"), PLUS or real-name verification said done: the onboarding goes on
 * from a fresh look at the account, as "继续" does ("我刚买了plus 接着弄吧" got the PLUS explainer and the menu). Asked to go
 * on ("接着弄吧"), always; said alone, when the account as last seen still lacks a step and pay-later is off.
 */
export function onboardingTakenUp(plain: string, statePath: string, referents: Referents): DialogueEvent | undefined {
  if (statePath.startsWith('flow.onboarding.') || FREE_TEXT_STATES.has(statePath) || PURCHASE_STEPS.has(statePath)) return undefined;
  const said = STEP_DONE_GOING_ON.exec(plain);
  if (said === null) return undefined;
  const account = referents.account;
  const stepLeft = account !== undefined && !account.payLater.enabled && (!account.plus.active || !account.realName.verified);
  if (said[1] === undefined && !stepLeft) return undefined;
  // The step said done goes with it: the recheck says so when it is not (as the step's own "done" does), PLUS first.
  return { type: 'ENABLE', claimed: PLUS_NAMED.test(plain) ? 'plus' : 'realName' };
}
const PLUS_NAMED = /plus|会员/i;

/**
 * Going back ("返回上一步", "go back"): from a payment or a return (PURCHASE_STEPS) to the order list, the order left as it
 * is; elsewhere the step stays. It restarted the conversation, logging the customer out, or was filed as a return's reason.
 */
export const BACK_WORDS = /^(?:返回|回到|退回)?(?:上一步|上一页|前一步)$|^(?:返回|回去)(?:吧|一下)?$|^(?:go )?back(?: please)?$/i;
