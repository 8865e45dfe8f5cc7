// Where pay-later is, asked ("先用后付在哪里", "where can I find pay later?"): where it shows, not the login to turn it on.
import type { DialogueEvent } from '../../../machines/events';

const NAME = String.raw`(?:先用后付|pay ?later)(?:的)?(?:功能|选项|入口|按钮|服务|option|button|feature)?`;
const WHERE_ZH = '(?:哪里|哪儿|哪|什么地方|哪个地方|哪块)';
/**
 * Where it is, asked of the name ("先用后付在哪里", "先用后付入口在哪", "先用后付在哪儿找", "哪里能看到先用后付", "where is pay
 * later", "where can I find pay later?"). Not where to turn it on or use it ("在哪里开通先用后付", "先用后付在哪里用"): the
 * onboarding and the checkout guide answer those.
 */
const WHERE_ASKED = new RegExp(
  [
    String.raw`^(?:请问|那|那个|我的)*${NAME}(?:在|到)?${WHERE_ZH}(?:呢|啊|呀|哇)?(?:能|可以)?(?:找|看|看到|找到|查|显示)?(?:到)?(?:呢|啊|呀)?[?？]*$`,
    String.raw`^(?:请问|那)?(?:在)?${WHERE_ZH}(?:能|可以|才能)?(?:找到|看到|找|看|查到|查看)${NAME}(?:呢|啊|呀)?[?？]*$`,
    String.raw`^(?:so |and )?where(?:'s| is| do i (?:find|see|get to)| can i (?:find|see)| would i (?:find|see))(?: the)? ${NAME}(?: option)?(?: then)?[?]*$`,
  ].join('|'),
  'i',
);

const WHERE: DialogueEvent = { type: 'TOPIC_ASKED', topic: 'wherePayLater' };

/**
 * "先用后付在哪里" (it started the login to turn it on, or at the PLUS step said the step again): where it shows (the
 * checkout's payment options, once on) and where to check it; the answer offers to check or turn it on.
 */
export const payLaterWhereAsked = (plain: string): DialogueEvent | undefined => (WHERE_ASKED.test(plain) ? WHERE : undefined);
