// Phone and ID numbers are masked the same way wherever they are shown or logged.
import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { maskIdNumber, maskPhone } from '../../dialogs';
import { catalogs } from '../../dialogs/messages';
import { maskSensitive } from '../../src/bot/mask';
import { createLogger } from '../../src/log';
import { extractEntities } from '../../src/nlu/entities';
import { toStoredActivity } from '../../src/transcripts/storedActivity';

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
    // Spelled in Chinese numerals, read as digits (src/nlu/normalize.ts): masked as them. Words with numerals stay.
    ['我的手机是一三八零零零零零零零四', '我的手机是138****0004'],
    ['幺三八 〇〇〇〇 〇〇〇四，验证码六五四三二一', '138****0004，验证码******'],
    ['三三两两，七七八八', '三三两两，七七八八'],
    ['第一次用先用后付', '第一次用先用后付'],
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

// Numbers as people group them, bank cards and typed passwords were kept whole or half masked: "110105 19491231 002X"
// showed seven of its digits, "(138)0000-0001", "6222 0212 3456 7890 123" and "密码：Abc!2345" all of theirs. Ordinary
// numbers beside them (order ids, amounts, dates, times, counts, years, timestamps, ids) stay as they are.
describe('maskSensitive: grouped numbers, bank cards, passwords', () => {
  it.each([
    // An ID number in any grouping, and the 15-digit one issued before 1999: separators dropped, first 3 and last 2 kept.
    ['110105 19491231 002X', '110*************2X'],
    ['110105-19491231-002X', '110*************2X'],
    ['1101 0519 4912 3100 2X', '110*************2X'],
    ['身份证：110105 19491231 0021，谢谢', '身份证：110*************21，谢谢'],
    ['１１０１０５ １９４９１２３１ ００２Ｘ', '110*************2X'],
    ['110105491231002', '110**********02'],
    ['老身份证 110105-491231-002', '老身份证 110**********02'],
    ['conversation 12345678-1234-1234-1234-123456789012, 身份证 1101 0519 4912 3100 2X', 'conversation 12345678-1234-1234-1234-123456789012, 身份证 110*************2X'],
    ['时间戳 1733456789012，身份证 110105491231002', '时间戳 1733456789012，身份证 110**********02'],
    // A phone number however it is separated or prefixed: as a plain 11-digit one.
    ['(138)0000-0001', '138****0001'],
    ['（138）0000-0001', '138****0001'],
    ['138.0000.0001', '138****0001'],
    ['138  0000  0001', '138****0001'],
    ['+86 (138) 0000 0001', '138****0001'],
    ['0086 13800000001', '138****0001'],
    ['86 13800000001 / +86-138-0000-0002 / 138.0000.0003', '138****0001 / 138****0002 / 138****0003'],
    ['验证码 123456，金额 459.90，手机 138.0000.0001', '验证码 ******，金额 459.90，手机 138****0001'],
    ['IP 192.168.100.101 / 183.13.100.101, ¥150000000.00, 手机 (138)0000-0001', 'IP 192.168.100.101 / 183.13.100.101, ¥150000000.00, 手机 138****0001'],
    // A bank card: its last four digits, in one style whatever its length or grouping.
    ['6222 0212 3456 7890 123', '**** **** **** 0123'],
    ['6222021234567890123', '**** **** **** 0123'],
    ['4111-1111-1111-1111', '**** **** **** 1111'],
    ['卡号6222021234567890123，户名张三', '卡号**** **** **** 0123，户名张三'],
    ['６２２２ ０２１２ ３４５６ ７８９０ １２３', '**** **** **** 0123'],
    ['订单 JD6001 ¥1,299.00，2026-12-13 12:30 到期，共 3 件，卡号 6222 0212 3456 7890 123', '订单 JD6001 ¥1,299.00，2026-12-13 12:30 到期，共 3 件，卡号 **** **** **** 0123'],
    ['2019 2020 2021 2022 的账单，时间戳 1733456789012345678，卡 4111 1111 1111 1111', '2019 2020 2021 2022 的账单，时间戳 1733456789012345678，卡 **** **** **** 1111'],
    ['JD6222021234567890123 PL-20240601, 卡 6222-0212-3456-7890', 'JD6222021234567890123 PL-20240601, 卡 **** **** **** 7890'],
    // A password after its name: the name stays, the secret does not.
    ['我的密码是Abc!2345', '我的密码是******'],
    ['密码：Abc!2345', '密码：******'],
    ['password is hunter2', 'password is ******'],
    ['my password: hunter2', 'my password: ******'],
    ['pwd=xyz', 'pwd=******'],
    ['密码Abc12345，帮我登录', '密码******，帮我登录'],
    ['Password: Hunter2!', 'Password: ******'],
    ['the password is abcdefgh.', 'the password is ******'],
    ['我忘记密码了，支付密码是6位吗？密码是多少？我的密码：Abc!2345', '我忘记密码了，支付密码是6位吗？密码是多少？我的密码：******'],
    ['my password is wrong; passwordless login; password reset 2 times; pwd=xyz', 'my password is wrong; passwordless login; password reset 2 times; pwd=******'],
    // What the bot answers as a typed password ("I never ask for one") was kept: straight after an English name, or "pw".
    ['password hunter2', 'password ******'],
    ['pwd hunter2', 'pwd ******'],
    ['my pw is Hunter2!', 'my pw is ******'],
    ['PW: Abc!xyz', 'PW: ******'],
    ['my pw is wrong; I forgot my pw; upward 2fa', 'my pw is wrong; I forgot my pw; upward 2fa'],
    // The secret before the name ("hunter2 is my password" was kept whole): a token holding a digit, nothing else.
    ['hunter2 is my password', '****** is my password'],
    ['ok Abc!234 was my password.', 'ok ****** was my password.'],
    ['hunter2是我的密码', '******是我的密码'],
    ['我觉得abc123就是我的登录密码', '我觉得******就是我的登录密码'],
    ['I forgot my password; what is my password for; the code is my password?; abcd is my password', 'I forgot my password; what is my password for; the code is my password?; abcd is my password'],
    ['这个是我的密码吗', '这个是我的密码吗'],
  ])('maskSensitive(%j) is %j', (input, masked) => {
    expect(maskSensitive(input)).toBe(masked);
  });

  it("masks a typed password but keeps the bot's own words about passwords", () => {
    const aboutPasswords = Object.values(catalogs).flatMap((catalog) => Object.values(catalog)).filter((text) => /密码|password/i.test(text));
    expect(aboutPasswords.length).toBeGreaterThan(2);
    for (const text of aboutPasswords) expect(maskSensitive(text)).toBe(text);
    expect(maskSensitive(`${aboutPasswords[0]} 密码：Abc!2345`)).toBe(`${aboutPasswords[0]} 密码：******`);
  });

  it('masks them in a stored transcript and in the log', () => {
    const stored = toStoredActivity({
      type: 'message',
      id: 'activity-1',
      text: '卡号 6222 0212 3456 7890 123，密码：Abc!2345',
      channelData: { note: '(138)0000-0001', idCard: '110105 19491231 002X' },
    } as Partial<Activity>);
    expect(stored.text).toBe('卡号 **** **** **** 0123，密码：******');
    expect(stored.channelData).toEqual({ note: '138****0001', idCard: '110*************2X' });

    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    logger.info({ text: '身份证 110105 19491231 002X，卡 4111-1111-1111-1111' }, 'customer wrote pwd=xyz and 138.0000.0001');
    const logged = JSON.parse(lines.join('')) as { text: string; msg: string };
    expect(logged).toMatchObject({ text: '身份证 110*************2X，卡 **** **** **** 1111', msg: 'customer wrote pwd=****** and 138****0001' });
  });

  it("keeps that the customer sent a picture, not the picture or where it is; the bot's own cards stay whole", () => {
    const photo = { contentType: 'image/jpeg', name: 'id.jpg', contentUrl: 'https://files.example/id.jpg', thumbnailUrl: 'https://files.example/t.jpg' };
    const inline = { contentType: 'image/png', contentUrl: 'data:image/png;base64,iVBORw0KGgo=' };
    const sent = toStoredActivity({ type: 'message', id: 'a1', from: { id: 'u', role: 'user' }, text: '这是我的身份证', attachments: [photo, inline] } as Partial<Activity>);
    expect(sent.attachments).toEqual([{ contentType: 'image/jpeg', name: 'id.jpg' }, { contentType: 'image/png' }]);
    expect(JSON.stringify(sent)).not.toContain('files.example');

    const card = { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: '进度' }] } };
    const told = toStoredActivity({ type: 'message', id: 'a2', from: { id: 'bot' }, attachments: [card] } as Partial<Activity>);
    expect(told.attachments).toEqual([card]);
  });
});
