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
