// What an agent is told about a customer and where they are: a masked account summary and the step they were at.
import type { AnyMachineSnapshot } from 'xstate';
import { z } from 'zod';
import type { DialogueContext } from '../../machines/context';
import { checklistOf, journeyStepOf, statePath, type JourneyStep } from '../../machines/view';
import { maskPhone } from '../../dialogs';

export const customerSummarySchema = z.object({
  accountId: z.string().optional(),
  /** Only ever masked (138****0002); the raw number never leaves the dialogue. */
  phoneMasked: z.string().optional(),
  loggedIn: z.boolean(),
  plus: z.boolean().optional(),
  realName: z.boolean().optional(),
  credit: z.boolean().optional(),
  payLater: z.boolean().optional(),
});

export type CustomerSummary = z.infer<typeof customerSummarySchema>;

export function customerSummary(context: DialogueContext): CustomerSummary {
  const { login, ...checklist } = checklistOf(context);
  // While logging in, the number being tried is all there is to recognise the customer by.
  const phoneMasked = context.account?.phoneMasked ?? (context.phone ? maskPhone(context.phone) : undefined);
  return { accountId: context.account?.accountId ?? context.session?.accountId, phoneMasked, loggedIn: login, ...checklist };
}

export interface Whereabouts {
  statePath: string;
  step: JourneyStep;
}

/**
 * Where the customer was in the flow. Interruptions (clarifying, handoff) live outside `flow`, and leaving `flow`
 * records its deep history: that remembered state is the step the customer will resume at.
 */
export function whereabouts(snapshot: AnyMachineSnapshot): Whereabouts {
  const current = statePath(snapshot.value);
  const remembered = Object.values(snapshot.historyValue ?? {})[0]?.[0] as { path?: string[] } | undefined;
  const path = current.startsWith('flow') || !remembered?.path ? current : remembered.path.join('.');
  return { statePath: path, step: journeyStepOf(path) };
}
