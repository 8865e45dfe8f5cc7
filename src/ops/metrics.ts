// The bot's Prometheus metrics, in a Registry of its own per app (two apps in one test process never share counts).
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** How a turn ended, as counted by `paylater_turns_total`. */
export type TurnOutcome = 'ok' | 'resume_failed' | 'repeated' | 'conflict' | 'error';

export interface BotMetrics {
  registry: Registry;
  turns: Counter<'outcome'>;
  turnDuration: Histogram<'outcome'>;
  backendErrors: Counter<'operation' | 'kind'>;
  backendDuration: Histogram<'operation'>;
  handoffs: Counter<'reason'>;
  etagConflicts: Counter;
  stepsEntered: Counter<'step'>;
}

export function createBotMetrics(): BotMetrics {
  const registry = new Registry();
  // Memory, CPU, event-loop lag and GC: what tells a slow bot from a slow backend.
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    turns: new Counter({
      name: 'paylater_turns_total',
      help:
        'Activities the bot handled, by outcome (resume_failed: a stored snapshot could not be used; repeated: a message ' +
        'the channel resent, answered without a second turn; conflict: eTag retries ran out)',
      labelNames: ['outcome'],
      registers,
    }),
    turnDuration: new Histogram({
      name: 'paylater_turn_duration_seconds',
      help: 'Time from an activity reaching the bot to its replies being sent, backend calls and storage included',
      labelNames: ['outcome'],
      // Turns without a backend call take milliseconds; the backend timeout (3 s by default) bounds the rest.
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    backendErrors: new Counter({
      name: 'paylater_backend_errors_total',
      help: 'Account backend calls that failed technically (timeout, unavailable, bad_response, unauthorized, server_error, unknown)',
      labelNames: ['operation', 'kind'],
      registers,
    }),
    backendDuration: new Histogram({
      name: 'paylater_backend_call_duration_seconds',
      help: 'Account backend call latency, failures included',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    handoffs: new Counter({
      name: 'paylater_handoffs_total',
      help: 'Conversations handed to a human agent, by reason',
      labelNames: ['reason'],
      registers,
    }),
    etagConflicts: new Counter({
      name: 'paylater_storage_etag_conflicts_total',
      help: 'Conversation writes refused because another turn saved first; each is redone on the fresh state (withEtagRetry)',
      registers,
    }),
    stepsEntered: new Counter({
      name: 'paylater_journey_step_entered_total',
      help: 'Turns that moved a conversation into a new journey step (login, plus, realName, credit, terms, payLater, enabled, ...)',
      labelNames: ['step'],
      registers,
    }),
  };
}
