// The reply language follows most of the customer's words: their script, or pinyin.
import { detectLanguage, isBriefLatin } from '../../src/nlu/language';

describe('detectLanguage', () => {
  it.each([
    ['先用后付是什么', 'zh-CN'],
    ['怎么enable先用后付', 'zh-CN'],
    ['先用後付', 'zh-CN'],
    ['how do I enable pay later?', 'en-US'],
    // Latin that Chinese speakers type as well shows no language: the conversation keeps its own.
    ['ok', undefined],
    ['OK!', undefined],
    ['abc@qq.com', undefined],
    ['PLUS', undefined],
    ['haha', undefined],
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

  // Any Chinese character switched an English customer to Chinese, though the bot's own English taught them the names.
  it.each([
    'how do I turn on 先用后付',
    'how do I turn on 先用後付',
    'I did the 实名认证',
    'ok turn on 先用后付',
    'return the 电饭煲',
    'I want to pay the 无线耳机',
    'where is the PLUS会员 menu?',
    'confirm receipt for Wireless earbuds 无线耳机',
    'I already bought PLUS会员',
    'where is 我的京东 > 账户设置?',
    // The names weigh little beside English words; a Chinese conversation keeps its language anyway (isBriefLatin).
    'PLUS会员 how much',
  ])('English around the shop\'s Chinese names is English: %j', (text) => {
    expect(detectLanguage(text)).toBe('en-US');
  });

  it.each([
    '我要开通先用后付',
    'PLUS会员是什么',
    '耳机退货 quality问题',
    'ok 好的',
    '我想return这个订单',
    '这个order怎么pay',
    '帮我check一下',
    'iPhone 15 退货',
    '退货 please',
    '先用后付',
    '確認收貨並付款',
  ])('a mostly Chinese message stays Chinese: %j', (text) => {
    expect(detectLanguage(text)).toBe('zh-CN');
  });

  // "我的earbuds坏了 want refund" and "先用后付 has interest吗" were answered in English: more English words than Chinese
  // characters, but the Chinese carries the sentence's grammar (particles, pronouns, negation, question words).
  it.each([
    '我的earbuds坏了 want refund',
    '先用后付 has interest吗',
    '先用後付 has interest嗎',
    'the rice cooker still not here呢',
    'can I pay later 吧',
    'why 不能 pay with pay later',
    '你 can see my orders?',
    '怎么 return the wireless earbuds',
    'refund 什么 time will it arrive',
  ])('Chinese that carries grammar makes the message Chinese, however much English is around it: %j', (text) => {
    expect(detectLanguage(text)).toBe('zh-CN');
  });

  // Product titles and the shop's terms are nouns: words like 能 or 不 inside them (智能, 不锈钢) are not grammar.
  it.each([
    'pay for 台灯',
    'how do I use 先用后付',
    'return the 电饭煲 please',
    'my 智能手表 stopped working, I want to return it',
    'return the 不锈钢保温杯 please, the lid leaks',
    'I bought the 有线耳机 with pay later',
    'is 先用后付 free?',
  ])('English naming a Chinese product or term stays English: %j', (text) => {
    expect(detectLanguage(text)).toBe('en-US');
  });

  // "wo yao tuihuo" in a Chinese conversation was answered in English.
  it.each(['wo yao tuihuo', 'xianyonghoufu zenme kaitong', 'ni hao', 'nihao', 'tuihuo', 'zhuan rengong', 'Wo Yao TuiHuo', 'wo you wenti', 'ok xiexie', 'plus huiyuan', 'wo yao tuihuo JD5001'])(
    'pinyin is Chinese: %j',
    (text) => {
      expect(detectLanguage(text)).toBe('zh-CN');
    },
  );

  // Every word here is a string of pinyin syllables too: English words decide.
  it.each(['are you a human', 'you can', 'human', 'menu', 'see ya', 'same time', 'make sure', 'due date', 'change', 'one more', 'ciao', 'wo'])(
    'English that happens to spell pinyin stays English: %j',
    (text) => {
      expect(detectLanguage(text)).toBe('en-US');
    },
  );

  it('a long message in pinyin-looking English is English', () => {
    expect(detectLanguage('I want to return the rice cooker because the lid is broken')).toBe('en-US');
  });
});

describe('isBriefLatin', () => {
  it.each([
    ['earbuds', true],
    ['ok submit', true],
    ['PLUS会员 how much', true],
    ['return the 电饭煲', true],
    ["I'm done", true],
    ['I want to return the earbuds', false],
    ['I want to pay the 无线耳机', false],
    ['ＯＫ ｓｕｂｍｉｔ ｉｔ ｎｏｗ', false],
    // A question wholly in English is a sentence, however short; a word of it is not.
    ["what's PLUS?", false],
    ['how much?', false],
    ['why?', true],
    ['PLUS?', true],
  ])('%j → %s', (text, expected) => {
    expect(isBriefLatin(text)).toBe(expected);
  });
});

it('a long run of letters without spaces is read in linear time', () => {
  expect(detectLanguage('a'.repeat(100_000))).toBe('en-US');
  expect(detectLanguage(`${'a'.repeat(100_000)}@`)).toBe(undefined);
  expect(detectLanguage(`${'wo '.repeat(50_000)}`)).toBe('en-US');
  expect(detectLanguage(`${'a'.repeat(100_000)} 先用后付`)).toBe('en-US');
});
