// QA re-probe at the payment's and the return's confirmations (persona 5: the earbuds to pay): approving words with a 不
// or 没 in them ("不错", "没坏", "没错", "没毛病") were read as a no or as hesitation, and a problem word (坏了) anywhere in
// the words turned them into a return, an explicit "确认收货" too.
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';
import { at, CONFIRMING_RECEIPT, CONFIRMING_RETURN, earbuds, returningEarbuds } from './personaOrders';

const nlu = createNlu();
const TERMS = 'flow.onboarding.confirmingTerms';
const AFFIRM = { type: 'AFFIRM' };
const HESITANT = { type: 'TOPIC_ASKED', topic: 'hesitantYes' };
/** At the earbuds' return confirmation, their reason given. */
const confirmingReturn = { ...returningEarbuds, returnReason: 'size' };

describe('approving words with 不 or 没 are no no', () => {
  // Read as a no ("不错 付吧": the payment dropped), or the generic payment FAQ ("不错 确认收货").
  it.each([
    '不错 付吧', '没坏 付吧', '还没坏 挺好的 付吧', '没毛病 付吧', '不错 确认收货', '耳机没坏 确认收货', '东西挺好的 付吧',
    '质量不错，确认收货', '挺好的 付款吧', '没问题 付款吧', '东西没事 确认收货',
  ])('%j at the payment pays', (text) => {
    expect(at(CONFIRMING_RECEIPT, text, returningEarbuds)).toEqual(AFFIRM);
  });

  // Told to tap the buttons: they are yes words, as 对 and 可以 are.
  it.each(['没错', '对 没错', '可以 没啥问题', '没毛病', '没错 确认', '对，没什么问题'])('%j is a plain yes at the payment and at the return', (text) => {
    expect(at(CONFIRMING_RECEIPT, text, returningEarbuds)).toEqual(AFFIRM);
    expect(at(CONFIRMING_RETURN, text, confirmingReturn)).toEqual(AFFIRM);
  });

  it.each(['对 没错 提交吧', '没错 提交', '没问题 退吧', '不错 提交吧'])('%j at the return\'s confirmation files it', (text) => {
    expect(at(CONFIRMING_RETURN, text, confirmingReturn)).toEqual(AFFIRM);
  });

  // A remark on what comes beside the goods says nothing of paying for them.
  it.each(['我不想要发票 直接付吧', '不用发票，确认收货', '盒子坏了 东西没事 确认收货', '包装破了 付款吧'])('%j at the payment pays', (text) => {
    expect(at(CONFIRMING_RECEIPT, text, returningEarbuds)).toEqual(AFFIRM);
  });

  // Approving alone names no action: no no either, how to go ahead.
  it.each(['不错', '没坏', '东西挺好的', '质量不错'])('%j alone at the payment: how to go ahead', (text) => {
    expect(at(CONFIRMING_RECEIPT, text, returningEarbuds)).toEqual(HESITANT);
  });

  it('approving words do not pay at the terms, nor make a yes of a question', () => {
    expect(at(TERMS, '不错 付吧', {})).not.toEqual(AFFIRM);
    expect(at(CONFIRMING_RECEIPT, '没坏吧？付吧', returningEarbuds)).not.toEqual(AFFIRM);
    expect(at(CONFIRMING_RECEIPT, '不错 好的', returningEarbuds)).not.toEqual(AFFIRM);
  });

  // A real no stays a no.
  it.each(['不付了', '先不付', '不对', '还是不付了', '不错 但是先不付'])('%j at the payment is no payment', (text) => {
    const event = at(CONFIRMING_RECEIPT, text, returningEarbuds);
    expect(event).not.toEqual(AFFIRM);
    expect(event).not.toEqual(HESITANT);
  });

  it('"没收到" at the payment is still goods not received', () => {
    expect(at(CONFIRMING_RECEIPT, '没收到', returningEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'notReceived' });
  });

  it('"不想要发票" without paying asked for pays nothing', () => {
    expect(at(CONFIRMING_RECEIPT, '我不想要发票', returningEarbuds)).not.toEqual(AFFIRM);
    expect(at(CONFIRMING_RECEIPT, '发票怎么开 付吧', returningEarbuds)).not.toEqual(AFFIRM);
  });
});

describe('a problem word at the payment is no return when paying is asked for, or the fault is feared or the box\'s', () => {
  const read = (text: string) => understandActivity(nlu, text, undefined, CONFIRMING_RECEIPT, returningEarbuds);

  // Each got "商品有问题的话，这笔先不付款…" and the return's confirmation.
  it.each(['之前那个耳机坏了 这个挺好 付吧', '耳机坏了 付吧', '耳机坏了 确认收货'])('%j stays at the payment', (text) => {
    const understood = read(text);
    expect(understood.event?.type).not.toBe('ORDER_RETURN_CHOSEN');
    expect(understood.answersFirst).toBeUndefined();
    expect(understood.event).toEqual(HESITANT);
  });

  it.each(['怕用两天就坏了', '会不会坏', '万一坏了怎么办', '担心质量有问题', '要是用几天坏了咋办'])('%j is a worry: answered, the payment kept', (text) => {
    const understood = read(text);
    expect(understood.event).toEqual({ type: 'TOPIC_ASKED', topic: 'faultWorry' });
    expect(understood.answersFirst).toBeUndefined();
  });

  it('a broken box alone is no fault of the goods', () => {
    expect(read('盒子坏了').event?.type).not.toBe('ORDER_RETURN_CHOSEN');
  });

  it('a fault said plainly still goes to the return', () => {
    const understood = read('耳机坏了');
    expect(understood.event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: earbuds.orderId, reason: '耳机坏了' });
    expect(read('盒子没事 耳机坏了').event?.type).toBe('ORDER_RETURN_CHOSEN');
    expect(read('耳机坏了，不付了').event?.type).toBe('ORDER_RETURN_CHOSEN');
  });
});
