// What a QA round found misread: "continue" as cancel, "继续" as a return reason, full-width phone numbers, pictures,
// and a few everyday phrasings that got a clarifying question.
import { createNlu, foldNumberForms } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';
import { understandRequests } from '../../src/bot/twoRequests';
import { sendsFiles, withFiles } from '../../src/bot/understanding/attachments';
import { maskSensitive } from '../../src/bot/mask';
import { maskPhone } from '../../dialogs';
import { persona5, returningEarbuds } from './personaOrders';

const nlu = createNlu();
const at = (statePath: string, text: string, referents = {}) => understandActivity(nlu, text, undefined, statePath, referents).event;

const WELCOME = 'flow.welcome';
const PHONE = 'flow.onboarding.login.awaitingPhone';
const OTP = 'flow.onboarding.login.awaitingOtp';
const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const TERMS = 'flow.onboarding.confirmingTerms';
const ENABLED = 'flow.onboarding.enabled';
const LIST = 'flow.purchase.showingOrders';
const RECEIPT = 'flow.purchase.confirmingReceipt';
const RETURN_CONFIRM = 'flow.purchase.confirmingReturn';
const REASON = 'flow.purchase.awaitingReturnReason';

const GO_ON = ['continue', "let's continue", 'go on', 'carry on', 'keep going', 'Continue.', "Let's continue!"];

describe('"continue" means what "继续" means', () => {
  it.each(GO_ON)('%j is a yes to the classifier, as 继续 is (it was cancel, 0.63)', (text) => {
    expect(nlu.classify(text).intent).toBe('affirm');
  });

  it.each(GO_ON)('%j reads as 继续 at every step, never as a cancel', (text) => {
    for (const step of [WELCOME, PHONE, OTP, PLUS, REAL_NAME, TERMS, ENABLED]) {
      expect({ step, event: at(step, text) }).toEqual({ step, event: at(step, '继续') });
      expect(at(step, text)?.type).not.toBe('CANCEL');
    }
    for (const step of [LIST, RECEIPT, RETURN_CONFIRM, REASON]) {
      expect({ step, event: at(step, text, returningEarbuds) }).toEqual({ step, event: at(step, '继续', returningEarbuds) });
      expect(at(step, text, returningEarbuds)?.type).not.toBe('CANCEL');
    }
  });

  it('at the terms and the payment\'s confirmation it is a plain yes, as 继续 and "go ahead" are; at the code step too', () => {
    expect(at(TERMS, 'continue')).toEqual({ type: 'AFFIRM' });
    expect(at(RECEIPT, 'continue', returningEarbuds)).toEqual({ type: 'AFFIRM' });
    expect(at(OTP, 'continue')).toEqual({ type: 'AFFIRM' });
  });

  it('not wanting to go on is still a cancel', () => {
    expect(at(WELCOME, "I don't want to continue")).toEqual({ type: 'CANCEL' });
    expect(at(WELCOME, '不想继续了')).toEqual({ type: 'CANCEL' });
  });
});

describe('going on at the return-reason step', () => {
  it.each(['继续', '继续吧', '好的，继续', ...GO_ON])('%j is no reason: the reason is asked for again', (text) => {
    expect(at(REASON, text, returningEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'reasonNeeded' });
  });

  it.each(['不想继续用了', '继续用了两天就坏了'])('%j, a sentence with 继续 in it, is the reason', (text) => {
    expect(at(REASON, text, returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: text });
  });
});

