// The reply language follows the script of the customer's message.
import { detectLanguage } from '../../src/nlu/language';

describe('detectLanguage', () => {
  it.each([
    ['先用后付是什么', 'zh-CN'],
    ['怎么enable先用后付', 'zh-CN'],
    ['PLUS会员 how much', 'zh-CN'],
    ['先用後付', 'zh-CN'],
    ['how do I enable pay later?', 'en-US'],
    ['ok', 'en-US'],
    ['13800000001', undefined],
    ['👍', undefined],
    ['？？', undefined],
    ['', undefined],
  ])('%j → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});
