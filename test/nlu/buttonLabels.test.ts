// Typing what a button says means what tapping it does: people copy labels into the Emulator or a chat box by hand.
import { createNlu } from '../../src/nlu';
import { INTENTS } from '../../machines/domain';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { enUS } from '../../dialogs/messages/en-US';

const nlu = createNlu();

// Not the labels that name a kind of message rather than ask for something ("打个招呼", "其他问题"): nobody types those.
const NAMING_LABELS = new Set(['greeting', 'out_of_scope']);
const labels = [zhCN, enUS].flatMap((catalog) =>
  INTENTS.filter((intent) => !NAMING_LABELS.has(intent)).map((intent) => [catalog[`intent.${intent}`], intent] as const),
);

// "Turn it on" (enable) was read as return: the model had never seen "turn … on" and leaned on "…turn".
it.each(labels)('%j typed is %s', (label, intent) => {
  const understood = nlu.understand(label);
  expect(understood.kind === 'intent' ? understood.intent : understood).toBe(intent);
});

it.each(['how do I turn it on', 'I want to turn it on', 'how do I return it'])('%j is not mistaken for its neighbour', (text) => {
  const understood = nlu.understand(text);
  expect(understood.kind === 'intent' && understood.intent).toBe(/return/.test(text) ? 'return' : 'enable');
});
