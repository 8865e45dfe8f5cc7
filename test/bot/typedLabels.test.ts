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
