// The load generator: a fixed number of keep-alive connections, each walking whole conversations one turn at a time.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { LatencyRecorder } from './latency';

/** Where a conversation's turns come from: the n-th conversation of the run, as request bodies in order. */
export type ConversationSource = (n: number) => { bodies: readonly Buffer[] };

export interface SliceResult {
  turns: number;
  errors: number;
  elapsedMs: number;
}

export interface Failure {
  status: number;
  body: string;
}

/**
 * One HTTP POST on a keep-alive agent; resolves with the status and the body. A request on a reused socket that the
 * server had just closed as idle (its keep-alive timeout, while the other server's slice ran) fails before the server
 * saw it: it is sent again, as Node's docs advise (`request.reusedSocket`). The agent may hand the retry another of
 * its idle sockets, closed as well (after a slice of the other server, all of them are): it is sent again until a
 * socket is live, at most once per pooled socket and once more on a new one. Only sending once stopped a run ("socket
 * hang up" at the start of the echo's paced phase).
 */
export async function post(agent: Agent, url: URL, body: Buffer): Promise<{ status: number; body: Buffer }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await postOnce(agent, url, body);
    } catch (error) {
      if (!(error instanceof StaleSocketError) || attempt > agent.maxSockets) throw error;
    }
  }
}

class StaleSocketError extends Error {}

function postOnce(agent: Agent, url: URL, body: Buffer): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      const stale = req.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE');
      reject(stale ? new StaleSocketError(error.message) : error);
    });
    req.end(body);
  });
}

/** botbuilder answers an exception with a trace of this name; a 200 that carries it is still a failed turn. */
const TURN_ERROR_MARK = Buffer.from('OnTurnError Trace');

/**
 * Drives one server with `connections` concurrent customers. Each connection walks its conversation to the
 * end before taking the next one, so turns of one conversation never overlap, as with a real customer who
 * waits for the answer. The driver keeps its place between slices: `run` can be called again to go on.
 */
export class LoadDriver {
  private readonly agent: Agent;
  private readonly url: URL;
  private readonly cursors: Array<{ bodies: readonly Buffer[]; next: number }>;
  private nextConversation = 0;
  firstFailure: Failure | undefined;

  constructor(
    target: string,
    private readonly connections: number,
    private readonly source: ConversationSource,
  ) {
    this.url = new URL('/api/messages', target);
    this.agent = new Agent({ keepAlive: true, maxSockets: connections });
    this.cursors = Array.from({ length: connections }, () => ({ bodies: [], next: 0 }));
  }

  /** Conversations started so far (each with a fresh id). */
  get conversations(): number {
    return this.nextConversation;
  }

  /**
   * Runs until `durationMs` has passed (turns in flight then still finish and count), or, with
   * `maxConversations`, until that many conversations are walked to the end.
   *
   * With `ratePerSec` the turns are offered at that total rate instead of as fast as answers come back (a
   * paced, open-loop schedule: the k-th turn is due at start + k / rate, sent by whichever customer is free).
   * A turn's latency then counts from when it was due, so a server that falls behind shows it in full (no
   * coordinated omission); a customer still never sends before the previous answer came back.
   */
  async run(
    recorder: LatencyRecorder,
    limit: { durationMs: number; ratePerSec?: number } | { maxConversations: number },
  ): Promise<SliceResult> {
    const started = performance.now();
    const deadline = 'durationMs' in limit ? started + limit.durationMs : Infinity;
    const maxConversations = 'maxConversations' in limit ? limit.maxConversations : Infinity;
    const intervalMs = 'ratePerSec' in limit && limit.ratePerSec ? 1000 / limit.ratePerSec : 0;
    let nextSlot = 0;
    let turns = 0;
    let errors = 0;
    const worker = async (cursor: (typeof this.cursors)[number]) => {
      while (performance.now() < deadline) {
        let due = 0;
        if (intervalMs > 0) {
          due = started + nextSlot++ * intervalMs;
          if (due >= deadline) return;
          const wait = due - performance.now();
          if (wait > 0) await sleep(wait);
        }
        if (cursor.next >= cursor.bodies.length) {
          if (this.nextConversation >= maxConversations) return;
          cursor.bodies = this.source(this.nextConversation++).bodies;
          cursor.next = 0;
        }
        const body = cursor.bodies[cursor.next++];
        // A turn counts from when it was due, so a sender that falls behind shows it in full; Node's timers fire on whole
        // milliseconds, sometimes a little before `due`: then it counts from its send. (Math.max did the opposite: an
        // early timer gave a fast echo negative latencies, a paced p50 of 0 that the result's schema refused, and a
        // late send hid the delay.)
        const sent = intervalMs > 0 ? Math.min(due, performance.now()) : performance.now();
        const answer = await post(this.agent, this.url, body);
        recorder.record(performance.now() - sent);
        turns += 1;
        if (answer.status !== 200 || answer.body.includes(TURN_ERROR_MARK)) {
          errors += 1;
          this.firstFailure ??= { status: answer.status, body: answer.body.toString('utf8', 0, 500) };
        }
      }
    };
    await Promise.all(this.cursors.map(worker));
    return { turns, errors, elapsedMs: performance.now() - started };
  }

  close(): void {
    this.agent.destroy();
  }
}
