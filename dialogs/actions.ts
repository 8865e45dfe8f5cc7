// Builds the buttons: messageBack actions whose value carries the dialogue event, and openUrl links.
import { ActionTypes, type Activity, type CardAction } from 'botbuilder';
import type { Intent } from '../machines/domain';
import { intentEventType } from '../machines/events';
import type { Translate } from './messages';
import { STEP_BOUND_EVENTS, type ButtonEvent, type ButtonValue } from './buttonValue';

/** The turn loop sends `value.event` straight to the machine; `text` keeps the tap readable in transcripts. */
export function eventAction(title: string, event: ButtonEvent): CardAction {
  const value: ButtonValue = { event };
  return { type: ActionTypes.MessageBack, title, displayText: title, text: title, value };
}

export function linkAction(title: string, url: string): CardAction {
  return { type: ActionTypes.OpenUrl, title, value: url };
}

/** "不用人工了": takes a request for a person back, on the hand-over message and every "one is coming" after it. */
export const withdrawHandoffAction = (t: Translate): CardAction => eventAction(t('button.withdrawHandoff'), { type: 'HANDOFF_WITHDRAWN' });

/** A button that sends an intent, labelled with the intent's catalog name. */
export const intentAction = (t: Translate, intent: Intent): CardAction =>
  eventAction(t(`intent.${intent}`), { type: intentEventType(intent) });

const isStepBound = (action: CardAction): boolean =>
  STEP_BOUND_EVENTS.has((action.value as Partial<ButtonValue> | undefined)?.event?.type ?? '');

/** Stamps `at` (buttonStep) on the buttons that send a bare yes or no: tapped at another step, they answer nothing. */
export function stampStep(activities: Partial<Activity>[], at: string): Partial<Activity>[] {
  return activities.map((activity) => {
    const suggested = activity.suggestedActions;
    if (!suggested?.actions.some(isStepBound)) return activity;
    const actions = suggested.actions.map((action) => (isStepBound(action) ? { ...action, value: { ...action.value, at } } : action));
    return { ...activity, suggestedActions: { ...suggested, actions } };
  });
}
