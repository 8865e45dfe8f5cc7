// A return taken back with a question beside it ("我不想退了，运费谁出？": the question was dropped), and a fault of the goods
// said with whether they can go back ("耳机坏了能退吗？": the general returns' answer, or the order only asked about).
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import type { Referents } from '../../src/bot/understanding';
import { CONFIRMING_RETURN, LIST, persona5, persona5Account, REASON, returningEarbuds } from './personaOrders';

const nlu = createNlu();
const read = (text: string, statePath: string, referents: Referents) => understandRequests(nlu, text, undefined, statePath, referents);
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });
const returnPossible = topic('returnPossible');

/** After the status card: pay-later on, the orders known. */
const ENABLED = 'flow.onboarding.enabled';

describe('the return taken back with a question beside it: taken back, and the question answered first', () => {
  const confirming: Referents = { ...returningEarbuds, returnReason: 'quality' };

  it.each([
    ['我不想退了，运费谁出？', 'returnShipping'],
    ['不退了 运费谁出', 'returnShipping'],
    ['算了不退了，退货运费谁出啊', 'returnShipping'],
    ["actually I'll keep it, who pays the return shipping?", 'returnShipping'],
    ["I'll keep them. who pays the return shipping?", 'returnShipping'],
    ['不退了，退款多久到？', 'refund'],
  ])('%j at the reason step and at the confirmation: %s, then the no', (text, answer) => {
    for (const [step, referents] of [[REASON, returningEarbuds], [CONFIRMING_RETURN, confirming]] as const) {
      const understood = read(text, step, referents);
      expect(understood.event).toEqual({ type: 'DENY' });
      expect(understood.answersFirst).toEqual([topic(answer)]);
    }
  });

  it.each(['不退了，谢谢', '我不想退了', '不退了，质量太差了'])('%j answers nothing first', (text) => {
    expect(read(text, REASON, returningEarbuds).answersFirst).toBeUndefined();
  });
});

describe('a fault of the goods said with whether they can go back', () => {
  it.each([
    ['耳机坏了能退吗？', '耳机坏了'],
    ['耳机坏了，能退吗', '耳机坏了'],
    ['耳机左耳没声音了，可以退货吗？', '耳机左耳没声音了'],
    ['the earbuds are broken, can I return them?', 'the earbuds are broken'],
  ])('%j at the list: yes, and the earbuds\' return with the reason %j', (text, reason) => {
    const understood = read(text, LIST, { orders: persona5 });
    expect(understood.event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001', reason });
    expect(understood.answersFirst).toEqual([returnPossible]);
  });

  it('"坏了能退吗" at the list asking about the earbuds: theirs', () => {
    expect(read('坏了能退吗', LIST, { orders: persona5, orderId: 'JD5001' }).event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001', reason: '坏了' });
  });

  it('of the paid shoes: their return asked for (and refused with why), no yes', () => {
    const understood = read('跑步鞋坏了能退吗', LIST, { orders: persona5 });
    expect(understood.event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5003', reason: '跑步鞋坏了' });
    expect(understood.answersFirst).toBeUndefined();
  });

  it.each(['如果耳机坏了能退吗', '耳机没坏能退吗', '电饭煲能退吗', '耳机坏了'])('%j at the list is no return', (text) => {
    expect(read(text, LIST, { orders: persona5 }).event).not.toEqual(expect.objectContaining({ type: 'ORDER_RETURN_CHOSEN' }));
  });

  it.each(['耳机坏了能退吗？', 'the earbuds are broken, can I return them?'])('%j after the status card: yes, and a return with its reason', (text) => {
    const understood = read(text, ENABLED, { account: persona5Account, orders: persona5 });
    expect(understood.event).toEqual(expect.objectContaining({ type: 'RETURN' }));
    expect(understood.event).not.toHaveProperty('question');
    expect(understood.answersFirst).toEqual([returnPossible]);
  });

  it('of goods that cannot go back, after the status card: the returns\' answer as before', () => {
    expect(read('跑步鞋坏了能退吗', ENABLED, { account: persona5Account, orders: persona5 }).event).toEqual({ type: 'RETURN', question: true });
  });

  // Its two clauses, each a return, were read as two orders' returns ("one at a time"), a login started, the question unanswered.
  it.each(['耳机坏了能退吗？', '耳机坏了，能退吗', 'the earbuds are broken, can I return them?', 'the earbuds are broken, can I return the earbuds?'])(
    '%j before the login: the returns\' answer',
    (text) => {
      const understood = read(text, 'flow.welcome', {});
      expect(understood.event).toEqual({ type: 'RETURN', question: true });
      expect(understood.answersFirst).toBeUndefined();
    },
  );
});
