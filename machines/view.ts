// Read-only views of a dialogue snapshot that renderers, logs and metrics share: where the customer is.
import type { OnboardingStep } from './domain';
import type { DialogueContext } from './context';

/** A state value flattened to a dotted path: `flow.onboarding.login.awaitingPhone`, `handoff`. */
export function statePath(value: unknown): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value as Record<string, unknown>)[0] ?? [];
  return key === undefined ? '' : `${key}.${statePath(child)}`.replace(/\.$/, '');
}

/** Where in the journey a state path is, for the status card, handoff context and metrics. */
export type JourneyStep = OnboardingStep | 'welcome' | 'enabled' | 'purchase' | 'handoff' | 'other';

const STEP_BY_PREFIX: Array<[string, JourneyStep]> = [
  ['flow.onboarding.login', 'login'],
  ['flow.onboarding.awaitingPlus', 'plus'],
  ['flow.onboarding.awaitingRealName', 'realName'],
  ['flow.onboarding.creditRefused', 'credit'],
  ['flow.onboarding.confirmingTerms', 'terms'],
  ['flow.onboarding.enablingPayLater', 'payLater'],
  ['flow.onboarding.enabled', 'enabled'],
  ['flow.onboarding', 'login'],
  ['flow.purchase', 'purchase'],
  ['flow.welcome', 'welcome'],
  ['handoff', 'handoff'],
];

export function journeyStepOf(path: string): JourneyStep {
  return STEP_BY_PREFIX.find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`))?.[1] ?? 'other';
}

/** The status checklist: which onboarding conditions are known to be met (undefined: not known yet). */
export interface Checklist {
  login: boolean;
  plus?: boolean;
  realName?: boolean;
  credit?: boolean;
  payLater?: boolean;
}

export function checklistOf(context: DialogueContext): Checklist {
  const a = context.account;
  return {
    login: context.session !== undefined,
    plus: a?.plus.active,
    realName: a?.realName.verified,
    credit: a?.credit.eligible,
    payLater: a?.payLater.enabled,
  };
}
