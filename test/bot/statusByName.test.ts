// The status asked for by name is a command that works at every step: it must not hang on the classifier's certainty
// ("查看状态" became a clarifying question when unrelated training lines were added).
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';

const nlu = createNlu();

it.each(['查看状态', '查看进度', '我的进度', '看看状态', '状态', 'status', 'check my status'])('%j is the status', (words) => {
  for (const step of ['flow.welcome', 'flow.onboarding.awaitingPlus', 'flow.onboarding.confirmingTerms']) {
    expect(understandRequests(nlu, words, undefined, step, {}).event).toEqual({ type: 'STATUS' });
  }
});
