// `npm run bench`: a bare echo bot and the real bot under the same load on loopback, then store-size and classify timings.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { timeClassify } from './classifyTiming';
import { OTP } from './conversations';
import { parseOptions } from './options';
import { formatTable, machineInfo, targetsOf } from './report';
import { benchResultSchema, type BenchResult } from './result';
import { measureScale } from './scale';
import { spawnServer, type ServerProcess } from './serverProcess';
import type { Role } from './server';
import { measureThroughput, preflight } from './throughput';
import type { StoreFootprint } from './botStore';

const ROOT = resolve(__dirname, '../..');

/** Stored bytes per conversation: all documents of every kind, over the conversation records in the store. */
function perConversation(footprint: StoreFootprint, fileBytesPerConversation: number) {
  const conversations = footprint.kinds.conversation?.documents ?? 0;
  if (conversations === 0) throw new Error('the load stored no conversation');
  const kinds = Object.entries(footprint.kinds);
  return {
    bytesPerConversation: kinds.reduce((sum, [, kind]) => sum + kind.bytes, 0) / conversations,
    bytesPerConversationByKind: Object.fromEntries(kinds.map(([name, kind]) => [name, kind.bytes / conversations])),
    fileBytesPerConversation,
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  const progress = (line: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);
  const work = mkdtempSync(join(tmpdir(), 'paylater-bench-'));
  if (options.profileDir) mkdirSync(options.profileDir, { recursive: true });
  const servers: ServerProcess[] = [];
  const spawn = async (role: Role, name: string, env: Record<string, string> = {}) => {
    const server = await spawnServer(role, { env: { MOCK_OTP_CODE: OTP, ...env }, logFile: join(work, `${name}.log`) });
    servers.push(server);
    return server;
  };
  let ok = false;
  try {
    progress(`starting servers (logs and stores in ${work})`);
    // The mock runs in a process of its own by default: it stands for a remote backend, whose work is not the bot's.
    const mock = options.mockInProcess ? undefined : await spawn('mock', 'mock');
    // What startBot reads from the environment, pinned: embedded store in a fresh directory, no Bot Framework
    // credentials (the Emulator's setting, which expectReplies needs), the production log level.
    const botEnv = (store: string): Record<string, string> => ({
      STORAGE: 'embedded',
      DATA_DIR: join(work, store),
      LOG_LEVEL: 'info',
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      ...(mock ? { ACCOUNT_API_URL: mock.url } : { BENCH_MOCK_IN_PROCESS: '1' }),
    });
    const [echo, bot] = await Promise.all([spawn('echo', 'echo'), spawn('bot', 'bot', botEnv('load'))]);
    await preflight(bot, async () => void (await (mock ?? bot).call('resetMock')));
    const load = await measureThroughput(echo, bot, mock, options, progress);
    const stored = await bot.call('storeFootprint');
    await Promise.all([echo.stop(), bot.stop()]);

    const scaleBot = await spawn('bot', 'scale-bot', botEnv('scale'));
    await (mock ?? scaleBot).call('resetMock');
    const scale = await measureScale(scaleBot, options, progress);
    const { databaseBytes } = await scaleBot.call('storeFootprint');
    await scaleBot.stop();
    await mock?.stop();

    progress('timing npm run classify over 10,000 utterances');
    const classify10kSec = await timeClassify(ROOT);

    const measured: Omit<BenchResult, 'targets'> = {
      echo: load.echo,
      bot: { ...load.bot, ...perConversation(stored, databaseBytes / scale.stores.large) },
      ratio: load.bot.turnsPerSec / load.echo.turnsPerSec,
      ...scale,
      classify10kSec,
      machine,
      options: {
        durationSec: options.durationSec,
        connections: options.connections,
        rounds: options.rounds,
        quick: options.quick,
        mock: options.mockInProcess ? 'inprocess' : 'child',
        pacedRate: options.pacedRate,
        pacedSec: options.pacedSec,
      },
      startedAt,
      elapsedSec: (performance.now() - started) / 1000,
    };
    const result = benchResultSchema.parse({ ...measured, targets: targetsOf(measured) });
    console.log(formatTable(result));
    if (options.out) {
      mkdirSync(dirname(resolve(options.out)), { recursive: true });
      writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
      progress(`wrote ${options.out}`);
    }
    if (load.echo.errors + load.bot.errors + load.echo.pacedErrors + load.bot.pacedErrors > 0) throw new Error('turns failed under load (see above): the figures describe a broken bot');
    ok = true;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    // A failed run keeps its server logs for reading.
    if (ok) rmSync(work, { recursive: true, force: true });
    else progress(`server logs kept in ${work}`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
