// startMockAndBot stops what it started: the mock when the bot fails to start, both (bot first) on close.
import type { RunningMock } from '../mock/harness';
import { startMockAndBot } from './mockAndBot';
import { startAfter } from './startAfter';

/** True while something answers HTTP at `url`. */
const answers = (url: string) =>
  fetch(`${url}/healthz`).then(
    () => true,
    () => false,
  );

test('when the bot fails to start, the mock is stopped and the caller gets the bot error', async () => {
  let mockSeen: RunningMock | undefined;
  const starting = startMockAndBot({
    startBot: async (mock) => {
      mockSeen = mock;
      expect(await answers(mock.url)).toBe(true);
      throw new Error('the bot could not listen');
    },
    stopBot: async () => undefined,
  });
  await expect(starting).rejects.toThrow('the bot could not listen');
  expect(await answers(mockSeen!.url)).toBe(false);
});

test('close stops the bot before the mock', async () => {
  const stopped: string[] = [];
  const running = await startMockAndBot({
    startBot: async () => 'bot',
    stopBot: async (bot) => {
      // The mock still answers while the bot stops: a turn in flight may call it.
      stopped.push(`${bot} (mock up: ${await answers(running.mock.url)})`);
    },
  });
  await running.close();
  expect(stopped).toEqual(['bot (mock up: true)']);
  expect(await answers(running.mock.url)).toBe(false);
});

test('startAfter stops what came before when a start fails, even one that throws while preparing', async () => {
  const stops: string[] = [];
  const failing = startAfter(
    async () => void stops.push('earlier'),
    () => {
      throw new Error('bad configuration');
    },
  );
  await expect(failing).rejects.toThrow('bad configuration');
  expect(stops).toEqual(['earlier']);
});

test('startAfter leaves what came before alone when the start succeeds', async () => {
  const stops: string[] = [];
  expect(await startAfter(async () => void stops.push('earlier'), async () => 'channel')).toBe('channel');
  expect(stops).toEqual([]);
});
