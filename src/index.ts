// `npm start`: the mock account backend and the bot in one process, on embedded storage by default.
import { ConfigError, loadConfig } from './config';
import { createLogger } from './log';
import { createMockBackend } from './mock/server';
import { startBot } from './bot/startBot';
import { stopOnSignals } from './ops';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const mock = createMockBackend({
    otpCode: config.MOCK_OTP_CODE,
    serviceToken: config.ACCOUNT_API_SERVICE_TOKEN,
    webhookUrl: config.BOT_WEBHOOK_URL,
    webhookSecret: config.BACKEND_WEBHOOK_SECRET,
    publicUrl: config.SHOP_URL,
    logger: logger.child({ name: 'mock-backend' }),
  });
  const mockUrl = await mock.listen(config.MOCK_BACKEND_PORT);
  logger.info({ url: mockUrl }, 'mock account backend listening');
  // The logger masks codes; the demo code is public (README), so it goes to the console for the developer.
  console.log(`MOCK ONLY: every demo login accepts the one-time code ${config.MOCK_OTP_CODE}; no SMS is sent`);
  const bot = await startBot(config, logger);
  logger.info(`Bot Framework Emulator: connect to ${bot.url}/api/messages with no App ID; web chat at ${bot.url}/`);

  // The bot first: its turns in flight may still be waiting for the mock backend.
  stopOnSignals(logger, async () => {
    await bot.stop();
    await mock.close();
  });
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
