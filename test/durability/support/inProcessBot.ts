// The bot app as the composition root builds it, in the test process, on a free port, with its log lines captured.
import { createBotApp, type BotApp } from '../../../src/bot/app';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/log';
import { createNlu } from '../../../src/nlu';
import { MemoryStorage, type CasStorage } from '../../../src/storage';
import type { RunningMock } from '../../mock/harness';
import { startMockAndBot } from '../../support/mockAndBot';
import type { LogLine } from './botProcess';

export interface InProcessBot {
  url: string;
  app: BotApp;
  storage: CasStorage;
  mock: RunningMock;
  /** The bot's log lines (after masking), parsed. */
  logs: LogLine[];
  close(): Promise<void>;
}

export interface InProcessBotOptions {
  storage?: CasStorage;
  /** Environment variables on top of ACCOUNT_API_URL (the mock) and LOG_LEVEL=info. */
  env?: Record<string, string>;
}

export async function startInProcessBot(options: InProcessBotOptions = {}): Promise<InProcessBot> {
  const storage = options.storage ?? new MemoryStorage();
  const logs: LogLine[] = [];
  const logger = createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  const { mock, bot, close } = await startMockAndBot({
    async startBot(mock) {
      const config = loadConfig({ ACCOUNT_API_URL: mock.url, LOG_LEVEL: 'info', ...options.env });
      const app = createBotApp({ config, storage, nlu: createNlu(), logger });
      return { app, url: await app.listen(0, '127.0.0.1') };
    },
    async stopBot({ app }) {
      await app.close();
      await storage.close();
    },
  });
  return { url: bot.url, app: bot.app, storage, mock, logs, close };
}
