// `npm run start:bot`: the bot alone, talking to the account backend at ACCOUNT_API_URL.
import { loadEnvFile } from '../envFile';
import { loadConfig, ConfigError } from '../config';
import { createLogger } from '../log';
import { stopOnSignals } from '../ops';
import { ListenError } from '../listen';
import { StorageStartError } from '../storage';
import { startBot } from './startBot';

async function main() {
  loadEnvFile();
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const bot = await startBot(config, logger);
  stopOnSignals(logger, () => bot.stop());
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof ListenError || error instanceof StorageStartError ? error.message : error);
  process.exit(1);
});
