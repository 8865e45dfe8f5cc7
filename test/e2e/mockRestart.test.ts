// A restart of the mock backend on its state file, mid-conversation: the customer's login and steps are still there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { statePath } from '../../machines/view';
import { createBotApp, type BotApp } from '../../src/bot/app';
import { conversationKey } from '../../src/bot/conversationRecord';
import { actionsOf, startLocalChannel, tapOf, textOf, type ChannelConversation, type LocalChannel } from '../../src/channel/localChannel';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { createMockBackend, type MockBackend } from '../../src/mock/server';
import { createNlu } from '../../src/nlu';
import { MemoryStorage } from '../../src/storage';
import { OTP } from './harness';

let dir: string;
let stateFile: string;
let mock: MockBackend;
let port: number;
let app: BotApp;
let channel: LocalChannel;
const storage = new MemoryStorage();

const startMockOn = async (onPort: number) => {
  mock = createMockBackend({ otpCode: OTP, stateFile });
  return mock.listen(onPort, '127.0.0.1');
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mock-restart-'));
  stateFile = path.join(dir, 'mock-backend.json');
  const mockUrl = await startMockOn(0);
  port = Number(new URL(mockUrl).port);
  const config = loadConfig({ ACCOUNT_API_URL: mockUrl, SHOP_URL: mockUrl, STORAGE: 'memory', LOG_LEVEL: 'silent' });
  app = createBotApp({ config, storage, nlu: createNlu(), logger: createLogger('silent') });
  const botUrl = await app.listen(0, '127.0.0.1');
  channel = await startLocalChannel({ botUrl: `${botUrl}/api/messages`, channelId: 'e2e', timing: { quietMs: 100, turnTimeoutMs: 10_000 } });
});

afterAll(async () => {
  await channel?.close();
  await app?.close();
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function state(conversation: ChannelConversation): Promise<string> {
  const key = conversationKey(conversation.id);
  const record = (await storage.read([key]))[key] as { dialogue?: { snapshot?: { value?: unknown } } } | undefined;
  return record?.dialogue?.snapshot?.value === undefined ? 'none' : statePath(record.dialogue.snapshot.value);
}

/** Taps the button of `replies` with this title, as the channel sends it. */
async function click(conversation: ChannelConversation, replies: Partial<Activity>[], title: string): Promise<Partial<Activity>[]> {
  const button = replies.flatMap(actionsOf).find((a) => a.title === title);
  if (!button) throw new Error(`no button ${title}`);
  const tap = tapOf(button);
  if (tap.kind === 'open') throw new Error(`${title} is a link`);
  return (await conversation.send(tap.activity)).activities;
}

test('a customer at the terms step when the mock restarts accepts them without logging in again', async () => {
  const conversation = channel.open({ locale: 'zh-CN' });
  const greeting = (await conversation.join()).activities;
  await click(conversation, greeting, '开通先用后付');
  await conversation.say('13800000004');
  const terms = (await conversation.say(OTP)).activities;
  expect(await state(conversation)).toBe('flow.onboarding.confirmingTerms');

  await mock.close();
  await startMockOn(port);

  const after = await click(conversation, terms, '同意并开通');
  expect(await state(conversation)).toBe('flow.onboarding.enabled');
  expect(after.map(textOf).join('\n')).not.toContain('登录已经过期');
  expect(mock.state.account('acct_004').payLater.enabled).toBe(true);
});
