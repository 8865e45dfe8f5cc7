// Over HTTP, a QA round: questions the article does not answer are said to be the shop's (with where to look), an order
// already placed is not switched, other credit products are not this bot's, a payment's money source is answered at its
// confirmation, credit "recovered yet?" is the status check, and an overdue order's due date asked to be put off is past.
import { atOrderList, logIn, useE2e } from './harness';

const h = useE2e();

const REFUSED = 'flow.onboarding.creditRefused';
const CONFIRMING_RECEIPT = 'flow.purchase.confirmingReceipt';

// It got the FAQ on paying: "pay before the due date, overdue hurts your credit".
test('"已经付款的订单能改成先用后付吗": chosen at checkout when ordering, a placed order cannot be switched', async () => {
  await h().say('已经付款的订单能改成先用后付吗');
  expect(await h().state()).toBe('flow.welcome');
  expect(h().text).toContain('没法再改成先用后付');
  expect(h().text).not.toContain('逾期');
});

// The second half got the goods' return answer ("在订单里选「申请退货」").
test('"plus会员多少钱一年啊？开了能退吗": PLUS\'s price and refund are on the PLUS page, no goods\' return', async () => {
  await h().say('plus会员多少钱一年啊？开了能退吗');
  expect(h().text).toContain('PLUS会员中心页面');
  expect(h().text).not.toContain('申请退货');
});

// It was told "open this order in the shop app to pay" (there is no order), under the refusal.
test('at the credit refusal, "那我能先用白条吗" is another product, not this bot\'s; the refusal stays', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000003');
  expect(await h().state()).toBe(REFUSED);
  await h().say('那我能先用白条吗');
  expect(await h().state()).toBe(REFUSED);
  expect(h().text).toContain('其他的信用或支付产品不归我管');
  expect(h().text).not.toContain('打开这笔订单');
  expect(h().buttonEvents).toEqual(['HUMAN', 'DENY']);
});

// At the refusal it got "no period known"; elsewhere a clarifying question.
test('"我的信用现在恢复了吗" is the status check: at the refusal the account is read again, before a login the login comes', async () => {
  await h().say('我的信用现在恢复了吗');
  expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  await logIn(h(), '13800000003');
  expect(await h().state()).toBe(REFUSED);
  await h().say('我的信用现在恢复了吗');
  expect(await h().state()).toBe(REFUSED);
  expect(h().text).toContain('信用暂不符合要求');
  expect(h().text).not.toContain('我不太确定你的意思');
});

// It got only "要继续的话，请点下面的确认按钮".
test('at a payment\'s confirmation, where the money comes from is answered and the confirmation kept, nothing paid', async () => {
  await atOrderList(h(), '13800000005');
  await h().click('确认收货并付款 · Wireless earbuds 无线耳机');
  expect(await h().state()).toBe(CONFIRMING_RECEIPT);
  await h().say('等下 付款是从哪扣钱？银行卡还是余额');
  expect(await h().state()).toBe(CONFIRMING_RECEIPT);
  expect(h().text).toContain('用哪种方式付，我在聊天里看不到');
  expect(h().text).not.toContain('要继续的话');
  expect(h().buttonEvents).toEqual(['AFFIRM', 'DENY']);
  expect((await h().orders('13800000005')).find((o) => o.orderId === 'JD5001')?.status).toBe('delivered');
});

// Each got a clarifying question.
test.each([
  ['跟花呗有啥区别', '我能讲的是先用后付'],
  ['快递员什么时候来取件', '商城的退货流程'],
  ['不想给手机号 你直接查不行吗', '需要先登录'],
  ['那我试用会员行不行', 'PLUS会员页面'],
  ['护照可以吗 我是港澳居民', '商城认证页面'],
  ['退货要运费吗', '退货规则'],
])('%j gets its answer, no clarifying question', async (text, answer) => {
  await h().say(text);
  expect(await h().state()).toBe('flow.welcome');
  expect(h().text).toContain(answer);
  expect(h().text).not.toContain('我不太确定你的意思');
});

test('at the real-name step, a passport asked about is answered there, with a person, and the step stays', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000002');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  await h().say('护照可以吗 我是港澳居民');
  expect(await h().state()).toBe('flow.onboarding.awaitingRealName');
  expect(h().text).toContain('商城认证页面');
  expect(h().buttonEvents).toContain('HUMAN');
  expect(h().buttonEvents).toContain('AFFIRM');
});

// It was told to pay "before the due date" (past), then "你的先用后付已经开通了 🎉" again.
test('persona 6: a due date asked to be put off is past already: pay soon, now or with a person, no "it is on 🎉" again', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000006');
  expect(await h().state()).toBe('flow.onboarding.enabled');
  await h().say('能晚几天再还吗 这个月手头紧');
  expect(await h().state()).toBe('flow.onboarding.enabled');
  expect(h().replies).toHaveLength(1);
  expect(h().text).toContain('已经逾期');
  expect(h().text).not.toContain('截止日期前');
  expect(h().text).not.toContain('🎉');
  expect(h().buttonEvents).toEqual(['PAY', 'HUMAN']);
  // Paying now leads to the overdue lamp.
  await h().click('确认收货并付款');
  expect(h().text).toContain('Desk lamp 台灯');
});

test('persona 5 (nothing overdue): the date cannot be put off, pay before it, as before', async () => {
  await h().say('开通先用后付');
  await logIn(h(), '13800000005');
  await h().say('能晚几天再还吗 这个月手头紧');
  expect(h().text).toContain('截止日期前');
  expect(h().text).not.toContain('已经逾期');
});
