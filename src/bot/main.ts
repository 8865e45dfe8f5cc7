// `npm run start:bot`: the bot alone, talking to the account backend at ACCOUNT_API_URL.
import { loadEnvFile } from '../envFile';
import { loadConfig, ConfigError } from '../config';
import { createLogger } from '../log';
import { stopOnSignals } from '../ops/signals';
import { BOT_SERVER_NAME, checkPortsFree, ListenError } from '../listen';
import { StorageStartError } from '../storage/errors';

async function main() {
  loadEnvFile();
  const config = loadConfig();
  // A port in use is said before the bot's modules load, its storage opens and its NLU is built (src/index.ts).
  await checkPortsFree([{ name: BOT_SERVER_NAME, port: config.PORT, host: '0.0.0.0', setting: 'PORT' }]);
  const { startBot } = await import('./startBot.js');
  const logger = createLogger(config.LOG_LEVEL);
  const bot = await startBot(config, logger);
  stopOnSignals(logger, () => bot.stop());
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof ListenError || error instanceof StorageStartError ? error.message : error);
  process.exit(1);
});
