// Words that ask nothing yet: an ok is acknowledged (not thanked for), a question announced is asked for (not greeted),
// and "where were we" after a greeting is still where we were (not the orders).
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';

const nlu = createNlu();
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const at = (text: string, step = REAL_NAME) => understandActivity(nlu, text, undefined, step).event;

// "hi 我回来了 刚才说到哪了" was a guess at the orders ("到哪了" as where goods are), which left the real-name step.
it.each(['hi 我回来了 刚才说到哪了', '你好 我回来了，刚才说到哪了', 'hello，上次弄到哪了', '嗨 我们刚才说到哪了'])(
  '%j after a greeting is where we were',
  (text) => {
    expect(at(text)).toEqual({ type: 'TOPIC_ASKED', topic: 'whereWeWere' });
  },
);

it('where goods are is still the orders, a guess the classifier could not make (no goal for a lapsed login)', () => {
  expect(at('东西什么时候到')).toEqual({ type: 'ORDERS', guessed: true });
});

// "好的 知道了" got "不客气！".
it.each(['好的 知道了', '明白了', '好的，明白了', '嗯嗯 了解了', 'ok got it', 'I see'])('%j is acknowledged', (text) => {
  expect(at(text, 'flow.purchase.showingOrders')).toEqual({ type: 'TOPIC_ASKED', topic: 'acknowledged' });
});

it.each(['好的 知道了', 'ok got it'])('%j where a yes pays or turns it on is told how to go ahead', (text) => {
  expect(at(text, 'flow.onboarding.confirmingTerms')).toEqual({ type: 'TOPIC_ASKED', topic: 'hesitantYes' });
  expect(at(text, 'flow.purchase.confirmingReceipt')).toEqual({ type: 'TOPIC_ASKED', topic: 'hesitantYes' });
});

it('thanks said with it is thanks; not knowing is no ok', () => {
  expect(at('知道了 谢谢')).toEqual({ type: 'THANKS' });
  expect(at('我不知道')).not.toEqual({ type: 'TOPIC_ASKED', topic: 'acknowledged' });
});

// "就是我想问下" got "你好！😊".
it.each(['就是我想问下', '我想咨询一下', '你好 我有个问题', '问一下', '能问一下吗', 'can I ask something?', 'I have a question'])(
  '%j announces a question: asked for',
  (text) => {
    expect(at(text)).toEqual({ type: 'TOPIC_ASKED', topic: 'questionComing' });
    expect(at(text, 'flow.welcome')).toEqual({ type: 'TOPIC_ASKED', topic: 'questionComing' });
  },
);

it('a question said with it is that question', () => {
  expect(at('我想问下开通要钱吗')).not.toEqual({ type: 'TOPIC_ASKED', topic: 'questionComing' });
  expect(at('我想问一下先用后付是什么', 'flow.welcome')).toEqual({ type: 'WHAT_IS', question: true });
});

// "still there?", "hello?", "在吗" got "Hello! 😊" and the step as if the chat had just begun: the bot is still there.
describe('whether the bot is still there', () => {
  const STILL_THERE = { type: 'TOPIC_ASKED', topic: 'stillThere' };
  it.each([
    // ("hello??" asks whether anyone answers at all: the bot says who it is, a person offered; lightWords.test.ts.)
    'still there?', 'are you there?', 'are you still there?', 'you there?', 'u there?', 'hello?', 'hellooo?', 'hi, are you still there?',
    '在吗', '在吗？', '还在吗', '你还在吗', '在不在', '还在不在', '喂？', '喂喂', '喂，在吗',
  ])('%j is asked and answered', (text) => {
    expect(at(text)).toEqual(STILL_THERE);
    expect(at(text, 'flow.purchase.showingOrders')).toEqual(STILL_THERE);
    expect(at(text, 'flow.purchase.awaitingReturnReason')).toEqual(STILL_THERE);
  });

  // "在吗？在吗？" got "你好！😊": asked twice in one message, it is asked all the same.
  it.each(['在吗？在吗？', '在吗在吗', '在吗，还在吗', '在吗 在吗？', '喂？喂？', 'hello? hello?', 'hello? are you there?'])('%j, asked again in one message, is asked', (text) => {
    expect(at(text)).toEqual(STILL_THERE);
    expect(at(text, 'flow.purchase.showingOrders')).toEqual(STILL_THERE);
  });

  it('a long message of checks with something else at its end is read at once, and not as one', () => {
    const started = Date.now();
    expect(at(`${'喂喂，在吗'.repeat(60)}先用后付是什么`)).not.toEqual(STILL_THERE);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('at a welcome it has not said yet (no record) it is a greeting; once greeted, it is asked', () => {
    expect(at('在吗', 'flow.welcome')).toEqual({ type: 'GREETING' });
    expect(understandActivity(nlu, 'still there?', undefined, 'flow.welcome', { welcomeAsked: false }).event).toEqual(STILL_THERE);
  });

  it('a hello without its question mark is a greeting; whether anyone is there is answered so; more words are read', () => {
    expect(at('hello')).toEqual({ type: 'GREETING' });
    expect(at('有人吗')).toEqual({ type: 'TOPIC_ASKED', topic: 'anyoneThere' });
    expect(at('在吗 我想问个问题')).toEqual({ type: 'TOPIC_ASKED', topic: 'questionComing' });
    expect(at('在吗？先用后付是什么')).not.toEqual(STILL_THERE);
    expect(at('在吗？在吗？先用后付是什么')).not.toEqual(STILL_THERE);
    expect(at('hello hello')).toEqual({ type: 'GREETING' });
  });
});
