// The mock account backend on a free port and a bot wired to it: started in that order, stopped the other way round.
import type { MockBackendOptions } from '../../src/mock/server';
import { startMock, type RunningMock } from '../mock/harness';
import { startAfter } from './startAfter';

export interface BotStart<Bot> {
  /** Options for the mock on top of the mock harness's (its one-time code). */
  mock?: Partial<MockBackendOptions>;
  /** Starts the bot against the running mock (its base URL is `mock.url`). */
  startBot(mock: RunningMock): Promise<Bot>;
  stopBot(bot: Bot): Promise<void>;
}

export interface MockAndBot<Bot> {
  mock: RunningMock;
  bot: Bot;
  /** Stops the bot first (a turn still in flight calls the mock), then the mock, even when stopping the bot fails. */
  close(): Promise<void>;
}

/** Starts the mock, then the bot; when the bot fails to start, the mock is stopped before the failure is rethrown. */
export async function startMockAndBot<Bot>({ mock: mockOptions = {}, startBot, stopBot }: BotStart<Bot>): Promise<MockAndBot<Bot>> {
  const mock = await startMock(mockOptions);
  const bot = await startAfter(() => mock.close(), () => startBot(mock));
  return {
    mock,
    bot,
    async close() {
      try {
        await stopBot(bot);
      } finally {
        await mock.close();
      }
    },
  };
}
