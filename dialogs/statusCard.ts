// The status checklist as an Adaptive Card, its one-line summary the card's fallback for channels that cannot show cards;
// the activity's own text is a short lead-in (with the summary as text too, Web Chat and the Emulator showed it twice).
import { CardFactory, InputHints, MessageFactory, type Activity } from 'botbuilder';
import { isPayable } from '../machines/domain';
import { checklistOf, type Checklist } from '../machines/view';
import type { MessageId } from './messages';
import { formatAmount } from './orders';
import type { Scene } from './scene';

type Item = keyof Checklist;
/** The onboarding order: the first item not done is the next step. */
const ITEMS: readonly Item[] = ['login', 'plus', 'realName', 'credit', 'payLater'];

type Mark = 'yes' | 'no' | 'unknown';
const markOf = (done: boolean | undefined): Mark => (done === true ? 'yes' : done === false ? 'no' : 'unknown');
const ICON: Record<Mark, string> = { yes: '✅', no: '❌', unknown: '❔' };

/** The next step is only named when it is known to be missing; an unknown item says nothing about what comes next. */
function nextStepId(checklist: Checklist): MessageId | undefined {
  const pending = ITEMS.find((item) => checklist[item] !== true);
  if (pending === undefined) return 'status.next.allDone';
  return checklist[pending] === false ? `status.next.${pending}` : undefined;
}

/**
 * What is owed on the orders the dialogue knows: "all set 🎉" alone, to a customer with an overdue order, read as all
 * being well, and "额度还剩多少" saw the limit alone. What is left of the limit is the shop's to say (at checkout). Owed
 * is what can be paid now, as the amount-due answer counts it: orders on their way were counted too ("2 笔待付款" where
 * that answer said 1), so they have a line of their own, paid once they arrive.
 */
function ordersOwed(scene: Scene): string[] {
  const orders = scene.context.orders ?? [];
  const due = orders.filter(isPayable);
  const coming = orders.filter((o) => o.status === 'in_transit');
  const total = formatAmount(due.reduce((sum, o) => sum + o.amount, 0));
  // A debt disputed is told as it stands, not pushed ("请尽快付款"): a person checks it first (prompts.ts enabled).
  const owedId = due.some((o) => o.status === 'overdue') && !scene.context.debtDisputed ? 'status.owed.overdue' : 'status.owed';
  return [
    ...(due.length > 0 ? [scene.t(owedId, { total, count: due.length })] : []),
    ...(coming.length > 0 ? [scene.t('status.owed.coming', { count: coming.length })] : []),
  ];
}

export function statusCardActivity(scene: Scene): Partial<Activity> {
  const { t } = scene;
  const checklist = checklistOf(scene.context);
  const rows = ITEMS.map((item) => ({ item, label: t(`status.item.${item}`), mark: markOf(checklist[item]) }));
  const nextId = nextStepId(checklist);
  const next = nextId ? t(nextId) : undefined;
  // "额度是多少" is a status question: once enabled, the card says the limit.
  const payLater = scene.context.account?.payLater;
  const limit =
    payLater?.enabled && payLater.limit !== undefined
      ? t('prompt.enabled.limit', { limit: formatAmount(payLater.limit) })
      : undefined;
  const owed = payLater?.enabled ? ordersOwed(scene) : [];

  // A step not done reads as not done in the text ("❌ 先用后付已开通" said the opposite of its mark).
  const items = rows.map((r) => `${ICON[r.mark]} ${r.mark === 'no' ? t(`status.item.${r.item}.no`) : r.label}`).join(' · ');
  const summary = [t('status.summary', { title: t('status.title'), items }), next, limit, ...owed]
    .filter(Boolean)
    .join('\n\n');
  const card = CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    fallbackText: summary,
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    lang: scene.locale,
    body: [
      { type: 'TextBlock', text: t('status.title'), weight: 'Bolder', size: 'Medium', wrap: true },
      {
        type: 'FactSet',
        facts: rows.map((r) => ({ title: r.label, value: `${ICON[r.mark]} ${t(`status.value.${r.mark}`)}` })),
      },
      ...(next ? [{ type: 'TextBlock', text: next, wrap: true, spacing: 'Medium' }] : []),
      ...(limit ? [{ type: 'TextBlock', text: limit, wrap: true }] : []),
      ...owed.map((text) => ({ type: 'TextBlock', text, wrap: true })),
    ],
  });
  return { ...MessageFactory.attachment(card, t('status.lead'), undefined, InputHints.AcceptingInput), locale: scene.locale };
}