describe('numbers typed in full-width', () => {
  it('fold to ASCII: digits, plus, minus and the ideographic space; nothing else', () => {
    expect(foldNumberForms('＋８６　１３８－００００－０００４')).toBe('+86 138-0000-0004');
    expect(foldNumberForms('𝟏𝟑𝟖')).toBe('138');
    expect(foldNumberForms('手机号：１３８？')).toBe('手机号：138？');
  });

  it.each(['１３８０００００００４', '我的手机号是１３８０００００００４', '＋８６　１３８－００００－０００４', '１３８　００００　０００４', '１３８ ００００ ０００４'])(
    '%j at the phone step is the phone number',
    (text) => {
      expect(at(PHONE, text)).toEqual({ type: 'PHONE_RECEIVED', phone: '13800000004' });
    },
  );

  it('a full-width number one digit short reads as the same number in ASCII does: not a phone number (it was "I am not sure")', () => {
    expect(at(PHONE, '１３８００００００４')).toEqual(at(PHONE, '1380000004'));
    expect(at(PHONE, '１３８００００００４')).toEqual({ type: 'NUMBER_INVALID', digits: 10 });
    expect(at(PHONE, '手机号：１３８００００００４')).toEqual({ type: 'NUMBER_INVALID', digits: 10 });
  });

  it('the code in full-width is the code', () => {
    expect(at(OTP, '６５４３２１')).toEqual({ type: 'OTP_RECEIVED', code: '654321' });
    expect(at(OTP, '验证码：６５４　３２１')).toEqual({ type: 'OTP_RECEIVED', code: '654321' });
  });

  it.each([
    ['１３８０００００００４', '138****0004'],
    ['＋８６　１３８－００００－０００４', '138****0004'],
    ['+86 １３８ ００００ ０００４', '138****0004'],
  ])('maskPhone(%j) masks the digits (full-width ones were dropped: it showed nothing)', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });

  it.each([
    ['手机号１３８　００００　０００４，请登录', '手机号138****0004,请登录'],
    ['＋８６　１３８０００００００４', '138****0004'],
    ['快递员１３９１２３４５６７８说放门口了', '快递员139****5678说放门口了'],
  ])('logs and transcripts mask %j', (input, masked) => {
    expect(maskSensitive(input)).toBe(masked);
  });
});

describe('everyday phrasings the classifier was unsure of', () => {
  it('"在结算页找不到先用后付选项怎么办" is the customer\'s own situation (status, PRODUCT.md §4), as "为什么结算页没有先用后付" is', () => {
    expect(at(WELCOME, '在结算页找不到先用后付选项怎么办')).toEqual({ type: 'STATUS', question: true });
    expect(at(WELCOME, '为什么结算页没有先用后付')).toEqual({ type: 'STATUS' });
  });

  it('"I want to see my bill" is the orders (the bill is the orders, §4)', () => {
    expect(at(WELCOME, 'I want to see my bill')).toEqual({ type: 'ORDERS' });
  });

  it.each(['do I owe anything?', 'Do I still owe you anything', '我欠钱吗', '我是不是欠钱了'])('%j before the login asks what is owed: the orders', (text) => {
    expect(at(WELCOME, text)).toEqual({ type: 'ORDERS', question: true });
    expect(at(PLUS, text)).toEqual({ type: 'ORDERS', question: true });
  });

  it('"anything I need to do?" asks the customer\'s own progress', () => {
    expect(at(WELCOME, 'anything I need to do?')).toEqual({ type: 'STATUS', question: true });
  });

  it.each(['log in', 'Log in please', 'login', 'I want to log in', 'how do I log in', '我要登录', '登录', '怎么登录'])(
    '%j starts the onboarding, which logs in first; at the login, its step asks again',
    (text) => {
      expect(at(WELCOME, text)).toEqual({ type: 'ENABLE' });
      expect(at(PHONE, text)).toEqual({ type: 'RETRY' });
      expect(at(OTP, text)).toEqual({ type: 'RETRY' });
    },
  );

  it.each([
    ['我还是说中文吧', 'zh-CN'],
    ['还是用中文吧', 'zh-CN'],
    ['你能说中文吗', 'zh-CN'],
    ['Sorry, can you speak English?', 'en-US'],
    ['can you speak English', 'en-US'],
    ['could you reply in English please', 'en-US'],
    ['你能说英文吗', 'en-US'],
    ['说中文吧', 'zh-CN'],
    ['English please', 'en-US'],
  ])('%j asks for a language (%s), which holds however brief', (text, locale) => {
    for (const step of [WELCOME, PHONE, PLUS, TERMS]) {
      const understood = understandActivity(nlu, text, undefined, step);
      expect(understood).toEqual({ event: { type: 'TOPIC_ASKED', topic: 'languageSwitched' }, language: locale, languageAsked: true });
    }
  });

  it.each(['我不想用了，怎么关闭', '怎么关闭', '先用后付不想要了', '怎么关闭先用后付'])('%j asks how to turn it off (topic disable)', (text) => {
    for (const step of [WELCOME, ENABLED]) expect(understandRequests(nlu, text, undefined, step, {}).event).toEqual({ type: 'TOPIC_ASKED', topic: 'disable' });
  });

  it('goods bought with it and not wanted are no request to turn it off', () => {
    expect(at(ENABLED, '用先用后付买的耳机不想要了')).not.toEqual({ type: 'TOPIC_ASKED', topic: 'disable' });
    expect(at(LIST, '先用后付的订单不想要了', { orders: persona5 })).not.toEqual({ type: 'TOPIC_ASKED', topic: 'disable' });
  });

  it.each(['我又回来了', '我回来了', '我回来啦', "I'm back again"])('%j, back after leaving, is greeted back', (text) => {
    for (const step of [WELCOME, PLUS, TERMS, REASON]) expect(at(step, text, returningEarbuds)).toEqual({ type: 'GREETING' });
  });

  it('"我又回来了，到哪一步了" asks where we were', () => {
    expect(at(PLUS, '我又回来了，到哪一步了')).toEqual({ type: 'TOPIC_ASKED', topic: 'whereWeWere' });
  });
});

