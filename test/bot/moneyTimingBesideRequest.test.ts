// When the money goes and how a due date is set, asked beside a request: both the answer and the request are kept.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';

const nlu = createNlu();
const read = (text: string) => understandRequests(nlu, text, undefined, 'flow.welcome', {});

it.each([
  ['确认收货就是付款吗？帮我开通', 'payAtConfirm'],
  ['付款截止日是怎么算的？我要开通', 'dueDateRule'],
])('%j: the answer first, then the request', (text, topic) => {
  const both = read(text);
  expect(both.answersFirst).toEqual([{ type: 'TOPIC_ASKED', topic }]);
  expect(both.event).toEqual({ type: 'ENABLE' });
});

// "确认收货的话" alone read as paying, and "when I confirm?" alone as the general paying answer: each message is one question.
it.each([
  ['确认收货的话 钱是马上扣吗 还是到截止日才扣', 'payAtConfirm'],
  ['确认收货的话，钱是马上扣吗', 'payAtConfirm'],
  ['do I pay on the due date or when I confirm?', 'payAtConfirm'],
])('%j: one question, its topic alone', (text, topic) => {
  const read = understandRequests(nlu, text, undefined, 'flow.purchase.showingOrders', {});
  expect(read.event).toEqual({ type: 'TOPIC_ASKED', topic });
  expect(read.answersFirst ?? []).toEqual([]);
});
