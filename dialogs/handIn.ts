// The line a hand-in opens with (POST /api/agent/handoffs): why the bot writes to a customer who has said nothing to it.
import { InputHints, type Activity } from 'botbuilder';
import { initialContext } from '../machines/context';
import type { Intent } from '../machines/domain';
import { tell } from './activity';
import type { Locale, MessageId } from './messages';
import { sceneOf } from './scene';

/**
 * Each intent an agent may hand on, with what the bot was asked to do. The agent API refuses the others (the customer's
 * own words: src/agent/schemas.ts), and a test checks that every one it accepts is here.
 */
const HANDED_IN: Partial<Record<Intent, MessageId>> = {
  what_is: 'notice.handedIn.what_is',
  requirements: 'notice.handedIn.requirements',
  enable: 'notice.handedIn.enable',
  status: 'notice.handedIn.status',
  plus: 'notice.handedIn.plus',
  real_name: 'notice.handedIn.real_name',
  credit: 'notice.handedIn.credit',
  checkout: 'notice.handedIn.checkout',
  pay: 'notice.handedIn.pay',
  return: 'notice.handedIn.return',
  orders: 'notice.handedIn.orders',
  help: 'notice.handedIn.help',
};

/** Why the bot writes when an agent handed `intent` on to it ("客服让我接着帮你处理订单。"). */
export const handedInId = (intent: Intent): MessageId | undefined => HANDED_IN[intent];

/**
 * "客服让我接着帮你处理订单。": sent before the intent's own answer, which alone (an order list, an answer) came unexplained
 * to a customer who never wrote to the bot. More follows it, so it does not leave the floor to the customer. Handed in with
 * an account, it also says which one (`loggedInAs`, masked): the customer did not log in themselves.
 */
export function handInIntro(locale: Locale, intent: Intent, loggedInAs?: string): Partial<Activity> | undefined {
  const id = HANDED_IN[intent];
  if (id === undefined) return undefined;
  const scene = sceneOf({ path: 'flow.welcome', context: initialContext(), notices: [], locale, links: { shopUrl: '' } });
  const text = loggedInAs ? scene.t('notice.handedIn.loggedIn', { why: scene.t(id), phone: loggedInAs }) : scene.t(id);
  return tell(scene, text, [], InputHints.IgnoringInput);
}