describe('asking the bot to do a shop-page step', () => {
  it.each(['can you do it for me?', 'can you do it for me', 'could you verify it for me?', '你能帮我认证吗', '能帮我实名吗', '你帮我弄吧', '帮我买PLUS'])(
    '%j at a shop-page step is answered: the customer does it on the shop\'s page (it rechecked and said "not done yet")',
    (text) => {
      for (const step of [PLUS, REAL_NAME]) expect(at(step, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'onlyOnShopPage' });
    },
  );

  it('done, a person asked for, or the step given up still mean that', () => {
    expect(at(REAL_NAME, '我已经认证好了')).toEqual({ type: 'AFFIRM' });
    expect(at(REAL_NAME, '帮我转人工')).toEqual({ type: 'HUMAN' });
    expect(at(REAL_NAME, '帮我认证不了就算了')?.type).not.toBe('TOPIC_ASKED');
  });
});

describe('pictures and files', () => {
  it('a picture or a file is one; the message again as HTML (Teams) or a card is not', () => {
    expect(sendsFiles([{ contentType: 'image/png', contentUrl: 'https://example.com/a.png' }])).toBe(true);
    expect(sendsFiles([{ contentType: 'application/pdf', contentUrl: 'https://example.com/a.pdf' }])).toBe(true);
    expect(sendsFiles([{ contentType: 'text/html', content: '<p>hi</p>' }])).toBe(false);
    expect(sendsFiles([{ contentType: 'application/vnd.microsoft.card.adaptive', content: {} }])).toBe(false);
    expect(sendsFiles(undefined)).toBe(false);
    expect(sendsFiles([null, 'x'])).toBe(false);
  });

  const withPicture = (text: string | undefined, step: string) => withFiles(understandRequests(nlu, text, undefined, step, {}), text, step);

  it('alone, or with words that say nothing clear, it is answered: the chat cannot read it (it got the welcome again)', () => {
    for (const step of [WELCOME, PHONE, PLUS, REAL_NAME, TERMS, ENABLED, REASON]) {
      expect(withPicture(undefined, step).event).toEqual({ type: 'TOPIC_ASKED', topic: 'attachment' });
    }
    for (const text of ['看这个', '你看看', '截图', 'see this', "here's a screenshot"]) {
      expect(withPicture(text, WELCOME).event).toEqual({ type: 'TOPIC_ASKED', topic: 'attachment' });
    }
  });

  it.each(['这是我的身份证', '身份證照片', "here's my ID card", 'my passport'])('%j with it: not to send identity documents here', (text) => {
    for (const step of [WELCOME, REAL_NAME, REASON]) expect(withPicture(text, step).event).toEqual({ type: 'TOPIC_ASKED', topic: 'idDocument' });
  });

  it('with clear words, they are taken, after saying the picture was not read', () => {
    expect(withPicture('我的订单', WELCOME)).toMatchObject({ event: { type: 'ORDERS' }, answersFirst: [{ type: 'TOPIC_ASKED', topic: 'attachment' }] });
    expect(withPicture('my order id is PL20240601001', WELCOME).event?.type).not.toEqual('TOPIC_ASKED');
  });
});
