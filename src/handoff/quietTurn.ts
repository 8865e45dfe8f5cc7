// Lets a proactive turn do a step silently: what the bot would say while `quietly` runs is neither sent nor logged.
import type { Middleware, TurnContext } from 'botbuilder';

const QUIET = Symbol('quietTurn');

/**
 * Adapter middleware; it must be used before the transcript logger, whose send hook it then runs ahead of, so
 * swallowed activities are not written to the transcript either.
 */
export const quietTurnMiddleware: Middleware = {
  async onTurn(context, next) {
    context.onSendActivities(async (ctx, _activities, send) => (ctx.turnState.get(QUIET) ? [] : send()));
    await next();
  },
};

/**
 * Runs `work` with the turn's output dropped: a setup event (an agent passing a verified session) changes the
 * dialogue without showing the customer a prompt that the next event replaces at once.
 */
export async function quietly<T>(context: TurnContext, work: () => Promise<T>): Promise<T> {
  context.turnState.set(QUIET, true);
  try {
    return await work();
  } finally {
    context.turnState.delete(QUIET);
  }
}
