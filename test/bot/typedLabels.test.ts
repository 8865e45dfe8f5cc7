// Typing what a button says does what tapping it does, at every step and in both languages: people copy labels by hand.
import type { CardAction } from 'botbuilder';
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';
import { PROMPTS, RESTING_PATHS } from '../../dialogs/prompts';
import { LOCALES } from '../../dialogs/locale';
import { sceneOf } from '../../dialogs/scene';
import { buttonValueSchema } from '../../dialogs/buttonValue';
import { richContext, SHOP_URL } from '../dialogs/fixtures';

const nlu = createNlu();

/**
 * Every button that sends an event, except an order's own (its label names the order, read as words naming it). Words
 * written while handed over are not read here but by src/bot/understanding/handoffWithdrawal.ts (the agent's otherwise);
 * test/handoff covers them.
 */
const buttons = RESTING_PATHS.filter((path) => path !== 'handoff').flatMap((path) =>
  LOCALES.flatMap((locale) => {
    const scene = sceneOf({ path, context: richContext(), notices: [], locale, links: { shopUrl: SHOP_URL } });
    const actions: CardAction[] = PROMPTS[path](scene).flatMap((a) => a.suggestedActions?.actions ?? []);
    return actions.flatMap((action) => {
      const value = buttonValueSchema.safeParse(action.value);
      if (!value.success || 'orderId' in value.data.event) return [];
      return [[path, action.title ?? '', value.data.event] as const];
    });
  }),
);

it('there are buttons to check', () => {
  expect(buttons.length).toBeGreaterThan(40);
});

it.each(buttons)('at %s, %j typed sends %j', (path, label, event) => {
  expect(understandActivity(nlu, label, undefined, path).event).toEqual(event);
  // As people type it: with a full stop, in lower case.
  expect(understandActivity(nlu, `${label.toLowerCase()}。`, undefined, path).event).toEqual(event);
});

// "看看怎么用吧", "那看看怎么用吧" (the enabled step's 「看看怎么用」) were not understood: a "then" before a label and a particle
// after it are how people type a button's words in Chinese; "please" after it in English.
const chineseLabels = buttons.filter(([, label]) => /\p{Script=Han}/u.test(label));
it.each(chineseLabels)('at %s, %j typed with 那 before it and 吧 after it sends %j', (path, label, event) => {
  expect(understandActivity(nlu, `${label}吧`, undefined, path).event).toEqual(event);
  expect(understandActivity(nlu, `那${label}吧`, undefined, path).event).toEqual(event);
});

it('in English, "please" after a label: "Show me how please" at the enabled step', () => {
  expect(understandActivity(nlu, 'Show me how please', undefined, 'flow.onboarding.enabled').event).toEqual({ type: 'CHECKOUT' });
});
