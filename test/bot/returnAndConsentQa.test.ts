// QA at the return and consent steps (personas 13800000004 and 13800000005), read: a yes trailing off ("嗯...") is no
// consent, questions at the reason step are answered rather than filed as the reason, questions about refunds, sending
// goods back, changing the reason, goods on their way, the inspection period and not confirming receipt get their own
// answers, and a problem named at a payment goes to that order's return.
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';
import type { Account } from '../../machines/domain';
import {
  at, CONFIRMING_RECEIPT, CONFIRMING_RETURN, earbuds, lamp, LIST, persona5, persona6, REASON, returningEarbuds, riceCooker,
} from './personaOrders';

const nlu = createNlu();
const TERMS = 'flow.onboarding.confirmingTerms';
const HESITANT = { type: 'TOPIC_ASKED', topic: 'hesitantYes' };
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });
/** 13800000004 at the terms: everything done but turning pay-later on. */
const persona4: Account = {
  accountId: 'acct_004',
  phoneMasked: '138****0004',
  plus: { active: true },
  realName: { verified: true },
  credit: { level: 'good', eligible: true },
  payLater: { enabled: false },
};
const CONSENTS = [
  [TERMS, { account: persona4 }],
  [CONFIRMING_RECEIPT, returningEarbuds],
  [CONFIRMING_RETURN, returningEarbuds],
] as const;

describe('a yes trailing off is hesitation where a yes consents', () => {
  describe.each(CONSENTS)('at %s', (step, referents) => {
    it.each(['嗯...', '嗯..', '嗯…', '嗯。。。', '嗯……', '好...', 'ok...', '好的。。。', '嗯... 😅'])('%j is the hesitant answer, no consent', (text) => {
      expect(at(step, text, referents)).toEqual(HESITANT);
    });

    it.each(['好。', 'ok.', '嗯', '好的！'])('%j (one full stop, or none) still consents', (text) => {
      expect(at(step, text, referents)).toEqual({ type: 'AFFIRM' });
    });
  });

  it('the step\'s own words trailing off are hesitant too ("同意..." at the terms)', () => {
    expect(at(TERMS, '同意...', { account: persona4 })).toEqual(HESITANT);
  });

  it('elsewhere the dots change nothing: "嗯..." at the welcome is not read as hesitation about a consent', () => {
    expect(at('flow.welcome', '嗯...', {})).not.toEqual(HESITANT);
  });
});

describe('questions at the return reason step are answered, not filed as the reason', () => {
  it.each([
    ['退货运费谁出啊', 'returnShipping'],
    ['钱退到哪里', 'refund'],
    ['钱退到哪儿啊', 'refund'],
    ['钱多久退回来', 'refund'],
    ['退款啥时候到', 'refund'],
    ['退款退到哪里呢', 'refund'],
    ['几天到账啊', 'refund'],
    ['要自己寄回去吗', 'returnPickup'],
    ['怎么寄回去', 'returnPickup'],
    ['寄到哪里', 'returnPickup'],
    ['谁来取件啊', 'returnPickup'],
  ])('%j gets its answer (%s), the reason asked again', (text, name) => {
    expect(at(REASON, text, returningEarbuds)).toEqual(topic(name));
  });

  it.each(['怎么退款呢', '多少天能退完啊'])('%j is a question, not the reason', (text) => {
    expect(at(REASON, text, returningEarbuds)?.type).not.toBe('RETURN_REASON_GIVEN');
  });

  // "和描述不符怎么回事" complains about the goods (怎么回事 as "what is going on"), it asks nothing the bot could answer:
  // the reason. So is a rhetorical "为什么这么小".
  it.each(['尺码不对', '收到的时候就坏了', '和描述不符怎么回事', '为什么这么小', '怎么都开不了机啊', '用了几天就坏了啊', '还没收到货呢'])(
    '%j is still the reason',
    (text) => {
      expect(at(REASON, text, returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: text });
    },
  );
});

