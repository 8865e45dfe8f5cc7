// Renders one turn: an activity per notice, then the prompt of the state the dialogue rests in, at most three messages.
import { InputHints, type Activity } from 'botbuilder';
import type { Notice } from '../machines/context';
import { LOGIN_PAUSED_STEP } from '../machines/steps';
import { intentAction } from './actions';
import { tell } from './activity';
import { offersPerson, renderNotice } from './notices';
import { greetsFirst, releasedByAgent, renderPrompt, saidByTheTerms } from './prompts';
import { sceneOf, type RenderInput, type Scene } from './scene';

export type { RenderInput };

/** Enough to answer and ask; more bubbles in one turn read as noise. */
const MAX_ACTIVITIES = 3;

/**
 * The welcome prompt is itself the greeting, so a separate "hello" there would say it twice; so does the terms' line a
 * hesitant yes or a wait there (saidByTheTerms), the paused login's prompt its notice, and a release with a request the
 * why of the login for it ("客服让我接着帮你开通…，我们先登录一下"), which the release line says in its place.
 */
const isRedundant = (scene: Scene, notice: Notice): boolean =>
  (notice.id === 'greeting' && scene.path === 'flow.welcome' && !scene.returning) ||
  // Where the login is paused its prompt says so, with the minutes and a person: the notice said it again, each turn.
  (notice.id === 'loginBlocked' && scene.path === LOGIN_PAUSED_STEP) ||
  saidByTheTerms(scene, notice) ||
  // The release line says the request handed on itself, this login's why included (dialogs/notices.ts releaseLine).
  (notice.id === 'agentAskedToEnable' && scene.notices.some((n) => n.id === 'agentReleased' && n.intent !== undefined)) ||
  // "None can be returned (paid) here" before the order named refused for the same reason ("跑步鞋尺码小了 我要退" away from
  // the list): the order's own answer says it, and a person was offered twice.
  (notice.id === 'topic' &&
    (notice.topic === 'nothingToReturn' || notice.topic === 'nothingToPay') &&
    scene.notices.some((n) => n.id === 'orderActionInvalid' && n.action === (notice.topic === 'nothingToReturn' ? 'return' : 'pay')));

/** After a goodbye the bot does not ask again; the next message resumes where the customer left. */
const endsTurn = (notices: Notice[]): boolean => notices.some((n) => n.id === 'goodbye');

const hasCard = (a: Partial<Activity>): boolean => (a.attachments?.length ?? 0) > 0;
const isPlainText = (a: Partial<Activity>): boolean => !hasCard(a) && !a.suggestedActions;

/** Folds a plain-text message into the next one (which keeps its buttons), earliest first, until the turn fits. */
function fitTurn(activities: Partial<Activity>[]): Partial<Activity>[] {
  const out = [...activities];
  for (let i = 0; out.length > MAX_ACTIVITIES && i < out.length - 1; ) {
    if (isPlainText(out[i]) && !hasCard(out[i + 1])) {
      out.splice(i, 2, { ...out[i + 1], text: `${out[i].text}\n\n${out[i + 1].text}` });
    } else {
      i += 1;
    }
  }
  return out;
}

/** Only the last message leaves the floor to the customer; those before it tell channels more is coming. */
const withInputHints = (activities: Partial<Activity>[]): Partial<Activity>[] =>
  activities.map((a, i) => (i < activities.length - 1 ? { ...a, inputHint: InputHints.IgnoringInput } : a));

/** The notices alone, without the state's prompt: what words written while waiting for an agent are answered with. */
export function renderNotices(input: RenderInput): Partial<Activity>[] {
  const scene = sceneOf(input);
  return withInputHints(input.notices.map((n) => renderNotice(scene, n)));
}

/**
 * An answer that says a colleague can help, and its button: only the last message's buttons show, so it goes there
 * (unless that message offers a person already, or is a card).
 */
function withPersonButton(scene: Scene, activities: Partial<Activity>[]): Partial<Activity>[] {
  const last = activities.at(-1);
  if (last === undefined || hasCard(last)) return activities;
  const actions = last.suggestedActions?.actions ?? [];
  const person = intentAction(scene.t, 'human');
  if (actions.some((a) => a.title === person.title || a.title === scene.t('button.toAgent'))) return activities;
  const offered = { ...last, suggestedActions: { to: last.suggestedActions?.to ?? [], actions: [...actions, person] } };
  return [...activities.slice(0, -1), offered];
}

/** Right after an agent gave the conversation back, no button offers a person again (a retry's, say). */
function withoutPersonButtons(scene: Scene, activities: Partial<Activity>[]): Partial<Activity>[] {
  const titles = new Set([intentAction(scene.t, 'human').title, scene.t('button.toAgent')]);
  return activities.map((a) => {
    if (!a.suggestedActions) return a;
    return { ...a, suggestedActions: { ...a.suggestedActions, actions: a.suggestedActions.actions.filter((b) => !titles.has(b.title)) } };
  });
}

export function renderTurn(input: RenderInput): Partial<Activity>[] {
  const scene = sceneOf(input);
  const notices = input.notices.filter((n) => !isRedundant(scene, n)).map((n) => renderNotice(scene, n));
  const prompt = endsTurn(input.notices) ? [] : renderPrompt(scene);
  // A first turn not greeted by the welcome itself opens with the greeting line (folded into the next if it is long).
  const opener = greetsFirst(scene) ? [tell(scene, scene.t('welcome.hello'))] : [];
  const turn = fitTurn([...opener, ...notices, ...prompt]);
  if (releasedByAgent(scene)) return withInputHints(withoutPersonButtons(scene, turn));
  // Handed over this turn ("帮我删除聊天记录": a colleague does that, and one is coming): no button for one more.
  const personComing = scene.path === 'handoff';
  return withInputHints(!personComing && input.notices.some((n) => offersPerson(scene, n)) ? withPersonButton(scene, turn) : turn);
}
