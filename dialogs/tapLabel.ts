// What an agent reads for a button the customer tapped while handed over: "（点了「不用人工了」）", in the customer's language.
import type { DialogueContext } from '../machines/context';
import { buttonValueSchema, type ButtonEvent } from './buttonValue';
import { translator, type Locale, type MessageId, type Translate } from './messages';
import { orderTitle } from './orders';
import { PROMPTS } from './prompts';
import { sceneOf } from './scene';

/**
 * A yes or no button says what it says at its own step ("我已开通好了", "提交退货申请"): read from that step's prompt, with
 * the order it was about.
 */
function stepButtonLabel(event: ButtonEvent, at: string, context: DialogueContext, locale: Locale): string | undefined {
  const [path, orderId] = at.split('#');
  const prompt = (PROMPTS as Record<string, (typeof PROMPTS)[keyof typeof PROMPTS] | undefined>)[path];
  if (!prompt) return undefined;
  const scene = sceneOf({ path, context: { ...context, orderId: orderId || context.orderId }, notices: [], locale, links: { shopUrl: '' } });
  const actions = prompt(scene).flatMap((activity) => activity.suggestedActions?.actions ?? []);
  return actions.find((action) => buttonValueSchema.safeParse(action.value).data?.event.type === event.type)?.title;
}

/** The label the button of an event has (the catalog's), where one event has one label. */
function labelOf(t: Translate, event: ButtonEvent, context: DialogueContext, locale: Locale): string | undefined {
  const scene = sceneOf({ path: '', context, notices: [], locale, links: { shopUrl: '' } });
  switch (event.type) {
    case 'HANDOFF_WITHDRAWN':
      return t('button.withdrawHandoff');
    case 'OTP_RESEND_REQUESTED':
      return t('button.resendOtp');
    case 'RETRY':
      return t('button.retry');
    case 'ORDER_PAY_CHOSEN':
      return t('button.payOrder', { title: orderTitle(scene, event.orderId) });
    case 'ORDER_RETURN_CHOSEN':
      return t('button.returnOrder', { title: orderTitle(scene, event.orderId) });
    case 'RETURN_REASON_GIVEN':
      return t(`returnReason.${event.reason}`);
    default:
      // A bare yes or no is worded by its step; the intents' buttons by their names.
      return event.type === 'AFFIRM' || event.type === 'DENY' ? undefined : t(`intent.${event.type.toLowerCase()}` as MessageId);
  }
}

/**
 * What the agent reads for a message that is a tap of one of the bot's buttons; undefined for words. The label the
 * channel sent along (messageBack's text) when there is one, else the button's own; an agent reading nothing would not
 * know the customer tapped "不用人工了" (channels that send only a button's value left no text at all).
 */
export function tappedButtonText(value: unknown, text: string | undefined, locale: Locale, context: DialogueContext): string | undefined {
  const button = buttonValueSchema.safeParse(value);
  if (!button.success) return undefined;
  const t = translator(locale);
  const { event, at } = button.data;
  const label = text?.trim() || (at ? stepButtonLabel(event, at, context, locale) : undefined) || labelOf(t, event, context, locale);
  return label ? t('handoff.tapped', { label }) : t('handoff.tapped.unknown');
}
