// The classifier ranks all 21 intents and is robust to typos, variants and mixed script (its speed: `npm run bench`).
import { createNlu } from '../../src/nlu';

const nlu = createNlu();

describe('classify', () => {
  it('returns the best intent with its probability and the top three, best first', () => {
    const result = nlu.classify('先用后付怎么开通');
    expect(result.intent).toBe('enable');
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.alternatives).toHaveLength(3);
    expect(result.alternatives[0]).toEqual({ intent: result.intent, confidence: result.confidence });
    const confidences = result.alternatives.map((a) => a.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
  });

  it.each([
    ['先用后负怎么开', 'enable'],
    ['先用後付怎麼開', 'enable'],
    ['先用付后是什么', 'what_is'],
    ['ＰＬＵＳ会员多少钱', 'plus'],
    ['我要retrun这个', 'return'],
  ])('reads typos, traditional characters and full-width letters: %j → %s', (text, intent) => {
    expect(nlu.classify(text).intent).toBe(intent);
  });

  it('gives a message without letters or digits no intent at all', () => {
    expect(nlu.classify('？？')).toEqual({ intent: 'out_of_scope', confidence: 0, alternatives: [] });
  });

});
