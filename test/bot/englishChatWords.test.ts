// English a QA round found misread while the Chinese worked: chat spellings of "ok" ("k", "kk thx"), a person asked for
// inside a sentence, trust questions at the phone step, and what the code is for (or that none came) at the code step.
import { createNlu } from '../../src/nlu';
import { consentsInOwnWords, understandActivity, type Referents } from '../../src/bot/understanding';
import { understandRequests } from '../../src/bot/twoRequests';
import { withOkSpelledOut } from '../../src/bot/understanding/okSpellings';
import { PERSON_ASKED } from '../../src/bot/understanding/personRequests';
import { CONFIRMING_RECEIPT, CONFIRMING_RETURN, LIST, persona5, persona6, poorCredit, REASON, returningEarbuds } from './personaOrders';

const nlu = createNlu();
const at = (statePath: string, text: string, referents: Referents = {}) => understandActivity(nlu, text, undefined, statePath, referents).event;

const WELCOME = 'flow.welcome';
const PHONE = 'flow.onboarding.login.awaitingPhone';
const CODE = 'flow.onboarding.login.awaitingOtp';
const TERMS = 'flow.onboarding.confirmingTerms';

describe('"k", "kk" and other chat spellings of ok read as the plain words do, wherever they are said', () => {
  // At the welcome "k" then "kk" got "I'm not sure what you mean" and then a person (not understood twice); at the phone
  // step two "k"s did the same. At the PLUS step "okk" was checked as "done" and "sure thing" too, where "ok" and "sure"
  // ask the step again; at a payment's confirmation "okk" was told how to go ahead where "ok" pays.
  const STEPS: Array<[string, Referents]> = [
    [WELCOME, {}],
    [PHONE, {}],
    [CODE, {}],
    [TERMS, {}],
    ['flow.onboarding.awaitingPlus', {}],
    ['flow.onboarding.awaitingRealName', {}],
    ['flow.onboarding.creditRefused', { account: poorCredit }],
    [LIST, { orders: persona5 }],
    [CONFIRMING_RECEIPT, returningEarbuds],
    [CONFIRMING_RETURN, returningEarbuds],
    [REASON, returningEarbuds],
  ];
  const SPELLINGS: Array<[string, string]> = [
    ['k', 'ok'],
    ['kk', 'ok'],
    ['K.', 'ok'],
    ['okk', 'ok'],
    ['okie', 'ok'],
    ['okie dokie', 'ok'],
    ['kk thx', 'ok thanks'],
    ['ok thx', 'ok thanks'],
    ['sure thing', 'sure'],
    ['yep', 'yes'],
    ['yup', 'yes'],
  ];
  describe.each(STEPS)('at %s', (step, referents) => {
    it.each(SPELLINGS)('%j reads as %j does', (spelled, plain) => {
      expect(at(step, spelled, referents)).toEqual(at(step, plain, referents));
    });
  });

  it('reads as a yes where "ok" is one, and never as something the customer did not say', () => {
    expect(at(WELCOME, 'k')).toEqual({ type: 'AFFIRM' });
    expect(at(PHONE, 'kk')).toEqual({ type: 'AFFIRM' });
    expect(at(WELCOME, 'kk thx')).toEqual({ type: 'THANKS' });
  });

  it('under a clarifying question at a confirmation, "k" answers the question as "ok" does, not the step below it', () => {
    for (const step of [CONFIRMING_RECEIPT, CONFIRMING_RETURN, TERMS]) {
      expect(consentsInOwnWords(step, 'k')).toBe(consentsInOwnWords(step, 'ok'));
      expect(consentsInOwnWords(step, 'kk')).toBe(false);
    }
  });

  it('leaves the plain words and anything more as they are', () => {
    for (const words of ['ok', 'okay', 'ok ok', 'ok thanks', 'sure', 'k?', 'kettle', 'k i will pay later', 'okay so what is it']) {
      expect(withOkSpelledOut(words)).toBe(words);
    }
  });
});

