// The committed diagram is the one the machine draws today.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dialogueDocument } from '../../machines/dialogueDocument';
import { dialogueMachine } from '../../machines/dialogue';

test('docs/dialogue.md is up to date (run `npm run diagram` after changing the machine)', () => {
  const committed = readFileSync(join(__dirname, '..', '..', 'docs', 'dialogue.md'), 'utf8');
  expect(committed).toBe(dialogueDocument());
});

test('the diagram names every state of the machine and starts with stateDiagram-v2', () => {
  const doc = dialogueDocument();
  expect(doc).toContain('```mermaid\nstateDiagram-v2');
  const ids: string[] = [];
  const visit = (node: typeof dialogueMachine.root) => {
    if (node.path.length > 0) ids.push(node.path.join('_'));
    Object.values(node.states).forEach(visit);
  };
  visit(dialogueMachine.root);
  for (const id of ids) expect(doc).toContain(` as ${id}\n`);
});
