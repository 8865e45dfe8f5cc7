// QA at the return and consent steps (personas 13800000004 and 13800000005), read: a yes trailing off ("嗯...") is no
// consent, questions at the reason step are answered rather than filed as the reason, questions about refunds, sending
// goods back, changing the reason, goods on their way, the inspection period and not confirming receipt get their own
// answers, and a problem named at a payment goes to that order's return.
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';
import { understandRequests } from '../../src/bot/twoRequests';
import {
  at, CONFIRMING_RECEIPT, CONFIRMING_RETURN, earbuds, lamp, LIST, persona4, persona5, persona6, REASON, returningEarbuds, riceCooker,
} from './personaOrders';

const nlu = createNlu();
const TERMS = 'flow.onboarding.confirmingTerms';
const HESITANT = { type: 'TOPIC_ASKED', topic: 'hesitantYes' };
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });
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
      // Filed without the particle at its end ("…开不了机啊": "…开不了机"), no part of the reason.
      expect(at(REASON, text, returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: text.replace(/[啊呢]$/, '') });
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
    ['耳机坏了', '耳机坏了'],
    ['耳机左边没声音', '耳机左边没声音'],
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

// Re-probe at the earbuds' return (13800000005): a withdrawal in more words was filed as the reason ("原因：我想了想还是不
// 退了", and the next "好的" submitted it); only the bare "不退了" took it back.
describe('the return taken back in more words, at the reason step and at the confirmation', () => {
  describe.each([REASON, CONFIRMING_RETURN])('at %s', (step) => {
    it.each([
      '我想了想还是不退了',
      '不想退了 还是留着吧',
      '还是留着吧',
      '不退了，留着用吧',
      '算了吧 不想退了 还是留着吧',
      '左耳是有点杂音，不过算了，不退了',
      '留下来自己用吧',
      "actually I'll keep it",
      "never mind, I'll keep them",
      "I think I'm keeping them",
      'not returning it after all',
    ])('%j takes the return back, as "不退了" does', (text) => {
      expect(at(step, text, returningEarbuds)).toEqual({ type: 'DENY' });
    });

    // 留着 in another sense (no use keeping them), a withdrawal denied, once meant, or asked: no withdrawal.
    it.each(['留着也没用', '本来不想退的，但是左耳一直没声音', '不想退，但是质量实在太差了', '不退了吗？', "I don't want to keep them"])(
      '%j does not take it back',
      (text) => {
        expect(at(step, text, returningEarbuds)).not.toEqual({ type: 'DENY' });
      },
    );
  });

  it('"留着也没用" (no use keeping them) is a reason; so is a withdrawal denied ("不是不退")', () => {
    expect(at(REASON, '留着也没用', returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: '留着也没用' });
    expect(at(REASON, '不是不退，是左耳没声音', returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: '不是不退，是左耳没声音' });
  });

  it('paying instead and another order still win over the withdrawal said with them', () => {
    expect(at(REASON, '不退了，还是付款吧', returningEarbuds)).toEqual({ type: 'ORDER_PAY_CHOSEN', orderId: earbuds.orderId });
    expect(at(CONFIRMING_RETURN, '耳机不退了，我要退的是电饭煲', returningEarbuds)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: riceCooker.orderId });
  });
});

// "不对 不是这个" at the confirmation took the return back ("好的，不退了，订单保持原样。"): the reason or the order may be wrong.
describe('"不对 不是这个" at the return\'s confirmation: the reason step again for the same order, what may be wrong said first', () => {
  it.each(['不对 不是这个', '不对', '不是这个', '不对不对', '错了', '搞错了', '不是这样的', "that's wrong", "no, that's not right"])('%j', (text) => {
    const read = understandActivity(nlu, text, undefined, CONFIRMING_RETURN, returningEarbuds);
    expect(read.event).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: earbuds.orderId });
    expect(read.answersFirst).toEqual([topic('returnWhatWrong')]);
  });

  it('said again at the reason step, it is no reason: the same line, the step kept', () => {
    expect(at(REASON, '不对 不是这个', returningEarbuds)).toEqual(topic('returnWhatWrong'));
  });

  it('a correction with what is right is read as before: the new reason, the other order, or the return taken back', () => {
    expect(at(CONFIRMING_RETURN, '不对，是不想退了', returningEarbuds)).toEqual({ type: 'DENY' });
    expect(at(CONFIRMING_RETURN, '不对，是发错货了', returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason: 'wrong_item' });
    expect(at(CONFIRMING_RETURN, '不对，我要退的是电饭煲', returningEarbuds)).toEqual({ type: 'ORDER_RETURN_CHOSEN', orderId: riceCooker.orderId });
  });
});

