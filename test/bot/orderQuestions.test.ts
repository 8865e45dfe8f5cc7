// The QA probe of customers with orders (personas 13800000005 and 13800000006): chatter at the return's reason, goods not
// wanted away from the list, changing one's mind back, goods no order has, and questions about the orders at hand.
import type { Order } from '../../machines/domain';
import { earbuds, shoes, lamp, persona5, persona6, LIST, REASON, CONFIRMING_RETURN, CONFIRMING_RECEIPT, at, returningEarbuds } from './personaOrders';

describe('at the return-reason step, chatter and questions are no reason', () => {
  it.each(['哈哈', '哈哈哈哈', '嗯嗯', '呵呵', 'lol', 'hmm'])('%j asks for the reason again (not understood as one)', (text) => {
    expect(at(REASON, text, returningEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'reasonUnclear' });
  });

  // How goods go back is the shop's return process (they got the general returns text).
  it.each(['怎么寄回去', '寄到哪里', '退货地址是什么'])('%j is a question about sending the goods back, answered there', (text) => {
    expect(at(REASON, text, returningEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'returnPickup' });
  });

  it('"运费谁出" is the shipping fee\'s own answer, there too', () => {
    expect(at(REASON, '运费谁出', returningEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'returnShipping' });
  });

  it('"刚才说到哪了" is no reason: the step stays and asks again', () => {
    const event = at(REASON, '刚才说到哪了', returningEarbuds);
    expect(event?.type).toBe('TOPIC_ASKED');
    expect(event).not.toEqual({ type: 'RETURN_REASON_GIVEN', reason: '刚才说到哪了' });
  });

  it.each(['质量不好', '不知道为什么开不了机', '买多了', '怎么都开不了机', '怎么发错货了', '哈哈，质量太差了'])('%j is still the reason', (text) => {
    expect(at(REASON, text, returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: text });
  });
});

