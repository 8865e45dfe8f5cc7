// The topics' pre-check (TOPIC_KEYS) may only skip words no topic pattern can match: each pattern is parsed, and every way
// it can match must consume a character the pre-check lets through.
import { parse } from 'regjsparser';
import { TOPIC_KEYS, TOPIC_WORDS } from '../../src/bot/understanding/topics';

/** Every string of the characters `codePoint` stands for (both cases when caseless) passes the pre-check. */
function keyChar(codePoint: number, caseless: boolean): boolean {
  const ch = String.fromCodePoint(codePoint);
  return [ch, ...(caseless ? [ch.toLowerCase(), ch.toUpperCase()] : [])].every((c) => TOPIC_KEYS.test(c));
}

/** Whether every match of the pattern holds at least one character TOPIC_KEYS lets through. */
function alwaysHoldsKey(re: RegExp): boolean {
  const caseless = re.flags.includes('i');
  // A sequence holds one when any of its parts always does; a choice when each branch does.
  const sequence = (body: unknown[]): boolean => body.some(covered);
  function covered(n: any): boolean {
    switch (n.type) {
      case 'value':
        return keyChar(n.codePoint, caseless);
      case 'characterClass':
        return (
          !n.negative &&
          n.body.every((part: any) => {
            if (part.type === 'value') return keyChar(part.codePoint, caseless);
            if (part.type !== 'characterClassRange') return false;
            for (let c = part.min.codePoint; c <= part.max.codePoint; c++) if (!keyChar(c, caseless)) return false;
            return true;
          })
        );
      case 'alternative':
        return sequence(n.body);
      case 'disjunction':
        return n.body.every(covered);
      case 'group':
        return (n.behavior === 'normal' || n.behavior === 'ignore') && sequence(n.body);
      case 'quantifier':
        return n.min >= 1 && covered(n.body[0]);
      default:
        return false;
    }
  }
  return covered(parse(re.source, re.flags.replace(/[gsy]/g, ''), { unicodePropertyEscape: true, lookbehind: true, namedGroups: true }));
}

it.each(TOPIC_WORDS.map((t) => [t.topic, t.words] as const))('every match of %s holds a character the pre-check lets through', (_topic, words) => {
  expect(alwaysHoldsKey(words)).toBe(true);
});

it('a pattern that can match without any such character is caught', () => {
  expect(alwaysHoldsKey(/为什么|why/i)).toBe(false);
  expect(alwaysHoldsKey(/退款|refund/i)).toBe(true);
});
