// Per-turn metrics and the one request log line per turn: conversation, step, outcome and latency, never the words.
import { performance } from 'node:perf_hooks';
import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { DialogueContext } from '../../machines/context';
import { journeyStepOf, statePath, type JourneyStep } from '../../machines/view';
import type { TurnObserver } from '../bot/paylaterBot';
import { wasRepeated } from '../bot/repeatedMessages';
import { isEtagConflictError } from '../storage';
import type { BotMetrics, TurnOutcome } from './metrics';

/** Where the dialogue came to rest, handed from the observer to the request log line of the same turn. */
interface Where {
  state: string;
  step: JourneyStep;
  resumeFailed: boolean;
}

const WHERE = Symbol('ops.where');

export interface TurnInstrumentation {
  /** The bot's TurnObserver: steps entered, handoffs, and where the turn left the dialogue. */
  observe: TurnObserver;
  /** Wraps the bot's turn logic: times it, counts its outcome and writes the request log line. */
  run(context: TurnContext, logic: () => Promise<void>): Promise<void>;
}

export function createTurnInstrumentation(metrics: BotMetrics, logger: Logger): TurnInstrumentation {
  return {
    observe(context, { before, after, restartReason }) {
      const state = statePath(after.value);
      const step = journeyStepOf(state);
      if (step !== journeyStepOf(statePath(before.value))) metrics.stepsEntered.inc({ step });
      if (after.hasTag('agent') && !before.hasTag('agent')) {
        metrics.handoffs.inc({ reason: (after.context as DialogueContext).handoffReason ?? 'unknown' });
      }
      context.turnState.set(WHERE, { state, step, resumeFailed: restartReason !== undefined } satisfies Where);
    },

    async run(context, logic) {
      const started = performance.now();
      let outcome: TurnOutcome = 'error';
      try {
        await logic();
        const where = context.turnState.get(WHERE) as Where | undefined;
        outcome = where?.resumeFailed ? 'resume_failed' : wasRepeated(context) ? 'repeated' : 'ok';
      } catch (error) {
        // Rethrown: the adapter's onTurnError still logs it and apologises to the customer.
        outcome = isEtagConflictError(error) ? 'conflict' : 'error';
        throw error;
      } finally {
        const seconds = (performance.now() - started) / 1000;
        metrics.turns.inc({ outcome });
        metrics.turnDuration.observe({ outcome }, seconds);
        const where = context.turnState.get(WHERE) as Where | undefined;
        logger.info(
          {
            conversationId: context.activity.conversation?.id,
            activityType: context.activity.type,
            step: where?.step,
            state: where?.state,
            outcome,
            latencyMs: Math.round(seconds * 1000),
          },
          'turn',
        );
      }
    },
  };
}
