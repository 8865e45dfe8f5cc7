// "看看" to an offer to look (the orders, how to use it) is a yes to it, and a yes before paying ("没错 付吧", "是的 付") to
// "what to do with the earbuds?" is paying for them: both were misread, found trying the bot as a customer (persona 5).
import { at, CONFIRMING_RECEIPT, CONFIRMING_RETURN, earbuds, LIST, persona4, persona5, returningEarbuds } from './personaOrders';

const ENABLED = 'flow.onboarding.enabled';
const TERMS = 'flow.onboarding.confirmingTerms';
const AFFIRM = { type: 'AFFIRM' };
const HESITANT = { type: 'TOPIC_ASKED', topic: 'hesitantYes' };
const PAY_EARBUDS = { type: 'ORDER_PAY_CHOSEN', orderId: earbuds.orderId };

describe('looking, to an offer to look, is a yes', () => {
  it.each(['看看', '看看吧', '看一下', '好 看看', '瞧瞧', '我先看看', '先看看', '让我看看', '好的，看一下吧', '嗯 瞅瞅'])(
    '%j at the offer of the orders takes it',
    (text) => {
      expect(at(ENABLED, text)).toEqual(AFFIRM);
    },
  );

  it('looking at something else, or not now, is no yes to the offer', () => {
    expect(at(ENABLED, '看看订单')).toEqual({ type: 'ORDERS' });
    expect(at(ENABLED, '等会再看')).not.toEqual(AFFIRM);
    expect(at(ENABLED, '不看了')).not.toEqual(AFFIRM);
  });

  // "我先看看" ("let me look around first") keeps its meaning where a yes consents: it turns nothing on and pays nothing.
  it.each([
    [TERMS, { account: persona4 }],
    [CONFIRMING_RECEIPT, returningEarbuds],
    [CONFIRMING_RETURN, { ...returningEarbuds, returnReason: 'size' }],
  ])('at %s, "好的我先看看" is still told how to go ahead, and "看看" consents to nothing', (step, referents) => {
    expect(at(step, '好的我先看看', referents)).toEqual(HESITANT);
    for (const text of ['看看', '我先看看', '好 看看']) expect(at(step, text, referents)).not.toEqual(AFFIRM);
  });
});

describe('a yes before paying, to "what to do with the earbuds?", pays for them', () => {
  it.each(['没错 付吧', '对 付吧', '是的 付', '没错 付', '没问题 付款', '对的 付吧'])('%j chooses the earbuds\' payment', (text) => {
    expect(at(LIST, text, returningEarbuds)).toEqual(PAY_EARBUDS);
  });

  it('with no order in question, the one order due, as "付吧" alone', () => {
    expect(at(LIST, '是的 付', { orders: persona5 })).toEqual(PAY_EARBUDS);
    expect(at(LIST, '付吧', { orders: persona5 })).toEqual(PAY_EARBUDS);
  });

  it.each(['好的 不付了', '没错 先不付', '对 明天再付', '是的 付了吗'])('%j turned around or asked pays nothing', (text) => {
    expect(at(LIST, text, returningEarbuds)).not.toEqual(PAY_EARBUDS);
  });

  it('the same yes at the offer of the orders asks to pay', () => {
    expect(at(ENABLED, '没错 付')).toEqual({ type: 'PAY' });
  });
});
