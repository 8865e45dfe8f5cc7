// A button's label typed into the chat means what tapping the button means, at the step whose prompt shows it.
import type { CardAction } from 'botbuilder';
import { initialContext, type DialogueContext } from '../machines/context';
import { buttonValueSchema, type ButtonEvent } from './buttonValue';
import { LOCALES } from './locale';
import { PROMPTS, RESTING_PATHS } from './prompts';
import { sceneOf } from './scene';

/**
 * Labels compare without case, spaces or punctuation people add or drop ("同意并开通！", "got it."). A question mark
 * stays: "确认收货并付款？" asks, it does not tap.
 */
const labelKey = (text: string): string => text.toLowerCase().replace(/[\s!！。.~～,，]+/g, '');

/** A customer with pay-later on: some prompts offer other buttons then (the checkout guide's "明白了"). */
const PAY_LATER_ON: DialogueContext = {
  ...initialContext(),
  account: {
    accountId: 'labels',
    phoneMasked: '-',
    plus: { active: true },
    realName: { verified: true },
    credit: { level: 'good', eligible: true },
    payLater: { enabled: true },
  },
};

/**
 * Each resting state's buttons by label, in every language, from its prompt rendered once at start-up with an empty
 * context and with pay-later on, and after an agent's release: the labels that do not depend on the customer's orders or
 * details. Order buttons carry an order's title (read as an order named in words instead) and links send nothing, so
 * neither is here.
 */
const BUTTONS_BY_STATE: ReadonlyMap<string, ReadonlyMap<string, ButtonEvent>> = new Map(
  RESTING_PATHS.map((path) => {
    const byLabel = new Map<string, ButtonEvent>();
    for (const locale of LOCALES) {
      for (const context of [initialContext(), PAY_LATER_ON]) {
        // Right after an agent's release too: some prompts offer other buttons then (credit refused: "明白了").
        for (const notices of [[], [{ id: 'agentReleased' } as const]]) {
          const scene = sceneOf({ path, context, notices, locale, links: { shopUrl: 'http://shop' } });
          const actions: CardAction[] = PROMPTS[path](scene).flatMap((a) => a.suggestedActions?.actions ?? []);
          for (const action of actions) {
            const value = buttonValueSchema.safeParse(action.value);
            const key = action.title ? labelKey(action.title) : undefined;
            // A label the usual prompt shows keeps what it does there.
            if (value.success && key && (notices.length === 0 || !byLabel.has(key))) byLabel.set(key, value.data.event);
          }
        }
      }
    }
    return [path, byLabel] as const;
  }),
);

/** Longer than any label: such words are not looked up. */
const MAX_LABEL_LENGTH = 40;

/**
 * A "then" before a label and a particle after it, as people type a button's words ("看看怎么用吧", "那看看怎么用吧": not
 * understood), in the key's own form (labelKey). A question particle (吗) is no tap.
 */
const AROUND_A_LABEL = /^那就?|(?:吧|呗|啊|呀|哈|啦|please)+$/g;

/** The event of the button at `statePath` whose label the words are, with a "then" or a particle around it or not. */
export function typedButton(statePath: string, words: string): ButtonEvent | undefined {
  if (words.length > MAX_LABEL_LENGTH) return undefined;
  const buttons = BUTTONS_BY_STATE.get(statePath);
  const key = labelKey(words);
  return buttons?.get(key) ?? buttons?.get(key.replace(AROUND_A_LABEL, ''));
}
