// Composes the running bot from configuration: logger, storage, NLU, HTTP server; returns a handle to stop it.
import type { Config } from '../config';
import { createLogger, type Logger } from '../log';
import { createStorage, type CasStorage } from '../storage';
import { createNlu } from '../nlu';
import { createBotApp, type BotApp } from './app';
import { DIRECT_LINE_CHANNEL_ID, registerDirectLine } from '../directline';
import { registerWebChatDisabled, registerWebChatPage } from '../webchat';
import { createAccountClient } from '../backend/client';
import { createHandoffFeatures } from '../handoff';
import { storedSecret } from './storedSecret';

export interface RunningBot {
  app: BotApp;
  url: string;
  /** The bot's storage (conversations, queue, transcripts), for tools and tests that look at what is kept. */
  storage: CasStorage;
  /** Writes what is buffered in memory (transcript lines) to the storage. */
  flush(): Promise<void>;
  /** Stops taking turns, lets those in flight finish, writes what is buffered, closes the storage. */
  stop(): Promise<void>;
}

export async function startBot(config: Config, logger: Logger = createLogger(config.LOG_LEVEL)): Promise<RunningBot> {
  const storage = await createStorage(config);
  if (config.STORAGE === 'memory') {
    logger.warn('STORAGE=memory: conversations, the agents\' queue and transcripts live in this process only; nothing survives a restart');
  }
  const nlu = createNlu();
  const client = createAccountClient({
    baseUrl: config.ACCOUNT_API_URL,
    timeoutMs: config.BACKEND_TIMEOUT_MS,
    serviceToken: config.ACCOUNT_API_SERVICE_TOKEN,
  });
  // Handoff, backend events and transcripts: turn observers first, then middleware and routes on the app.
  const handoff = createHandoffFeatures({ config, storage, client, logger });
  const app = createBotApp({ config, storage, nlu, logger, client, observers: handoff.observers, handoffQueue: handoff.queue });
  handoff.attach(app);
  // The page's tokens and the serviceUrl in stored conversation references must outlive a restart: an
  // unconfigured secret is generated once and kept in the store. Read before listening, so that no request (a
  // page reconnecting right after a restart) meets the server without its chat routes.
  // The page's local Direct Line posts to the bot without a Bot Framework token: with an App ID every one of its
  // messages would be refused, so the page is off and says why (Azure Bot Service has its own Web Chat).
  const webChat = !config.MicrosoftAppId;
  const tokenSecret = webChat ? (config.DIRECTLINE_TOKEN_SECRET ?? (await storedSecret(storage, 'secret/directline-token'))) : '';
  const url = await app.listen(config.PORT).catch(async (error: unknown) => {
    // Its port taken: nothing was served, and the storage opened for it is closed (a PostgreSQL pool would keep a
    // process that goes on, a test's, from ending).
    await storage.close();
    throw error;
  });
  if (webChat) {
    // The web chat page reaches the bot through a local Direct Line endpoint acting as a channel on this server.
    const directLine = registerDirectLine(app.server, {
      botEndpoint: `${url}/api/messages`,
      publicBaseUrl: url,
      tokenSecret,
      history: (conversationId, count) => handoff.latestActivities(DIRECT_LINE_CHANNEL_ID, conversationId, count),
      logger,
    });
    handoff.onErased((conversationId) => directLine.forget(conversationId));
    registerWebChatPage(app.server);
  } else {
    registerWebChatDisabled(app.server);
    logger.warn('web chat page off: with MicrosoftAppId set the bot takes authenticated channels only (use Azure Bot Service Web Chat)');
  }
  logger.info({ url: `${url}/api/messages`, storage: config.STORAGE }, 'bot listening');
  return {
    app,
    url,
    storage,
    flush: () => handoff.flush(),
    stop: async () => {
      await app.close();
      await handoff.flush();
      await storage.close();
    },
  };
}
