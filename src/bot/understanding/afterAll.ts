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

/** A no taken back as a yes ("不是不要 是要", "我不是不要，我是要的"): to a yes/no question, a yes. */
export const NOT_A_NO = /^(?:我)?不是(?:说)?不(?:想)?要(?:了)?[，,\s]*(?:我)?(?:是|是说)?(?:想)?要(?:的|啊|呀|呢|嘛)?$/;