describe('return questions get their own answer, not the general return text', () => {
  it.each([
    [REASON, returningEarbuds],
    [CONFIRMING_RETURN, returningEarbuds],
    [CONFIRMING_RECEIPT, returningEarbuds],
    [LIST, { orders: persona5 }],
    ['flow.welcome', {}],
  ] as const)('at %s, refund timing and sending back', (step, referents) => {
    expect(at(step, '退款啥时候到', referents)).toEqual(topic('refund'));
    expect(at(step, '钱退到哪里', referents)).toEqual(topic('refund'));
    expect(at(step, '要自己寄回去吗', referents)).toEqual(topic('returnPickup'));
  });

  it('once the return is requested, how it goes is still the return\'s status', () => {
    const requested = [{ ...earbuds, status: 'return_requested' as const }, riceCooker];
    expect(at(LIST, '退款啥时候到', { orders: requested })).toEqual(topic('returnStatus'));
  });

  it('changing the reason at the confirmation (or the reason step): said how, the reason asked again', () => {
    const read = understandActivity(nlu, '刚才退货原因写错了 能改吗', undefined, CONFIRMING_RETURN, returningEarbuds);
    expect(read.event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: earbuds.orderId });
    expect(read.answersFirst).toEqual([topic('reasonChange')]);
    expect(at(REASON, '刚才退货原因写错了 能改吗', returningEarbuds)).toEqual(topic('reasonChange'));
  });

  it('changing the reason after filing: where it can be done', () => {
    const requested = [{ ...earbuds, status: 'return_requested' as const }, riceCooker];
    expect(at(LIST, '刚才退货原因写错了 能改吗', { orders: requested })).toEqual(topic('reasonChangeFiled'));
    expect(at('flow.welcome', '退货原因写错了，能改吗', { orders: requested })).toEqual(topic('reasonChangeFiled'));
  });

  it.each([
    [REASON, returningEarbuds],
    [CONFIRMING_RETURN, returningEarbuds],
    [CONFIRMING_RECEIPT, returningEarbuds],
  ] as const)('at %s, "电饭煲还没到呢能退吗" is answered for the rice cooker on its way', (step, referents) => {
    expect(at(step, '电饭煲还没到呢能退吗', referents)).toEqual(topic('returnInTransit'));
  });
});

describe('the inspection period and not confirming receipt', () => {
  it.each([
    [REASON, returningEarbuds],
    [CONFIRMING_RECEIPT, returningEarbuds],
    [LIST, { orders: persona5 }],
    ['flow.welcome', {}],
  ] as const)('at %s, each gets its own answer', (step, referents) => {
    expect(at(step, '验货期是几天', referents)).toEqual(topic('inspectionPeriod'));
    expect(at(step, '那我一直不确认收货会怎样', referents)).toEqual(topic('notConfirming'));
  });

  it('"what happens if I never confirm receipt?" in English too', () => {
    expect(at('flow.welcome', 'what happens if I never confirm receipt?', {})).toEqual(topic('notConfirming'));
    expect(at('flow.welcome', 'how long is the inspection period?', {})).toEqual(topic('inspectionPeriod'));
  });
});

describe('a problem with the goods named at their payment goes to their return', () => {
  it.each([
    ['耳机坏了', '坏了'],
    ['耳机左边没声音', '左边没声音'],
    ['the left earbud is broken', 'the left earbud is broken'],
  ])('%j at the earbuds\' payment: their return, the words its reason, after a word', (text, reason) => {
    const read = understandActivity(nlu, text, undefined, CONFIRMING_RECEIPT, returningEarbuds);
    expect(read.event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: earbuds.orderId, reason });
    expect(read.answersFirst).toEqual([topic('returnInstead')]);
  });

  it('goods that cannot go back (the overdue lamp) still get the problem answer', () => {
    expect(at(CONFIRMING_RECEIPT, '台灯坏了', { orders: persona6, orderId: lamp.orderId })).toEqual(topic('orderProblem'));
  });
});
