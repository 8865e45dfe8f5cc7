// `npm run start:bot`: the bot alone, talking to the account backend at ACCOUNT_API_URL.
import { loadConfig, ConfigError } from '../config';
import { createLogger } from '../log';
import { startBot } from './startBot';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const bot = await startBot(config, logger);
  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    await bot.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
