// After the shop's notice moved the customer from PLUS to real-name verification: "done" and PLUS's button are about PLUS,
// and a notice the channel did not take is said once, first, at the next turn.
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';
import type { ConversationRecord } from '../../src/bot/conversationRecord';
import { doneForStepJustDone, shopStepDoneAfter, STEP_JUST_DONE_MS, untoldSteps, withUntold } from '../../src/bot/shopStepDone';
import { at } from './personaOrders';

const PLUS = 'flow.onboarding.awaitingPlus';
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const PLUS_DONE_ALREADY = { type: 'TOPIC_ASKED', topic: 'plusDoneAlready' };
const NOW = Date.parse('2026-03-01T10:00:00Z');
const nlu = createNlu();

const recordWith = (shopStepDone: ConversationRecord['shopStepDone']): ConversationRecord => ({
  dialogue: undefined,
  locale: 'zh-CN',
  turns: 3,
  updatedAt: new Date(NOW).toISOString(),
  shopStepDone,
});
const secondsAgo = (s: number) => new Date(NOW - s * 1000).toISOString();

describe('at the real-name step, something bought is PLUS (only PLUS is bought): it is active, not "no verification yet"', () => {
  it.each(['done, I bought it', 'I bought it', 'I purchased it', '我买好了', '买了', '已购买', '我已经买了'])('%j', (text) => {
    expect(at(REAL_NAME, text, {})).toEqual(PLUS_DONE_ALREADY);
  });
  it.each(['我买了但是还没显示', 'bought it, what now?', "I haven't bought it"])('not %j', (text) => {
    expect(at(REAL_NAME, text, {})).not.toEqual(PLUS_DONE_ALREADY);
  });
});

describe("PLUS's buttons tapped at the real-name step", () => {
  const tap = (event: object, step: string) => understandActivity(nlu, undefined, { event, at: step }, REAL_NAME, {}).event;

  it('its done button is told PLUS is active (it was "that button was from an earlier step")', () => {
    expect(tap({ type: 'AFFIRM' }, PLUS)).toEqual(PLUS_DONE_ALREADY);
  });
  it('its "not now" is still an earlier step\'s button; the step\'s own done button is checked', () => {
    expect(tap({ type: 'DENY' }, PLUS)).toEqual({ type: 'TOPIC_ASKED', topic: 'staleButton' });
    expect(tap({ type: 'AFFIRM' }, REAL_NAME)).toEqual({ type: 'AFFIRM' });
  });
});

describe('a typed "done" at the real-name step after the shop reported PLUS done', () => {
  const read = (record: ConversationRecord, typed = '好了', step = REAL_NAME) => doneForStepJustDone(step, { type: 'AFFIRM' }, typed, record, NOW);

  it('is about PLUS when that notice was never delivered, however long ago', () => {
    expect(read(recordWith({ steps: ['plus'], at: secondsAgo(3600), untold: true }))).toEqual(PLUS_DONE_ALREADY);
  });
  it(`is about PLUS within ${STEP_JUST_DONE_MS / 60_000} minutes of a delivered notice, and checked as real-name done after`, () => {
    expect(read(recordWith({ steps: ['plus'], at: secondsAgo(10) }))).toEqual(PLUS_DONE_ALREADY);
    expect(read(recordWith({ steps: ['plus'], at: secondsAgo(STEP_JUST_DONE_MS / 1000 + 1) }))).toEqual({ type: 'AFFIRM' });
  });
  it('is checked when it names the verification, when a button was tapped, elsewhere, or with nothing reported', () => {
    const untold = recordWith({ steps: ['plus'], at: secondsAgo(1), untold: true });
    expect(read(untold, '我认证好了')).toEqual({ type: 'AFFIRM' });
    expect(read(untold, 'done, verified')).toEqual({ type: 'AFFIRM' });
    expect(doneForStepJustDone(REAL_NAME, { type: 'AFFIRM' }, undefined, untold, NOW)).toEqual({ type: 'AFFIRM' });
    expect(read(untold, '好了', PLUS)).toEqual({ type: 'AFFIRM' });
    expect(read(recordWith({ steps: ['realName'], at: secondsAgo(1), untold: true }))).toEqual({ type: 'AFFIRM' });
    expect(read(recordWith(undefined))).toEqual({ type: 'AFFIRM' });
  });
});

describe('an untold "step done" is said first, once', () => {
  it('before the turn\'s own notices', () => {
    expect(withUntold(['plus'], [{ id: 'greeting' }])).toEqual([{ id: 'stepDone', step: 'plus' }, { id: 'greeting' }]);
  });
  it('not beside an answer that says it in its own words', () => {
    expect(withUntold(['plus'], [{ id: 'topic', topic: 'plusDoneAlready' }])).toEqual([{ id: 'topic', topic: 'plusDoneAlready' }]);
    expect(withUntold(['plus', 'realName'], [{ id: 'topic', topic: 'stepDoneAlready' }])).toEqual([{ id: 'topic', topic: 'stepDoneAlready' }]);
    expect(withUntold(['plus'], [{ id: 'stepDone', step: 'plus' }])).toEqual([{ id: 'stepDone', step: 'plus' }]);
  });
  it('only when the notice was not delivered', () => {
    expect(untoldSteps(recordWith({ steps: ['plus'], at: secondsAgo(1) }))).toEqual([]);
    expect(untoldSteps(recordWith({ steps: ['plus'], at: secondsAgo(1), untold: true }))).toEqual(['plus']);
  });
});

describe('what the record keeps of the shop\'s notices', () => {
  const completed = { type: 'BACKEND_STEP_COMPLETED', step: 'realName' } as const;
  const untold = recordWith({ steps: ['plus'], at: secondsAgo(60), untold: true });

  it("the shop's notice keeps the step it reported done, with those still untold (said in its message, so not untold now)", () => {
    expect(shopStepDoneAfter(completed, untold, ['plus'], [{ id: 'stepDone', step: 'realName' }], NOW)).toEqual({
      steps: ['plus', 'realName'],
      at: new Date(NOW).toISOString(),
    });
    expect(shopStepDoneAfter(completed, undefined, [], [], NOW)).toBeUndefined();
  });
  it("the customer's turn forgets it; an agent's leaves it as it was", () => {
    expect(shopStepDoneAfter(undefined, untold, ['plus'], [], NOW)).toBeUndefined();
    expect(shopStepDoneAfter({ type: 'AGENT_RELEASED' }, untold, [], [], NOW)).toEqual(untold.shopStepDone);
  });
});
