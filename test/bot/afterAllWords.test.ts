// QA round (Chinese): a change of mind back to yes ("还是弄吧", "还是付了吧", "算了 还是退吧", "不是不要 是要") was read as a
// no, and a return corrected at its confirmation ("原因不是这个 是…", "我要退的是电饭煲不是耳机") was dropped or answered with
// the returns' FAQ. Persona 5: earbuds delivered (to pay), a rice cooker in transit, shoes paid.
import { DO_IT_AFTER_ALL, NOT_A_NO, verbAfterAll } from '../../src/bot/understanding/afterAll';
import { at, CONFIRMING_RECEIPT, CONFIRMING_RETURN, REASON, returningEarbuds } from './personaOrders';

const WELCOME = 'flow.welcome';
const TERMS = 'flow.onboarding.confirmingTerms';
const ENABLED = 'flow.onboarding.enabled';
const LIST = 'flow.purchase.showingOrders';

describe('pay-later taken up after all with 弄/办', () => {
  // "还是弄吧" after "算了 不弄了" got "好的，先不开通。"
  it.each(['还是弄吧', '那还是办了吧', '还是办吧', '算了 还是弄吧', '我又想弄了', '那还是开通了吧'])('%j at the welcome starts enabling', (text) => {
    expect(at(WELCOME, text, {})).toEqual({ type: 'ENABLE' });
  });

  it.each(['还是弄吧', '那还是办了吧'])('%j where a yes pays, files a return or accepts the terms: how to go ahead, no no', (text) => {
    expect(at(TERMS, text, {})).toEqual({ type: 'TOPIC_ASKED', topic: 'hesitantYes' });
    expect(at(CONFIRMING_RECEIPT, text, returningEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'hesitantYes' });
    expect(at(CONFIRMING_RETURN, text, returningEarbuds)).toEqual({ type: 'TOPIC_ASKED', topic: 'hesitantYes' });
  });

  it.each(['还是弄吧', '那还是办了吧'])('%j at an order step is no enabling', (text) => {
    expect(at(LIST, text, returningEarbuds)?.type).not.toBe('ENABLE');
    expect(at(REASON, text, returningEarbuds)?.type).not.toBe('ENABLE');
  });

  it.each(['还是算了吧', '算了吧', '还是先不开了', '还是不弄了', '不弄了', '还是弄吧？'])('%j is no enabling', (text) => {
    expect(at(WELCOME, text, {})?.type).not.toBe('ENABLE');
    expect(at(TERMS, text, {})?.type).not.toBe('AFFIRM');
  });
});

describe('the step\'s own verb after all is its yes', () => {
  it.each(['还是付了吧', '那还是付吧', '付吧', '还是付款吧', '算了 还是付吧', '那就付了吧', '算了 付吧'])('%j at the payment pays', (text) => {
    expect(at(CONFIRMING_RECEIPT, text, returningEarbuds)).toEqual({ type: 'AFFIRM' });
  });

  it.each(['算了 还是退吧', '还是退了吧', '退吧', '还是退货吧', '那还是退掉吧', '算了，还是退吧'])('%j at the return\'s confirmation files it', (text) => {
    expect(at(CONFIRMING_RETURN, text, returningEarbuds)).toEqual({ type: 'AFFIRM' });
  });

  it.each(['还是开吧', '那还是开通吧', '算了 还是开通了吧'])('%j at the terms accepts them', (text) => {
    expect(at(TERMS, text, {})).toEqual({ type: 'AFFIRM' });
  });

  it('another step\'s verb is not this step\'s yes', () => {
    // The other action for the same order, as before.
    expect(at(CONFIRMING_RECEIPT, '还是退吧', returningEarbuds)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' });
    expect(at(CONFIRMING_RETURN, '还是付吧', returningEarbuds)).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: 'JD5001' });
    expect(at(CONFIRMING_RECEIPT, '还是开吧', returningEarbuds)?.type).not.toBe('AFFIRM');
    expect(at(TERMS, '还是付吧', {})?.type).not.toBe('AFFIRM');
    expect(at(TERMS, '还是退吧', {})?.type).not.toBe('AFFIRM');
  });

  it.each(['还是算了吧', '还是不付了', '算了吧', '还是先不付了', '还是不付了吧'])('%j at the payment stays a no', (text) => {
    expect(at(CONFIRMING_RECEIPT, text, returningEarbuds)).toEqual({ type: 'DENY' });
  });

  it.each(['还是算了吧', '还是不退了', '算了吧', '算了 还是不退了'])('%j at the return\'s confirmation stays a no', (text) => {
    expect(at(CONFIRMING_RETURN, text, returningEarbuds)).toEqual({ type: 'DENY' });
  });

  it.each(['还是算了吧', '还是先不开了', '算了吧'])('%j at the terms accepts nothing', (text) => {
    expect(at(TERMS, text, {})?.type).not.toBe('AFFIRM');
  });

  it.each(['还是付吧？', '付吧？'])('%j asked is no yes', (text) => {
    expect(at(CONFIRMING_RECEIPT, text, returningEarbuds)?.type).not.toBe('AFFIRM');
  });
});

