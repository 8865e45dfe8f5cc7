// `npm start`: the mock account backend and the bot in one process, on embedded storage by default.
import { randomBytes } from 'node:crypto';
import { loadEnvFile } from './envFile';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './log';
import { startMock } from './mock/startMock';
import { startBot } from './bot/startBot';
import { stopOnSignals } from './ops';
import { ListenError } from './listen';
import { StorageStartError } from './storage';

async function main() {
  loadEnvFile();
  const loaded = loadConfig();
  const logger = createLogger(loaded.LOG_LEVEL);
  // Bot and mock share this process, so without a configured secret they share a random one: the stand-in
  // pages' signed events then reach the bot, and the chat moves on by itself, with no setup.
  const config = { ...loaded, BACKEND_WEBHOOK_SECRET: loaded.BACKEND_WEBHOOK_SECRET ?? randomBytes(32).toString('hex') };
  const { mock } = await startMock(config, logger.child({ name: 'mock-backend' }));
  const bot = await startBot(config, logger);
  logger.info(`Bot Framework Emulator: connect to ${bot.url}/api/messages with no App ID; web chat at ${bot.url}/`);

  // The bot first: its turns in flight may still be waiting for the mock backend.
  stopOnSignals(logger, async () => {
    await bot.stop();
    await mock.close();
  });
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof ListenError || error instanceof StorageStartError ? error.message : error);
  process.exit(1);
});
