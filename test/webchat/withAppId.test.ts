// With MicrosoftAppId set the bot takes authenticated channels only: the built-in page, whose local Direct Line sends
// no token, is off and says why (it served a chat whose every message failed).
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { startBot } from '../../src/bot/startBot';
import { startMock } from '../mock/harness';

test('with an App ID, / answers 503 with the reason and the Direct Line routes are not there; the log says so once', async () => {
  const lines: string[] = [];
  const mock = await startMock();
  const bot = await startBot(
    {
      ...loadConfig({
        ACCOUNT_API_URL: mock.url,
        STORAGE: 'memory',
        MicrosoftAppId: '00000000-0000-4000-8000-000000000001',
        MicrosoftAppPassword: 'not-a-real-secret',
      }),
      // Any free port, set past the checks (PORT is 1-65535).
      PORT: 0,
    },
    createLogger('info', { write: (line: string) => void lines.push(line) }),
  );
  try {
    const page = await fetch(`${bot.url}/`);
    expect(page.status).toBe(503);
    expect(await page.json()).toMatchObject({ code: 'WebChatDisabled', message: expect.stringContaining('MicrosoftAppId') });
    expect((await fetch(`${bot.url}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(404);
    expect(lines.filter((line) => line.includes('web chat page off'))).toHaveLength(1);
  } finally {
    await bot.stop();
    await mock.close();
  }
});
