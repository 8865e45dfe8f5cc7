// Core requests in natural and non-native English a prober found misread: a greeting opening the message took it over,
// "how do I get started?" and "Can I still do this?" went elsewhere, and a few everyday lines were not understood.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import type { Referents } from '../../src/bot/understanding';

const nlu = createNlu();
const WELCOME = 'flow.welcome';
const PHONE_STEP = 'flow.onboarding.login.awaitingPhone';
const PLUS = 'flow.onboarding.awaitingPlus';
const read = (statePath: string, text: string, referents: Referents = {}) => understandRequests(nlu, text, undefined, statePath, referents);

describe('wanting pay later, said warmly or in non-native English, starts turning it on', () => {
  // Not understood; the greeting-led one got "Hello! 😊", and without the greeting the late-payment answer.
  test.each([
    "hi there! I'd love to try the pay later thing, how do I get started?",
    'Hello good morning. My friend say me I can buy now and pay after. I want this for buy a phone. How I can do?',
    'My friend say me I can buy now and pay after. I want this for buy a phone. How I can do?',
    '你好，早上好！朋友说可以先买东西后付钱，我想买个手机，怎么弄',
  ])('%j', (words) => {
    expect(read(WELCOME, words).event?.type).toBe('ENABLE');
  });
});

describe('a greeting before a request leaves the request its own', () => {
  test.each([
    ['Hello good morning. I want to see my orders please.', 'ORDERS'],
    ['hi good evening, can I return my earbuds?', 'RETURN'],
    ['你好 早上好 我想查一下我的订单', 'ORDERS'],
  ])('%j reads as %s', (words, type) => {
    expect(read(WELCOME, words).event?.type).toBe(type);
  });

  test.each(['hello good morning', 'hi there', '你好呀'])('%j alone is still a greeting', (words) => {
    expect(read(WELCOME, words).event?.type).toBe('GREETING');
  });
});

describe('whether they can have it', () => {
  // "Can I still do this?" got the returns' answer; with the passport before it, a login to return something followed.
  test.each(['Can I still do this?', "can I still use it if I'm a student?", '我是学生，还能用吗'])('%j asks the conditions', (words) => {
    expect(read(WELCOME, words).event?.type).toBe('REQUIREMENTS');
  });

  test('the passport answered first, then the conditions; no return', () => {
    expect(read(WELCOME, "I'm a foreigner, I only have a passport. Can I still do this?")).toMatchObject({
      event: { type: 'REQUIREMENTS' },
      answersFirst: [{ type: 'TOPIC_ASKED', topic: 'realNameDocuments' }],
    });
  });
});

describe('everyday lines', () => {
  test('"are there hidden fees" is told about fees (the classifier heard a greeting)', () => {
    expect(read(WELCOME, 'are there hidden fees').event).toEqual({ type: 'TOPIC_ASKED', topic: 'fees' });
  });

  // The classifier heard cancel in both (0.70, 0.68): at a step that would have left it.
  test.each([
    ["I don't get it", 'help'],
    ['i changed my number', 'status'],
  ])('%j is no cancel to the classifier', (words, intent) => {
    expect(nlu.classify(words).intent).toBe(intent);
  });

  test.each(['I signed up with my email, not a phone', '我是用邮箱注册的'])('%j at the phone step: the login is by phone only', (words) => {
    expect(read(PHONE_STEP, words).event).toEqual({ type: 'TOPIC_ASKED', topic: 'phoneOnly' });
  });

  test.each(["ok I'm back, where was I?", '我回来了，刚才说到哪了'])('%j at the welcome checks the status (what the bot can do, it said)', (words) => {
    expect(read(WELCOME, words).event).toEqual({ type: 'STATUS' });
  });

  test('at a step, being back still says where we were', () => {
    expect(read(PLUS, "ok I'm back, where was I?").event).toEqual({ type: 'TOPIC_ASKED', topic: 'whereWeWere' });
  });

  test.each([
    ['sorry, can you say that in English?', 'en-US'],
    ['can you repeat that in English?', 'en-US'],
    ['你能用英文说吗', 'en-US'],
    ['可以用中文说一下吗', 'zh-CN'],
  ])('%j asks for the language (not understood)', (words, locale) => {
    expect(read(WELCOME, words)).toMatchObject({ event: { type: 'TOPIC_ASKED', topic: 'languageSwitched' }, language: locale, languageAsked: true });
  });
});
