// Composes the mock account backend: a restify server with the §5 API, the stand-in shop pages, and JSON answers for every error.
import { listenOn, MOCK_SERVER_NAME } from '../listen';
import pino, { type Logger } from 'pino';
import restify, { type Server } from 'restify';
import { registerApiRoutes } from './apiRoutes';
import { createEventSender } from './events';
import { MAX_BODY_BYTES, errorAnswer, guardBody } from './http';
import { DEFAULT_PERSONAS_PATH, loadPersonas } from './personas';
import { registerShopRoutes } from './shopRoutes';
import { MockState } from './state';
import { createStateWriter, readStateFile, type StateWriter } from './stateFile';

export interface MockBackendOptions {
  /** The one-time code every demo login accepts (MOCK_OTP_CODE). */
  otpCode: string;
  /** The bearer token of /v1/service-sessions (ACCOUNT_API_SERVICE_TOKEN); without it that route refuses everyone. */
  serviceToken?: string;
  personasPath?: string;
  /** Where completed shop steps are reported (the bot's /api/backend-events); nothing is sent when unset. */
  webhookUrl?: string;
  webhookSecret?: string;
  /** The address customers' browsers reach the mock at, if not where it listens; used in the page links it logs. */
  publicUrl?: string;
  sessionTtlMs?: number;
  /** The mock's clock (sessions' expiry, due dates); tests move it on to let sessions lapse. */
  now?: () => number;
  /**
   * A JSON file the accounts, orders and sessions are kept in across restarts, as a real backend keeps them (read at
   * start, written after changes and at close). Unset: in memory only, the personas at every start.
   */
  stateFile?: string;
  logger?: Logger;
}

export interface MockBackend {
  server: Server;
  state: MockState;
  /** Starts listening (port 0 picks a free one) and resolves to the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export function createMockBackend(options: MockBackendOptions): MockBackend {
  const logger = options.logger ?? pino({ level: 'silent' });
  const { stateFile } = options;
  // The writer reads the state only after a change, by when `state` exists.
  const writer: StateWriter | undefined = stateFile ? createStateWriter(stateFile, () => state.snapshot(), logger) : undefined;
  const state: MockState = new MockState(loadPersonas(options.personasPath ?? DEFAULT_PERSONAS_PATH), {
    sessionTtlMs: options.sessionTtlMs,
    now: options.now,
    from: stateFile ? readStateFile(stateFile, logger) : undefined,
    onChange: writer?.changed,
  });
  const notify = createEventSender({ webhookUrl: options.webhookUrl, webhookSecret: options.webhookSecret, logger });

  // restify 11 logs through pino; its typings still describe the bunyan logger of older versions.
  const server = restify.createServer({ name: MOCK_SERVER_NAME, log: logger as unknown as restify.ServerOptions['log'] });

  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(guardBody);
  // The size limit is enforced while reading, so an oversized body is refused (413) without being kept in memory.
  server.use(restify.plugins.bodyReader({ maxBodySize: MAX_BODY_BYTES }));
  server.use(restify.plugins.jsonBodyParser({ bodyReader: true }));
  server.use(restify.plugins.urlEncodedBodyParser({ bodyReader: true }));

  registerApiRoutes(server, { state, otpCode: options.otpCode, serviceToken: options.serviceToken });
  registerShopRoutes(server, { state, notify });

  // One place answers every failure — restify's own (404, 405, 413, bad JSON) and ours — as {code, message}.
  server.on('restifyError', (req: restify.Request, res: restify.Response, err: unknown, done: () => void) => {
    const { status, body } = errorAnswer(err);
    if (status >= 500) logger.error({ err, method: req.method, url: req.url }, 'mock backend request failed');
    if (!res.headersSent) res.json(status, body);
    done();
  });

  return {
    server,
    state,
    async listen(port, host) {
      const actual = await listenOn(server, port, host, 'MOCK_BACKEND_PORT');
      const url = `http://${host && host !== '0.0.0.0' && host !== '::' ? host : 'localhost'}:${actual}`;
      const pages = (options.publicUrl ?? url).replace(/\/+$/, '');
      logger.info({ url, stateFile, plusPage: `${pages}/shop/plus?account=<accountId>`, realNamePage: `${pages}/shop/real-name?account=<accountId>` }, 'mock account backend listening');
      return url;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would otherwise hold close() open until they time out.
        server.server.closeAllConnections();
      });
      // After the last request, so the file has everything they changed.
      await writer?.flush();
    },
  };
}
