// `npm run classify` turns stdin lines into JSON lines, one per input, in order.
import { INTENTS } from '../../machines/domain';
import { runTsx } from '../support/tsxProcess';

describe('scripts/classify.ts', () => {
  it('answers every line, including empty ones, with {text, intent, confidence}', async () => {
    const input = ['先用后付是什么', '', 'PLUS会员 how much', '转人工\r', '13800000001'].join('\n');
    const run = await runTsx('scripts/classify.ts', { input });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.text)).toEqual(['先用后付是什么', '', 'PLUS会员 how much', '转人工', '13800000001']);
    expect(lines.map((l) => l.intent).slice(0, 4)).toEqual(['what_is', 'out_of_scope', 'plus', 'human']);
    expect(lines[1].confidence).toBe(0);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['text', 'intent', 'confidence']);
      expect(INTENTS).toContain(line.intent);
      expect(line.confidence).toBeGreaterThanOrEqual(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
    }
  });
});
