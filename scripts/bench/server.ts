// Child process of `npm run bench`: runs one server (echo bot, real bot or mock backend) and answers the orchestrator over IPC.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { startBot } from '../../src/bot/startBot';
import { loadConfig } from '../../src/config';
import { createMockBackend, type MockBackend } from '../../src/mock/server';
import { createStorage, SqliteStorage } from '../../src/storage';
import { prefill, restingStates, storeFootprint, type StoreFootprint } from './botStore';
import { createEchoServer } from './echoApp';

export type Role = 'echo' | 'bot' | 'mock';

/** What the orchestrator can ask; every role answers `usage` and `stop`, the others only where they apply. */
export interface Commands {
  usage: { args: undefined; value: { rssMb: number; cpuMs: number } };
  resetMock: { args: undefined; value: void };
  storeFootprint: { args: undefined; value: StoreFootprint };
  restingStates: { args: { prefix: string; count: number }; value: string[] };
  prefill: { args: Parameters<typeof prefill>[2]; value: { written: number } };
  /** Starts the V8 CPU profiler, or stops it and writes the profile (.cpuprofile, for DevTools) to `file`. */
  profile: { args: { start: true } | { start: false; file: string }; value: void };
  stop: { args: undefined; value: void };
}

export type Command = keyof Commands;
export interface CommandMessage { id: number; command: Command; args: unknown }
export type ReplyMessage = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string } | { ready: string };

type Handlers = { [C in Command]?: (args: Commands[C]['args']) => Promise<Commands[C]['value']> | Commands[C]['value'] };

const HOST = '127.0.0.1';

async function startMock(): Promise<{ mock: MockBackend; url: string }> {
  const mock = createMockBackend({ otpCode: loadConfig().MOCK_OTP_CODE });
  return { mock, url: await mock.listen(0, HOST) };
}

async function startEcho(): Promise<{ url: string; handlers: Handlers }> {
  const server = createEchoServer();
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://${HOST}:${port}`, handlers: { stop: () => new Promise<void>((resolve) => server.close(() => resolve())) } };
}

/**
 * The bot exactly as `npm run start:bot` runs it (startBot: storage, NLU, handoff, transcripts, metrics…), so
 * whatever is added to the turn later is measured too. The bench reads and pre-fills the store through a
 * connection of its own to the same embedded database, never while a turn runs.
 */
async function startRealBot(): Promise<{ url: string; handlers: Handlers }> {
  // BENCH_MOCK_IN_PROCESS puts the mock on the bot's own event loop (the alternative the docs compare).
  const inProcess = process.env.BENCH_MOCK_IN_PROCESS === '1' ? await startMock() : undefined;
  // Port 0 (any free one) is not a setting an operator may give; the bench asks for it past the checks.
  const config = { ...loadConfig({ ...process.env, ...(inProcess ? { ACCOUNT_API_URL: inProcess.url } : {}) }), PORT: 0 };
  const bot = await startBot(config);
  const storage = await createStorage(config);
  if (!(storage instanceof SqliteStorage)) throw new Error('the bench measures the embedded store (STORAGE=embedded)');
  const { file } = storage;
  return {
    url: bot.url,
    handlers: {
      resetMock: () => inProcess?.mock.state.reset(),
      // What the bot still buffers (transcript lines) is written first: it is part of what a conversation stores.
      storeFootprint: async () => {
        await bot.flush();
        return storeFootprint(file);
      },
      restingStates: ({ prefix, count }) => restingStates(storage, prefix, count),
      prefill: async (args) => {
        await bot.flush();
        return prefill(storage, file, args);
      },
      stop: async () => {
        await bot.stop();
        await storage.close();
        await inProcess?.mock.close();
      },
    },
  };
}

async function start(role: Role): Promise<{ url: string; handlers: Handlers }> {
  if (role === 'echo') return startEcho();
  if (role === 'bot') return startRealBot();
  const { mock, url } = await startMock();
  return { url, handlers: { resetMock: () => mock.state.reset(), stop: () => mock.close() } };
}

/**
 * restify's body reader calls the deprecated `new Buffer(0)` once per request. For the first 10,000 such calls
 * of a process Node checks whether the caller is inside node_modules by walking the stack, which under tsx's
 * source maps costs 0.1-0.3 ms a request from deep in a turn; then it stops checking. A long-running bot is past
 * that point, and so, after these calls from a shallow stack (~0.1 s), is a server measured for 15 s.
 */
function passBufferDeprecationChecks(): void {
  const LegacyBuffer = Buffer as unknown as new (size: number) => Buffer;
  for (let i = 0; i <= 10_000; i++) new LegacyBuffer(0);
}

async function main(): Promise<void> {
  const role = process.argv[2] as Role;
  passBufferDeprecationChecks();
  const { url, handlers } = await start(role);
  const send = (message: ReplyMessage) => process.send?.(message);
  const common: Handlers = {
    usage: () => ({ rssMb: process.memoryUsage().rss / 2 ** 20, cpuMs: cpuMs() }),
    profile: (args) => profile(args),
  };
  process.on('message', async ({ id, command, args }: CommandMessage) => {
    const handler = (handlers[command] ?? common[command]) as ((a: unknown) => unknown) | undefined;
    try {
      if (!handler) throw new Error(`${role} does not answer ${command}`);
      send({ id, ok: true, value: await handler(args) });
    } catch (error) {
      send({ id, ok: false, error: (error as Error).stack ?? String(error) });
    }
    // Exiting (rather than waiting for idle handles) also writes the --cpu-prof profile.
    if (command === 'stop') process.exit(0);
  });
  // The orchestrator going away must not leave a server behind.
  process.on('disconnect', () => process.exit(0));
  send({ ready: url });
}

let profiler: Session | undefined;

/** Profiles only what the orchestrator asks for (a measured slice), not start-up and model training. */
async function profile(args: Commands['profile']['args']): Promise<void> {
  if (args.start) {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
    return;
  }
  if (!profiler) throw new Error('the profiler was not started');
  const { profile: result } = await profiler.post('Profiler.stop');
  writeFileSync(args.file, JSON.stringify(result));
  profiler.disconnect();
  profiler = undefined;
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
