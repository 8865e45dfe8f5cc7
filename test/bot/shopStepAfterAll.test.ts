// QA re-probe at the onboarding's shop-page steps (persona 1 at PLUS, persona 2 at real-name verification): doing it after
// all ("还是弄吧") was read as a no and left the onboarding for the menu, "那还是办了吧" was checked as done ("I can't see your
// PLUS yet"), "弄吧" got a clarifying question. They mean "ok, I'll do it": go ahead, the step kept. And "想了想 还是开吧" at
// the terms is the terms' yes, as "还是开吧" is.
import { at } from './personaOrders';

const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const TERMS = 'flow.onboarding.confirmingTerms';
const WELCOME = 'flow.welcome';
const GOING_NOW = { type: 'TOPIC_ASKED', topic: 'goingNow' };

describe('doing it after all, or plainly, at a shop-page step is going to do it', () => {
  it.each([
    '还是弄吧', '那还是办了吧', '弄吧', '嗯 还是搞一下吧', '还是办吧', '算了 还是弄吧', '想了想 还是开吧', '还是买吧', '还是买plus吧',
    '那还是开通了吧', '我又想弄了',
  ])('%j at the PLUS step', (text) => {
    expect(at(PLUS, text, {})).toEqual(GOING_NOW);
  });

  it.each(['还是弄吧', '那还是办了吧', '弄吧', '嗯 还是搞一下吧', '还是认证吧', '那还是实名认证吧'])('%j at the real-name step', (text) => {
    expect(at(REAL_NAME, text, {})).toEqual(GOING_NOW);
  });

  it.each(['还是算了', '还是不买了', '算了 不弄了'])('%j is still no', (text) => {
    expect(at(PLUS, text, {})).not.toEqual(GOING_NOW);
    expect(at(PLUS, text, {})?.type).not.toBe('AFFIRM');
  });

  // Said done, not going to do it: checked, as before.
  it.each(['我还是买了', '买好了', '办好了'])('%j is still checked as done', (text) => {
    expect(at(PLUS, text, {})).toEqual({ type: 'AFFIRM' });
  });

  it('a "了吧" guess without 还是 is no going ("买了吧" may be "I bought it, I think")', () => {
    expect(at(PLUS, '买了吧', {})).not.toEqual(GOING_NOW);
  });
});

describe('having thought it over opens a yes as 算了 does', () => {
  it.each(['想了想 还是开吧', '我想了想 还是开通吧', '考虑了一下 还是开吧'])('%j at the terms accepts them, as "还是开吧" does', (text) => {
    expect(at(TERMS, '还是开吧', {})).toEqual({ type: 'AFFIRM' });
    expect(at(TERMS, text, {})).toEqual({ type: 'AFFIRM' });
  });

  it.each(['想了想 还是开吧', '想了想 还是弄吧'])('%j at the welcome starts enabling', (text) => {
    expect(at(WELCOME, text, {})).toEqual({ type: 'ENABLE' });
  });

  it('"想了想 还是弄吧" at the terms is told how to go ahead, as "还是弄吧" is', () => {
    expect(at(TERMS, '想了想 还是弄吧', {})).toEqual({ type: 'TOPIC_ASKED', topic: 'hesitantYes' });
  });

  it.each(['想了想 还是算了', '想了想 还是不开了'])('%j accepts nothing', (text) => {
    expect(at(TERMS, text, {})?.type).not.toBe('AFFIRM');
    expect(at(WELCOME, text, {})?.type).not.toBe('ENABLE');
  });
});
