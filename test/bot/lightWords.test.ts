// Light words read as what they mean: a goodbye is a goodbye at a return's reason too, a bare yes to the open welcome is an
// ok back, laughter is no misunderstanding, and "anyone there?" is no request for a person.
import { createNlu } from '../../src/nlu';
import { understandActivity, type Referents } from '../../src/bot/understanding';

const nlu = createNlu();
const REASON = 'flow.purchase.awaitingReturnReason';
const WELCOME = 'flow.welcome';
const PLUS = 'flow.onboarding.awaitingPlus';
const at = (step: string, text: string, referents: Referents = {}) => understandActivity(nlu, text, undefined, step, referents).event;
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });

describe('a goodbye with "that\'s all" or an ok is a goodbye, at the return\'s reason too', () => {
  // "没事了，再见" and "bye, that's all" were filed as the reason; "ok bye" and "好的 拜拜" were not understood anywhere.
  it.each(['没事了，再见', "bye, that's all", "that's all, bye", '不用了，再见', '没有了 拜拜', 'ok bye', '好的 拜拜', '谢谢 再见'])('%j', (text) => {
    expect(at(REASON, text)).toEqual({ type: 'GOODBYE' });
    expect(at('flow.purchase.showingOrders', text)).toEqual({ type: 'GOODBYE' });
  });

  it.each(['屏幕坏了 再见', '不想要了', '没事，就是不喜欢'])('%j at the reason step is still the reason', (text) => {
    expect(at(REASON, text)?.type).toBe('RETURN_REASON_GIVEN');
  });
});

describe('a bare yes to the open "what else can I help you with?" is an ok back', () => {
  it.each(['yes', 'yeah', 'sure', 'yes please', '是的', '对', '好啊', '可以'])('%j', (text) => {
    expect(at(WELCOME, text, { welcomeAsked: false })).toEqual(topic('acknowledged'));
  });

  it.each(['yes', '是的'])('%j to the greeting\'s "shall we turn it on?" is a yes', (text) => {
    expect(at(WELCOME, text, { welcomeAsked: true })).toEqual({ type: 'AFFIRM' });
  });

  it('"actually yes" after a decline still takes it up', () => {
    expect(at(WELCOME, 'actually yes', { welcomeAsked: false })).toEqual({ type: 'AFFIRM' });
  });
});

describe('laughter', () => {
  it.each(['哈哈', '哈哈哈哈！', '呵呵', '嘿嘿', '笑死', 'lol', 'LOL', 'haha', 'hahaha', 'lmao', 'xD', '😂😂', 'lol 😂'])('%j is laughter', (text) => {
    expect(at(WELCOME, text)).toEqual(topic('laughter'));
    expect(at(PLUS, text)).toEqual(topic('laughter'));
    // Where a return's reason is asked, it is no reason: the reasons again (orderQuestions.test.ts).
    expect(at(REASON, text)).toEqual(topic('reasonUnclear'));
  });

  it.each(['哈喽', 'hello', 'lol ok 那我开通吧', '哈哈 先用后付是什么'])('%j is not laughter alone', (text) => {
    expect(at(WELCOME, text)).not.toEqual(topic('laughter'));
  });
});

describe('whether anyone is there', () => {
  it.each(['有人吗', '喂 有人吗', '有没有人在', 'anyone there?', 'is anybody there', 'hello??', 'hello???', '喂？？'])('%j is answered by the bot', (text) => {
    expect(at(PLUS, text)).toEqual(topic('anyoneThere'));
  });

  it.each(['有没有人工', '我要人工', '转人工'])('%j asks for a person', (text) => {
    expect(at(PLUS, text)?.type).toBe('HUMAN');
  });

  it.each(['hello?', '喂？', '在吗'])('%j is still "still there?"', (text) => {
    expect(at(PLUS, text)).toEqual(topic('stillThere'));
  });
});
