// How long a locked number waits, asked there ("要等多久"): the backend's minutes as told with the lock, else the longest wait.
import { initialContext } from '../../machines/context';
import { actionsOf, render, textOf } from './fixtures';

const NUMBER_LOCKED = 'flow.onboarding.login.numberLocked';
const WAIT_ASKED = [{ id: 'topic', topic: 'loginPauseWait' }] as const;
const minutesIn = (text: string): string[] => text.match(/\d+(?= ?分钟| minutes?)/g) ?? [];

describe('"how long" at a locked number', () => {
  it.each(['zh-CN', 'en-US'] as const)('the backend said 9 minutes: those, no "no need to wait", the buttons kept (%s)', (locale) => {
    const turn = render(NUMBER_LOCKED, locale, { ...initialContext(), phoneLockMinutes: 9 }, [...WAIT_ASKED]);
    const text = textOf(turn);
    expect(minutesIn(text)).toEqual(['9']);
    expect(text).not.toMatch(/不用等|no need to wait/i);
    expect(actionsOf(turn).map((a) => a.value)).toEqual([{ event: { type: 'AFFIRM' } }, { event: { type: 'CANCEL' } }]);
  });

  it.each(['zh-CN', 'en-US'] as const)('no minutes known: up to 15 (%s)', (locale) => {
    const text = textOf(render(NUMBER_LOCKED, locale, initialContext(), [...WAIT_ASKED]));
    expect(minutesIn(text)).toEqual(['15']);
    expect(text).toMatch(/最多|at most/);
  });

  it.each(['zh-CN', 'en-US'] as const)('a minute: no "1 minutes" (%s)', (locale) => {
    const text = textOf(render(NUMBER_LOCKED, locale, { ...initialContext(), phoneLockMinutes: 1 }, [...WAIT_ASKED]));
    expect(text).not.toMatch(/\b1 minutes\b|15/);
  });
});
