// Every state and every transition of the dialogue is taken by a generated path, and no state is a dead end.
import type { AnyMachineSnapshot } from 'xstate';
import { explore, replay, step, type ModelEvent } from './dialogueModel';
import { persistDialogue, restoreDialogue } from '../../machines/snapshot';
import { dialogueMachine } from '../../machines/dialogue';
import type { DialogueContext } from '../../machines/context';
import { createActor } from 'xstate';

const exploration = explore();
const describeEvent = (e: ModelEvent) => e.type.replace(/^xstate\.(done|error)\.actor\..*$/, '$1').replace(/^xstate\.after\..*$/, 'timeout');
const describePath = (path: ModelEvent[]) => path.map(describeEvent).join(' → ') || '(start)';

/** A persisted snapshot of a resting state must restore to the same state. */
function expectRestorable(snapshot: AnyMachineSnapshot) {
  const actor = createActor(dialogueMachine, { snapshot });
  const stored = persistDialogue(actor);
  const restored = restoreDialogue(dialogueMachine, JSON.parse(JSON.stringify(stored)));
  expect(restored.ok).toBe(true);
  expect(restored.actor.getSnapshot().value).toEqual(snapshot.value);
}

afterAll(() => {
  const states = exploration.stateIds.filter((id) => exploration.statePaths.has(id)).length;
  const transitions = exploration.transitionIds.filter((id) => exploration.transitionPaths.has(id)).length;
  process.stdout.write(
    `states covered ${states}/${exploration.stateIds.length}, transitions covered ${transitions}/${exploration.transitionIds.length}\n`,
  );
});

describe('coverage of the statechart', () => {
  test('every state of the machine is reached by a generated path', () => {
    expect(exploration.stateIds.filter((id) => !exploration.statePaths.has(id))).toEqual([]);
  });

  test('every transition of the machine is taken by a generated path', () => {
    expect(exploration.transitionIds.filter((id) => !exploration.transitionPaths.has(id))).toEqual([]);
  });
});

describe.each(exploration.transitionIds.map((id) => [id]))('transition %s', (id) => {
  test('its path takes it, and every resting state on the way persists and restores', () => {
    const path = exploration.transitionPaths.get(id);
    expect(path).toBeDefined();
    const taken: string[] = [];
    replay(path!, (s) => {
      taken.push(...s.transitions);
      expect(s.snapshot.status).toBe('active');
      if (!s.snapshot.hasTag('busy')) expectRestorable(s.snapshot);
    });
    expect(taken).toContain(id);
  });
});

/** One snapshot per distinct resting state value, reached by its shortest path. */
const restingStates = (() => {
  const byValue = new Map<string, { snapshot: AnyMachineSnapshot; path: ModelEvent[] }>();
  for (const [key, snapshot] of exploration.snapshots) {
    const value = JSON.stringify(snapshot.value);
    if (!snapshot.hasTag('busy') && !byValue.has(value)) byValue.set(value, { snapshot, path: exploration.paths.get(key)! });
  }
  return [...byValue.entries()].map(([value, s]) => [value, s] as const);
})();

describe.each(restingStates)('no dead end in %s', (_value, { snapshot, path }) => {
  const inHandoff = snapshot.matches('handoff');

  test(`asking for a human reaches the handoff (via ${describePath(path)})`, () => {
    const next = step(snapshot, { type: 'HUMAN' }).snapshot;
    // While an agent owns the conversation the bot stays quiet and keeps it with the agent.
    expect(next.matches('handoff')).toBe(true);
  });

  test('asking for help answers with help, or stays with the agent', () => {
    const next = step(snapshot, { type: 'HELP' }).snapshot;
    if (inHandoff) expect(next.matches('handoff')).toBe(true);
    else expect((next.context as DialogueContext).notices.map((n) => n.id)).toContain('help');
    expect(next.hasTag('busy')).toBe(false);
  });

  test('cancelling leads to a resting state that offers a way on', () => {
    const next = step(snapshot, { type: 'CANCEL' }).snapshot;
    expect(next.hasTag('busy')).toBe(false);
    if (inHandoff) expect(next.matches('handoff')).toBe(true);
    else expect((next.context as DialogueContext).notices.map((n) => n.id)).toContain('cancelled');
  });

  test('the agent can always hand the customer back to the bot', () => {
    const inAgent = inHandoff ? snapshot : step(snapshot, { type: 'HUMAN' }).snapshot;
    const back = step(inAgent, { type: 'AGENT_RELEASED' }).snapshot;
    expect(back.matches('handoff')).toBe(false);
    expect(back.matches('flow')).toBe(true);
  });
});
