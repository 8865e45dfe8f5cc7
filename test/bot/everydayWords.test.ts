// What a QA round's everyday words mean: English said plainly, a person asked for at the end, questions after a refused
// credit check, a phone number said at the end of a longer sentence or with an ID number.
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';

const nlu = createNlu();
const read = (statePath: string, text: string) => understandActivity(nlu, text, undefined, statePath);
const at = (statePath: string, text: string) => read(statePath, text).event;

const WELCOME = 'flow.welcome';
const CREDIT_REFUSED = 'flow.onboarding.creditRefused';

describe('everyday English', () => {
  // Each got a clarifying question; "how do i sign up" twice handed the customer over.
  it.each([
    ['yo can i use buy now pay later here?', 'WHAT_IS'],
    ['is this like klarna?', 'WHAT_IS'],
    ['how do i sign up', 'ENABLE'],
    ['pay later not showing at checkout why', 'STATUS'],
    ['my package never came', 'ORDERS'],
  ])('%j reads as %s', (text, type) => {
    expect(at(WELCOME, text)).toMatchObject({ type });
  });

  it('"how can I improve it" after a refused credit check is about the credit', () => {
    expect(at(CREDIT_REFUSED, 'how can I improve it')).toMatchObject({ type: 'CREDIT' });
  });
});

describe('a person asked for as the last clause of a longer message', () => {
  it('"plus开不了 页面打不开 找人工" asks for a person, as the last clause alone does', () => {
    expect(at(WELCOME, 'plus开不了 页面打不开 找人工')).toEqual({ type: 'HUMAN' });
    expect(at(WELCOME, '页面打不开，我要找人工')).toEqual({ type: 'HUMAN' });
  });

  it('a person asked for only if need be, or declined, is still not one now', () => {
    expect(at(WELCOME, '帮我开通，不行再找人工')).not.toEqual({ type: 'HUMAN' });
    expect(at(WELCOME, '不用找人工，我自己开通')).not.toEqual({ type: 'HUMAN' });
  });
});

describe('questions after a refused credit check', () => {
  it.each(['为啥啊 我信用一直挺好的', 'why? my credit is good'])('%j asks why', (text) => {
    expect(at(CREDIT_REFUSED, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'creditWhy' });
  });

  it.each(['那要多久才能恢复', '过多久能再试', 'when can I try again?'])('%j asks when to try again', (text) => {
    expect(at(CREDIT_REFUSED, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'creditRetry' });
  });

  it('a yes and a person keep their meaning there', () => {
    expect(at(CREDIT_REFUSED, '好的')).toEqual({ type: 'AFFIRM' });
    expect(at(CREDIT_REFUSED, '转人工')).toEqual({ type: 'HUMAN' });
  });
});

describe('a phone number in a longer sentence', () => {
  it.each(['收到短信说我逾期了？？我咋不知道 13800000006', "I got a message saying I'm overdue?? 13800000006", '收到短信说我逾期了我咋不知道13800000006'])(
    '%j at its end is the number to log in with',
    (text) => {
      expect(at(WELCOME, text)).toMatchObject({ type: 'PHONE_RECEIVED', phone: '13800000006' });
    },
  );

  it('someone else\'s number, or one inside the sentence, is still only mentioned', () => {
    expect(at(WELCOME, '快递员打电话说放门口了 13912345678')).not.toMatchObject({ type: 'PHONE_RECEIVED' });
    expect(at(WELCOME, '昨天下午三点左右我打过你们电话13912345678一直占线，到底怎么回事')).not.toMatchObject({ type: 'PHONE_RECEIVED' });
  });

  it('said with an ID number, the number is taken after the word on the ID number', () => {
    const understood = read(WELCOME, '我手机13800000002，身份证11010519491231002X');
    expect(understood.event).toEqual({ type: 'PHONE_RECEIVED', phone: '13800000002' });
    expect(understood.answersFirst).toEqual([{ type: 'ID_NUMBER_RECEIVED' }]);
    expect(at(WELCOME, '身份证11010519491231002X')).toEqual({ type: 'ID_NUMBER_RECEIVED' });
  });
});
