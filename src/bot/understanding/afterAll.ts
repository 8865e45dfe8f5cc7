// A yes said again after a change of mind ("还是付了吧", "算了 还是退吧", "还是弄吧", "不是不要 是要"), which the classifier
// reads as a no (it hears the 算了 or the 不).
import { ENABLE_OPENERS, SLIPPED } from './changeOfMind';

const OPENED = `^(?:(?:${ENABLE_OPENERS}|${SLIPPED})[，,\\s]*)*`;
const PARTICLE = '(?:了吧|吧|啊|呀|呗)';

/**
 * The step's own verb after all, or plainly with a particle ("还是付了吧", "那还是付吧", "算了 还是退吧", "那就付了吧"): where
 * that verb is what the yes does, it is as plain as a yes. Only that verb: the other action is a change of mind
 * (changeOfMind.ts), and one naming no action ("还是弄吧") is DO_IT_AFTER_ALL's. A bare "还是付了" (paid anyway?) says too little.
 */
export const verbAfterAll = (verbs: string): RegExp =>
  new RegExp(`${OPENED}(?:那就?|就)?(?:我)?(?:还是(?:要)?(?:${verbs})${PARTICLE}?|(?:${verbs})${PARTICLE})(?:[，,\\s]*${SLIPPED})?$`);

/**
 * Doing "it" after all, no action named ("还是弄吧", "那还是办了吧", "我又想弄了"). Away from the orders and the onboarding
 * (the welcome, after "算了 不弄了") "it" is pay-later, as "还是开吧" is (ENABLE_AFTER_ALL).
 */
export const DO_IT_AFTER_ALL = new RegExp(
  `${OPENED}(?:那就?)?(?:我)?(?:还是(?:要|想)?(?:弄|办|搞)(?:一下)?${PARTICLE}?|(?:其实)?(?:又|还是)想(?:要)?(?:弄|办|搞)(?:了|吧|了吧)?)(?:[，,\\s]*${SLIPPED})?$`,
);

/** A shop-page step's own verbs (buying PLUS, verifying) or doing "it" (弄, 办, 搞), what is bought or verified named or not. */
const SHOP_VERBS =
  '(?:买|购买|开通|开|办|弄|搞|做|实名认证|实名|认证)(?:一下|下)?(?:个|一个)?(?:plus会员|plus|会员|实名认证|实名|认证)?(?:一下|下)?';

/**
 * At a shop-page step, doing it after all or plainly ("还是弄吧", "那还是办了吧", "嗯 还是搞一下吧", "弄吧", "还是买plus吧",
 * "想了想 还是开吧"): the customer is going to do it, not declining (the classifier's no left the onboarding for the menu) nor
 * saying it is done ("那还是办了吧" was checked, "I can't see your PLUS yet"). Plainly, only with 吧 or 呗: "买了吧" may guess it
 * was bought, and a bare "还是买了" says it was.
 */
export const SHOP_STEP_AFTER_ALL = new RegExp(
  `${OPENED}(?:那就?|就)?(?:我)?(?:还是(?:要|去)?${SHOP_VERBS}${PARTICLE}?|${SHOP_VERBS}(?:吧|呗))(?:[，,\\s]*${SLIPPED})?$|${DO_IT_AFTER_ALL.source}`,
);

/** A no taken back as a yes ("不是不要 是要", "我不是不要，我是要的"): to a yes/no question, a yes. */
export const NOT_A_NO = /^(?:我)?不是(?:说)?不(?:想)?要(?:了)?[，,\s]*(?:我)?(?:是|是说)?(?:想)?要(?:的|啊|呀|呢|嘛)?$/;
