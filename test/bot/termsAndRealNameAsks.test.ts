// A QA re-probe at the terms (13800000004) and the real-name step (13800000002), read: "ok wait" is a wait, the conditions
// asked at the terms are the conditions' answer (the rendering says the account meets them: test/dialogs/termsReplies),
// and how real-name verification goes, or what it takes, asked at its step is the step's explainer, said once.
import { createNlu } from '../../src/nlu';
import { understandRequests } from '../../src/bot/twoRequests';
import { realNameHowAsked } from '../../src/bot/understanding/realNameHow';
import type { Account } from '../../machines/domain';
import { at, CONFIRMING_RECEIPT, persona4, returningEarbuds } from './personaOrders';

const nlu = createNlu();
const TERMS = 'flow.onboarding.confirmingTerms';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const PLUS = 'flow.onboarding.awaitingPlus';
const WAIT = { type: 'TOPIC_ASKED', topic: 'wait' };
const EXPLAINER = { type: 'REAL_NAME', question: true };
/** 13800000002 at the real-name step (persona 4 is at the terms). */
const persona2: Account = { ...persona4, accountId: 'acct_002', phoneMasked: '138****0002', realName: { verified: false } };

describe('a wait after an ok is a wait', () => {
  // "ok wait" at the terms was told how to go ahead, as a hesitant yes.
  it.each(['ok wait', 'okay, hold on', 'ok wait a sec', 'k wait', '好的 等一下', '嗯 稍等', 'wait', 'hold on', '等一下'])('%j', (text) => {
    expect(at(TERMS, text, { account: persona4 })).toEqual(WAIT);
    expect(at(CONFIRMING_RECEIPT, text, returningEarbuds)).toEqual(WAIT);
  });

  it('"no wait" is still "not now" where a yes consents, and "ok" alone still consents', () => {
    expect(at(TERMS, 'no wait', { account: persona4 })).toEqual({ type: 'DENY' });
    expect(at(TERMS, 'ok', { account: persona4 })).toEqual({ type: 'AFFIRM' });
  });
});

describe('the conditions asked at the terms', () => {
  it.each(['whats the requirements', '开通条件是什么'])('%j is the conditions\' answer, the step kept', (text) => {
    expect(at(TERMS, text, { account: persona4 })).toMatchObject({ type: 'REQUIREMENTS' });
  });
});

describe('how real-name verification goes, or what it takes, asked at its step', () => {
  const read = (text: string) => understandRequests(nlu, text, undefined, REAL_NAME, { account: persona2 });

  // The first was not understood, the second a second miss that handed the customer over; "要拍照吗" was not understood.
  it.each([
    'how do i verify? what do i need, my id card?',
    'like do i need to upload a photo or what',
    'how do i verify',
    'how does it work?',
    'what do i need?',
    'do i need my id card?',
    'is a selfie needed?',
    'do i have to do a face scan',
    '怎么认证 要身份证吗',
    '要拍照吗',
    '需要刷脸吗',
    '要准备什么',
    '需要上传照片吗',
    '实名怎么弄',
  ])('%j is the step\'s explainer, said once', (text) => {
    expect(read(text)).toMatchObject({ event: EXPLAINER });
    expect(read(text).answersFirst ?? []).toEqual([]);
  });

  it('other documents keep their own answer, why keeps the explainer, and the rest is read as before', () => {
    expect(read('can I verify with a passport?').event).toEqual({ type: 'TOPIC_ASKED', topic: 'realNameDocuments' });
    expect(read('why do you need my id?').event).toEqual(EXPLAINER);
    for (const text of ['done', '我已经认证好了']) expect(read(text).event).toEqual({ type: 'AFFIRM' });
    expect(read('how long does verification take?').event).toEqual({ type: 'TOPIC_ASKED', topic: 'realNameTime' });
  });

  it('said, not asked, or away from the step, it is no such question', () => {
    for (const text of ['here is my id card', '这是我的身份证', 'i did the photo already']) expect(realNameHowAsked(text, REAL_NAME)).toBeUndefined();
    for (const step of [PLUS, TERMS, 'flow.welcome', CONFIRMING_RECEIPT]) expect(realNameHowAsked('要拍照吗', step)).toBeUndefined();
    // A photo of the goods at a return is the return's.
    expect(at('flow.purchase.awaitingReturnReason', '要拍照吗', returningEarbuds)).not.toEqual(EXPLAINER);
  });
});
