// QA (returns and payments): a return's reason filed as its reason part, not wanting the goods said at the return's
// confirmation, the reason changed to a button's label inside a sentence, goods not wanted asked whether they can go back,
// and a confirmation's yes said with a greeting and the order's name around it.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import { plainReason } from '../../src/bot/understanding/returnReason';
import type { Referents } from '../../src/bot/understanding';
import { at, CONFIRMING_RECEIPT, CONFIRMING_RETURN, earbuds, lamp, LIST, persona5, persona6, REASON, returningEarbuds, riceCooker, shoes } from './personaOrders';

const nlu = createNlu();
const returningRiceCooker = (returnReason: string): Referents => ({ orders: persona5, orderId: 'JD5002', returnReason });
const payingLamp: Referents = { orders: persona6, orderId: 'JD6001' };
const upset = { type: 'TOPIC_ASKED', topic: 'reasonUpset' };

describe('"不想要了" at a return\'s confirmation is about the goods, never the return taken back', () => {
  it.each(['不想要了', '我不想要了', '电饭煲不要了', '那电饭煲我不要了', "I don't want it anymore"])(
    '%j with the reason "not wanted" already: the return is filed',
    (text) => {
      expect(at(CONFIRMING_RETURN, text, returningRiceCooker('not_wanted'))).toEqual({ type: 'AFFIRM' });
      // A reason filed in words before this change reads the same.
      expect(at(CONFIRMING_RETURN, text, returningRiceCooker('那电饭煲我不要了'))).toEqual({ type: 'AFFIRM' });
    },
  );

  it('with another reason given, not wanting them becomes the reason and the confirmation asks again', () => {
    expect(at(CONFIRMING_RETURN, '不想要了', returningRiceCooker('quality'))).toEqual({ type: 'RETURN_REASON_GIVEN', reason: 'not_wanted' });
    expect(at(CONFIRMING_RETURN, '不想要了', returningRiceCooker('左耳没声音'))).toEqual({ type: 'RETURN_REASON_GIVEN', reason: 'not_wanted' });
  });

  it('"不要了" alone may answer "要…吗？" with a no: it is not read as a yes; taking it back still does', () => {
    for (const text of ['不要了', '我不要了']) expect(at(CONFIRMING_RETURN, text, returningRiceCooker('not_wanted'))).not.toEqual({ type: 'AFFIRM' });
    for (const text of ['不退了', '不想退了', '算了 不退了']) expect(at(CONFIRMING_RETURN, text, returningRiceCooker('not_wanted'))).toEqual({ type: 'DENY' });
  });

  it('another order named as not wanted is no yes to this return', () => {
    expect(at(CONFIRMING_RETURN, '耳机不想要了', returningRiceCooker('not_wanted'))).not.toEqual({ type: 'AFFIRM' });
  });
});

describe('the reason changed at the return\'s confirmation, a reason button\'s label said in a sentence', () => {
  it.each([
    ['等一下 原因改成质量问题吧', 'quality'],
    ['等下，原因改成发错货了', 'wrong_item'],
    ['哦 还是把原因改成不想要了', 'not_wanted'],
    ['等一下 原因改成尺码太小了吧', '尺码太小了'],
  ])('%j: the reason %j, and the confirmation again', (text, reason) => {
    expect(at(CONFIRMING_RETURN, text, returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason });
  });

  it.each([
    ['就是质量问题吧', 'quality'],
    ['发错货了啊', 'wrong_item'],
  ])('%j at the reason step is that button\'s reason', (text, reason) => {
    expect(at(REASON, text, returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason });
  });
});

describe('a return\'s reason is filed as its reason part', () => {
  it.each([
    ['那电饭煲我不要了', riceCooker, 'not_wanted'],
    ['那电饭煲我不要了 退掉', riceCooker, 'not_wanted'],
    // The goods that are what is wrong keep their name ("左耳没声音" said less).
    ['耳机左耳没声音，你们怎么搞的', earbuds, '耳机左耳没声音'],
    ['左耳没声音你们怎么搞的？', earbuds, '左耳没声音'],
    ['耳机的左边没声音', earbuds, '耳机的左边没声音'],
    ['质量太差了，太坑了，我要退货', earbuds, '质量太差了'],
    ['return it, the left one is dead, seriously', earbuds, 'the left one is dead'],
  ])('%j of %o: %j', (said, order, reason) => {
    expect(plainReason(said, persona5, order)).toBe(reason);
  });

  it.each([
    ['不知道怎么回事就坏了', earbuds],
    ['跑步的时候鞋底开胶', shoes],
    ['退回来的时候盒子破了', earbuds],
    ['电饭煲付了，这个不想要了', earbuds],
    ['不喜欢', earbuds],
  ])('%j is kept as said: nothing in it is a request, a name at its start or a complaint', (said, order) => {
    expect(plainReason(said, persona5, order)).toBe(said);
  });

  // "Reason: the earbuds are broken" was filed as typed, its confirmation then saying "Reason: Reason: …" (so did
  // "原因：屏幕碎了" at the reason step): the words naming the reason are no part of it.
  it.each([
    ['Reason: the earbuds are broken', 'the earbuds are broken'],
    ['reason - they hurt my ears', 'they hurt my ears'],
    ['The reason is that the left one is dead', 'the left one is dead'],
    ['my return reason: too big', 'too big'],
    ['原因：屏幕碎了', '屏幕碎了'],
    ['退货原因：左耳没声音', '左耳没声音'],
    ['原因是左耳有杂音', '左耳有杂音'],
    ['理由：质量问题', 'quality'],
  ])('%j at the reason step: %j', (said, reason) => {
    expect(at(REASON, said, returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason });
  });

  it.each(['原因不明，突然就不响了', 'reasonable price but it broke'])('%j: no lead-in, kept as said', (said) => {
    expect(plainReason(said, persona5, earbuds)).toBe(said);
  });

  it('said at the list with the return: the rice cooker\'s return, with the "not wanted" reason', () => {
    expect(at(LIST, '那电饭煲我不要了 退掉')).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002', reason: 'not_wanted' });
  });
});

