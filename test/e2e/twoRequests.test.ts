// Over HTTP: a message that asks for something and asks a question gets both, the answer first.
import { logIn, OTP, returningEarbuds, useE2e } from './harness';

const h = useE2e();

// "我想开通先用后付，另外问下要手续费吗" got the fees and no enabling.
test('asking to enable and about fees in one message answers the fees and starts the login', async () => {
  await h().say('我想开通先用后付，另外问下要手续费吗');
  expect(h().text).toContain('费用');
  expect(h().text).toContain('手机号');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
});

test('logged in, asking for the orders and what pay-later is answers and shows the list', async () => {
  await h().say('我的订单');
  await logIn(h(), '13800000005');
  await h().say('取消');
  await h().say('查下我的订单，另外先用后付是什么');
  expect(h().text).toContain('信用支付');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
});

// "我要开通，顺便问下逾期会怎样" answered the late payment and stayed at the welcome.
test('asking to enable and what happens when paying late answers it and starts the login', async () => {
  await h().say('我要开通，顺便问下逾期会怎样');
  expect(h().text).toContain('信用');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
});

test('a return\'s reason said with a question: answered, and the reason taken to the confirmation', async () => {
  await returningEarbuds(h());
  await h().say('左耳没声音，多久能退款');
  expect(h().text).toContain('退货规则');
  expect(h().text).toContain('原因：左耳没声音。');
  expect(await h().state()).toBe('flow.purchase.confirmingReturn');
});

test('a phone number said with a question at the login: answered, and the code sent to it', async () => {
  await h().say('我要开通');
  await h().say('13800000004，另外要手续费吗');
  expect(h().text).toContain('费用');
  expect(h().text).toContain('138****0004');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
  await h().say(OTP);
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
});

// "我想开通先用后付，顺便看看我的订单" (two requests) got a clarifying question.
test('asking to enable and for the orders in one message starts enabling, the orders named for after it', async () => {
  await h().say('我想开通先用后付，顺便看看我的订单');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  expect(h().text).toContain('我的订单');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  await h().reset();
  await h().say('I want to turn on pay later and also check my orders');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  expect(h().text).toContain('my orders');
});

// QA: long or several-question messages got a clarifying question, or only part of them answered.
describe('several questions with one request, in a fresh conversation', () => {
  test('the conditions asked with enabling, clauses ended by spaces: the conditions, then the login', async () => {
    await h().say('在吗 我想开通那个先用后负 要什么条件啊 是不是要plus会员？？');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    expect(h().text).toContain('三个条件');
  });

  test('a numbered list of questions: no clarifying question nor pay button, the ones known answered, then the login', async () => {
    await h().say('客服你好，我想问几个问题：1. 怎么开通？2. 条件，不是plus可以吗？3. 之前的订单能改成先用后付吗？4. 手续费？');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    expect(h().text).toContain('三个条件');
    expect(h().text).toContain('费用');
    expect(h().buttons).not.toContain('确认收货并付款');
    await logIn(h(), '13800000004');
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  });

  test('"what is it, how do I turn it on": what it is, then the login', async () => {
    await h().say('先用后付是什么 怎么开通');
    expect(h().text).toContain('信用支付');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  });

  test('paying for goods that came, with a late-payment question: answered, the login, then that order\'s payment', async () => {
    await h().say('我上周买了个耳机，已经到了，想确认收货付款，另外还有个订单一直没到，要是逾期了会怎么样？');
    expect(h().text).toContain('逾期');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    await logIn(h(), '13800000005');
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    expect(h().text).toContain('Wireless earbuds');
    await h().click('确认收货并付款');
    expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('paid');
  });

  test('what is owed, with instalments asked: the fees answered, then the login to the orders', async () => {
    await h().say('我欠了多少钱 能分期还吗');
    expect(h().text).toContain('分期');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    await logIn(h(), '13800000006');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
  });
});

test('at the terms, a yes with the limit asked turns pay-later on, and the reply gives the limit', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000004');
  expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
  await h().say('行 那就开吧 顺便问下额度多少');
  expect(await h().state()).toBe('flow.onboarding.enabled');
  const account = await h().account('13800000004');
  expect(account.payLater.enabled).toBe(true);
  expect(h().text).toMatch(/额度：¥[\d,.]+/);
});
