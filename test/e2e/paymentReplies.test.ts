// QA re-probe (Chinese customers): payment questions with their own answers, "paid already" in any wording, whether the
// order being paid is paid, the credit refusal said once, and an order number at the phone step.
import { zhCN } from '../../dialogs/messages/zh-CN';
import { atOrderList, logIn, useE2e } from './harness';

const h = useE2e();
const PAY_FAQ = zhCN['faq.pay'];
const RECEIPT = 'flow.purchase.confirmingReceipt';

describe('payment questions are answered each in its own words, not with the one text on paying', () => {
  test('"逾期会罚钱吗": the article gives no figure, and says what it does and where to look', async () => {
    await h().say('逾期会罚钱吗');
    expect(h().text).not.toContain(PAY_FAQ);
    expect(h().text).toContain(zhCN['topic.overdueCharges']);
  });

  test('"能提前还吗": yes, once the goods are in and wanted, before the due date', async () => {
    await h().say('能提前还吗');
    expect(h().text).not.toContain(PAY_FAQ);
    expect(h().text).toContain(zhCN['topic.earlyPayment']);
  });

  test('"1.逾期怎么办 2.能提前还吗": both answered', async () => {
    await h().say('1.逾期怎么办 2.能提前还吗');
    expect(h().text).toContain(PAY_FAQ);
    expect(h().text).toContain(zhCN['topic.earlyPayment']);
  });

  test('persona 6 right after paying the overdue lamp: no "no effect if paid in time", but what late payment may have left', async () => {
    await atOrderList(h(), '13800000006');
    await h().click('确认收货并付款 · Desk lamp 台灯');
    await h().click('确认收货并付款');
    expect(h().text).toContain('付款完成');
    await h().say('付完了对我信用有影响吗');
    expect(h().text).not.toContain('就不会有影响');
    expect(h().text).toContain('Desk lamp 台灯');
    expect(h().text).toContain(zhCN['topic.credit.paidLate'].slice(-20));
  });
});

describe('"paid already" reads alike however it is said', () => {
  test.each(['我在app上付过了', '我在商城付过了', '在别处付过了', '我已经付了'])('%j at the order list: not to pay again', async (typed) => {
    await atOrderList(h(), '13800000005');
    await h().say(typed);
    expect(h().text).toContain(zhCN['topic.alreadyPaid']);
    expect(h().text).not.toContain(zhCN['notice.clarify']);
  });

  test.each(['我不是付过了吗', '付了没'])('%j at the lamp\'s payment: whether it is paid, the confirmation kept', async (typed) => {
    await atOrderList(h(), '13800000006');
    await h().click('确认收货并付款 · Desk lamp 台灯');
    expect(await h().state()).toBe(RECEIPT);
    await h().say(typed);
    expect(await h().state()).toBe(RECEIPT);
    expect(h().text).toContain('还没有付款');
    expect(h().text).toContain('Desk lamp 台灯');
    expect(h().buttons).toContain(zhCN['button.confirmPay']);
  });
});

// Persona 3 heard the whole refusal after every question.
test('after the credit refusal, a question is answered with a short reminder, not the whole refusal again', async () => {
  await h().say('我要开通');
  await logIn(h(), '13800000003');
  expect(await h().state()).toBe('flow.onboarding.creditRefused');
  expect(h().text).toContain(zhCN['prompt.creditRefused']);
  for (const question of ['为什么不能开', '要手续费吗']) {
    await h().say(question);
    expect(h().text).not.toContain(zhCN['prompt.creditRefused']);
    expect(h().text).toContain(zhCN['prompt.creditRefused.again']);
    expect(h().buttonEvents).toContain('HUMAN');
  }
});

describe('an order number at the phone step is no mistyped phone number', () => {
  test.each(['订单号 202612040001 还没到', '单号202612040001怎么还没发货', '我的订单号是202612040001'])('%j', async (typed) => {
    await h().say('我要开通');
    await h().say(typed);
    expect(h().text).not.toContain('这个号码好像不太对');
    expect(h().text).not.toContain('位数字');
    expect(h().text).toContain(zhCN['topic.orderNumberBeforeLogin']);
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
  });

  test('the words are kept for after the login: the orders are shown then', async () => {
    await h().say('订单号 202612040001 还没到');
    expect(h().text).toContain(zhCN['topic.orderNumberBeforeLogin']);
    await logIn(h(), '13800000005');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    // Not among the customer's orders: said so, above the list to choose from.
    expect(h().text).toContain(zhCN['topic.orderNotListed']);
  });
});
