// Words at the customer's order list (personas 13800000005 and 13800000006) that were misread: "收到短信说我逾期了 为什么"
// as paying, "耳机想换个颜色 退了吧" as the exchange answer alone (the earbuds lost), "耳机别付款" as a question about the
// earbuds, and "看看" to the empty list's "要看看结算时怎么选用它吗？" as nothing clear.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import type { Referents } from '../../src/bot/understanding';
import { at, LIST, persona4, persona5, persona5Account, persona6, persona6Account } from './personaOrders';

const nlu = createNlu();
const read = (text: string, referents: Referents) => understandRequests(nlu, text, undefined, LIST, referents);
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });
const lampCustomer: Referents = { account: persona6Account, orders: persona6 };
const earbudsCustomer: Referents = { account: persona5Account, orders: persona5 };

describe('told by a text that they are overdue, and asking why', () => {
  it.each(['收到短信说我逾期了 为什么', '收到短信说我逾期了，为啥？', '收到短信说我逾期了为什么', "I got a text saying I'm overdue, why?"])(
    '%j at the list gets the answer "收到短信说我逾期了" gets: the overdue order, or with none the scam warning',
    (text) => {
      for (const referents of [lampCustomer, earbudsCustomer]) {
        expect(read(text, referents).event).toEqual(topic('overdueMessage'));
        expect(at(LIST, text, referents)).toEqual(at(LIST, '收到短信说我逾期了', referents));
      }
    },
  );

  it.each(['收到短信说我逾期了 凭什么', '收到短信说我逾期了但我没收到货', '为什么逾期了'])('%j is still no such question', (text) => {
    expect(read(text, lampCustomer).event).not.toEqual(topic('overdueMessage'));
  });
});

describe('an exchange wished for, and the return asked for with it', () => {
  it('"耳机想换个颜色 退了吧" is the earbuds\' return, the wish its reason, where exchanges are done said first', () => {
    const understood = read('耳机想换个颜色 退了吧', earbudsCustomer);
    expect(understood.event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001', reason: '想换个颜色' });
    expect(understood.answersFirst).toEqual([topic('exchange')]);
  });

  it('as "耳机不想要了，退了吧" is theirs, its reason taken', () => {
    expect(read('耳机不想要了，退了吧', earbudsCustomer).event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001', reason: 'not_wanted' });
  });

  it.each(['耳机想换个颜色', '能换货吗'])('%j alone is still where exchanges are done', (text) => {
    expect(read(text, earbudsCustomer).event).toEqual(topic('exchange'));
  });
});

describe('an action refused of an order named', () => {
  it.each(['耳机别付款', '耳机先别付', 'I do not want to pay for the earbuds', '耳机不退了', "don't return the earbuds"])(
    '%j at the list is acknowledged, the list kept, as "先别付" is: nothing started, no question about the earbuds',
    (text) => {
      expect(read(text, earbudsCustomer).event).toEqual(topic('orderStaysAsIs'));
      expect(read('先别付', earbudsCustomer).event).toEqual(topic('orderStaysAsIs'));
    },
  );

  it.each(['耳机不付了，退了吧', '不想付款，把耳机退了'])('%j asks for the other action beside it: not the order left as it is', (text) => {
    expect(read(text, earbudsCustomer).event).not.toEqual(topic('orderStaysAsIs'));
  });
});

describe('"看看" to the empty list\'s offer to show how to choose pay-later at checkout', () => {
  const noOrders: Referents = { account: { ...persona4, payLater: { enabled: true, limit: 5000 } }, orders: [] };

  it.each(['看看', '看看吧', '好 看看', '那就看看吧'])('%j is a yes to it, as "好" is', (text) => {
    expect(at(LIST, '好', noOrders)).toEqual({ type: 'AFFIRM' });
    expect(at(LIST, text, noOrders)).toEqual({ type: 'AFFIRM' });
  });

  it('not where the list offers to turn pay-later on ("要现在开通吗？"), nor with orders listed', () => {
    expect(at(LIST, '看看', { account: persona4, orders: [] })).not.toEqual({ type: 'AFFIRM' });
    expect(at(LIST, '看看', earbudsCustomer)).not.toEqual({ type: 'AFFIRM' });
  });
});
