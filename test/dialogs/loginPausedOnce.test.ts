// A QA probe's findings at the login: the paused login said twice a turn, a code of the wrong length not told its length.
import { initialContext } from '../../machines/context';
import { actionsOf, render, textOf } from './fixtures';

const PAUSED = 'flow.onboarding.login.blocked';
// Where a number locked after too many wrong codes (here or elsewhere) is told so.
const NUMBER_LOCKED = 'flow.onboarding.login.numberLocked';

describe('the paused login, once a turn', () => {
  it.each(['zh-CN', 'en-US'] as const)('a code or a number typed there gets one message with the buttons (%s)', (locale) => {
    const turn = render(PAUSED, locale, initialContext(), [{ id: 'loginBlocked' }]);
    expect(turn).toHaveLength(1);
    expect(actionsOf(turn).map((a) => a.value)).toEqual([{ event: { type: 'AFFIRM' } }, { event: { type: 'CANCEL' } }]);
  });
});

it.each(['zh-CN', 'en-US'] as const)('a code of the wrong length is told the code has 6 digits (%s)', (locale) => {
  const text = textOf(render('flow.onboarding.login.awaitingOtp', locale, initialContext(), [{ id: 'invalidCode' }]));
  expect(text).toMatch(locale === 'zh-CN' ? /6\s?位/ : /6 digits/);
});

describe('a number locked after too many wrong codes hears the wait once, the precise one', () => {
  const minutesIn = (text: string): string[] => text.match(/\d+(?= ?分钟| minutes?)/g) ?? [];

  it.each(['zh-CN', 'en-US'] as const)('14 minutes left: only the 14 is said, and the buttons stay (%s)', (locale) => {
    const turn = render(NUMBER_LOCKED, locale, initialContext(), [{ id: 'phoneLocked', minutesLeft: 14 }]);
    const text = textOf(turn);
    expect(minutesIn(text)).toEqual(['14']);
    expect(text).not.toMatch(/最多|at most|up to/);
    // How to try again then, and a person now, are still offered.
    expect(text).toMatch(locale === 'zh-CN' ? /开通/ : /turn it on/);
    expect(actionsOf(turn).map((a) => a.value)).toEqual([{ event: { type: 'AFFIRM' } }, { event: { type: 'CANCEL' } }]);
  });

  it.each(['zh-CN', 'en-US'] as const)('the minutes unknown: the longest wait is said once (%s)', (locale) => {
    const text = textOf(render(NUMBER_LOCKED, locale, initialContext(), [{ id: 'phoneLocked' }]));
    expect(minutesIn(text)).toEqual(['15']);
  });

  it.each(['zh-CN', 'en-US'] as const)('a minute left: no "15 minutes at most" after it (%s)', (locale) => {
    const text = textOf(render(NUMBER_LOCKED, locale, initialContext(), [{ id: 'phoneLocked', minutesLeft: 1 }]));
    expect(minutesIn(text)).toEqual(locale === 'zh-CN' ? ['1'] : []);
    expect(text).not.toMatch(/15/);
  });
});
