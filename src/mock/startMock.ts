// Starts the mock account backend from configuration, for `npm start` and `npm run start:mock`.
import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../log';
import { createMockBackend, type MockBackend } from './server';

/** The mock backend's state file in DATA_DIR. */
export const MOCK_STATE_FILE_NAME = 'mock-backend.json';

export async function startMock(config: Config, logger: Logger): Promise<{ mock: MockBackend; url: string }> {
  const mock = createMockBackend({
    otpCode: config.MOCK_OTP_CODE,
    serviceToken: config.ACCOUNT_API_SERVICE_TOKEN,
    webhookUrl: config.BOT_WEBHOOK_URL,
    webhookSecret: config.BACKEND_WEBHOOK_SECRET,
    publicUrl: config.SHOP_URL,
    // Next to the bot's own store: a restart keeps each customer's login and what they did, as a real backend would.
    stateFile: path.join(config.DATA_DIR, MOCK_STATE_FILE_NAME),
    logger,
  });
  const url = await mock.listen(config.MOCK_BACKEND_PORT);
  // The logger masks codes; the demo code is public (README), so it goes to the console for the developer.
  console.log(`MOCK ONLY: every demo login accepts the one-time code ${config.MOCK_OTP_CODE}; no SMS is sent`);
  return { mock, url };
}
