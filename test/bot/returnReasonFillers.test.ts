// QA (a Chinese customer prober): a fault run on into the return asked for ("耳机有杂音想退货") is that return's reason, as
// with a comma between; and a reason said again with "I already said" around it is filed without those words.
import { plainReason } from '../../src/bot/understanding/returnReason';
import { at, earbuds, LIST, persona5, REASON, returningEarbuds } from './personaOrders';

describe('a fault run on into the return at the list: the return of the goods named, the fault its reason', () => {
  it.each([
    ['耳机有杂音想退货', '耳机有杂音'],
    ['耳机坏了我想退货', '耳机坏了'],
    ['耳机音质太差要退款', '耳机音质太差'],
  ])('%j: the earbuds\' return, reason %j', (text, reason) => {
    expect(at(LIST, text)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001', reason });
  });

  it('a request with no fault before it is still one request, with no reason', () => {
    for (const text of ['耳机我想要退货', '耳机我不想退货']) expect(at(LIST, text)).not.toHaveProperty('reason');
  });
});

describe('the reason said already: the words saying so are no part of it', () => {
  it.each([
    ['我刚说了 有杂音啊', '有杂音'],
    ['我说了有杂音', '有杂音'],
    ['有杂音，我都说过了', '有杂音'],
    ['我已经说过了，左耳有杂音', '左耳有杂音'],
    ['I already said, it crackles', 'it crackles'],
    ['like I said, they have static noise', 'they have static noise'],
    ['I told you, static noise', 'static noise'],
  ])('%j at the reason step: %j', (text, reason) => {
    expect(at(REASON, text, returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason });
  });

  it('a button\'s label said with them is that button\'s reason', () => {
    expect(at(REASON, '我刚说了 质量问题啊', returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: 'quality' });
    expect(at(REASON, "I already said, I don't want them anymore", returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: 'not_wanted' });
  });

  it('saying without who said it may be the reason itself', () => {
    expect(plainReason('说了要送赠品结果没送', persona5, earbuds)).toBe('说了要送赠品结果没送');
  });
});
