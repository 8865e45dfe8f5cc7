// Every demo persona of PRODUCT.md §5, from "你好" to its natural end, over HTTP against the real bot and mock backend.
import { logIn, OTP, useE2e, VALID_ID_NUMBER } from './harness';

const h = useE2e();

describe('the demo personas', () => {
  // A dispute ("你们查错了吧") read as "not now" dropped the customer out; after a real "not now", asking to enable again
  // said "still no PLUS, tap again" as if they had claimed to have bought it.
  test('13800000001 who says they are a member already is checked again and told how to have it looked at; "not now", then enabling again, is no recheck', async () => {
    await h().click('开通先用后付');
    await logIn(h(), '13800000001');
    await h().say('我本来就是PLUS会员啊');
    expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
    expect(h().text).toContain('转人工');
    await h().say('你们查错了吧');
    expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
    await h().say('我等会再弄');
    expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
    expect(h().text).toContain('不着急');
    await h().click('暂不开通');
    expect(await h().state()).toBe('flow.welcome');
    await h().say('我想开通先用后付');
    expect(await h().state()).toBe('flow.onboarding.awaitingPlus');
    expect(h().text).not.toContain('还没看到');
  });

  test('13800000001, not PLUS and not verified, buys PLUS and verifies on the shop pages, then enables pay-later', async () => {
    await h().say('你好');
    expect(h().buttonEvents).toContain('ENABLE');
    await h().click('开通先用后付');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingPhone');
    await logIn(h(), '13800000001');
    expect(await h().state()).toBe('flow.onboarding.awaitingPlus');

    // The customer opens the PLUS stand-in page from the chat and joins there.
    const plusPage = h().link('去开通PLUS会员');
    expect(plusPage).toMatch(/\/shop\/plus\?account=acct_001$/);
    expect(await h().submitShopPage(plusPage, { accountId: 'acct_001' })).toBe(200);
    await h().say('好了');
    expect(await h().state()).toBe('flow.onboarding.awaitingRealName');

    const realNamePage = h().link('去实名认证');
    expect(await h().submitShopPage(realNamePage, { accountId: 'acct_001', name: '张三', idNumber: VALID_ID_NUMBER })).toBe(200);
    await h().say('done');
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
    expect(h().buttonEvents).toEqual(['AFFIRM', 'DENY']);

    await h().click(1);
    expect(await h().state()).toBe('flow.onboarding.enabled');
    const account = await h().account('13800000001');
    expect(account).toMatchObject({ plus: { active: true }, realName: { verified: true }, payLater: { enabled: true } });
  });

  test('13800000002, PLUS but not verified, is sent to verify and then enables pay-later', async () => {
    await h().say('我想开通先用后付');
    await logIn(h(), '13800000002');
    expect(await h().state()).toBe('flow.onboarding.awaitingRealName');

    // Saying "done" before the page is done: the bot checks, says it is not done yet, and keeps the step.
    await h().click('我已认证好了');
    expect(await h().state()).toBe('flow.onboarding.awaitingRealName');

    await h().submitShopPage(h().link('去实名认证'), { accountId: 'acct_002', name: '李四', idNumber: VALID_ID_NUMBER });
    await h().click('我已认证好了');
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
    await h().click('同意并开通');
    expect(await h().state()).toBe('flow.onboarding.enabled');
    expect((await h().account('13800000002')).payLater.enabled).toBe(true);
  });

  test('13800000003, with poor credit, is refused and offered a person, or a way back', async () => {
    await h().click('开通先用后付');
    await logIn(h(), '13800000003');
    expect(await h().state()).toBe('flow.onboarding.creditRefused');
    expect(h().buttonEvents).toEqual(['HUMAN', 'DENY']);

    await h().click('联系人工客服');
    expect(await h().state()).toBe('handoff');
    expect(h().replies).toHaveLength(1);
    expect((await h().account('13800000003')).payLater.enabled).toBe(false);
  });

  test('13800000003 who declines a person is back at the start, with the menu', async () => {
    await h().click('开通先用后付');
    await logIn(h(), '13800000003');
    await h().click('先不用了');
    expect(await h().state()).toBe('flow.welcome');
    expect(h().buttonEvents).toContain('ENABLE');
  });

  test('13800000004, who meets every condition, goes straight to the terms and enables pay-later', async () => {
    await h().say('你好');
    await h().click('开通先用后付');
    await h().say('13800000004');
    expect(await h().state()).toBe('flow.onboarding.login.awaitingOtp');
    await h().say(OTP);
    expect(await h().state()).toBe('flow.onboarding.confirmingTerms');
    await h().click('同意并开通');
    expect(await h().state()).toBe('flow.onboarding.enabled');
    expect(h().buttonEvents).toEqual(['CHECKOUT', 'ORDERS']);
    expect((await h().account('13800000004')).payLater.enabled).toBe(true);

    await h().click('看看怎么用');
    expect(await h().state()).toBe('flow.purchase.checkoutGuide');
  });

  test('13800000005 confirms receipt and pays the delivered order, and asks to return the one in transit', async () => {
    await h().say('你好');
    await h().click('我的订单');
    await logIn(h(), '13800000005');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    // Payable: the delivered order; returnable: delivered and in transit; the paid one offers nothing.
    expect(h().buttonEvents).toEqual(['ORDER_PAY_CHOSEN', 'ORDER_RETURN_CHOSEN', 'ORDER_RETURN_CHOSEN']);

    await h().click(/确认收货并付款 · Wireless earbuds/);
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    await h().click('确认收货并付款');
    expect(await h().state()).toBe('flow.purchase.showingOrders');

    await h().click(/申请退货 · Rice cooker/);
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
    await h().say('买重复了，家里已经有一个');
    expect(await h().state()).toBe('flow.purchase.confirmingReturn');
    await h().click('提交退货申请');
    expect(await h().state()).toBe('flow.purchase.showingOrders');

    const orders = await h().orders('13800000005');
    expect(Object.fromEntries(orders.map((o) => [o.orderId, o.status]))).toEqual({
      JD5001: 'paid',
      JD5002: 'return_requested',
      JD5003: 'paid',
    });
  });

  test('13800000005 types an order number from the list: the bot asks what to do with that order', async () => {
    await h().say('我的订单');
    await logIn(h(), '13800000005');
    await h().say('谢谢');
    await h().say('JD5002');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(h().text).toContain('Rice cooker 电饭煲」（运输中）');
    expect(h().buttonEvents).toEqual(['ORDER_RETURN_CHOSEN', 'ORDERS']);
    await h().click('我的订单');
    expect(h().buttonEvents).toEqual(['ORDER_PAY_CHOSEN', 'ORDER_RETURN_CHOSEN', 'ORDER_RETURN_CHOSEN']);
  });

  test('13800000005 says in words which order and what to do: "电饭煲退了吧", "the first one, pay"', async () => {
    await h().say('我的订单');
    await logIn(h(), '13800000005');
    await h().say('电饭煲退了吧');
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
    expect(h().text).toContain('Rice cooker');
    await h().say('算了，不退了');
    expect(await h().state()).toBe('flow.purchase.showingOrders');

    await h().say('耳机');
    expect(h().buttonEvents).toEqual(['ORDER_PAY_CHOSEN', 'ORDER_RETURN_CHOSEN', 'ORDERS']);
    // A question in between: answered, and the prompt still asks about the earbuds (what "退了吧" will apply to).
    await h().say('先用后付是什么');
    expect(h().replies.at(-1)?.text).toContain('Wireless earbuds 无线耳机」（已送达，待确认收货）想怎么处理');
    await h().say('退了吧'); // about the earbuds, which the bot is asking about
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
    expect(h().text).toContain('Wireless earbuds');
    await h().click('不退了');

    await h().say('the first one, pay it');
    expect(await h().state()).toBe('flow.purchase.confirmingReceipt');
    expect(h().text).toContain('Wireless earbuds');
    // Changing one's mind at the confirmation: the same order.
    await h().say('等等，我还是想退货');
    expect(await h().state()).toBe('flow.purchase.awaitingReturnReason');
    expect(h().text).toContain('Wireless earbuds');
  });

  test('13800000006 is reminded of the overdue order and pays it', async () => {
    await h().say('我要付款');
    await logIn(h(), '13800000006');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect(h().text).toContain('逾期');
    expect(h().buttonEvents).toEqual(['ORDER_PAY_CHOSEN']);

    await h().click(1);
    await h().click('确认收货并付款');
    expect(await h().state()).toBe('flow.purchase.showingOrders');
    expect((await h().orders('13800000006'))[0].status).toBe('paid');
  });
});

