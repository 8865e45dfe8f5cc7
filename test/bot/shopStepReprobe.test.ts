// Readings a QA re-probe found at the shop-page steps: "not yet" cancelled the onboarding, PLUS said paid for was sent to
// buy it again, "每个月要交钱吗" got pay-later's fees alone, and "先用后付在哪里" started the login.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import { at } from './personaOrders';

const nlu = createNlu();

const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const WELCOME = 'flow.welcome';
const WAIT = { type: 'TOPIC_ASKED', topic: 'wait' };
const PAID = { type: 'AFFIRM', paid: true };

describe('"not yet" at a shop-page step is no hurry, the step kept (read as a no, it cancelled the onboarding)', () => {
  const notYet = ['还没有', '还没弄好', '还没开', '还没弄好 等会儿', '还没买', '还没呢，等我一下', '没有', '还在弄', '不好意思 还没弄好', '還沒弄好'];
  const english = ['not yet', "haven't yet", "I haven't yet", 'still working on it', 'nope, not yet', "i haven't done it yet"];

  it.each([PLUS, REAL_NAME])('at %s', (step) => {
    for (const text of [...notYet, ...english]) expect([text, at(step, text, {})]).toEqual([text, WAIT]);
  });

  it('each step its own: PLUS not bought at the PLUS step, verification not done at the real-name step', () => {
    expect(at(PLUS, 'PLUS还没买', {})).toEqual(WAIT);
    expect(at(REAL_NAME, '实名还没弄好', {})).toEqual(WAIT);
    expect(at(REAL_NAME, '还没认证', {})).toEqual(WAIT);
    expect(at(PLUS, '还没实名', {})).not.toEqual(WAIT);
    expect(at(REAL_NAME, '会员还没买', {})).not.toEqual(WAIT);
  });

  it('"why isn\'t it done yet" is still a claim of done, checked again; declining is still 暂不开通', () => {
    for (const text of ['还没好吗', '怎么还没好']) expect(at(PLUS, text, {})).toEqual({ type: 'AFFIRM' });
    expect(at(PLUS, '不买了', {})).toEqual({ type: 'DENY' });
  });
});

describe('PLUS said paid for at its step is checked as done, marked paid (it got the refund rules, then "tap 去开通PLUS会员")', () => {
  it('with a refund asked, its rules are said first', () => {
    const { event, answersFirst } = understandRequests(nlu, 'PLUS开了 扣了我99块钱 能退吗', undefined, PLUS, {});
    expect({ event, answersFirst }).toEqual({ event: PAID, answersFirst: [{ type: 'TOPIC_ASKED', topic: 'plusTerms' }] });
  });

  it.each(['钱都付了', '会员费交了', '已经付款了', '扣了我99', 'I paid for it', 'it charged me 99'])('%j', (text) => {
    expect(at(PLUS, text, {})).toEqual(PAID);
  });

  it.each(['要交钱吗', '如果付了钱能退吗', '我不想付钱', 'do i have to pay'])('not %j', (text) => {
    expect(at(PLUS, text, {})).not.toEqual(PAID);
  });

  it('at real-name verification (PLUS active), PLUS paid for is said done already, as before', () => {
    expect(at(REAL_NAME, '会员费付了', {})).toEqual({ type: 'TOPIC_ASKED', topic: 'plusDoneAlready' });
  });
});

describe('a charge asked at the PLUS step of nothing named is answered of PLUS and of pay-later (it got the fees alone)', () => {
  const BOTH = { type: 'TOPIC_ASKED', topic: 'plusOrPayLaterFees' };
  it.each(['每个月要交钱吗', '要交钱吗', '有年费吗', 'do I have to pay every month?'])('%j', (text) => {
    expect(at(PLUS, text, {})).toEqual(BOTH);
  });

  it('pay-later named, or its own charges, keep the fees\' answer; so does another step', () => {
    for (const text of ['先用后付每个月要交钱吗', '手续费多少']) expect(at(PLUS, text, {})).toEqual({ type: 'TOPIC_ASKED', topic: 'fees' });
    expect(at(REAL_NAME, '每个月要交钱吗', {})).toEqual({ type: 'TOPIC_ASKED', topic: 'fees' });
  });
});

describe('where pay-later is, asked, is answered where it shows (it started the login)', () => {
  const WHERE = { type: 'TOPIC_ASKED', topic: 'wherePayLater' };
  it.each([WELCOME, PLUS])('at %s', (step) => {
    for (const text of ['先用后付在哪里', '先用后付入口在哪', '哪里能看到先用后付', '先用後付在哪裡', 'where is pay later', 'where can I find pay later?']) {
      expect([text, at(step, text, {})]).toEqual([text, WHERE]);
    }
  });

  it('where to turn it on is the onboarding, as before', () => {
    expect(at(WELCOME, '在哪里开通先用后付', {})).toEqual({ type: 'ENABLE' });
  });
});