describe('a person asked for inside an English sentence', () => {
  it('"why is it saying overdue?? i want a human" at the order list hands over, as "逾期了怎么办 转人工" does', () => {
    const referents = { orders: persona6 };
    for (const text of ['why is it saying overdue?? i want a human', '逾期了怎么办 转人工']) {
      const read = understandRequests(nlu, text, undefined, LIST, referents);
      expect(read.event).toEqual({ type: 'HUMAN' });
      // In a sentence (not a list) the question goes to the person with it, in both languages.
      expect(read.answersFirst).toBeUndefined();
    }
  });

  it.each([
    'hi i need to talk to someone about my bill',
    "I'd like to speak to a manager",
    'I’d like to speak to a real person please',
    'can i talk to someone? the app keeps failing',
    'this is confusing, i want to speak with customer service',
    'why is this overdue, human please',
  ])('%j hands over at the welcome', (text) => {
    expect(PERSON_ASKED.test(text)).toBe(true);
    expect(at(WELCOME, text)).toEqual({ type: 'HUMAN' });
  });

  it.each([
    'do i need to talk to someone to enable it?',
    "i don't want a human",
    'they said i need to talk to someone',
    'i want a human if this does not work',
    'i need a personal loan',
  ])('%j asks for no person now', (text) => {
    expect(PERSON_ASKED.test(text)).toBe(false);
  });

  it('the overdue question alone at the list gets the answer on paying and being late, as "逾期了怎么办" does', () => {
    const referents = { orders: persona6 };
    expect(at(LIST, 'why is it saying overdue', referents)).toEqual(at(LIST, '逾期了怎么办', referents));
  });
});

describe('trust questions at the phone step', () => {
  const WHY_PHONE = { type: 'TOPIC_ASKED', topic: 'whyPhone' };
  it.each([
    'why do u need my phone number? is this legit',
    'is it safe to give my phone number',
    'is it safe to give u my number',
    'why r u asking for my number',
    'what do you need my number for',
    'is my number safe with you',
    'is this legit?',
    'r u a scam',
    'is this a scam',
    'how do i know this isnt a scam',
    '安全吗',
  ])('%j is answered as "为什么要我手机号？安全吗" is', (text) => {
    expect(at(PHONE, '为什么要我手机号？安全吗')).toEqual(WHY_PHONE);
    expect(at(PHONE, text)).toEqual(WHY_PHONE);
  });

  it('the number said with the question is still taken; a claim of a scam is no question', () => {
    expect(at(PHONE, 'is it safe? 13800000001')).toMatchObject({ type: 'PHONE_RECEIVED', phone: '13800000001' });
    expect(at(PHONE, 'this is a scam!')).not.toEqual(WHY_PHONE);
  });

  it('the number named makes it the same question elsewhere too', () => {
    expect(at(WELCOME, 'why do u need my phone number')).toEqual(WHY_PHONE);
  });
});

describe('at the code step', () => {
  const WHY_CODE = { type: 'TOPIC_ASKED', topic: 'whyCode' };
  // "whats the code for?" got "I only know about pay later"; "验证码是干什么的" got what the bot can do.
  it.each(['whats the code for?', "what's the code for?", 'what is this code', 'what do i need the code for', '验证码是干什么的', '验证码有什么用'])(
    '%j is told what the code is',
    (text) => {
      expect(at(CODE, text)).toEqual(WHY_CODE);
    },
  );

  it('where the code is, or the code typed, keep their readings', () => {
    expect(at(CODE, "what's the code")).toEqual({ type: 'TOPIC_ASKED', topic: 'whereIsCode' });
    expect(at(CODE, '验证码是多少')).toEqual({ type: 'TOPIC_ASKED', topic: 'whereIsCode' });
    expect(at(CODE, '123456')).toMatchObject({ type: 'OTP_RECEIVED' });
  });

  // "what code? i never got one" was read as the orders; "nothing came" as nothing clear.
  it.each(['what code? i didnt get one', 'what code? i never got one', 'what code? nothing came', '什么验证码？我没收到', '没收到验证码'])(
    '%j is the code not come: a new one is sent',
    (text) => {
      expect(at(CODE, text)).toEqual({ type: 'OTP_RESEND_REQUESTED' });
    },
  );
});
