// "看看" where a yes consents is "let me look first" (it got a clarifying question, then a person), and paying said with a
// no-looking word ("不错，付款吧", "要不先付了吧", "不用了，我现在付", "i don't mind paying") is paying (it read as a no).
import { at, CONFIRMING_RECEIPT, CONFIRMING_RETURN, LIST, persona4, persona5, returningEarbuds } from './personaOrders';

const TERMS = 'flow.onboarding.confirmingTerms';
const WAIT = { type: 'TOPIC_ASKED', topic: 'wait' };
const HESITANT = { type: 'TOPIC_ASKED', topic: 'hesitantYes' };
const PAY_EARBUDS = { type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' };
const CONSENT_STEPS = [
  [TERMS, { account: persona4 }],
  [CONFIRMING_RECEIPT, returningEarbuds],
  [CONFIRMING_RETURN, { ...returningEarbuds, returnReason: 'size' }],
] as const;

describe('looking first, where a yes consents, is a wait', () => {
  it.each(CONSENT_STEPS)('at %s, "看看" and "让我看看" are "等一下"; "好的我先看看" is still a hesitant yes', (step, referents) => {
    for (const text of ['看看', '我先看看', '让我看看', '等一下']) expect(at(step, text, referents)).toEqual(WAIT);
    expect(at(step, '好的我先看看', referents)).toEqual(HESITANT);
  });
});

const WARM_PAYING = ['不错，付款吧', '要不先付了吧', '不用了，我现在付', "i don't mind paying"];

describe('paying said with a word that looks like a no', () => {
  it.each(WARM_PAYING)('%j at the earbuds\' payment pays, as "付吧"', (text) => {
    expect(at(CONFIRMING_RECEIPT, text, returningEarbuds)).toEqual({ type: 'AFFIRM' });
  });

  it.each(WARM_PAYING)('%j with the earbuds in question at the list chooses their payment', (text) => {
    expect(at(LIST, text, returningEarbuds)).toEqual(PAY_EARBUDS);
    expect(at(LIST, text, { orders: persona5 })).toEqual(PAY_EARBUDS);
  });

  it.each(WARM_PAYING)('%j at the terms is a request to pay, no no', (text) => {
    expect(at(TERMS, text, { account: persona4 })).toMatchObject({ type: 'PAY' });
  });

  it('in traditional characters ("不錯，付款吧"), read in simplified ones as all typed words are: paying too (it was a no)', () => {
    expect(at(LIST, '不錯，付款吧', returningEarbuds)).toEqual(PAY_EARBUDS);
    expect(at(TERMS, '不錯，付款吧', { account: persona4 })).toMatchObject({ type: 'PAY' });
  });

  it('a real no is still a no', () => {
    expect(at(CONFIRMING_RECEIPT, '不用了', returningEarbuds)).not.toEqual({ type: 'AFFIRM' });
    expect(at(CONFIRMING_RECEIPT, '先不付了', returningEarbuds)).toEqual({ type: 'DENY' });
    expect(at(CONFIRMING_RECEIPT, "i don't want to pay", returningEarbuds)).not.toEqual({ type: 'AFFIRM' });
  });
});
