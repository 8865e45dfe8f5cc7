// The store-size phase: the time of one turn with 1,000 and with 100,000 conversations stored.
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { FAQ_TEXTS, conversationId, messageBody, nthConversation } from './conversations';
import { LoadDriver, post } from './driver';
import { LatencyRecorder } from './latency';
import type { BenchOptions } from './options';
import type { ServerProcess } from './serverProcess';

const PREFIX = 'scale';
const SMALL_STORE = 1000;
/** Turns before each timing that are not counted: the first ones after a bulk write pay for cold caches and GC. */
const UNTIMED_TURNS = 30;

export interface ScaleResult {
  turnMsAt1k: number;
  turnP99MsAt1k: number;
  turnMsAt100k: number;
  turnP99MsAt100k: number;
  stores: { small: number; large: number; prefillSec: number };
}

/**
 * Times backend-free turns (FAQ questions) one at a time, each on a random stored conversation: what grows
 * with the store is the lookup and the page cache, so every turn reads a different, already stored record.
 */
async function timeTurns(bot: ServerProcess, stored: number, turns: number): Promise<{ p50: number; p99: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL('/api/messages', bot.url);
  const latencies = new LatencyRecorder();
  try {
    for (let i = 0; i < UNTIMED_TURNS + turns; i++) {
      const id = conversationId(PREFIX, Math.floor(Math.random() * stored));
      const body = messageBody(id, FAQ_TEXTS[i % FAQ_TEXTS.length], 'zh-CN', 1000 + i);
      const sent = performance.now();
      const answer = await post(agent, url, body);
      if (answer.status !== 200) throw new Error(`timed turn on ${id} failed: ${answer.status} ${answer.body.toString()}`);
      if (i >= UNTIMED_TURNS) latencies.record(performance.now() - sent);
    }
  } finally {
    agent.destroy();
  }
  return { p50: latencies.quantile(0.5), p99: latencies.quantile(0.99) };
}

/** Runs on a bot with an empty store: real walks first, so the copies pre-filled after them are real records. */
export async function measureScale(bot: ServerProcess, options: BenchOptions, progress: (line: string) => void): Promise<ScaleResult> {
  progress(`walking ${options.scaleWalks} conversations for the store`);
  const driver = new LoadDriver(bot.url, options.connections, (n) => nthConversation(PREFIX, n));
  try {
    const { errors } = await driver.run(new LatencyRecorder(), { maxConversations: options.scaleWalks });
    if (errors > 0) throw new Error(`store walks: ${errors} turns failed; first: ${JSON.stringify(driver.firstFailure)}`);
  } finally {
    driver.close();
  }
  const fill = async (first: number, total: number) => {
    const started = performance.now();
    await bot.call('prefill', { prefix: PREFIX, templates: options.scaleWalks, first, total });
    return (performance.now() - started) / 1000;
  };
  if (options.scaleWalks < SMALL_STORE) await fill(options.scaleWalks, SMALL_STORE);
  progress(`timing ${options.timedTurns} turns with ${SMALL_STORE} conversations stored`);
  const small = await timeTurns(bot, SMALL_STORE, options.timedTurns);
  progress(`pre-filling the store to ${options.prefill} conversations`);
  const prefillSec = await fill(Math.max(options.scaleWalks, SMALL_STORE), options.prefill);
  progress(`timing ${options.timedTurns} turns with ${options.prefill} conversations stored`);
  const large = await timeTurns(bot, options.prefill, options.timedTurns);
  return {
    turnMsAt1k: small.p50,
    turnP99MsAt1k: small.p99,
    turnMsAt100k: large.p50,
    turnP99MsAt100k: large.p99,
    stores: { small: SMALL_STORE, large: options.prefill, prefillSec },
  };
}
