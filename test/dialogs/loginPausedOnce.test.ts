// A QA probe's findings at the login: the paused login said twice a turn, a code of the wrong length not told its length.
import { initialContext } from '../../machines/context';
import { actionsOf, render, textOf } from './fixtures';

const PAUSED = 'flow.onboarding.login.blocked';

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
