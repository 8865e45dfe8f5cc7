// The text of docs/dialogue.md: the dialogue's Mermaid diagram with a short legend.
import { dialogueMachine, MACHINE_VERSION } from './dialogue';
import { toMermaid } from './diagram';

export function dialogueDocument(): string {
  return [
    '# The dialogue statechart',
    '',
    `Generated from \`machines/dialogue.ts\` (machine version ${MACHINE_VERSION}) by \`npm run diagram\`; do not edit by hand.`,
    'A test fails when this file is stale.',
    '',
    '- `done` / `error` / `timeout`: a backend call answered, failed, or took too long (failures keep the step and offer a retry).',
    '- `[guard]`: the transition is taken only when the named condition holds.',
    '- `busy` states wait for the backend; `failed` states apologise and offer a retry; `agent` means a human owns the conversation.',
    '- Interruptions (`clarifying`, `checkingStatus`, `handoff`) sit outside `flow`, and come back through its history state `resume`.',
    '',
    '```mermaid',
    toMermaid(dialogueMachine),
    '```',
    '',
  ].join('\n');
}
