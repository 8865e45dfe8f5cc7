// A QA prober's round: a second question lost beside the first ("要收费吗？安全吗？", "协议里写了啥？有利息吗"), safety asked at
// the code step not understood, "I'm back, what now?" not understood, the wait after a paused login not understood, and an
// ID number said with a request not warned about.
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';
import { understandRequests } from '../../src/bot/twoRequests';
import { maskSensitive } from '../../src/bot/mask';

const nlu = createNlu();
const WELCOME = 'flow.welcome';
const PHONE = 'flow.onboarding.login.awaitingPhone';
const CODE = 'flow.onboarding.login.awaitingOtp';
const BLOCKED = 'flow.onboarding.login.blocked';
const TERMS = 'flow.onboarding.confirmingTerms';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const at = (step: string, text: string) => understandActivity(nlu, text, undefined, step).event;
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });

describe('two questions in one message: both answered', () => {
  it('"要收费吗？安全吗？" at the welcome: the fees, then whether it is safe', () => {
    const read = understandRequests(nlu, '要收费吗？安全吗？', undefined, WELCOME, {});
    expect(read.answersFirst).toEqual([topic('fees')]);
    expect(read.event).toEqual(topic('privacy'));
  });

  it('"协议里写了啥？有利息吗" at the terms: the terms, then the fees, the step kept', () => {
    const read = understandRequests(nlu, '协议里写了啥？有利息吗', undefined, TERMS, {});
    expect(read.answersFirst).toEqual([topic('terms')]);
    expect(read.event).toEqual(topic('fees'));
  });

  it('"安全吗" alone away from the login is the same worry; at the phone step it stays the number\'s', () => {
    expect(at(WELCOME, '安全吗')).toEqual(topic('privacy'));
    expect(at(PHONE, '安全吗')).toEqual(topic('whyPhone'));
  });
});

describe('safety asked at the code step', () => {
  it.each(['安全吗', '这个验证码安全吗？会不会被盗号', '会不会被盗号', 'is this safe?', 'is the code safe here?'])('%j: the login\'s safety, the step kept', (text) => {
    expect(understandRequests(nlu, text, undefined, CODE, {}).event).toEqual(topic('loginSafety'));
  });

  it('the code typed with it is still the code', () => {
    expect(at(CODE, '安全吗 123456')).toMatchObject({ type: 'OTP_RECEIVED', code: '123456' });
  });
});

describe('back, and asking what now', () => {
  it.each(['我回来了，接下来干嘛？', "ok I'm back, what now?", 'I’m back. what now', '我又回来了 下一步呢'])('%j at the terms: where we are', (text) => {
    expect(understandRequests(nlu, text, undefined, TERMS, {}).event).toEqual(topic('whatNow'));
  });
});

describe('the wait after a paused login', () => {
  it.each(['要等多久才能再试？', '多久能再试', '什么时候可以再登录', 'how long do I have to wait?', 'when can I try again?'])(
    '%j where the login is paused: how long',
    (text) => {
      expect(at(BLOCKED, text)).toEqual(topic('loginPauseWait'));
    },
  );

  // "为啥这样" was a yes (handed to a person), "为什么" the status (the phone step).
  it.each(['为什么', '为啥这样', '怎么回事', '为什么会这样？', 'why?', 'why is it paused'])('%j where the login is paused: why', (text) => {
    expect(at(BLOCKED, text)).toEqual(topic('loginPauseWhy'));
  });

  it('"为什么要等这么久" there is still the wait', () => {
    expect(at(BLOCKED, '为什么要等这么久')).toEqual(topic('loginPauseWait'));
  });
});

describe('an ID number said with a request for the step', () => {
  it.each(['我的身份证是11010519491231002X，帮我认证一下', '身份证 110105194912310021 帮我认证'])('%j: warned about first, then the step', (text) => {
    const read = understandActivity(nlu, text, undefined, REAL_NAME);
    expect(read.answersFirst).toEqual([{ type: 'ID_NUMBER_RECEIVED' }]);
    expect(read.event).toEqual(topic('onlyOnShopPage'));
    expect(maskSensitive(text)).not.toMatch(/\d{17}/);
  });
});
