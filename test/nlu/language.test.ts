// The reply language follows the script of the customer's message.
import { detectLanguage } from '../../src/nlu/language';

describe('detectLanguage', () => {
  it.each([
    ['先用后付是什么', 'zh-CN'],
    ['怎么enable先用后付', 'zh-CN'],
    ['PLUS会员 how much', 'zh-CN'],
    ['先用後付', 'zh-CN'],
    ['how do I enable pay later?', 'en-US'],
    // Latin that Chinese speakers type as well shows no language: the conversation keeps its own.
    ['ok', undefined],
    ['OK!', undefined],
    ['abc@qq.com', undefined],
    ['PLUS', undefined],
    ['ok thanks', 'en-US'],
    ['ok do it', 'en-US'],
    ['13800000001', undefined],
    // Letters inside a word with digits are an identifier's, not English: an order number, an ID number ending in X.
    ['JD5002', undefined],
    ['11010519491231002X', undefined],
    ['PL-1001 ', undefined],
    ['order JD5002 please', 'en-US'],
    // Full-width input, as a Chinese IME types it, is read as the NLU reads it.
    ['ＪＤ５００２', undefined],
    ['１１０１０５１９４９１２３１００２Ｘ', undefined],
    ['👍', undefined],
    ['？？', undefined],
    ['', undefined],
  ])('%j → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

it('a long run of letters without spaces is read in linear time', () => {
  expect(detectLanguage('a'.repeat(100_000))).toBe('en-US');
  expect(detectLanguage(`${'a'.repeat(100_000)}@`)).toBe(undefined);
});
