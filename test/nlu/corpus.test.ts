// The corpora are fit to measure with: eval is large, covers every intent and shares no utterance with training.
import { INTENTS } from '../../machines/domain';
import { loadCorpus } from '../../src/nlu/corpus';
import { normalizeText } from '../../src/nlu/normalize';

const train = loadCorpus('train');
const evalSet = loadCorpus('eval');

describe('the NLU corpora', () => {
  it('keep every evaluation utterance out of the training data, even after normalization', () => {
    const trained = new Set(train.map((e) => normalizeText(e.text)));
    expect(evalSet.filter((e) => trained.has(normalizeText(e.text))).map((e) => e.text)).toEqual([]);
  });

  it('hold at least 260 evaluation utterances, at least 8 for each of the 21 intents', () => {
    expect(evalSet.length).toBeGreaterThanOrEqual(260);
    for (const intent of INTENTS) {
      expect(evalSet.filter((e) => e.intent === intent).length).toBeGreaterThanOrEqual(8);
    }
  });

  it('teach every intent from many examples, none of them twice', () => {
    for (const intent of INTENTS) expect(train.filter((e) => e.intent === intent).length).toBeGreaterThanOrEqual(40);
    const normalized = train.map((e) => normalizeText(e.text));
    expect(normalized.filter((text, i) => normalized.indexOf(text) !== i)).toEqual([]);
  });

  it('are Chinese-heavy but also English and mixed', () => {
    const han = /\p{Script=Han}/u;
    const latin = /[A-Za-z]/;
    const chinese = evalSet.filter((e) => han.test(e.text) && !latin.test(e.text)).length;
    const mixed = evalSet.filter((e) => han.test(e.text) && latin.test(e.text)).length;
    expect(chinese / evalSet.length).toBeGreaterThan(0.5);
    expect(mixed).toBeGreaterThanOrEqual(10);
  });
});
