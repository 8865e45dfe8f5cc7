// Phone and ID numbers are masked the same way wherever they are shown or logged.
import { randomUUID } from 'node:crypto';
import { maskIdNumber, maskPhone } from '../../dialogs';
import { maskSensitive } from '../../src/bot/mask';
import { extractEntities } from '../../src/nlu/entities';

describe('masking', () => {
  it.each([
    ['13800000004', '138****0004'],
    ['+86 138 0000 0004', '138****0004'],
    ['138-0000-0004', '138****0004'],
    ['12345', '*****'],
    ['', ''],
  ])('maskPhone(%j) is %j', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });

  it.each([
    ['11010519491231002X', '110*************2X'],
    ['12345', '*****'],
    ['123456', '123*56'],
  ])('maskIdNumber(%j) is %j', (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked);
  });
});

// src/bot/mask.ts: a number the bot reads as a phone or ID number (src/nlu/entities.ts) must be masked in logs and
// transcripts too. Full-width digits (a Chinese IME in full-width mode) and a number glued to a word were read and
// used, but kept in full.
describe('maskSensitive', () => {
  it.each([
    ['我的手机 13800000004', '我的手机 138****0004'],
    ['１３８０００００００４', '138****0004'],
    // A number found only once normalised (NFKC, as the bot reads it): the masked copy is of the normalised text.
    ['我的手机是１３８ ００００ ０００４，验证码１２３４５６', '我的手机是138****0004,验证码******'],
    ['138－0000－0004', '138****0004'],
    // Found as typed: the text keeps its own characters.
    ['身份证 11010519491231002X，谢谢', '身份证 110*************2X，谢谢'],
    ['138﹣0000﹣0004', '138****0004'],
    ['11010519491231002Ｘ', '110*************2X'],
    ['my number is13800000004', 'my number is138****0004'],
    ['phone13800000004', 'phone138****0004'],
    ['+13800000004', '+138****0004'],
    ['手机号码-13800000004', '手机号码-138****0004'],
    ['身份证１１０１０５１９４９１２３１００２Ｘ', '身份证110*************2X'],
    ['code: 123456', 'code: ******'],
    // Parts of ids keep their digits: a code-length run glued to letters or dashes, a timestamp, an order number.
    ['terminal-535ab5d9-910e-123456-4dd4', 'terminal-535ab5d9-910e-123456-4dd4'],
    ['a123456b', 'a123456b'],
    ['1733456789012', '1733456789012'],
    ['JD5001 ¥299.00', 'JD5001 ¥299.00'],
    ['JD13812345678', 'JD13812345678'],
    ['a1b2c3d4-1380-0000-0004-abcdefabcdef', 'a1b2c3d4-1380-0000-0004-abcdefabcdef'],
    ['conversation 75d0303f-7f14-4210-9740-8b8e5c1a2b3c, phone 13800000004', 'conversation 75d0303f-7f14-4210-9740-8b8e5c1a2b3c, phone 138****0004'],
    ['全角标点，不变：２件', '全角标点，不变：２件'],
    ['no digits here — 全角－符号', 'no digits here — 全角－符号'],
  ])('maskSensitive(%j) is %j', (input, masked) => {
    expect(maskSensitive(input)).toBe(masked);
  });

  it('keeps every UUID whole (ids in logs and transcripts stay searchable)', () => {
    for (let i = 0; i < 5000; i++) {
      const id = randomUUID();
      expect(maskSensitive(`conversation ${id}|livechat`)).toBe(`conversation ${id}|livechat`);
    }
  });

  it('masks what the entity finder reads as a phone or ID number', () => {
    for (const text of ['tel13800000004', 'a13800000004', '＋８６ １３８－００００－０００４', '11010519491231002x', '138－0000－0004', '11010519491231002Ｘ']) {
      const { phone, idNumber } = extractEntities(text);
      const value = phone ?? idNumber;
      expect(value).toBeDefined();
      expect(maskSensitive(text)).not.toContain(value!.slice(3, 7));
    }
  });
});
