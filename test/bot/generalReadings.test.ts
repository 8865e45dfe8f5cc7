// General readings a QA round found wanting: 咋 and a mistyped name, messages of only emoji or punctuation, a person asked
// for in ordinary words, anger at the system, "我又来了", and the new topics (login needed, a due date put off, how long
// real-name verification takes, records to delete).
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';
import { at } from './personaOrders';

const WELCOME = 'flow.welcome';
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });

describe('how to use it, said colloquially or with the name mistyped', () => {
  it.each(['先用后付咋用啊', '先用后负咋用啊', '就是买东西的时候咋弄'])('%j is checkout', (text) => {
    expect(at(WELCOME, text)?.type).toBe('CHECKOUT');
  });
});

describe('only emoji or punctuation', () => {
  // Angry faces alone are anger, as angry words are (test/bot/everydayAsks.test.ts).
  it.each(['?', '??', '...', '。。。', '[微笑]', ':)'])('%j is no misunderstanding: what the bot can do', (text) => {
    expect(at(WELCOME, text)).toEqual({ type: 'HELP' });
    expect(at('flow.onboarding.awaitingPlus', text)).toEqual({ type: 'HELP' });
  });

  it('an emoji the classifier knows keeps its reading; at a confirmation one is still a hesitant yes', () => {
    expect(at(WELCOME, '👍')).toEqual({ type: 'AFFIRM' });
    expect(at('flow.onboarding.confirmingTerms', '😀')).toEqual(topic('hesitantYes'));
  });
});

describe('a person asked for in ordinary words', () => {
  it.each(['退了以后运费谁出 找个人问问', '找个人问问', '我要人工'])('%j is a person', (text) => {
    expect(at(WELCOME, text)).toEqual({ type: 'HUMAN' });
  });

  // "有人吗" handed the customer over at once: it checks that someone answers. The bot does, and offers a person.
  it.each(['喂 有人吗', '有人吗', '有没有人在', 'anyone there?', 'hello??'])('%j asks whether anyone is there, no person yet', (text) => {
    expect(at(WELCOME, text)).toEqual(topic('anyoneThere'));
  });

  it.each(['有人说先用后付不好用', '你是真人吗', '退了以后运费谁出'])('%j is not', (text) => {
    expect(at(WELCOME, text)).not.toEqual({ type: 'HUMAN' });
  });
});

test('anger at the system is a complaint', () => {
  expect(at(WELCOME, '你们这什么破系统 开个先用后付这么麻烦')).toEqual(topic('complaint'));
  expect(at('flow.onboarding.awaitingRealName', '你们这什么破系统 开个先用后付这么麻烦')).toEqual(topic('complaint'));
});

test.each(['我又来了', '我来了', '又是我', '我又回来了', "I'm back"])('%j is back, greeted', (text) => {
  expect(at('flow.onboarding.awaitingPlus', text)).toEqual({ type: 'GREETING' });
});

describe('the topics', () => {
  it.each([
    ['为啥要手机号 我不想给', 'whyPhone'],
    ['那不登录能开吗', 'loginNeeded'],
    ['can I enable it without logging in?', 'loginNeeded'],
    ['开通要钱不', 'fees'],
    ['能不能延期几天', 'dueExtension'],
    ['can I pay a few days later', 'dueExtension'],
    ['认证要多久', 'realNameTime'],
    ['实名认证要多久啊', 'realNameTime'],
  ])('%j is %s', (text, name) => {
    // toMatchObject: a time named to pay in ("a few days later") goes with dueExtension as its days from now (inDays).
    expect(at('flow.onboarding.login.awaitingPhone', text)).toMatchObject(topic(name));
  });

  it('a delivery delayed is no due date put off', () => {
    expect(at(WELCOME, '快递延期了')).not.toEqual(topic('dueExtension'));
  });
});

describe('records asked to be deleted', () => {
  it.each(['帮我删除我的聊天记录', '我不想让你们保存我的手机号', 'please delete my chat history'])('%j: said first, then a person', (text) => {
    const read = understandActivity(createNlu(), text, undefined, WELCOME);
    expect(read.event).toEqual({ type: 'HUMAN' });
    expect(read.answersFirst).toEqual([topic('deleteData')]);
  });

  it.each(['删除订单', '清除缓存', '我想修改手机号'])('%j is not', (text) => {
    expect(at(WELCOME, text)).not.toEqual({ type: 'HUMAN' });
  });
});

// A QA probe's first-timer openers and "那我能用吗" right after "先用后付是什么" got "我不太确定你的意思".
describe('at the welcome, a newcomer and "can I use it"', () => {
  it.each(['第一次用 不太懂 能教教我吗', '我是新手 不太会用', '能教教我吗', "I'm new here, can you teach me?"])('%j is what pay-later is', (text) => {
    expect(at(WELCOME, text)).toEqual({ type: 'WHAT_IS' });
  });
  it.each(['那我能用吗', '我能用吗', '我可以用吗', 'can I use it?'])('%j is the conditions', (text) => {
    expect(at(WELCOME, text)).toEqual({ type: 'REQUIREMENTS' });
  });
  it.each(['我第一次用先用后付，怎么开通', '不会用结算页怎么办'])('%j keeps its own reading', (text) => {
    expect(at(WELCOME, text)?.type).not.toBe('WHAT_IS');
  });
  it('elsewhere the words keep their readings (a step of the onboarding)', () => {
    expect(at('flow.onboarding.awaitingPlus', '我能用吗')).not.toEqual({ type: 'REQUIREMENTS' });
  });
});