describe('"不是不要 是要" to a yes/no question is a yes', () => {
  it.each(['不是不要 是要', '不是不要，是要', '我不是不要 我是要的', '不是说不要 是要'])('%j', (text) => {
    for (const step of [WELCOME, TERMS, ENABLED]) expect(at(step, text, {})).toEqual({ type: 'AFFIRM' });
    for (const step of [CONFIRMING_RECEIPT, CONFIRMING_RETURN]) expect(at(step, text, returningEarbuds)).toEqual({ type: 'AFFIRM' });
  });

  it('"不是不要" alone is no yes, and at the reason step the words are the reason', () => {
    expect(at(CONFIRMING_RECEIPT, '不是不要', returningEarbuds)?.type).not.toBe('AFFIRM');
    expect(at(REASON, '不是不要 是要', returningEarbuds)?.type).toBe('RETURN_REASON_GIVEN');
  });
});

describe('a return corrected at its confirmation', () => {
  // It took the return back ("好的，不退了").
  it.each([
    ['不对 原因不是这个 是音质太差', '音质太差'],
    ['原因不是这个，是左耳没声音', '左耳没声音'],
    ['不对，原因不是这个，应该是发错货了', 'wrong_item'],
  ])('%j gives the reason %j', (text, reason) => {
    expect(at(CONFIRMING_RETURN, text, returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason });
  });

  it('"原因不是这个" alone asks for the reason again, for the same order', () => {
    expect(at(CONFIRMING_RETURN, '原因不是这个', returningEarbuds)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001' });
  });

  // It got the returns' FAQ, the earbuds' return left pending; at the reason step it was filed as the reason.
  it.each(['哦不对 我要退的是电饭煲不是耳机', '我要退的是电饭煲不是耳机', '不对，是电饭煲，不是耳机'])('%j switches the return to the rice cooker', (text) => {
    for (const step of [REASON, CONFIRMING_RETURN]) expect(at(step, text, returningEarbuds)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002' });
  });

  it.each(['我要退的是耳机不是电饭煲', '我要退的是电饭煲不是跑步鞋', '电饭煲不是耳机吗'])('%j is no switch to the rice cooker', (text) => {
    expect(at(CONFIRMING_RETURN, text, returningEarbuds)).not.toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002' });
  });
});

it('an English "…, not the earbuds" switches too', () => {
  expect(at(CONFIRMING_RETURN, 'I meant the rice cooker, not the earbuds', returningEarbuds)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002' });
});

it('long runs are read at once', () => {
  const started = Date.now();
  const readings = [verbAfterAll('付|付款'), DO_IT_AFTER_ALL, NOT_A_NO];
  for (const text of ['算了 '.repeat(3000) + '还是弄x', '那'.repeat(4000) + '付', '刚才手滑了'.repeat(800) + 'x', '不是'.repeat(3000)]) {
    for (const reading of readings) reading.test(text);
  }
  expect(Date.now() - started).toBeLessThan(200);
});
