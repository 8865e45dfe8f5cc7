// Small misreadings left from the re-read: a return's reason that loses the goods it is about, a fault said at a payment
// read as a no, the order being returned named again at its confirmation, and "why this step, I have the other" at the
// shop-page steps.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import { plainReason } from '../../src/bot/understanding/returnReason';
import type { Referents } from '../../src/bot/understanding';
import { CONFIRMING_RECEIPT, CONFIRMING_RETURN, earbuds, LIST, persona5, REASON, returningEarbuds, riceCooker } from './personaOrders';

const nlu = createNlu();
const read = (statePath: string, text: string, referents: Referents = { orders: persona5 }) => understandRequests(nlu, text, undefined, statePath, referents);
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });

describe('goods that are the subject of the fault keep their name in the reason', () => {
  it.each([
    ['耳机左边没声音', earbuds, '耳机左边没声音'],
    ['耳机的左边没声音', earbuds, '耳机的左边没声音'],
    ['电饭煲坏了', riceCooker, '电饭煲坏了'],
    ['那电饭煲坏了', riceCooker, '电饭煲坏了'],
  ])('%j of %o: %j', (said, order, reason) => {
    expect(plainReason(said, persona5, order)).toBe(reason);
  });

  it('not wanting them still drops the name: it is that button\'s reason', () => {
    expect(plainReason('那电饭煲我不要了', persona5, riceCooker)).toBe('not_wanted');
    expect(plainReason('电饭煲不想要了', persona5, riceCooker)).toBe('not_wanted');
  });

  it.each(['耳机左边没声音，退了吧', '我要退货，耳机左边没声音'])('%j at the list: the earbuds\' return, the whole fault its reason', (text) => {
    expect(read(LIST, text).event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001', reason: '耳机左边没声音' });
  });

  it('"耳机左边没声音" at the earbuds\' reason step is filed whole', () => {
    expect(read(REASON, '耳机左边没声音', returningEarbuds).event).toEqual({ type: 'RETURN_REASON_GIVEN', reason: '耳机左边没声音' });
  });
});

describe('a fault said at the payment goes where "耳机坏了" goes', () => {
  it.each(['质量不行', '质量太差了'])('%j at the earbuds\' payment: their return with it as the reason, after a word', (text) => {
    const understood = read(CONFIRMING_RECEIPT, text, returningEarbuds);
    expect(understood.event).toEqual(expect.objectContaining({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' }));
    expect(understood.answersFirst).toEqual([topic('returnInstead')]);
  });

  it('"质量不错" is no fault, "怕质量不行" a worry', () => {
    expect(read(CONFIRMING_RECEIPT, '质量不错', returningEarbuds).event).not.toEqual(expect.objectContaining({ type: 'ORDER_RETURN_CHOSEN' }));
    expect(read(CONFIRMING_RECEIPT, '怕质量不行', returningEarbuds).event).toEqual(topic('faultWorry'));
  });
});

describe('the order being returned named again at its confirmation', () => {
  const returningRiceCooker: Referents = { orders: persona5, orderId: 'JD5002', returnReason: 'not_wanted' };

  it('"不对，我要退的是电饭煲" at the rice cooker\'s return is no reason "不对": a yes to it', () => {
    expect(read(CONFIRMING_RETURN, '不对，我要退的是电饭煲', returningRiceCooker).event).toEqual({ type: 'AFFIRM' });
  });

  it.each(['不对，我不退电饭煲了', '电饭煲退货要多久'])('%j is no yes', (text) => {
    expect(read(CONFIRMING_RETURN, text, returningRiceCooker).event).not.toEqual({ type: 'AFFIRM' });
  });

  it('naming the other order switches to it', () => {
    expect(read(CONFIRMING_RETURN, '不对，我要退的是耳机', returningRiceCooker).event).toEqual(expect.objectContaining({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' }));
  });
});

describe('"why this step, I have the other" at the shop-page steps', () => {
  it('at real-name, "我已经是PLUS会员了 为什么还要认证": both are needed, the step kept (no recheck)', () => {
    expect(read('flow.onboarding.awaitingRealName', '我已经是PLUS会员了 为什么还要认证', {}).event).toEqual(topic('bothConditions'));
  });

  it('at PLUS, "我已经实名了 为什么还要买plus": both are needed', () => {
    expect(read('flow.onboarding.awaitingPlus', '我已经实名了 为什么还要买plus', {}).event).toEqual(topic('bothConditions'));
  });

  it('asked alone, or of the other step, the step\'s own explainer answers as before', () => {
    expect(read('flow.onboarding.awaitingRealName', '为什么还要认证', {}).event).toEqual({ type: 'REAL_NAME', question: true });
    expect(read('flow.onboarding.awaitingPlus', '为什么要买plus', {}).event).toEqual({ type: 'PLUS', question: true });
  });
});
