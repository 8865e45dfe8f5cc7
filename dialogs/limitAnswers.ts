// The answers about the credit limit: what it is, raising it, and whether a purchase fits in it — by what the account shows.
import type { Activity } from 'botbuilder';
import { ask, tell } from './activity';
import { eventAction } from './actions';
import type { MessageId } from './messages';
import { formatAmount } from './orders';
import { offersLoginToCheck } from './prompts';
import type { Scene } from './scene';

/** The customer's limit, once pay-later is on and the backend gave one. */
const knownLimit = (scene: Scene): number | undefined => {
  const payLater = scene.context.account?.payLater;
  return payLater?.enabled ? payLater.limit : undefined;
};

/**
 * Not logged in: the limit cannot be seen yet. At the welcome the answer offers the login with its own button (the menu
 * stands aside: offersLoginToCheck), which shows the status card and the limit on it; while logging in, it comes after.
 */
const beforeLogin = (scene: Scene, id: MessageId): Partial<Activity> => {
  if (scene.path.startsWith('flow.onboarding.login')) return tell(scene, scene.t(id === 'topic.creditLimit.logIn' ? 'topic.creditLimit.afterLogin' : id));
  const text = scene.t(id);
  return offersLoginToCheck(scene) ? ask(scene, text, [eventAction(scene.t('button.logInToSeeLimit'), { type: 'STATUS' })]) : tell(scene, text);
};

/**
 * "额度是多少", "额度够用吗": the limit when known; before the login, a login to see it; before pay-later is on, that there
 * is none yet (and no fixed figure).
 */
export const creditLimit = (scene: Scene): Partial<Activity> => {
  const limit = knownLimit(scene);
  if (limit !== undefined) return tell(scene, scene.t('topic.creditLimit.known', { limit: formatAmount(limit) }));
  if (scene.context.session === undefined) return beforeLogin(scene, 'topic.creditLimit.logIn');
  return tell(scene, scene.t('topic.creditLimit'));
};

/**
 * "能提额吗", "额度怎么这么低": the article says nothing of raising it, so the chat does not; the shop sets it, a person can be
 * asked. With the limit known, it is said first.
 */
export const limitRaise = (scene: Scene): Partial<Activity> => {
  const limit = knownLimit(scene);
  if (limit !== undefined) return tell(scene, scene.t('topic.limitRaise', { limit: formatAmount(limit) }));
  if (scene.context.session === undefined) return beforeLogin(scene, 'topic.limitRaise.logIn');
  return tell(scene, scene.t('topic.limitRaise.notEnabled'));
};

/**
 * A purchase's amount over the limit or within it ("8000块的手机额度够吗": the understanding compared them). Over: pay-later
 * may not be offered for it at checkout, and raising the limit is not the chat's. Within: the checkout page still decides.
 * Read without a known limit (the account changed since), the limit's own answer.
 */
export const limitAgainst =
  (id: 'topic.limitOver' | 'topic.limitWithin') =>
  (scene: Scene): Partial<Activity> => {
    const limit = knownLimit(scene);
    return limit === undefined ? creditLimit(scene) : tell(scene, scene.t(id, { limit: formatAmount(limit) }));
  };
