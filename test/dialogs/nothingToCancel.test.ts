// A clarifying question where nothing is under way offered "Cancel" (after a cancel: cancel what?); while logging in it
// still does (test/dialogs/notices.test.ts).
import { renderTurn } from '../../dialogs';
import { actionsOf, CONTEXTS } from './fixtures';

const eventsOf = (resumesTo: string) => {
  const [question] = renderTurn({
    path: 'clarifying',
    context: CONTEXTS.empty(),
    locale: 'en-US',
    links: { shopUrl: 'http://shop.test' },
    resumesTo,
    notices: [{ id: 'clarify', candidates: ['affirm', 'cancel', 'enable'] }],
  });
  return actionsOf([question]).map((a) => (a.value as { event?: { type: string } } | undefined)?.event?.type);
};

test.each(['flow.welcome', 'flow.purchase.menu'])('under a clarifying question at %s no "Cancel" is offered', (step) => {
  const events = eventsOf(step);
  expect(events).not.toContain('CANCEL');
  expect(events).toContain('ENABLE');
});

test('at a step under way it is', () => {
  expect(eventsOf('flow.onboarding.awaitingPlus')).toContain('CANCEL');
});
