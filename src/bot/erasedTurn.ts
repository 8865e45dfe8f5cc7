// Marks a turn whose conversation was erased while it ran, so that nothing of it is stored afterwards (its transcript lines).
import type { TurnContext } from 'botbuilder';

const ERASED = Symbol('erasedTurn');

export function markErased(context: TurnContext): void {
  context.turnState.set(ERASED, true);
}

export const wasErased = (context: TurnContext): boolean => context.turnState.get(ERASED) === true;
