// Traditional characters read as the simplified ones the bot's words are written in; simplified text never changes.
import { zhCN } from '../../dialogs/messages/zh-CN';
import { createNlu, type Understanding } from '../../src/nlu';
import { detectLanguage } from '../../src/nlu/language';
import { normalizeText } from '../../src/nlu/normalize';
import { toSimplified } from '../../src/nlu/simplified';
import personas from '../../src/mock/personas.json';

/** GB 2312 level 1: the 3,755 characters simplified Chinese uses most. */
function commonSimplified(): string {
  const gbk = new TextDecoder('gbk');
  let characters = '';
  for (let high = 0xb0; high <= 0xd7; high++) {
    for (let low = 0xa1; low <= 0xfe && !(high === 0xd7 && low > 0xf9); low++) characters += gbk.decode(Uint8Array.of(high, low));
  }
  return characters;
}

describe('toSimplified', () => {
  // Customers typing traditional characters failed at the confirmations, the logout and the request for a person.
  it.each([
    ['確認收貨並付款', '确认收货并付款'],
    ['確定', '确定'],
    ['提交退貨申請', '提交退货申请'],
    ['確認收貨', '确认收货'],
    ['耳機想退', '耳机想退'],
    ['電飯煲', '电饭煲'],
    ['品質問題', '品质问题'],
    ['退出登錄', '退出登录'],
    ['轉人工', '转人工'],
    ['先用後付', '先用后付'],
    ['實名認證', '实名认证'],
    ['PLUS會員', 'PLUS会员'],
    ['我的訂單', '我的订单'],
    ['同意並開通', '同意并开通'],
    ['驗證碼沒收到', '验证码没收到'],
    ['無線耳機 跑步鞋 檯燈', '无线耳机 跑步鞋 台灯'],
    // Taiwan and Hong Kong variants of one character.
    ['為爲 裡裏 眾衆', '为为 里里 众众'],
    ['我瞭解了，接著來', '我了解了，接着来'],
    // Only the characters change: Latin, digits, punctuation and emoji stay where they were.
    ['Return 電飯煲 JD5002，謝謝！👍', 'Return 电饭煲 JD5002，谢谢！👍'],
  ])('%j → %j', (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it.each(['', 'how do I turn on pay later', '13800000001', '👍', '我要开通先用后付', '耳机退货 quality问题'])(
    'returns %j as it is',
    (text) => {
      expect(toSimplified(text)).toBe(text);
    },
  );

  it('leaves every common simplified character alone but 著, which traditional writes for the 着 of 接着', () => {
    const changed = [...commonSimplified()].filter((character) => toSimplified(character) !== character);
    expect(changed).toEqual(['著']);
  });

  it("leaves the bot's own Chinese alone: its texts and its orders' titles", () => {
    for (const text of Object.values(zhCN)) expect(toSimplified(text)).toBe(text);
    for (const { orders } of personas) for (const { title } of orders) expect(toSimplified(title)).toBe(title);
  });

  it('is done in one pass: converting twice changes nothing more', () => {
    const text = '確認收貨並付款，退出登錄，轉人工，著急，瞭解';
    expect(toSimplified(toSimplified(text))).toBe(toSimplified(text));
  });
});

describe('the NLU reads traditional as simplified', () => {
  const nlu = createNlu();
  const intentOf = (understanding: Understanding): string =>
    understanding.kind === 'intent' ? understanding.intent : understanding.kind;

  it.each(['先用後付是什麼', '我要開通先用後付', '轉人工', '我要退貨', '我的訂單', '實名認證怎麼弄', '退出登錄', '確認收貨並付款'])(
    '%j is understood as its simplified form is, and answered in Chinese',
    (traditional) => {
      const simplified = toSimplified(traditional);
      const understanding = nlu.understand(traditional);
      expect(intentOf(understanding)).toBe(intentOf(nlu.understand(simplified)));
      expect(understanding.language).toBe('zh-CN');
      expect(nlu.classify(traditional)).toEqual(nlu.classify(simplified));
    },
  );

  it('finds values labelled in traditional characters', () => {
    expect(nlu.understand('驗證碼是 123456')).toMatchObject({ kind: 'entity', entities: { otp: '123456' } });
    expect(nlu.understand('我的手機號碼是13800000001')).toMatchObject({ kind: 'entity', entities: { phone: '13800000001' } });
  });

  it('normalizes traditional characters for the classifier', () => {
    expect(normalizeText('確認收貨並付款')).toBe(normalizeText('确认收货并付款'));
  });

  it('detects traditional text as Chinese, and English around a traditional name as English', () => {
    expect(detectLanguage('提交退貨申請')).toBe('zh-CN');
    expect(detectLanguage('how do I turn on 先用後付')).toBe('en-US');
  });
});
