// Times `npm run --silent classify` over 10,000 utterances, as a user runs it: npm, tsx and model training included.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../../src/nlu/corpus';

const UTTERANCES = 10_000;

/** The evaluation corpus's utterances, repeated to 10,000 lines (the model never trained on them). */
function utterances(): string {
  const texts = loadCorpus('eval').map((example) => example.text);
  return `${Array.from({ length: UTTERANCES }, (_, i) => texts[i % texts.length]).join('\n')}\n`;
}

export async function timeClassify(cwd: string): Promise<number> {
  const input = utterances();
  const started = performance.now();
  const { code, lines, stderr } = await new Promise<{ code: number | null; lines: number; stderr: string }>((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'classify'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let count = 0;
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 0x0a) count += 1;
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, lines: count, stderr: errors }));
    child.stdin.end(input);
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0 || lines !== UTTERANCES) throw new Error(`classify answered ${lines} of ${UTTERANCES} lines (exit ${code}): ${stderr}`);
  return seconds;
}