// The question rule at the reason step (questions are answered, the reason asked again) took complaints asked as
// questions for questions: "为什么左耳没声音？" got the pay-later progress card, "质量太差了吧？" the returns' FAQ.
describe('a problem with the goods said as a question at the reason step is the reason', () => {
  it.each([
    ['为什么左耳没声音？', '为什么左耳没声音'],
    ['左耳没声音 怎么回事？', '左耳没声音'],
    ['质量太差了吧？', '质量太差了'],
    ['充不进电，这正常吗？', '充不进电'],
    ['刚才说到哪了？音质太差', '音质太差'],
    ['左耳是不是坏了？', '左耳是不是坏了'],
    ['为什么这么差？', '为什么这么差'],
    ["why won't it charge?", "why won't it charge"],
  ])('%j: the reason %j', (text, reason) => {
    expect(at(REASON, text, returningEarbuds)).toEqual({ type: 'RETURN_REASON_GIVEN', reason });
  });

  it('read as a whole turn, nothing is answered beside it (the returns\' FAQ came before the confirmation)', () => {
    const read = understandRequests(nlu, '充不进电，这正常吗？', undefined, REASON, returningEarbuds);
    expect(read.event).toEqual({ type: 'RETURN_REASON_GIVEN', reason: '充不进电' });
    expect(read.answersFirst ?? []).toEqual([]);
  });

  it.each([
    ['运费谁出？', 'returnShipping'],
    ['钱退到哪里？', 'refund'],
    ['多久到账？', 'refund'],
    ['怎么寄回去？', 'returnPickup'],
  ])('questions about the return stay questions: %j gets %s', (text, name) => {
    expect(at(REASON, text, returningEarbuds)).toEqual(topic(name));
  });

  it('a problem with a question about the return: the answer first, then the problem as the reason', () => {
    const read = understandRequests(nlu, '左耳没声音，运费谁出？', undefined, REASON, returningEarbuds);
    expect(read.event).toEqual({ type: 'RETURN_REASON_GIVEN', reason: '左耳没声音' });
    expect(read.answersFirst).toEqual([topic('returnShipping')]);
  });
});

describe('greetings at the reason step are no reason', () => {
  it.each(['在吗', '我回来了', '在吗？'])('%j', (text) => {
    expect(at(REASON, text, returningEarbuds)?.type).not.toBe('RETURN_REASON_GIVEN');
  });
});

// "yes, the rice cooker never came though" at the earbuds' payment got the not-received answer, which left the payment.
describe('another order said not come at a confirmation is where it is; the confirmation stays', () => {
  it.each([
    [CONFIRMING_RECEIPT, 'yes, the rice cooker never came though'],
    [CONFIRMING_RECEIPT, "the rice cooker hasn't arrived"],
    [CONFIRMING_RECEIPT, '好的，电饭煲还没到呢'],
    [CONFIRMING_RETURN, 'yes, the rice cooker never came though'],
    [CONFIRMING_RETURN, '好的，电饭煲还没到呢'],
  ] as const)('at %s, %j: the rice cooker is on its way, no consent', (step, text) => {
    expect(at(step, text, returningEarbuds)).toEqual(topic('delivery'));
  });

  it('the goods being paid for, said not come, still leave the payment (the not-received answer)', () => {
    expect(at(CONFIRMING_RECEIPT, 'yes, the earbuds never came though', returningEarbuds)).toEqual(topic('notReceived'));
    expect(at(CONFIRMING_RECEIPT, '耳机还没收到', returningEarbuds)).toEqual(topic('notReceived'));
  });
});

// "they hurt my ears, can a human approve this faster?" at the reason step got the general returns text.
describe('a person asked to hurry a return is answered how a return goes', () => {
  const requests = (step: string, text: string) => understandRequests(nlu, text, undefined, step, returningEarbuds);

  it.each([
    ['they hurt my ears, can a human approve this faster?', 'they hurt my ears'],
    ['戴着耳朵疼，能让人工快点批吗', '戴着耳朵疼'],
  ])('%j at the reason step: the reason taken, the question answered first', (text, reason) => {
    const read = requests(REASON, text);
    expect(read.event).toEqual({ type: 'RETURN_REASON_GIVEN', reason });
    expect(read.answersFirst).toEqual([topic('returnSpeedUp')]);
  });

  it.each(['can a human approve this faster?', '能让人工快点批吗', '客服能加急审核吗', 'can you speed up the approval?'])(
    '%j alone, at the reason step or the confirmation: the answer, no person',
    (text) => {
      expect(at(REASON, text, returningEarbuds)).toEqual(topic('returnSpeedUp'));
      expect(at(CONFIRMING_RETURN, text, returningEarbuds)).toEqual(topic('returnSpeedUp'));
    },
  );

  it('a person asked for in so many words is still a person; away from a return the words are read as before', () => {
    expect(at(REASON, '快点转人工', returningEarbuds)).toEqual({ type: 'HUMAN' });
    expect(at(REASON, '让人工处理吧', returningEarbuds)).toEqual({ type: 'HUMAN' });
    expect(at(LIST, '能让人工快点批吗')).not.toEqual(topic('returnSpeedUp'));
  });
});