describe('goods not wanted, said away from the list, are a return', () => {
  it.each(['flow.onboarding.enabled', 'flow.purchase.menu', 'flow.welcome'])('"电饭煲还没到能不能先不要了" at %s asks for the return', (statePath) => {
    expect(at(statePath, '电饭煲还没到能不能先不要了', {})).toEqual({ type: 'RETURN' });
  });

  it.each(['不要了', '算了不要了', '那就先不要了', '先用后付不想要了'])('%j away from the list is no return', (text) => {
    expect(at('flow.onboarding.enabled', text, {})?.type).not.toBe('RETURN');
  });

  it('at the list, the rice cooker not wanted is its return; with the earbuds\' return in the same words, one at a time', () => {
    expect(at(LIST, '电饭煲还没到能不能先不要了')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002', reason: 'not_wanted' });
    expect(at(LIST, '耳机不太好用想退掉但是电饭煲还没到能不能先不要了')).toEqual({ type: 'TOPIC_ASKED', topic: 'oneOrderAtATime' });
  });
});

describe('changing one\'s mind back, in any of its words', () => {
  it.each(['算了算了还是付吧', '算了还是付款吧', "actually never mind, I'll pay", '不退了，还是付款吧'])('%j while confirming the return pays instead', (text) => {
    expect(at(CONFIRMING_RETURN, text, returningEarbuds)).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' });
    expect(at(REASON, text, returningEarbuds)).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' });
  });

  it.each(['算了算了还是退吧', "actually never mind, I'll return it"])('%j while confirming receipt returns instead', (text) => {
    expect(at(CONFIRMING_RECEIPT, text, returningEarbuds)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' });
  });

  it.each([
    [CONFIRMING_RETURN, '算了算了'],
    [CONFIRMING_RETURN, 'never mind'],
    [CONFIRMING_RECEIPT, '算了'],
  ])('at %s, %j still takes it back', (statePath, text) => {
    expect(at(statePath, text, returningEarbuds)?.type).toMatch(/^(?:DENY|CANCEL)$/);
  });

  it('"还是退吧" at the list, no order in question and two that can go back: a return, which asks which one', () => {
    expect(at(LIST, '还是退吧')).toEqual({ type: 'RETURN' });
  });
});

describe('goods no listed order has are told so', () => {
  it.each(['帮我付一下那个手机的订单', '我要付耳机的钱', 'pay for my laptop order'])('%j from the customer with the lamp', (text) => {
    expect(at(LIST, text, { orders: persona6 })).toEqual({ type: 'TOPIC_ASKED', topic: 'orderNotListed' });
  });

  it.each(['台灯付款', '帮我付一下那个手机的订单', '退手机壳'])('%j from the customer with earbuds, a rice cooker and shoes', (text) => {
    expect(at(LIST, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'orderNotListed' });
  });

  it.each([
    ['台灯付款', persona6, { type: 'ORDER_PAY_CHOSEN', orderId: 'JD6001' }],
    ['耳机付款', persona5, { type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' }],
    ['我要付无线耳机的钱', persona5, { type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' }],
    // Another name of the goods is no claim that the order is missing.
    ['pay for the earphones', persona5, { type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' }],
    ['现在付款', persona5, { type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' }],
  ])('%j still chooses the order it names', (text, orders, event) => {
    expect(at(LIST, text, { orders })).toEqual(event);
  });

  it.each(['这个月的钱什么时候付', '先用后付的订单', '确认收货付款', '逾期的订单', '上次的订单'])('%j names no goods', (text) => {
    expect(at(LIST, text)).not.toEqual({ type: 'TOPIC_ASKED', topic: 'orderNotListed' });
  });

  it('Chinese goods are not claimed missing when a title has no Chinese to compare with', () => {
    const orders: Order[] = [{ orderId: 'JD7001', title: 'Wireless earbuds', amount: 299, status: 'delivered' }];
    expect(at(LIST, '我要付耳机的钱', { orders })).not.toEqual({ type: 'TOPIC_ASKED', topic: 'orderNotListed' });
  });
});

describe('questions about the orders at hand', () => {
  it.each(['还有什么要付的吗', '我一共欠多少钱', '总共要付多少', '有没有要付的', 'anything left to pay?'])('%j at the list: the amount due', (text) => {
    expect(at(LIST, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'amountDue' });
  });

  it.each(['还有什么要付的吗', '我一共欠多少钱'])('%j before the orders are at hand: the orders, not the requirements', (text) => {
    expect(at('flow.onboarding.enabled', text, {})).toEqual({ type: 'ORDERS', question: true });
    expect(at('flow.purchase.menu', text, {})).toEqual({ type: 'ORDERS', question: true });
  });

  it('"耳机什么时候要付款" at the list: the due dates', () => {
    expect(at(LIST, '耳机什么时候要付款')).toEqual({ type: 'TOPIC_ASKED', topic: 'dueDate' });
  });

  it.each(['跑步鞋付过了吗', '跑步鞋付了没'])('%j: the shoes are asked about (paid: nothing to do), away from the list the orders show it', (text) => {
    expect(at(LIST, text)).toEqual({ type: 'ORDER_MENTIONED', orderId: 'JD5003' });
    expect(at('flow.purchase.menu', text, {})).toEqual({ type: 'ORDERS', question: true });
    expect(at('flow.onboarding.enabled', text, {})).toEqual({ type: 'ORDERS', question: true });
  });

  it('"不退了吗？" at the reason step is no question about the orders', () => {
    expect(at(REASON, '不退了吗？', returningEarbuds)?.type).not.toBe('ORDERS');
  });

  it.each([
    [LIST, '退货影响信用吗'],
    [LIST, '这会影响我信用吗'],
    [CONFIRMING_RETURN, '这会影响我信用吗'],
    [CONFIRMING_RETURN, '退货影响信用吗'],
    [CONFIRMING_RECEIPT, '这会影响我信用吗'],
    [REASON, '退货影响信用吗'],
    [LIST, 'will returning it hurt my credit?'],
  ])('at %s, %j: late payment is what hurts credit', (statePath, text) => {
    expect(at(statePath, text, returningEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'creditImpact' });
  });

  it('"逾期会影响信用吗" is still the overdue answer', () => {
    expect(at(LIST, '逾期会影响信用吗')).toEqual({ type: 'TOPIC_ASKED', topic: 'overdueCredit' });
  });

  it.each(['电饭煲什么时候能到啊', '电饭煲什么时候到？', 'where is my rice cooker?', '我的快递到哪了'])('%j at the list: on its way', (text) => {
    expect(at(LIST, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'delivery' });
  });

  it('where goods that have arrived are, or several orders, is left to the list\'s reading', () => {
    expect(at(LIST, '耳机什么时候到')).toEqual({ type: 'ORDER_MENTIONED', orderId: 'JD5001' });
    expect(at(LIST, '耳机和电饭煲什么时候到？')?.type).not.toBe('TOPIC_ASKED');
  });
});

// QA: "我在app上付过了" got a clarifying question while "我已经付了" got "请先别重复付款"; "付了没" at a payment's
// confirmation left it silently for the list.
describe('paid already, however said, and whether the order being paid is paid', () => {
  const ALREADY_PAID = { type: 'TOPIC_ASKED', topic: 'alreadyPaid' };
  it.each(['我已经付了', '我在app上付过了', '我在APP上付过了', '我在商城付过了', '在别处付过了', '我在京东上已经付了', 'I paid in the app'])(
    '%j at the list: not to pay again',
    (text) => {
      expect(at(LIST, text)).toEqual(ALREADY_PAID);
    },
  );
  it.each(['我在app上付过了吗', '付了吗'])('%j asks, and is not told it was paid', (text) => {
    expect(at(LIST, text)).not.toEqual(ALREADY_PAID);
  });

  const payingLamp = { orders: persona6, orderId: lamp.orderId };
  it.each(['付了没', '我不是付过了吗', '付了吗', '付款成功了吗', 'is it paid?'])('%j at the lamp\'s payment: whether it is paid', (text) => {
    expect(at(CONFIRMING_RECEIPT, text, payingLamp)).toEqual({ type: 'TOPIC_ASKED', topic: 'orderPaidYet' });
  });
  it('"不付了" there is still no such question', () => {
    expect(at(CONFIRMING_RECEIPT, '不付了', payingLamp)).not.toEqual({ type: 'TOPIC_ASKED', topic: 'orderPaidYet' });
  });
});
