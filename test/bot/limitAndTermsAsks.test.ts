// A QA re-probe: the credit limit's questions ("能提额吗", "8000块的手机额度够吗", "额度怎么这么低") were not understood though
// the limit is known, and handed the customer over; at the terms, a mortgage asked about ("我是说会不会影响我贷款买房") left the
// terms for the orders, "会影响我房贷吗" was not understood, and "开了不用会扣钱吗" got the worry about wrong charges. How each
// is read.
import { at, persona4, persona5, persona5Account } from './personaOrders';

const TERMS = 'flow.onboarding.confirmingTerms';
const ENABLED = 'flow.onboarding.enabled';
const LIST = 'flow.purchase.showingOrders';
const WELCOME = 'flow.welcome';
const topic = (name: string) => ({ type: 'TOPIC_ASKED', topic: name });
/** 13800000005 logged in: pay-later on, a limit of ¥5,000, the orders at hand. */
const enabled = { account: persona5Account, orders: persona5 };

describe('the limit raised or called low', () => {
  it.each(['能提额吗', '额度能提高吗', '额度怎么这么低', '额度太少了', '可以提高额度吗', 'can I get a higher limit?', 'why is my limit so low?', 'can you increase my limit'])(
    '%j with pay-later on: raising it (the limit said, not raised here)',
    (text) => {
      expect(at(ENABLED, text, enabled)).toEqual(topic('limitRaise'));
      expect(at(LIST, text, enabled)).toEqual(topic('limitRaise'));
    },
  );

  it.each(['能提额吗', 'can I get a higher limit?'])('%j before the login, or before pay-later is on: the same question', (text) => {
    expect(at(WELCOME, text, {})).toEqual(topic('limitRaise'));
    expect(at(TERMS, text, { account: persona4 })).toEqual(topic('limitRaise'));
  });

  it('"额度是多少" still asks what it is (the status card says it), not for a higher one', () => {
    expect(at(ENABLED, '额度是多少', enabled)).toEqual({ type: 'STATUS' });
  });
});

describe('whether a purchase fits in the limit', () => {
  it.each(['8000块的手机额度够吗', '八千的手机额度够不够', '1.2万的电脑额度够吗', '额度够买8,000的手机吗', 'is my limit enough for a 8000 phone?', 'is ¥8000 over my limit?'])(
    '%j over a ¥5,000 limit: over it',
    (text) => {
      expect(at(ENABLED, text, enabled)).toEqual(topic('limitOver'));
    },
  );

  it.each(['3000的电视额度够吗', '额度够买5000的吗', 'is my limit enough for a 3k phone?'])('%j within a ¥5,000 limit: within it', (text) => {
    expect(at(ENABLED, text, enabled)).toEqual(topic('limitWithin'));
  });

  it.each(['8000块的手机额度够吗', 'is my limit enough for a 8000 phone?'])('%j with the limit unknown: the limit\'s own answer', (text) => {
    // Before the login it offers the login; before pay-later is on there is no limit yet (dialogs/limitAnswers.ts).
    expect(at(WELCOME, text, {})).toEqual(topic('creditLimit'));
    expect(at(TERMS, text, { account: persona4 })).toEqual(topic('creditLimit'));
  });

  it('"额度够用吗" with no amount: the limit\'s own answer', () => {
    expect(at(ENABLED, '额度够用吗', enabled)).toEqual(topic('creditLimit'));
  });
});

describe('a mortgage or a loan asked about', () => {
  it.each(['我是说会不会影响我贷款买房', '会影响我房贷吗', '开了以后会不会影响我办房贷', '对车贷有影响吗', 'will this affect my mortgage?', 'could it hurt my chances of getting a loan?'])(
    '%j at the terms: what keeps the credit record good, the terms kept',
    (text) => {
      expect(at(TERMS, text, { account: persona4 })).toEqual(topic('loanImpact'));
    },
  );

  it('and with pay-later on', () => {
    expect(at(ENABLED, '会影响我房贷吗', enabled)).toEqual(topic('loanImpact'));
  });
});

describe('having it on but unused', () => {
  it.each(['开了不用会扣钱吗', '开通以后一直不用要交钱吗', '开了不用会收费吗', '不用的话会扣钱吗', "will it charge me if I don't use it?", "is there a fee if I never use it"])(
    '%j: costs nothing (then the fees\' answer)',
    (text) => {
      expect(at(TERMS, text, { account: persona4 })).toEqual(topic('unusedCost'));
    },
  );

  it('"这个不用付钱吗" at a payment asks whether to pay, not about having it unused', () => {
    expect(at('flow.purchase.confirmingReceipt', '这个不用付钱吗', { orders: persona5, orderId: 'JD5001' })).not.toEqual(topic('unusedCost'));
  });
});

describe('the terms step kept', () => {
  it.each(['同意并开通', '同意'])('%j still accepts them', (text) => {
    expect(at(TERMS, text, { account: persona4 })).toEqual({ type: 'AFFIRM' });
  });

  it('"开通要查征信吗" is the credit question (answered as passed: test/dialogs/limitAndTermsReplies)', () => {
    expect(at(TERMS, '开通要查征信吗', { account: persona4 })).toEqual({ type: 'CREDIT', question: true });
  });
});
