// Entry of `npm run start:mock`: the mock account backend on MOCK_BACKEND_PORT, with its demo personas listed in the log.
import { loadEnvFile } from '../envFile';
import { createLogger } from '../log';
import { ConfigError, loadConfig } from '../config';
import { stopOnSignals } from '../ops';
import { ListenError } from '../listen';
import { FixtureError } from './personas';
import { startMock } from './startMock';

async function main(): Promise<void> {
  loadEnvFile();
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL).child({ name: 'mock-backend' });
  const { mock } = await startMock(config, logger);
  for (const { phone, description, account } of mock.state.describePersonas()) {
    logger.info({ phone, accountId: account.accountId }, `persona: ${description}`);
  }
  stopOnSignals(logger, () => mock.close());
}

main().catch((error: unknown) => {
  // A configuration or fixture mistake is the operator's to fix: say what it is, without a stack trace.
  console.error(error instanceof ConfigError || error instanceof FixtureError || error instanceof ListenError ? error.message : error);
  process.exit(1);
});