describe('a complaint beside the reason is acknowledged first, and is no part of it', () => {
  const read = (text: string, statePath: string, referents: Referents) => understandRequests(nlu, text, undefined, statePath, referents);

  it.each(['左耳没声音，你们怎么搞的', '左耳没声音 你们怎么搞的？', '左耳没声音，太坑了'])('%j at the reason step', (text) => {
    const understood = read(text, REASON, returningEarbuds);
    expect(understood.event).toEqual({ type: 'RETURN_REASON_GIVEN', reason: '左耳没声音' });
    expect(understood.answersFirst).toEqual([upset]);
  });

  it('"我要退货，耳机左耳没声音，你们怎么搞的" at the list: the earbuds\' return with the reason, after a word of regret', () => {
    const understood = read('我要退货，耳机左耳没声音，你们怎么搞的', LIST, { orders: persona5 });
    expect(understood.event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5001', reason: '耳机左耳没声音' });
    expect(understood.answersFirst).toEqual([upset]);
  });

  it('a reason with no complaint, or a complaint with no reason, gets no such word', () => {
    expect(read('左耳没声音', REASON, returningEarbuds).answersFirst).toBeUndefined();
    expect(read('不知道怎么回事就坏了', REASON, returningEarbuds).answersFirst).toBeUndefined();
    expect(read('你们怎么搞的？', REASON, returningEarbuds).answersFirst).toBeUndefined();
  });
});

describe('goods not wanted, asked whether they can go back, at the list: their return, not wanting them the reason', () => {
  it.each(['459.9那个我不想要了，能退吗，还没到呢', '电饭煲不想要了，可以退吗', '电饭煲我不要了能不能退'])('%j: the rice cooker\'s confirmation', (text) => {
    expect(at(LIST, text)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: 'JD5002', reason: 'not_wanted' });
  });

  it('of goods that cannot go back (paid), why not is answered for them', () => {
    expect(at(LIST, '跑步鞋不想要了，能退吗')).toMatchObject({ type: 'TOPIC_ASKED', topic: 'returnWhyNot', orderId: 'JD5003' });
  });

  it('only asking whether, or not wanting to return, is no return', () => {
    expect(at(LIST, '电饭煲能退吗')).not.toEqual(expect.objectContaining({ type: 'ORDER_RETURN_CHOSEN' }));
    expect(at(LIST, '电饭煲不想要了，退不了吗')).not.toEqual(expect.objectContaining({ type: 'ORDER_RETURN_CHOSEN' }));
  });
});

describe('a confirmation\'s yes said with a greeting and the order\'s name around it', () => {
  it.each(['我回来了，刚才那个台灯 确认付款', '台灯 确认付款', '我又回来了 这个台灯确认收货', "I'm back, pay for the desk lamp", '你好，确认付款'])(
    '%j at the lamp\'s payment pays',
    (text) => {
      expect(at(CONFIRMING_RECEIPT, text, payingLamp)).toEqual({ type: 'AFFIRM' });
    },
  );

  it('"我回来了，电饭煲 提交退货申请" at the rice cooker\'s return confirmation files it', () => {
    expect(at(CONFIRMING_RETURN, '我回来了，电饭煲 提交退货申请', returningRiceCooker('quality'))).toEqual({ type: 'AFFIRM' });
  });

  it('more than a greeting and the name, or another order named, is no yes', () => {
    expect(at(CONFIRMING_RECEIPT, '台灯坏了 确认付款', payingLamp)).not.toEqual({ type: 'AFFIRM' });
    expect(at(CONFIRMING_RECEIPT, '我回来了，台灯还没收到', payingLamp)).not.toEqual({ type: 'AFFIRM' });
    expect(at(CONFIRMING_RECEIPT, '我回来了，电饭煲 确认付款', returningEarbuds)).not.toEqual({ type: 'AFFIRM' });
    expect(at(CONFIRMING_RECEIPT, '我回来了', payingLamp)).toEqual({ type: 'GREETING' });
  });

  it('the lamp named where it is not the order paid for is read as before', () => {
    expect(at(CONFIRMING_RECEIPT, '台灯 确认付款', { orders: [...persona5, lamp], orderId: 'JD5001' })).not.toEqual({ type: 'AFFIRM' });
  });
});
