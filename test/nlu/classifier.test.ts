// The classifier ranks all 21 intents, stays cheap per utterance and is robust to typos, variants and mixed script.
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

  it('costs well under 0.1 ms per utterance', () => {
    const texts = ['先用后付怎么开通', 'PLUS会员 how much', 'why can\'t I see the option', '好的', '我要退货退款'];
    const rounds = 4000;
    const started = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) nlu.classify(texts[i % texts.length]);
    const perUtteranceMs = Number(process.hrtime.bigint() - started) / 1e6 / rounds;
    expect(perUtteranceMs).toBeLessThan(0.1);
  });
});
