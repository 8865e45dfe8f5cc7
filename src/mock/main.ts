// Entry of `npm run start:mock`: the mock account backend on MOCK_BACKEND_PORT, with its demo personas listed in the log.
import { createLogger } from '../log';
import { ConfigError, loadConfig } from '../config';
import { FixtureError } from './personas';
import { createMockBackend } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL).child({ name: 'mock-backend' });
  const mock = createMockBackend({
    otpCode: config.MOCK_OTP_CODE,
    serviceToken: config.ACCOUNT_API_SERVICE_TOKEN,
    webhookUrl: config.BOT_WEBHOOK_URL,
    webhookSecret: config.BACKEND_WEBHOOK_SECRET,
    publicUrl: config.SHOP_URL,
    logger,
  });
  await mock.listen(config.MOCK_BACKEND_PORT);
  // The logger masks codes; the demo code is public (README), so it goes to the console for the developer.
  console.log(`MOCK ONLY: every demo login accepts the one-time code ${config.MOCK_OTP_CODE}; no SMS is sent`);
  for (const { phone, description, account } of mock.state.describePersonas()) {
    logger.info({ phone, accountId: account.accountId }, `persona: ${description}`);
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'mock account backend stopping');
    void mock.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  // A configuration or fixture mistake is the operator's to fix: say what it is, without a stack trace.
  console.error(error instanceof ConfigError || error instanceof FixtureError ? error.message : error);
  process.exit(1);
});
