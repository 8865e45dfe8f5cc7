// Why a shop-page step is needed, asked at it (src/bot/understanding/stepWhy.ts): the step's explainer, even beside a no.
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';

const nlu = createNlu();
const REAL_NAME = 'flow.onboarding.awaitingRealName';
const PLUS = 'flow.onboarding.awaitingPlus';
const at = (step: string, text: string) => understandActivity(nlu, text, undefined, step).event;

describe('at real-name verification', () => {
  it.each([
    'nah i dont want to give my id online. why do you need it anyway?',
    'why do you need it anyway?',
    'why do you need my ID',
    'what do you need my ID for?',
    'why is this necessary',
    '算了不想在网上给身份证 为什么一定要实名',
    '为啥要身份证',
  ])('%j asks why it is needed: the real-name explainer', (text) => {
    expect(at(REAL_NAME, text)).toEqual({ type: 'REAL_NAME', question: true });
  });

  it('another thing asked why ("why do you need my phone number") is not the step\'s question', () => {
    expect(at(REAL_NAME, 'why do you need my phone number')).not.toEqual({ type: 'REAL_NAME', question: true });
  });

  it('a no without a question is still a no', () => {
    expect(at(REAL_NAME, 'i dont want to give my id online')?.type).toBe('CANCEL');
  });
});

describe('at the PLUS step', () => {
  it.each(['nah why do i need plus anyway', 'why do i need it', '为什么一定要买会员'])('%j: the PLUS explainer', (text) => {
    expect(at(PLUS, text)).toEqual({ type: 'PLUS', question: true });
  });
});

it('away from the shop-page steps the words are read as before', () => {
  expect(at('flow.onboarding.confirmingTerms', 'why do you need it')).not.toEqual({ type: 'REAL_NAME', question: true });
  expect(at('flow.welcome', 'why do you need it')).not.toEqual({ type: 'PLUS', question: true });
});
