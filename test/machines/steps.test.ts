// The step paths src/ and dialogs/ name (machines/steps.ts) are states the dialogue has: a renamed state breaks here, not silently there.
import { dialogueMachine } from '../../machines/dialogue';
import * as steps from '../../machines/steps';

const statePaths = (): Set<string> => {
  const paths = new Set<string>();
  const visit = (node: typeof dialogueMachine.root) => {
    if (node.path.length > 0) paths.add(node.path.join('.'));
    Object.values(node.states).forEach(visit);
  };
  visit(dialogueMachine.root);
  return paths;
};

test('every named step, and every shop-page step, is a state of the dialogue', () => {
  const known = statePaths();
  const named = Object.values(steps as Record<string, unknown>).filter((value): value is string => typeof value === 'string');
  expect(named.length).toBeGreaterThan(5);
  expect(named.filter((path) => !known.has(path))).toEqual([]);
  expect(Object.keys(steps.SHOP_STEPS).filter((path) => !known.has(path))).toEqual([]);
});
