// Two wordings left over from the QA probe: the code step's safety answer said the code logs in "your own account" when
// a family member's number was being logged in, and "我好像逾期了怎么办" (overdue said, no word of credit) before the login
// got the pay FAQ's "pay before the due date" instead of what being late means and paying now.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import { zhCN } from '../../dialogs/messages/zh-CN';
import { enUS } from '../../dialogs/messages/en-US';
import { useE2e } from '../e2e/harness';
import { LIST, persona6, persona6Account } from './personaOrders';

const nlu = createNlu();
const WELCOME = 'flow.welcome';
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });
const h = useE2e();

describe('the code step\'s safety answer, said while logging a family member in', () => {
  it.each([
    ['zh-CN', zhCN['topic.loginSafety.code'], /你自己的账号/],
    ['en-US', enUS['topic.loginSafety.code'], /your own account/i],
  ])('%s does not call the account the customer\'s own', (_language, text, own) => {
    expect(text).not.toMatch(own);
  });

  it('"你是真的京东客服吗" at the code step for "她手机号13800000002": the number\'s shop account, not "your own"', async () => {
    await h().say('帮我妈开通一下 她手机号13800000002');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    await h().say('你是真的京东客服吗');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    expect(h().text).toContain('手机号的商城账号');
    expect(h().text).not.toContain('你自己的账号');
  });
});

describe('overdue said with what to do and no word of credit, before the login', () => {
  it.each(['我好像逾期了怎么办', '我已经逾期了 该怎么办', "I think I'm overdue, what do I do?"])('%j is the overdue answer', (text) => {
    const understood = understandRequests(nlu, text, undefined, WELCOME, {});
    expect(understood.event).toEqual(topic('overdueWhatNow'));
    expect(understood.answersFirst).toBeUndefined();
  });

  it('with credit asked it stays the credit worry', () => {
    expect(understandRequests(nlu, '我好像逾期了怎么办 会不会上征信啊', undefined, WELCOME, {}).event).toEqual(topic('overdueWorry'));
  });

  it('logged in, with the orders known, it is not this (paying answers it, as before)', () => {
    const understood = understandRequests(nlu, '我好像逾期了怎么办', undefined, LIST, { account: persona6Account, orders: persona6 });
    expect(understood.event).not.toEqual(topic('overdueWhatNow'));
  });

  it('"我好像逾期了怎么办": what lateness means, pay now, the login offered; no due-date FAQ, no credit bureau', async () => {
    await h().say('我好像逾期了怎么办');
    expect(await h().state()).toBe(WELCOME);
    expect(h().text).toContain('信用记录');
    expect(h().text).toContain('尽快把逾期的那笔付掉');
    expect(h().text).not.toContain('记得在截止日期前付款');
    expect(h().text).not.toContain('征信');
    expect(h().buttons).toEqual(['登录查看并付款']);
  });

  it('in English the same', async () => {
    await h().reset('en-US');
    await h().say("I think I'm overdue, what do I do?");
    expect(h().text).toContain('credit record');
    expect(h().text).not.toContain('by the due date');
    expect(h().text).not.toContain('credit bureau');
    expect(h().buttons).toEqual(['Log in to see and pay']);
  });
});
