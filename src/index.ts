// `npm start`: the mock account backend and the bot in one process, on embedded storage by default.
import { randomBytes } from 'node:crypto';
import { loadEnvFile } from './envFile';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './log';
import { stopOnSignals } from './ops/signals';
import { BOT_SERVER_NAME, checkPortsFree, ListenError, MOCK_SERVER_NAME } from './listen';
import { StorageStartError } from './storage/errors';

async function main() {
  loadEnvFile();
  const loaded = loadConfig();
  // A port in use is said before anything starts or loads: the bot's modules alone take seconds to load, and a clash
  // found at the bot's own bind came after the mock had started (it still fails there, should the port be taken since).
  await checkPortsFree([
    { name: MOCK_SERVER_NAME, port: loaded.MOCK_BACKEND_PORT, setting: 'MOCK_BACKEND_PORT' },
    { name: BOT_SERVER_NAME, port: loaded.PORT, host: '0.0.0.0', setting: 'PORT' },
  ]);
  // Loaded only now (named `.js`, as node16 resolution has a module loaded at run time named; tsx finds the .ts).
  const [{ startMock }, { startBot }] = await Promise.all([import('./mock/startMock.js'), import('./bot/startBot.js')]);
  const logger = createLogger(loaded.LOG_LEVEL);
  // Bot and mock share this process, so without a configured secret they share a random one: the stand-in
  // pages' signed events then reach the bot, and the chat moves on by itself, with no setup.
  const config = { ...loaded, BACKEND_WEBHOOK_SECRET: loaded.BACKEND_WEBHOOK_SECRET ?? randomBytes(32).toString('hex') };
  const { mock } = await startMock(config, logger.child({ name: 'mock-backend' }));
  // A bot that does not start (its port taken after all, its storage unreachable) leaves no mock listening behind it.
  const bot = await startBot(config, logger).catch(async (error: unknown) => {
    await mock.close();
    throw error;
  });
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
