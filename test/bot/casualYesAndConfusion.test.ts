// A QA round with English customers: casual yes forms at the confirmations and the terms ("yea", "ya", "yes pls": not
// understood, or told to tap the button), confusion at a step ("wait what", "huh": not understood, twice a person), and
// two everyday questions ("can I use it for groceries", "is it safe tho").
import { at, CONFIRMING_RECEIPT, CONFIRMING_RETURN, persona4, persona5, returningEarbuds } from './personaOrders';
import type { Referents } from '../../src/bot/understanding';

const TERMS = 'flow.onboarding.confirmingTerms';
const PLUS = 'flow.onboarding.awaitingPlus';
const WELCOME = 'flow.welcome';
const CONSENTS: Array<[string, Referents]> = [
  [TERMS, { account: persona4 }],
  [CONFIRMING_RECEIPT, returningEarbuds],
  [CONFIRMING_RETURN, { ...returningEarbuds, returnReason: 'size' } as Referents],
];
const CASUAL_YES = ['yes pls', 'yes please', 'yea', 'yeah', 'ya', 'yep', 'yup', 'sure', 'sure thing', 'ok sure', 'go ahead', 'do it', 'Yea!', 'ya pls', 'yeah sure'];
const WHAT_NOW = { type: 'TOPIC_ASKED', topic: 'whatNow' };

describe('casual yes forms consent where a yes pays, files a return or turns pay-later on', () => {
  describe.each(CONSENTS)('at %s', (step, referents) => {
    it.each(CASUAL_YES)('%j is a yes', (words) => {
      expect(at(step, words, referents)).toEqual({ type: 'AFFIRM' });
    });

    it('inside other words they consent to nothing', () => {
      for (const words of ['ya know what, not now', 'yea but is it safe?', 'yes pls tell me the fees first', 'do it later', 'sure thing but not today']) {
        expect(at(step, words, referents)).not.toEqual({ type: 'AFFIRM' });
      }
    });

    it('a casual ok ("k") is still told how to go ahead', () => {
      expect(at(step, 'k', referents)).toEqual({ type: 'TOPIC_ASKED', topic: 'hesitantYes' });
    });
  });
});

describe('confusion at a step is read as such: the step explained again', () => {
  const CONFUSED = ['wait what', 'what?', 'huh', 'huh?', 'wait what do you mean', 'what do you mean?', 'wdym', 'sorry what?'];

  it.each([PLUS, CONFIRMING_RECEIPT, TERMS])('at %s', (step) => {
    const referents: Referents = step === CONFIRMING_RECEIPT ? returningEarbuds : { account: persona4 };
    for (const words of CONFUSED) expect([words, at(step, words, referents)]).toEqual([words, WHAT_NOW]);
  });

  it('at the welcome there is no step: what the bot can do', () => {
    for (const words of ['wait what', 'huh']) expect(at(WELCOME, words, {})).toEqual({ type: 'HELP' });
  });

  it('"wait" alone is still a wait, and a real question after "wait what" is still that question', () => {
    expect(at(PLUS, 'wait', { account: persona4 })).not.toEqual(WHAT_NOW);
    expect(at(PLUS, 'wait what is plus', { account: persona4 })).not.toEqual(WHAT_NOW);
  });
});

describe('everyday questions said casually', () => {
  it.each([PLUS, WELCOME, CONFIRMING_RECEIPT])('"can I use it for groceries" at %s: which goods it can be used for', (step) => {
    const referents: Referents = step === CONFIRMING_RECEIPT ? returningEarbuds : { orders: persona5 };
    for (const words of ['can I use it for groceries', 'can i use pay later for electronics?', 'could I use it on clothes']) {
      expect(at(step, words, referents)).toEqual({ type: 'TOPIC_ASKED', topic: 'eligibleGoods' });
    }
  });

  it('using it for a return or a refund is not about goods', () => {
    expect(at(PLUS, 'can I use it for returns', {})).not.toEqual({ type: 'TOPIC_ASKED', topic: 'eligibleGoods' });
  });

  it.each([PLUS, WELCOME])('"is it safe tho" at %s is answered as "is this safe?"', (step) => {
    const safe = at(step, 'is this safe?', {});
    expect(safe).toEqual({ type: 'TOPIC_ASKED', topic: 'privacy' });
    for (const words of ['is it safe tho', 'is it safe though?', 'is this safe tho lol']) expect(at(step, words, {})).toEqual(safe);
  });
});
