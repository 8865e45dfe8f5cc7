// `npm run bench` still runs end to end and writes every figure; a smoke run only, its timings are noise here.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchResultSchema } from '../../scripts/bench/result';
import { runTsx } from '../support/tsxProcess';

async function runBench(args: string[]): Promise<{ code: number | null; output: string }> {
  const { code, stdout, stderr } = await runTsx('scripts/bench/main.ts', { args, timeoutMs: 170_000 });
  return { code, output: stdout + stderr };
}

describe('npm run bench', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-smoke-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('a quick run drives the echo bot and the real bot, and writes every figure as JSON', async () => {
    const out = join(dir, 'bench.json');
    const { code, output } = await runBench(['--quick', '--duration', '1', '--prefill', '2000', '--out', out]);
    // The run's own words say why it failed (jest would only show the exit code).
    if (code !== 0) throw new Error(`npm run bench exited ${code}:\n${output.slice(-4000)}`);
    const result = benchResultSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(result.echo.errors + result.bot.errors).toBe(0);
    // The paced phase: both servers offered the same fixed rate, its latencies reported beside the saturation ones.
    expect(result.echo.pacedErrors + result.bot.pacedErrors).toBe(0);
    expect(result.bot.pacedP99Ms).toBeGreaterThanOrEqual(result.bot.pacedP50Ms);
    expect(result.options.pacedRate).toBe(400);
    expect(result.stores).toMatchObject({ small: 1000, large: 2000 });
    expect(result.bot.bytesPerConversationByKind.conversation).toBeGreaterThan(0);
    expect(Object.keys(result.targets)).toEqual(['ratio', 'botP99Ms', 'bytesPerConversation', 'classify10kSec', 'turnGrowth100kOver1k']);
    // The printed table carries the same figures.
    expect(output).toContain('ratio bot/echo');
    expect(output).toContain('paced 400 turns/s');
  }, 180_000);
});
