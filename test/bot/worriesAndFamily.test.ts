// What a QA re-probe as Chinese customers found misread: a worry for their personal details, why the phone number, pay-later
// for a family member, a text saying they are overdue, and an overdue customer without money or afraid of collection.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import type { Referents } from '../../src/bot/understanding';
import { LIST, persona5, persona5Account, persona6 } from './personaOrders';

const nlu = createNlu();
const WELCOME = 'flow.welcome';
const PHONE = 'flow.onboarding.login.awaitingPhone';
const CODE = 'flow.onboarding.login.awaitingOtp';
const ENABLED = 'flow.onboarding.enabled';
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });
const read = (text: string, statePath: string, referents: Referents = {}) => understandRequests(nlu, text, undefined, statePath, referents);
const earbudsCustomer: Referents = { account: persona5Account, orders: persona5 };
const lampCustomer: Referents = { account: { ...persona5Account, accountId: 'acct_006', phoneMasked: '138****0006' }, orders: persona6 };

// "先用后付安全吗 会不会泄露我的信息" got what pay-later is and the credit text for refused customers, one per clause.
describe('a worry for their personal details is answered as one', () => {
  it.each([
    ['先用后付安全吗 会不会泄露我的信息', WELCOME],
    ['我的个人信息安全吗', WELCOME],
    ['你们会不会泄露我的隐私', ENABLED],
    ['is my data safe?', WELCOME],
    ['will you sell my information?', WELCOME],
  ])('%j at %s', (text, statePath) => {
    const understood = read(text, statePath);
    expect(understood.event).toEqual(topic('privacy'));
    expect(understood.answersFirst).toBeUndefined();
  });

  it('beside a request, answered before it ("我想开通 会不会泄露我的信息": the enabling was lost)', () => {
    const understood = read('我想开通 会不会泄露我的信息', WELCOME);
    expect(understood.event).toEqual({ type: 'ENABLE' });
    expect(understood.answersFirst).toEqual([topic('privacy')]);
  });

  it('the phone number\'s own safety, at the phone step, is still why the number is asked for', () => {
    expect(read('手机号会不会泄露', PHONE).event).toEqual(topic('whyPhone'));
  });
});

// "为什么要我手机号" at the phone step was not understood (the 我 without 的 missed the words for it).
it.each(['为什么要我手机号', '为啥要我手机号', '要我手机号干嘛'])('%j at the phone step asks why the number', (text) => {
  expect(read(text, PHONE).event).toEqual(topic('whyPhone'));
});

describe('pay-later for a family member is said to be on their own account', () => {
  // The number was dropped (someone else's), and the customer's own asked for.
  it('"帮我妈开通一下 她手机号13800000002": the login with her number, said to be hers first', () => {
    const understood = read('帮我妈开通一下 她手机号13800000002', WELCOME);
    expect(understood.event).toEqual({ type: 'PHONE_RECEIVED', phone: '13800000002' });
    expect(understood.answersFirst).toEqual([topic('familyLogin')]);
  });

  // The phone prompt, asking for "your" number.
  it.each([
    ['我想给我爸开通', WELCOME],
    ['帮我妈开通一下', WELCOME],
    ['我想给我爸开通', PHONE],
    ['我妈不会弄 帮她开通一下', WELCOME],
    ['can I set it up for my mom?', WELCOME],
  ])('%j at %s: how it goes, no login yet', (text, statePath) => {
    expect(read(text, statePath).event).toEqual(topic('forFamily'));
  });

  it.each(['验证码在她手机上 她不在身边', '我妈不在家 收不到验证码', "the code went to her phone and she's not here"])(
    '%j at the code step: the code goes nowhere else',
    (text) => {
      expect(read(text, CODE).event).toEqual(topic('familyPhoneAway'));
    },
  );

  it('the customer\'s own requests and whether another account can have it read as before', () => {
    expect(read('帮我开通', WELCOME).event).toEqual({ type: 'ENABLE' });
    expect(read('我老婆的账号能开吗', WELCOME).event).toEqual(topic('otherAccount'));
    expect(read('13800000002', WELCOME).event).toEqual({ type: 'PHONE_RECEIVED', phone: '13800000002' });
  });
});

// It said only "你现在没有逾期的订单 👍".
describe('told of being overdue by a text, at the list: the answer that warns of scams when none is', () => {
  it.each(['收到短信说我逾期了', "I got a text saying I'm overdue"])('%j', (text) => {
    expect(read(text, LIST, earbudsCustomer).event).toEqual(topic('overdueMessage'));
  });

  it('asked without a message, the plain status', () => {
    expect(read('我是不是逾期了', LIST, earbudsCustomer).event).toEqual(topic('overdueStatus'));
  });
});

describe('an overdue customer in difficulty', () => {
  // "我现在没钱 能晚几天再还吗" got the answer; said without the question, a clarifying question.
  it.each(['我银行卡里没钱了', '这个月没钱了', '我还不起', "I can't afford it right now"])('%j: as a due date asked to be put off', (text) => {
    expect(read(text, ENABLED, lampCustomer).event).toEqual(topic('dueExtension'));
  });

  it.each(['没钱能用先用后付吗', '退款还没到账 卡里没钱'])('%j is not', (text) => {
    expect(read(text, WELCOME).event).not.toEqual(topic('dueExtension'));
  });

  it.each(['我会被催收吗', '会不会打电话催我家里人', 'will debt collectors call me?'])('%j: collection asked of', (text) => {
    expect(read(text, ENABLED, lampCustomer).event).toEqual(topic('collection'));
  });
});
