// Bounds how long the bot's replies to a channel (its serviceUrl) may take, and says in the log when one was not delivered.
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { ConnectorClient } from 'botframework-connector';
import type { Logger } from 'pino';
import { createKeepAliveAgents } from '../httpSender';

/**
 * botframework-connector sends through an Azure pipeline whose default retry policy tries three more times with
 * exponential waits (about 1 + 2 + 4 s, plus jitter) and sets no timeout: with the Emulator closed every turn waited
 * ~10 s for a channel that refused at once, and a channel that never answers would hold the turn for good.
 */
export const CHANNEL_ATTEMPT_TIMEOUT_MS = 4_000;
/** A refused or unresolved connection is tried once more, shortly after: a channel restarting. */
export const CHANNEL_RETRY_DELAY_MS = 300;
const ATTEMPTS = 2;

/** Failures where nothing reached the channel, so sending again cannot deliver a message twice. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * Failures of a connection that broke before the channel answered anything (the Azure client reports a break while
 * reading an answer as PARSE_ERROR instead). Nearly always a pooled connection the channel closed as the reply was
 * written into it, so the reply never reached it: sent again at once, on a new connection, within the same attempt's
 * time. In the rare other case (a channel that failed while handling it) the cost is a line shown twice, not lost.
 */
const CONNECTION_BROKEN = new Set(['ECONNRESET', 'EPIPE']);

/**
 * The Azure client's own agent keeps idle connections with no timeout, and Node then ignores the server's Keep-Alive
 * hint too: they stayed open until the channel (a Node server: 5 s) closed them, and a reply written at that moment
 * failed with ECONNRESET (QA: web chat, a reply ~6 s after the bot's previous message). These close them first.
 */
const pooled = createKeepAliveAgents();
/** For sending again after a break: a new connection, not another pooled one that may be just as stale. */
const fresh = { http: new HttpAgent({ keepAlive: false }), https: new HttpsAgent({ keepAlive: false }) };
const agentFor = (url: string, agents: typeof pooled | typeof fresh) => (url.startsWith('https:') ? agents.https : agents.http);

/** The part of @azure/core-rest-pipeline's pipeline this needs (the package is botframework-connector's, not ours). */
interface PipelineRequestLike {
  url: string;
  method: string;
  timeout: number;
  /** Set by the pipeline's proxy policy when a proxy is configured; then that one is kept. */
  agent?: unknown;
  tlsSettings?: unknown;
}
interface PolicyLike {
  name: string;
  sendRequest(request: PipelineRequestLike, next: (request: PipelineRequestLike) => Promise<unknown>): Promise<unknown>;
}
interface PipelineLike {
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: PolicyLike): void;
}

/** The name of the Azure pipeline's retry policy (@typespec/ts-http-runtime's defaultRetryPolicyName). */
const AZURE_RETRY_POLICY = 'defaultRetryPolicy';

/** The errors a send ended with after the warning was logged: nothing more can reach that channel in this turn. */
const unreachable = new WeakSet<object>();

/** True for the error of a reply the channel did not take (refused, unresolved, broken or silent); see boundChannelSends. */
export const isChannelUnreachable = (error: unknown): boolean => typeof error === 'object' && error !== null && unreachable.has(error);

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
};

/** Replaces the connector client's retries with a bounded policy (see CHANNEL_ATTEMPT_TIMEOUT_MS); returns the client. */
export function boundChannelSends(connector: ConnectorClient, logger: Logger): ConnectorClient {
  // ServiceClientContext keeps its core-client ServiceClient private; its pipeline is the documented way to change policies.
  const pipeline = (connector as unknown as { client?: { pipeline?: PipelineLike } }).client?.pipeline;
  if (!pipeline) {
    logger.warn('channel replies keep botframework-connector\'s own retries: its client has no pipeline to bound');
    return connector;
  }
  pipeline.removePolicy({ name: AZURE_RETRY_POLICY });
  pipeline.addPolicy({
    name: 'boundedChannelSend',
    async sendRequest(request, next) {
      if (!request.timeout) request.timeout = CHANNEL_ATTEMPT_TIMEOUT_MS;
      const deadline = Date.now() + request.timeout;
      const ownAgent = request.agent === undefined && request.tlsSettings === undefined;
      if (ownAgent) request.agent = agentFor(request.url, pooled);
      for (let attempt = 1; ; attempt++) {
        try {
          return await next(request);
        } catch (error) {
          // The channel answered, with an error status: not a matter of reaching it (the turn's error handling has it).
          if ((error as { statusCode?: unknown } | null)?.statusCode !== undefined) throw error;
          const code = codeOf(error);
          const left = deadline - Date.now();
          if (attempt < ATTEMPTS && code !== undefined && CONNECTION_BROKEN.has(code) && left > 0) {
            if (ownAgent) request.agent = agentFor(request.url, fresh);
            request.timeout = left;
            logger.info({ channel: new URL(request.url).origin, code }, 'channel reply sent again on a new connection');
            continue;
          }
          if (attempt < ATTEMPTS && code !== undefined && NOT_CONNECTED.has(code)) {
            await delay(CHANNEL_RETRY_DELAY_MS);
            continue;
          }
          if (typeof error === 'object' && error !== null) unreachable.add(error);
          const channel = new URL(request.url).origin;
          const why = code ?? `no answer within ${request.timeout} ms`;
          logger.warn(
            { channel, code, attempts: attempt, reason: error instanceof Error ? error.message : String(error) },
            `channel unreachable: a reply to ${channel} was not delivered (${why}); is the channel (the Emulator) running?`,
          );
          throw error;
        }
      }
    },
  });
  return connector;
}
